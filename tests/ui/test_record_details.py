"""Saved records opened, corrected and crossed out through the real widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import history
from app.services import accounts, emergencies, screening, supervision, surveys, training
from app.services.supervision import SupervisionData, Supervisor
from tests import helpers
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.emergency_detail import EventDetailDialog
from ui.labels import show_date
from ui.pages.emergencies import EmergenciesPage
from ui.pages.supervision import SupervisionTrainingPage
from ui.pages.surveys import SurveysPage
from ui.people.detail import PersonDetailDialog
from ui.widgets import set_checked

WHEN = datetime(2016, 1, 5, 2, tzinfo=UTC)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The refusals shown in message boxes, instead of blocking on them."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    return told


@pytest.fixture
def reported_by_peer(peer: AppContext) -> str:
    """A report the signed-in peer made, to the community doctor D1, from session time."""
    accounts.add_staff(peer.db, DOCTOR, "D1", "李医生", "community_doctor")
    report = emergencies.EventReport("TJH", WHEN, "violence", "推搡", "分开两人", ("C1",),
                                     "活动室", reported_by="王", reported_to="D1")  # fmt: skip
    return emergencies.report_event(peer.db, peer.account, report)


def _page(qtbot: QtBot, context: AppContext) -> EmergenciesPage:
    page = EmergenciesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    return page


def test_detail_shows_every_field(qtbot: QtBot, doctor: AppContext, reported_by_peer: str) -> None:
    """Opened from the page, the report shows what, where, who, the acknowledgement and closing."""
    emergencies.acknowledge(doctor.db, DOCTOR, reported_by_peer, "D1")
    emergencies.follow_up(doctor.db, DOCTOR, reported_by_peer, "电话随访，情况稳定")
    page = _page(qtbot, doctor)
    dialog = page.detail_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown = {key: label.text() for key, label in dialog.values.items()}
    assert shown["occurred_at"] == WHEN.astimezone().strftime("%Y-%m-%d %H:%M")
    assert (shown["community"], shown["place"], shown["kind"]) == (
        "Tuanjiehu",
        "活动室",
        "Violence",
    )
    assert (shown["description"], shown["action_taken"]) == ("推搡", "分开两人")
    assert (shown["reported_by"], shown["reported_to"]) == ("王", "李医生 (D1)")
    assert (shown["people"], shown["state"]) == ("C1", "Acknowledged")
    assert shown["acknowledged_by"] == "李医生 (D1)" and shown["acknowledged_at"] != "—"
    assert "电话随访" in shown["follow_up"] and shown["closed_at"] == "—"
    assert dialog.tabs.tabText(1) == "History" and dialog.history.rows()
    assert dialog.width() <= 1366 and dialog.height() <= 728


def test_reporter_corrects_the_report_and_history_shows_it(
    qtbot: QtBot, peer: AppContext, reported_by_peer: str
) -> None:
    """The peer who reported it corrects the people and description; the page says so."""
    page = _page(qtbot, peer)
    dialog = page.detail_dialog()
    assert dialog is not None and dialog.correct_button.isVisibleTo(dialog)
    qtbot.addWidget(dialog)
    form = dialog.correction_dialog()
    qtbot.addWidget(form)
    assert form.form.description.toPlainText() == "推搡"
    set_checked(form.form.people, ["C1", "C2"])
    form.form.description.setPlainText("推搡并争吵")
    assert form.save()
    dialog.after_correction()
    assert dialog.values["description"].text() == "推搡并争吵"
    assert dialog.values["people"].text() == "C1, C2"
    assert "Saved: correction of the emergency report" in page.page_undo.message.text()
    history = " ".join(" ".join(row) for row in dialog.history.rows())
    assert "What happened" in history and "推搡并争吵" in history


def test_closed_report_refuses_a_correction_and_takes_an_addendum(
    qtbot: QtBot, doctor: AppContext, reported_by_peer: str, warnings: list[str]
) -> None:
    """A form opened before closing is refused; the addendum is saved and shown instead."""
    page = _page(qtbot, doctor)
    dialog = page.detail_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    form = dialog.correction_dialog()
    qtbot.addWidget(form)
    emergencies.acknowledge(doctor.db, DOCTOR, reported_by_peer, "D1")
    emergencies.follow_up(doctor.db, DOCTOR, reported_by_peer, "随访", close=True)
    form.form.description.setPlainText("改动")
    assert not form.save()
    assert warnings and "addendum" in warnings[0]
    dialog.load()
    assert not dialog.correct_button.isVisibleTo(dialog)
    assert dialog.addendum_button.isVisibleTo(dialog) and dialog.closed_note.isVisibleTo(dialog)
    assert dialog.add_addendum("次日家属反映情况好转")
    assert "次日家属反映情况好转" in dialog.addenda.text()
    assert emergencies.list_events(doctor.db)[0].description == "推搡"


def test_another_peer_sees_no_correct_button(qtbot: QtBot, doctor: AppContext) -> None:
    """Only the reporter or a community doctor is offered a correction."""
    accounts.add_staff(doctor.db, DOCTOR, "D1", "李医生", "community_doctor")
    report = emergencies.EventReport("TJH", WHEN, "self_harm", "划伤", "包扎")
    event = emergencies.report_event(doctor.db, DOCTOR, report)
    other = helpers.create_account(doctor.db, "liu", "x-pass-123", "peer")
    doctor.account = other
    dialog = EventDetailDialog(doctor, event)
    qtbot.addWidget(dialog)
    assert not dialog.correct_button.isVisibleTo(dialog)
    assert not dialog.addendum_button.isVisibleTo(dialog)


@pytest.fixture
def supervised(doctor: AppContext) -> str:
    accounts.add_staff(doctor.db, DOCTOR, "D1", "李医生", "community_doctor")
    data = SupervisionData("TJH", date(2016, 2, 1), "group", (Supervisor("D1"),), ("P1", "P2"),
                           topics="边界")  # fmt: skip
    return supervision.record_supervision(doctor.db, DOCTOR, data)


def _supervision_page(qtbot: QtBot, doctor: AppContext) -> SupervisionTrainingPage:
    page = SupervisionTrainingPage(doctor)
    qtbot.addWidget(page)
    page.show()
    page.supervision_table.selectRow(0)
    return page


def test_supervision_opens_read_only_and_is_corrected(
    qtbot: QtBot, doctor: AppContext, supervised: str
) -> None:
    """The form shows the record read-only; Correct… opens it; the list shows the change."""
    page = _supervision_page(qtbot, doctor)
    dialog = page.supervision_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.topics.isReadOnly() and not dialog.peers.isEnabled()
    assert dialog.topics.toPlainText() == "边界"
    dialog.start_correcting()
    assert not dialog.topics.isReadOnly()
    set_checked(dialog.peers, ["P1"])
    dialog.topics.setPlainText("边界与保密")
    assert dialog.save()
    assert dialog.topics.isReadOnly()
    row = page.supervision_model.row_at(0)
    assert (row.attendees, row.topics) == (1, "边界与保密")
    told = page.page_undo.message.text()
    assert f"Saved: correction of the supervision of {show_date(date(2016, 2, 1))}" in told
    history = " ".join(" ".join(r) for r in dialog.history.rows())
    assert "Topics raised" in history and "Supervision attendance — P2" in history


def test_supervision_entered_in_error_leaves_the_list_and_keeps_history(
    qtbot: QtBot, doctor: AppContext, supervised: str
) -> None:
    """Crossed out with a reason, it is gone from the list; its History shows why."""
    page = _supervision_page(qtbot, doctor)
    dialog = page.supervision_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.mark_entered_in_error("录入了错误的日期")
    assert page.supervision_model.rowCount() == 0
    assert "marked entered in error" in page.page_undo.message.text()
    entries = history.record_history(doctor.db, doctor.account, "supervision", [supervised])
    assert entries[0].note == "Entered in error: 录入了错误的日期"
    page.page_undo.stack.undo()
    assert page.supervision_model.rowCount() == 1


def test_stale_supervision_form_is_refused(
    qtbot: QtBot, doctor: AppContext, supervised: str, warnings: list[str]
) -> None:
    """A window opened before someone else's correction is refused with who and reload."""
    page = _supervision_page(qtbot, doctor)
    dialog = page.supervision_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    record = supervision.supervision_record(doctor.db, supervised)
    someone_else = replace(record.data, notes="别人的改动")
    supervision.correct_supervision(doctor.db, DOCTOR, supervised, someone_else)
    dialog.start_correcting()
    dialog.topics.setPlainText("我的改动")
    assert not dialog.save()
    assert warnings and "reload" in warnings[0]
    assert supervision.supervision_record(doctor.db, supervised).data.topics == "边界"


