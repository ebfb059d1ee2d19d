"""The People page: registry, enrolment flow, person detail and status changes, through widgets."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import codes
from app.errors import UserError
from app.services import accounts, people, screening
from app.services.people import PersonRow, RegistryRow
from tests import helpers
from tests.helpers import DOCTOR, PEER
from ui.context import AppContext
from ui.models.people_model import (
    AGE,
    CARES_FOR,
    CODE,
    DIAGNOSIS,
    ENROLLED,
    NAME,
    PHONE,
    ROLE,
    STATUS,
    PeopleFilter,
    PeopleModel,
)
from ui.models.table import ROW_ROLE
from ui.pages.people import PeoplePage
from ui.people.caregiver_dialog import CaregiverDialog
from ui.people.detail import PersonDetailDialog
from ui.people.enrol_wizard import EnrolWizard
from ui.people.status_dialog import BECOME_PEER, LEAVE, QUIT, RETURN, StatusDialog

CONSUMER_CRITERIA = codes.SCREENING_CRITERIA["consumer"].code_names()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _fill_consumer(qtbot: QtBot, context: AppContext, code: str = "C9") -> EnrolWizard:
    """A wizard with a consumer's every step filled in, as a doctor would."""
    accounts.add_staff(context.db, helpers.DOCTOR, "D1", "李医生", "community_doctor")
    wizard = EnrolWizard(context)
    qtbot.addWidget(wizard)
    wizard.who.set_role("consumer")
    qtbot.keyClicks(wizard.who.code, code)
    wizard.who.community.setCurrentIndex(wizard.who.community.findData("TJH"))
    wizard.about.birth_date.setDate(QDate(1985, 6, 1))
    wizard.about.sex.setCurrentIndex(wizard.about.sex.findData("female"))
    wizard.about.education.setCurrentIndex(wizard.about.education.findData("senior_high"))
    wizard.about.diagnosis.setCurrentIndex(wizard.about.diagnosis.findData("bipolar"))
    wizard.contact.name.setText("王小红")  # QTest types ASCII only
    qtbot.keyClicks(wizard.contact.phone, "13800000009")
    wizard.screening.screened_on.setDate(QDate(2016, 2, 20))
    wizard.screening.assessor.setCurrentIndex(wizard.screening.assessor.findData("D1"))
    wizard.screening.set_answers(dict.fromkeys(CONSUMER_CRITERIA, True))
    for box, day in wizard.consent.signed.values():
        box.setChecked(True)
        day.setDate(QDate(2016, 2, 25))
    wizard.consent.enrolled_on.setDate(QDate(2016, 3, 1))
    return wizard


def _codes(page: PeoplePage) -> list[str]:
    return [page.proxy.data(page.proxy.index(r, CODE)) for r in range(page.proxy.rowCount())]


def _shown(page: PeoplePage, code: str, column: int) -> str:
    """What the list shows for a person in a column."""
    row = _codes(page).index(code)
    return page.proxy.data(page.proxy.index(row, column))


def _person(context: AppContext, code: str) -> PersonRow:
    return {r.person.code: r.person for r in people.registry(context.db, context.account)}[code]


def test_enrol_a_consumer_through_every_step(qtbot: QtBot, doctor: AppContext) -> None:
    """Going through the flow step by step saves person, contact, screening and consent."""
    wizard = _fill_consumer(qtbot, doctor)
    for _ in range(len(wizard.steps()) - 1):
        assert wizard.go_on(), wizard.pages.currentWidget().errors.text()
    assert wizard.pages.currentWidget() is wizard.check
    assert "C9" in wizard.check.overview.text() and "王小红" in wizard.check.overview.text()

    assert wizard.save()

    assert wizard.enrolled_code == "C9"
    row = _person(doctor, "C9")
    assert (row.role, row.status, row.enrolled_on) == ("consumer", "active", date(2016, 3, 1))
    assert (row.sex, row.education, row.diagnosis) == ("female", "senior_high", "bipolar")
    contact = people.contact_for(doctor.db, DOCTOR, "C9")
    assert contact == people.ContactData(name="王小红", phone="13800000009")
    details = screening.screening_for(doctor.db, DOCTOR, "C9")
    [screened] = details.screenings
    assert (screened.role, screened.screened_on, screened.assessor) == (
        "consumer",
        date(2016, 2, 20),
        "李医生 (D1)",
    )
    assert screened.criteria == dict.fromkeys(CONSUMER_CRITERIA, True)
    assert details.consents == dict.fromkeys(codes.CONSENT_KINDS.code_names(), date(2016, 2, 25))


