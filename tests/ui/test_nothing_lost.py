"""Nothing typed is lost: step 5 is answered, not assumed; forms ask before dropping typing."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.services import emergencies, sessions
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.emergency_form import EmergencyDialog
from ui.pages.log_session import EMERGENCY, LogSessionPage
from ui.records.supervision_dialog import SupervisionDialog
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.widgets import set_checked

DAY = date.today() - timedelta(days=1)


@pytest.fixture
def planned(doctor: AppContext) -> str:
    """A session held yesterday at Tuanjiehu, waiting to be logged."""
    from app.services import accounts

    accounts.add_staff(doctor.db, DOCTOR, "D1", "李医生", "community_doctor")
    plan = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    return sessions.plan_session(doctor.db, DOCTOR, plan)


def _log_page(qtbot: QtBot, context: AppContext, session_id: str) -> LogSessionPage:
    page = LogSessionPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.choose(session_id)
    page.go(EMERGENCY)
    return page


def test_step_five_starts_unanswered(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """Neither answer is chosen and the event form is hidden until "Yes"."""
    page = _log_page(qtbot, doctor, planned)
    assert not page.nothing.isChecked() and not page.something.isChecked()
    assert not page.event_form.isVisibleTo(page)
    page.something.setChecked(True)
    assert page.event_form.isVisibleTo(page)
    page.nothing.setChecked(True)
    assert not page.event_form.isVisibleTo(page)


def test_saving_without_an_answer_is_refused(
    qtbot: QtBot, doctor: AppContext, planned: str
) -> None:
    """Save before answering: a message asks for the answer and nothing is saved."""
    page = _log_page(qtbot, doctor, planned)
    assert not page.save()
    assert "Answer the question" in page.unanswered.text()
    assert page.unanswered.isVisibleTo(page)
    assert sessions.session_detail(doctor.db, planned).status == "planned"
    page.nothing.setChecked(True)
    assert page.unanswered.text() == ""
    assert page.save()
    assert sessions.session_detail(doctor.db, planned).status == "held"


def test_event_kind_is_not_assumed(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """The event form starts with no kind; saving without one names it and saves nothing."""
    page = _log_page(qtbot, doctor, planned)
    page.something.setChecked(True)
    form = page.event_form
    assert form.kind.currentData() is None
    set_checked(form.people, ["C1"])
    form.description.setPlainText("C1 情绪激动")
    form.action.setPlainText("通知医生")
    assert not page.save()
    assert "kind of event" in form.error.text()
    assert emergencies.list_events(doctor.db) == []
    form.kind.setCurrentIndex(form.kind.findData("poorly_controlled_behaviour"))
    assert page.save()
    [event] = emergencies.list_events(doctor.db)
    assert event.kind == "poorly_controlled_behaviour"


def test_a_new_log_after_saving_is_unanswered_again(
    qtbot: QtBot, doctor: AppContext, planned: str
) -> None:
    """After a save the next log asks the question afresh."""
    page = _log_page(qtbot, doctor, planned)
    page.nothing.setChecked(True)
    assert page.save()
    assert page.answered() is None


def _answer_discard_box(qtbot: QtBot, button: str, seen: list[str]) -> None:
    """Presses a button of the "Discard what you typed?" box when it opens."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        [chosen] = [b for b in box.findChildren(QPushButton) if b.text() == button]
        chosen.click()

    QTimer.singleShot(0, press)


def test_untouched_plan_form_closes_at_once(qtbot: QtBot, doctor: AppContext) -> None:
    """Escape on a form nobody typed in closes it without a question."""
    dialog = PlanSessionDialog(doctor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_with_typing_asks_first(qtbot: QtBot, doctor: AppContext) -> None:
    """Escape with a theme typed asks; Go back keeps it open, Discard closes it."""
    dialog = PlanSessionDialog(doctor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme.setText("使用微信")
    seen: list[str] = []
    _answer_discard_box(qtbot, "Go back", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["Keep what you typed?"]
    assert dialog.isVisible() and dialog.theme.text() == "使用微信"
    _answer_discard_box(qtbot, "Discard", seen)
    dialog.close()
    assert len(seen) == 2
    assert not dialog.isVisible()


@pytest.mark.parametrize("make", [EmergencyDialog, SupervisionDialog])
def test_other_entry_forms_ask_too(qtbot: QtBot, doctor: AppContext, make: type) -> None:
    """The window's close button on another form with typing asks before closing."""
    dialog = make(doctor)
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtWidgets import QPlainTextEdit

    dialog.findChildren(QPlainTextEdit)[0].setPlainText("写了一半")
    seen: list[str] = []
    _answer_discard_box(qtbot, "Go back", seen)
    dialog.close()
    assert seen and dialog.isVisible()
