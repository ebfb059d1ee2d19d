"""A session's page through the real widgets: see, correct, refuse, undo and its History."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import audit
from app.permissions import Account
from app.services import after_session, emergencies, people, sessions
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.log_session import EMERGENCY, LogSessionPage
from ui.pages.sessions import MONTH, SessionsPage
from ui.pages.today import TodayPage
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.sessions.session_page import HISTORY, LOG, SessionDialog
from ui.widgets import checked_keys, set_checked, to_qdate

DAY = date.today() - timedelta(days=1)
PLAN = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "health_center", "social_skills",
                            "P1", ("P2",), theme="使用微信")  # fmt: skip
REPORT = sessions.SessionReport(time(9, 5), time(10, 20), ("C1", "C2"), ("C3",), ("P1", "P2"),
                                feedback="大家都很投入")  # fmt: skip
WANG = Account("wang", "wang", "peer")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages shown in warning boxes, instead of waiting on them."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _logged(context: AppContext, by: Account = DOCTOR, day: date = DAY) -> str:
    people.set_contact(context.db, DOCTOR, "C1", people.ContactData(name="王小明"))
    sid = sessions.plan_session(context.db, DOCTOR, replace(PLAN, session_date=day))
    sessions.log_session(context.db, by, sid, REPORT)
    return sid


def _opened(qtbot: QtBot, context: AppContext, sid: str) -> SessionDialog:
    """The session's page, opened by double-clicking it in the sessions list."""
    page = SessionsPage(context)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_session(page.model.index(page.model.position_of(sid), 0))
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _attendance(dialog: SessionDialog) -> list[tuple[str, str]]:
    table = dialog.attendance
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def _correct(dialog: SessionDialog, present: list[str], notes: str | None = None) -> None:
    dialog.correct_button.click()
    editor = dialog.editor
    assert dialog.log_stack.currentWidget() is editor
    set_checked(editor.consumers, present)
    if notes is not None:
        editor.notes.setPlainText(notes)
    editor.save_button.click()


def _present(context: AppContext, sid: str) -> tuple[str, ...]:
    report = sessions.session_detail(context.db, sid).report
    assert report is not None
    return report.consumers_present


def test_the_page_shows_plan_log_and_events(qtbot: QtBot, doctor: AppContext) -> None:
    """Plan, actual times, names for a doctor, who logged it, the event made from it."""
    people.set_contact(doctor.db, DOCTOR, "C1", people.ContactData(name="王小明"))
    people.set_contact(doctor.db, DOCTOR, "P1", people.ContactData(name="张同伴"))
    sid = sessions.plan_session(doctor.db, DOCTOR, PLAN)
    event = emergencies.EventReport("TJH", datetime.now(UTC) - timedelta(hours=1), "self_harm",
                                    "手臂有划痕", "联系家属", ("C3",), session_id=sid)  # fmt: skip
    after_session.log_with_event(doctor.db, doctor.account, sid, REPORT, event)
    dialog = _opened(qtbot, doctor, sid)
    assert dialog.plan_fields["theme"].text() == "使用微信"
    assert dialog.plan_fields["lead"].text() == "张同伴 (P1)"
    assert dialog.plan_fields["community"].text() == "Tuanjiehu"  # a name, never a code
    assert dialog.edit_plan_button.isHidden()  # held: its log is corrected instead
    assert dialog.log_fields["times"].text() == "09:05–10:20"
    assert dialog.log_fields["logged"].text().startswith("li ")
    assert _attendance(dialog) == [("王小明 (C1)", "Present"), ("C2", "Present"),
                                   ("C3", "Absent")]  # fmt: skip
    assert dialog.tabs.tabText(2) == "Emergency reports (1)"
    assert "手臂有划痕" in dialog.events.item(0).text()
    assert dialog.correct_button.isEnabled()
    dialog.events.setCurrentRow(0)
    detail = dialog.event_dialog()
    assert detail is not None
    qtbot.addWidget(detail)
    assert detail.values["description"].text() == "手臂有划痕"