def test_training_session_corrected(qtbot: QtBot, doctor: AppContext) -> None:
    """A meeting's attendance is corrected from its record form."""
    course = training.add_course(doctor.db, DOCTOR, "pre_service", "岗前培训", date(2015, 8, 1))
    training.add_training_session(doctor.db, DOCTOR, course, date(2015, 8, 1), "保密", ("P1",),
                                  ("P2",))  # fmt: skip
    page = SupervisionTrainingPage(doctor)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    page.courses_table.selectRow(0)
    page.show_course(page.courses_proxy.index(0, 0))
    page.meetings.setCurrentRow(0)
    dialog = page.meeting_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.start_correcting()
    set_checked(dialog.attendance, ["P1", "P2"])
    dialog.topic.setText("保密与边界")
    assert dialog.save()
    [meeting] = training.course_sessions(doctor.db, course)
    assert (meeting.topic, meeting.attended, meeting.absent) == ("保密与边界", ("P1", "P2"), ())


def test_survey_answer_corrected_and_entered_in_error(qtbot: QtBot, doctor: AppContext) -> None:
    """An answer opened from the list is corrected, then crossed out and gone from the list."""
    first = surveys.Answer("C1", "consumer_satisfaction", "satisfied_with_peers", "no",
                           date(2016, 6, 1))  # fmt: skip
    surveys.record_answers(doctor.db, DOCTOR, [first])
    page = SurveysPage(doctor)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    dialog = page.answer_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.choice.currentData() == "no" and not dialog.choice.isEnabled()
    dialog.start_correcting()
    dialog.choice.setCurrentIndex(dialog.choice.findData("yes"))
    assert dialog.save()
    assert surveys.list_answers(doctor.db, DOCTOR)[0].answer == "yes"
    assert "Saved: correction of C1's answer" in page.page_undo.message.text()
    assert dialog.mark_entered_in_error("问错了人")
    assert page.model.rowCount() == 0