def test_criterion_not_met_is_named_and_no_saves_nothing(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A No is named at once; at the save the user is asked, and No writes nothing at all."""
    wizard = _fill_consumer(qtbot, doctor)
    wizard.screening.set_answers({"stable": False})
    assert "Stable for at least 3 months" in wizard.screening.warnings.text()
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not wizard.save()
    assert "Stable for at least 3 months" in asked[0]
    assert not people.code_in_use(doctor.db, "C9")

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert wizard.save()
    [screened] = screening.screening_for(doctor.db, DOCTOR, "C9").screenings
    assert screened.criteria["stable"] is False


def test_future_birth_date_is_refused_naming_the_field(qtbot: QtBot, doctor: AppContext) -> None:
    """A birth date after today stops the flow on its step, named; nothing is saved."""
    wizard = _fill_consumer(qtbot, doctor)
    wizard.about.birth_date.setDate(_qdate(date.today() + timedelta(days=1)))
    wizard.go(1)
    assert not wizard.go_on()
    assert "birth date" in wizard.about.errors.text()

    wizard.go(len(wizard.steps()) - 1)
    assert not wizard.save()
    assert wizard.pages.currentWidget() is wizard.about
    assert "birth date" in wizard.about.errors.text()
    assert not people.code_in_use(doctor.db, "C9")


def test_each_step_checks_its_fields(qtbot: QtBot, doctor: AppContext) -> None:
    """No code, a code in use, or a criterion left unanswered keeps the user on the step."""
    wizard = EnrolWizard(doctor)
    qtbot.addWidget(wizard)
    assert not wizard.go_on()
    assert "Code" in wizard.who.errors.text()
    qtbot.keyClicks(wizard.who.code, "C1")
    assert not wizard.go_on()
    assert "already in use" in wizard.who.errors.text()
    qtbot.keyClicks(wizard.who.code, "5")
    assert wizard.go_on() and wizard.go_on() and wizard.go_on()
    assert wizard.pages.currentWidget() is wizard.screening
    assert not wizard.go_on()
    assert "No severe medical illness" in wizard.screening.errors.text()


def test_age_and_psp_answer_their_criteria(qtbot: QtBot, doctor: AppContext) -> None:
    """The age criterion follows the birth date; for a peer, PSP above 50 follows the score."""
    wizard = EnrolWizard(doctor)
    qtbot.addWidget(wizard)
    wizard.who.set_role("peer")
    wizard.about.birth_date.setDate(QDate(1940, 1, 1))
    wizard.go(3)
    assert wizard.screening.answers()["age"] is False
    wizard.screening.psp.setValue(62)
    assert wizard.screening.answers()["psp_above_50"] is True
    wizard.screening.psp.setValue(45)
    assert wizard.screening.answers()["psp_above_50"] is False
    assert "PSP score above 50" in wizard.screening.warnings.text()


def test_caregiver_chooses_the_person_instead_of_screening(
    qtbot: QtBot, doctor: AppContext
) -> None:
    """A caregiver has no screening step and no diagnosis; the link is saved with them."""
    wizard = EnrolWizard(doctor)
    qtbot.addWidget(wizard)
    wizard.who.set_role("caregiver")
    qtbot.keyClicks(wizard.who.code, "G9")
    assert wizard.cares in wizard.steps() and wizard.screening not in wizard.steps()
    assert not wizard.about.diagnosis.isVisibleTo(wizard.about)
    wizard.go(3)
    assert not wizard.go_on()
    qtbot.keyClicks(wizard.cares.cares_for, "C1")
    assert wizard.save()
    row = _person(doctor, "G9")
    assert (row.role, row.caregiver_of, row.diagnosis) == ("caregiver", "C1", None)


def test_peer_sees_no_clinical_or_contact_data(qtbot: QtBot, peer: AppContext) -> None:
    """A peer's list has no diagnosis or phones, names only in the site's form (given name
    and initial until a doctor chooses), and no enrol, contact or screening."""
    people.set_contact(
        peer.db, DOCTOR, "C1", people.ContactData(name="王小明", phone="13900000001")
    )
    page = PeoplePage(peer)
    qtbot.addWidget(page)
    page.show()
    for column in (DIAGNOSIS, PHONE):
        assert page.table.isColumnHidden(column)
    assert not page.table.isColumnHidden(NAME)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert rows and all(not (r.person.diagnosis or r.phone) for r in rows)
    assert {r.person.code: r.name for r in rows if r.name} == {"C1": "小明（王）"}
    assert "Schizophrenia" not in page.model.search_text(0)
    assert page.enrol_button.isHidden()

    detail = PersonDetailDialog(peer, "C1")
    qtbot.addWidget(detail)
    assert detail.contact_button is None and detail.screening_button is None
    assert detail.status_button is None and detail.caregiver_button is None
    assert "Diagnosis" not in detail.fact_values
    with pytest.raises(UserError):
        people.contact_for(peer.db, PEER, "C1")
    with pytest.raises(UserError):
        screening.screening_for(peer.db, PEER, "C1")


def test_doctor_sees_diagnosis_contact_and_screening(qtbot: QtBot, doctor: AppContext) -> None:
    """The community doctor sees every column and can open contact and screening details."""
    people.set_contact(
        doctor.db, DOCTOR, "C1", people.ContactData(name="王小明", phone="13900000001")
    )
    criteria = dict.fromkeys(CONSUMER_CRITERIA, True) | {"stable": False}
    screening.record_screening(
        doctor.db,
        DOCTOR,
        screening.ScreeningData("C1", "consumer", date(2015, 8, 1), criteria),
        confirmed=True,
    )
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.show()
    assert not any(page.table.isColumnHidden(c) for c in (DIAGNOSIS, NAME, PHONE))
    assert _shown(page, "C1", DIAGNOSIS) == "Schizophrenia"
    assert _shown(page, "C1", NAME) == "王小明"

    detail = PersonDetailDialog(doctor, "C1")
    qtbot.addWidget(detail)
    assert detail.fact_values["Diagnosis"].text() == "Schizophrenia"
    assert detail.contact_button is not None and detail.screening_button is not None
    detail.contact_button.click()
    assert "13900000001" in [
        w.text() for w in detail.contact_box.findChildren(type(detail.heading))
    ]
    detail.screening_button.click()
    shown = detail.screening_html(screening.screening_for(doctor.db, DOCTOR, "C1"))
    assert "✖ Stable for at least 3 months" in shown and "not signed" in shown


def test_status_changes_show_in_the_list(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leave, return, quit (reason required) and consumer to peer, from the detail, show."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a}"))
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.show()
    yesterday = date.today() - timedelta(days=1)

    def change(code: str, action: str, reason: str = "", on: date = yesterday) -> bool:
        detail = PersonDetailDialog(doctor, code)
        qtbot.addWidget(detail)
        dialog = StatusDialog(doctor, detail.detail.row.person)
        qtbot.addWidget(dialog)
        dialog.choose(action)
        assert dialog.action() == action
        dialog.day.setDate(_qdate(on))
        dialog.reason.setText(reason)
        return dialog.save()

    assert change("P2", LEAVE, "住院", on=yesterday - timedelta(days=1))
    assert _shown(page, "P2", STATUS) == "On leave"
    assert change("P2", RETURN)
    assert _shown(page, "P2", STATUS) == "Active"

    assert not change("C2", QUIT)  # no reason
    assert _shown(page, "C2", STATUS) == "Active"
    assert change("C2", QUIT, "搬家")
    assert _shown(page, "C2", STATUS) == "Quit"

    assert change("C3", BECOME_PEER)
    assert _shown(page, "C3", ROLE) == "Peer"
    before = {r.code: r.role for r in people.list_people(doctor.db, on=yesterday - timedelta(1))}
    assert before["C3"] == "consumer"


def test_only_sensible_changes_are_offered(qtbot: QtBot, doctor: AppContext) -> None:
    """Someone who quit can only return; a peer cannot become a peer."""
    people.change_status(doctor.db, DOCTOR, "C2", "consumer", "quit", date(2016, 1, 1), "moved")
    for code, offered in (
        ("C2", {RETURN}),
        ("P1", {LEAVE, QUIT}),
        ("C1", {LEAVE, QUIT, BECOME_PEER}),
    ):
        dialog = StatusDialog(doctor, _person(doctor, code))
        qtbot.addWidget(dialog)
        enabled = {b.property("action") for b in dialog.actions.buttons() if b.isEnabled()}
        assert enabled == offered


def test_link_a_caregiver_from_the_detail(qtbot: QtBot, doctor: AppContext) -> None:
    """A consumer's caregiver is chosen by code; the list and the detail show the link."""
    people.add_person(
        doctor.db, DOCTOR, people.PersonData("G1", "TJH"), "caregiver", date(2016, 1, 1)
    )
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.show()
    dialog = CaregiverDialog(doctor, _person(doctor, "C1"))
    qtbot.addWidget(dialog)
    assert not dialog.save()  # nobody chosen
    qtbot.keyClicks(dialog.other, "G1")
    dialog.relationship.setCurrentText("Mother")
    assert dialog.save()
    assert _shown(page, "G1", CARES_FOR) == "C1"
    detail = PersonDetailDialog(doctor, "C1")
    qtbot.addWidget(detail)
    assert detail.caregivers.text() == "Cared for by G1 (Mother)"


def test_search_and_filters(qtbot: QtBot, doctor: AppContext) -> None:
    """Typing filters as you type; community and role narrow the list."""
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.show()
    assert len(_codes(page)) == 6
    qtbot.keyClicks(page.search, "consu")
    assert set(_codes(page)) == {"C1", "C2", "C3", "M1"}  # the role as shown
    page.search.clear()
    qtbot.keyClicks(page.search, "c")
    assert "P1" in _codes(page)  # "Schizophrenia"
    qtbot.keyClicks(page.search, "2")
    assert _codes(page) == ["C2"]
    page.search.clear()
    page.role.setCurrentIndex(page.role.findData("peer"))
    assert set(_codes(page)) == {"P1", "P2"}
    page.role.setCurrentIndex(0)
    page.community.setCurrentIndex(page.community.findData("MZD"))
    assert _codes(page) == ["M1"]
    assert page.count.text() == "1 of 6 people shown"


def test_sort_by_age_is_numeric_and_by_enrolment_chronological(
    qtbot: QtBot, doctor: AppContext
) -> None:
    """Age 9 sorts before 10 and 50; enrolment dates sort by date, not by their text."""
    today = date.today()
    for code, years, enrolled in (("A9", 9, date(2016, 10, 2)), ("A10", 10, date(2016, 9, 30))):
        born = today.replace(year=today.year - years) - timedelta(days=1)
        people.add_person(
            doctor.db, DOCTOR, people.PersonData(code, "TJH", birth_date=born), "consumer", enrolled
        )
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.show()
    page.table.sortByColumn(AGE, Qt.SortOrder.AscendingOrder)
    ages = [page.proxy.data(page.proxy.index(r, AGE)) for r in range(page.proxy.rowCount())]
    known = [int(a) for a in ages if a]
    assert known[:2] == [9, 10] and known == sorted(known)
    assert ages[-1] == ""  # M1 has no birth date: unknown ages come last
    page.table.sortByColumn(ENROLLED, Qt.SortOrder.DescendingOrder)
    days = [page.proxy.data(page.proxy.index(r, 0), ROW_ROLE).person.enrolled_on
            for r in range(page.proxy.rowCount())]  # fmt: skip
    assert days == sorted(days, reverse=True)
    assert days[0] == date(2016, 10, 2)


def test_people_model_and_filter_pass_qt_model_tester(qtmodeltester, doctor: AppContext) -> None:  # type: ignore[no-untyped-def]
    """The model and its filter keep Qt's item model rules, also while sorted and filtered."""
    model = PeopleModel()
    model.set_rows(people.registry(doctor.db, DOCTOR))
    qtmodeltester.check(model)
    proxy = PeopleFilter(model)
    proxy.sort(AGE, Qt.SortOrder.DescendingOrder)
    proxy.set_filters(role="consumer", text="tjh")
    qtmodeltester.check(proxy)


def test_tens_of_thousands_of_rows_stay_responsive(doctor: AppContext) -> None:
    """Loading, sorting and filtering 30,000 people each take well under a second."""
    template = _person(doctor, "C1")
    rows = [
        RegistryRow(
            replace(template, id=str(n), code=f"X{n:05d}",
                    enrolled_on=date(2016, 1, 1) + timedelta(n % 900)),
            name=f"名字{n}", age=20 + n % 40, phone=f"138{n:08d}",
        )
        for n in range(30_000)
    ]  # fmt: skip
    model = PeopleModel()
    proxy = PeopleFilter(model)
    started = time.perf_counter()
    model.set_rows(rows)
    proxy.sort(AGE, Qt.SortOrder.AscendingOrder)
    proxy.set_filters(text="x123")
    assert proxy.rowCount() == 100
    assert time.perf_counter() - started < 2.0
