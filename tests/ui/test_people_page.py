"""The registry and the enrolment flow, through the real widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import codes
from app.errors import UserError
from app.services import accounts, people, screening
from ui.context import AppContext
from ui.models.people_model import PeopleModel
from ui.models.table import ROW_ROLE
from ui.pages.people import PeoplePage
from ui.people.enrol_wizard import EnrolWizard
from ui.people.status_dialog import BECOME_PEER, LEAVE, QUIT, StatusDialog


def _wizard(qtbot: QtBot, context: AppContext, code: str = "C9") -> EnrolWizard:
    accounts.add_staff(context.db, "D1", "李医生", "community_doctor")
    wizard = EnrolWizard(context)
    qtbot.addWidget(wizard)
    wizard.role.setCurrentIndex(wizard.role.findData("consumer"))
    qtbot.keyClicks(wizard.code, code)
    wizard.community.setCurrentIndex(wizard.community.findData("TJH"))
    wizard.enrolled_on.setDate(QDate(2016, 3, 1))
    wizard.birth_date.setDate(QDate(1985, 6, 1))
    wizard.sex.setCurrentIndex(wizard.sex.findData("female"))
    wizard.diagnosis.setCurrentIndex(wizard.diagnosis.findData("bipolar"))
    wizard.name.setText("王小红")
    wizard.screened_on.setDate(QDate(2016, 2, 20))
    wizard.set_answers(dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True))
    for box, day in wizard.consent_boxes.values():
        box.setChecked(True)
        day.setDate(QDate(2016, 2, 25))
    return wizard


def test_enrol_a_consumer_with_screening_and_consent(qtbot: QtBot, doctor: AppContext) -> None:
    """Everything entered in the flow is saved together."""
    wizard = _wizard(qtbot, doctor)
    assert wizard.save()
    row = {r.code: r for r in people.list_people(doctor.db)}["C9"]
    assert (row.role, row.enrolled_on, row.diagnosis) == ("consumer", date(2016, 3, 1), "bipolar")
    assert people.contact_of(doctor.db, "C9") == people.ContactData(name="王小红")
    assert screening.consents_of(doctor.db, "C9") == {
        "informed_consent": date(2016, 2, 25),
        "service_agreement": date(2016, 2, 25),
    }


def test_criterion_not_met_asks_and_no_saves_nothing(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A criterion not met is named at once; answering No at the save writes nothing."""
    wizard = _wizard(qtbot, doctor)
    wizard.set_answers({"stable": False})
    assert "Stable for at least 3 months" in wizard.screening_hint.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not wizard.save()
    assert "C9" not in {r.code for r in people.list_people(doctor.db)}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert wizard.save()


def test_future_birth_date_is_refused(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A birth date after today is refused with a message naming it; nothing is saved."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    wizard = _wizard(qtbot, doctor)
    tomorrow = date.today() + timedelta(days=1)
    wizard.birth_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert not wizard.save()
    assert "birth date" in shown[0]
    assert "C9" not in {r.code for r in people.list_people(doctor.db)}


def test_peer_sees_no_clinical_or_contact_data(qtbot: QtBot, peer: AppContext) -> None:
    """A peer's registry has no diagnosis or names, and no enrolment or status buttons."""
    people.set_contact(peer.db, "C1", people.ContactData(name="王小明"))
    page = PeoplePage(peer)
    qtbot.addWidget(page)
    assert page.table.isColumnHidden(PeopleModel.DIAGNOSIS_COLUMN)
    assert page.table.isColumnHidden(PeopleModel.NAME_COLUMN)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and all(r.person.diagnosis is None and r.name == "" for r in rows)
    assert page.enrol_button.isHidden() and page.status_button.isHidden()
    with pytest.raises(UserError):
        people.contact_for(peer.db, "C1", "peer")


def test_doctor_sees_diagnosis_and_names(qtbot: QtBot, doctor: AppContext) -> None:
    """The community doctor sees the clinical columns."""
    people.set_contact(doctor.db, "C1", people.ContactData(name="王小明"))
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    assert not page.table.isColumnHidden(PeopleModel.DIAGNOSIS_COLUMN)
    rows = {r.person.code: r for r in (page.model.row_at(i) for i in range(page.model.rowCount()))}
    assert rows["C1"].person.diagnosis == "schizophrenia" and rows["C1"].name == "王小明"


def test_status_changes_show_in_the_list(qtbot: QtBot, doctor: AppContext) -> None:
    """Leave, quit and consumer-to-peer through the dialog change the registry."""
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    by_code = {r.code: r for r in people.list_people(doctor.db)}
    for code, action, reason in (
        ("P2", LEAVE, "住院"),
        ("C2", QUIT, "搬家"),
        ("C3", BECOME_PEER, ""),
    ):
        dialog = StatusDialog(doctor, by_code[code])
        qtbot.addWidget(dialog)
        dialog.action.setCurrentIndex(action)
        dialog.day.setDate(QDate.currentDate().addDays(-1))
        dialog.reason.setText(reason)
        assert dialog.save()  # fmt: skip
    rows = {page.model.row_at(i).person.code: page.model.row_at(i).person
            for i in range(page.model.rowCount())}  # fmt: skip
    assert rows["P2"].status == "on_leave"
    assert rows["C2"].status == "quit"
    assert rows["C3"].role == "peer"


def test_quit_without_reason_is_refused(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    dialog = StatusDialog(doctor, {r.code: r for r in people.list_people(doctor.db)}["C1"])
    qtbot.addWidget(dialog)
    dialog.action.setCurrentIndex(QUIT)
    assert not dialog.save()


def test_search_filter_and_age_sort(qtbot: QtBot, doctor: AppContext) -> None:
    """Typing filters; filters by role; age sorts as a number."""
    people.add_person(doctor.db, people.PersonData("C10", "TJH", birth_date=date(2000, 1, 1)),
                      "consumer", date(2018, 1, 1))  # fmt: skip
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.role.setCurrentIndex(page.role.findData("peer"))
    assert page.proxy.rowCount() == 2
    page.role.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "C1")
    assert {page.proxy.data(page.proxy.index(r, 0)) for r in range(page.proxy.rowCount())} == {
        "C1",
        "C10",
    }
    page.search.clear()
    page.proxy.sort(7, Qt.SortOrder.AscendingOrder)
    ages = [page.proxy.data(page.proxy.index(r, 0), ROW_ROLE).age
            for r in range(page.proxy.rowCount())]  # fmt: skip
    known = [a for a in ages if a is not None]
    assert known == sorted(known)


def test_people_model_passes_qt_model_tester(qtmodeltester, doctor: AppContext) -> None:  # type: ignore[no-untyped-def]
    model = PeopleModel()
    model.set_rows(people.registry(doctor.db, "community_doctor"))
    qtmodeltester.check(model)