def test_correct_attendance_through_the_page(
    qtbot: QtBot, doctor: AppContext, warnings: list[str]
) -> None:
    """C3 came after all, C2 did not: corrected on the page, shown, confirmed with Undo."""
    sid = _logged(doctor)
    dialog = _opened(qtbot, doctor, sid)
    dialog.correct_button.click()
    assert checked_keys(dialog.editor.consumers) == ["C1", "C2"]
    assert dialog.editor.feedback.toPlainText() == "大家都很投入"
    dialog.editor.actual_end.setTime(QTime(10, 25))
    dialog.editor.closed.emit()
    _correct(dialog, ["C1", "C3"])
    assert warnings == []
    assert _present(doctor, sid) == ("C1", "C3")
    assert ("C3", "Present") in _attendance(dialog) and ("C2", "Absent") in _attendance(dialog)
    assert dialog.log_stack.currentIndex() == 0
    assert not dialog.undo.bar.isHidden()
    assert "the corrected log of “使用微信”" in dialog.undo.message.text()


def test_undo_a_correction(qtbot: QtBot, doctor: AppContext, warnings: list[str]) -> None:
    """Undo after a correction puts the attendance back, as a new audited change."""
    sid = _logged(doctor)
    dialog = _opened(qtbot, doctor, sid)
    _correct(dialog, ["C1"])
    assert _present(doctor, sid) == ("C1",)
    before = len(audit.list_entries(doctor.db, record=sid))
    dialog.undo.undo_button.click()
    assert warnings == []
    assert _present(doctor, sid) == ("C1", "C2")
    assert ("C2", "Present") in _attendance(dialog)
    assert len(audit.list_entries(doctor.db, record=sid)) >= before
    changed = {e.record_id for e in audit.list_entries(doctor.db, user="li", action="update")}
    assert dialog.record is not None and changed & set(dialog.record.part_ids)


def test_history_tab_shows_two_edits_with_labels(
    qtbot: QtBot, doctor: AppContext, warnings: list[str]
) -> None:
    """Two corrections are two saves in History, each field by its label, old and new."""
    sid = _logged(doctor)
    dialog = _opened(qtbot, doctor, sid)
    _correct(dialog, ["C1", "C2"], notes="第一次")
    _correct(dialog, ["C1"], notes="第二次")
    assert warnings == []
    dialog.tabs.setCurrentIndex(HISTORY)
    rows = dialog.history.rows()
    assert ["", "", "C2: Present", "Yes", "No"] in rows  # a part of the record names whom
    notes = [row[2:] for row in rows if row[2] == "Notes"]
    assert notes[:2] == [["Notes", "第一次", "第二次"], ["Notes", "—", "第一次"]]
    labels = {row[2] for row in rows if not row[0]}
    assert "notes" not in labels and "present" not in labels
    assert sum(1 for row in rows if row[0]) >= 4  # planned, logged, corrected twice


def test_stale_view_is_refused(qtbot: QtBot, doctor: AppContext, warnings: list[str]) -> None:
    """The page is open when someone else corrects the log: its edit is refused with who
    and when, and changes nothing."""
    sid = _logged(doctor)
    dialog = _opened(qtbot, doctor, sid)
    from app.services import session_record

    elsewhere = replace(REPORT, notes="另一个窗口")
    session_record.correct_log(doctor.db, doctor.account, sid, elsewhere, None)
    _correct(dialog, ["C1"])
    assert len(warnings) == 1 and "changed by li at" in warnings[0]
    assert "reload" in warnings[0]
    assert _present(doctor, sid) == ("C1", "C2")
    assert dialog.log_stack.currentIndex() == 1  # what was typed stays on screen


def test_another_peer_may_not_correct(qtbot: QtBot, peer: AppContext, warnings: list[str]) -> None:
    """A peer who did not log the session sees why the button is off; forcing the save is
    refused by the service with the same message, and nothing changes."""
    sid = _logged(peer)
    dialog = _opened(qtbot, peer, sid)
    assert not dialog.correct_button.isEnabled()
    assert "Only a community doctor" in dialog.correct_hint.text()
    assert _attendance(dialog)[0] == ("小明（王） (C1)", "Present")  # the site's name form
    dialog.correct_log()
    set_checked(dialog.editor.consumers, ["C1"])
    assert not dialog.editor.save()
    assert len(warnings) == 1 and "Only a community doctor" in warnings[0]
    assert _present(peer, sid) == ("C1", "C2")