def test_screening_corrected_from_the_person_detail(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screening opens from the person's detail; a criterion corrected is confirmed."""
    met = {c: True for c in ("diagnosis", "age", "stable", "no_substance_abuse",
                             "no_severe_medical_illness")}  # fmt: skip
    screening.record_screening(
        doctor.db, DOCTOR, screening.ScreeningData("C1", "consumer", date(2015, 8, 20), met)
    )
    person = PersonDetailDialog(doctor, "C1")
    qtbot.addWidget(person)
    person.show_screening()
    [button] = person.screening_buttons
    assert show_date(date(2015, 8, 20)) in button.text()
    [row] = screening.screening_for(doctor.db, DOCTOR, "C1").screenings
    dialog = person.screening_dialog(row.id)
    qtbot.addWidget(dialog)
    assert not dialog.step.box.groups["stable"].buttons()[0].isEnabled()
    dialog.start_correcting()
    dialog.step.box.set_answer("stable", False)
    dialog.step.screened_on.setDate(QDate(2015, 8, 21))
    asked: list[str] = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or yes)
    assert dialog.save()
    assert "Stable for at least 3 months" in asked[0]
    [row] = screening.screening_for(doctor.db, DOCTOR, "C1").screenings
    assert row.criteria["stable"] is False and row.screened_on == date(2015, 8, 21)
    history = " ".join(" ".join(r) for r in dialog.history.rows())
    assert "Not met: Clinically stable" in history


def test_an_addendum_typed_then_escaped_comes_back(
    qtbot: QtBot, doctor: AppContext, reported_by_peer: str
) -> None:
    """Escape in the addendum's question with typing asks; Keep as draft puts the words
    back the next time; OK then adds the addendum to the report."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_drafts import answer_box
    from ui.text_prompt import TextPrompt

    page = _page(qtbot, doctor)
    dialog = page.detail_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    seen: list[str] = []
    found: list[str] = []

    def type_then_escape() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, TextPrompt):
            QTimer.singleShot(20, type_then_escape)
            return
        prompt.answer.setPlainText("次日电话随访，情况稳定")  # type: ignore[union-attr]
        answer_box("Keep as draft", seen)
        prompt.reject()

    def read_then_ok() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, TextPrompt):
            QTimer.singleShot(20, read_then_ok)
            return
        found.append(prompt.text())
        prompt.ok_button.click()

    QTimer.singleShot(0, type_then_escape)
    dialog.ask_addendum()
    assert len(seen) == 1 and "Keep what you typed?" in seen[0]
    assert "次日电话随访" not in dialog.addenda.text()
    QTimer.singleShot(0, read_then_ok)
    dialog.ask_addendum()
    assert found == ["次日电话随访，情况稳定"]
    assert "次日电话随访，情况稳定" in dialog.addenda.text()