def test_the_peer_who_logged_it_is_refused_after_seven_days(qtbot: QtBot, peer: AppContext) -> None:
    """Wang logged a session ten days ago: the page says until when Wang could correct it."""
    day = date.today() - timedelta(days=10)
    sid = _logged(peer, WANG, day)
    dialog = _opened(qtbot, peer, sid)
    assert not dialog.correct_button.isEnabled()
    until = (day + timedelta(days=7)).isoformat()
    assert f"until {until}" in dialog.correct_hint.text()
    recent = _logged(peer, WANG)
    assert _opened(qtbot, peer, recent).correct_button.isEnabled()


def test_change_the_plan_from_the_page_and_undo(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    """A planned session's plan is changed through the plan form; Undo puts it back."""
    sid = sessions.plan_session(doctor.db, DOCTOR, replace(PLAN, session_date=date.today()))
    dialog = _opened(qtbot, doctor, sid)
    assert not dialog.edit_plan_button.isHidden()
    assert dialog.correct_button.isHidden() and not dialog.not_logged.isHidden()

    def ask(_cls: type, parent: QWidget, context: AppContext, **kwargs: object) -> list[str]:
        form = PlanSessionDialog(context, sid, None, parent, kwargs["expected_revision"])  # type: ignore[arg-type]
        form.theme.setText("用手机拍照")
        assert form.save()
        return form.saved_ids

    monkeypatch.setattr(PlanSessionDialog, "ask", classmethod(ask))
    assert dialog.edit_plan()
    assert dialog.plan_fields["theme"].text() == "用手机拍照"
    assert "the plan of “用手机拍照”" in dialog.undo.message.text()
    dialog.undo.undo_button.click()
    assert warnings == []
    assert sessions.session_detail(doctor.db, sid).plan.theme == "使用微信"
    assert dialog.plan_fields["theme"].text() == "使用微信"


def test_opened_from_today_the_calendar_and_a_code(qtbot: QtBot, doctor: AppContext) -> None:
    """Today's list, a day of the month calendar and a typed record code open the page."""
    from app.printing import short_code

    sid = sessions.plan_session(doctor.db, DOCTOR, PLAN)
    today_page = TodayPage(doctor)
    qtbot.addWidget(today_page)
    shown = today_page.open_session(today_page.sessions.item(0))
    assert shown.session_id == sid and shown.isVisible()
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    page.view.setCurrentIndex(MONTH)
    page.calendar.setSelectedDate(to_qdate(DAY))
    from_calendar = page.open_day(to_qdate(DAY))
    assert from_calendar is not None and from_calendar.session_id == sid
    assert page.open_day(to_qdate(DAY + timedelta(days=1))) is None
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.code_search.setText(short_code("S", sid))
    assert window.open_code()
    [opened] = window.pages["sessions"].findChildren(SessionDialog)  # closed with the window
    assert opened.session_id == sid and opened.tabs.currentIndex() == 0


def test_log_page_save_then_undo(qtbot: QtBot, doctor: AppContext, warnings: list[str]) -> None:
    """Saving a log says what was saved; Undo makes the session wait to be logged again."""
    sid = sessions.plan_session(doctor.db, DOCTOR, PLAN)
    page = LogSessionPage(doctor)
    qtbot.addWidget(page)
    page.show()
    assert page.choose(sid)
    page.go(2)
    set_checked(page.consumers, ["C1"])
    page.go(EMERGENCY)
    page.nothing.setChecked(True)
    assert page.save()
    assert sessions.session_detail(doctor.db, sid).status == "held"
    assert "the log of “使用微信”" in page.page_undo.message.text()
    page.page_undo.undo_button.click()
    assert warnings == []
    detail = sessions.session_detail(doctor.db, sid)
    assert detail.status == "planned" and detail.report is None
    assert page.choose(sid)


def test_the_page_fits_a_small_screen(qtbot: QtBot, doctor: AppContext) -> None:
    """The session's page fits 1366x728 with every tab."""
    dialog = _opened(qtbot, doctor, _logged(doctor))
    dialog.tabs.setCurrentIndex(LOG)
    dialog.correct_button.click()
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert dialog.minimumSizeHint().height() <= 700 and hint.width() <= 1366
