"""After the session: the guided flow end to end, and drafts that survive closing."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import drafts, emergencies, sessions
from tests import helpers
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.log_session import EMERGENCY, FORM, LogSessionPage
from ui.pages.today import TodayPage
from ui.widgets import set_checked

DAY = date.today() - timedelta(days=1)


@pytest.fixture
def planned(doctor: AppContext) -> str:
    """A session planned for yesterday at Tuanjiehu, waiting to be logged."""
    from app.services import accounts

    accounts.add_staff(doctor.db, helpers.DOCTOR, "D1", "李医生", "community_doctor")
    plan = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",), theme="使用微信")  # fmt: skip
    return sessions.plan_session(doctor.db, DOCTOR, plan)


def _page(qtbot: QtBot, context: AppContext) -> LogSessionPage:
    page = LogSessionPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_log_with_attendance_and_an_emergency(
    qtbot: QtBot, doctor: AppContext, planned: str
) -> None:
    """Choose, times, attendance, feedback, an event: all saved, linked to the session."""
    page = _page(qtbot, doctor)
    assert page.choose(planned)
    page.go(1)
    page.actual_start.setTime(QTime(9, 5))
    page.actual_end.setTime(QTime(10, 20))
    page.go(2)
    assert page.consumers.count() == 3
    set_checked(page.consumers, ["C1", "C3"])
    page.go(3)
    page.feedback.setPlainText("大家都很投入")
    page.go(EMERGENCY)
    page.something.setChecked(True)
    form = page.event_form
    form.kind.setCurrentIndex(form.kind.findData("violence"))
    set_checked(form.people, ["C3"])
    form.description.setPlainText("C3 情绪激动")
    form.action.setPlainText("陪同到安静房间，通知医生")
    assert page.save()

    detail = sessions.session_detail(doctor.db, planned)
    assert detail.status == "held" and detail.report is not None
    assert detail.report.actual_start == time(9, 5)
    assert detail.report.consumers_present == ("C1", "C3")
    assert detail.report.consumers_absent == ("C2",)
    assert detail.report.peers_present == ("P1", "P2")
    assert detail.report.feedback == "大家都很投入"
    [event] = emergencies.list_events(doctor.db)
    assert (event.people, event.state, event.reported_to) == (("C3",), "reported", "D1")
    assert drafts.load_draft(doctor.db, "li", FORM) is None
    assert page.session_list.count() == 0


def test_event_without_description_saves_nothing(
    qtbot: QtBot, doctor: AppContext, planned: str
) -> None:
    """Saying something happened but not what is refused, naming the field; nothing is saved."""
    page = _page(qtbot, doctor)
    page.choose(planned)
    page.go(EMERGENCY)
    page.something.setChecked(True)
    page.event_form.action.setPlainText("通知医生")
    assert not page.save()
    assert "Describe what happened" in page.event_form.error.text()
    assert sessions.session_detail(doctor.db, planned).status == "planned"
    assert emergencies.list_events(doctor.db) == []


def test_draft_is_saved_while_typing(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """Within a second of typing, the draft is in the database without any save."""
    page = _page(qtbot, doctor)
    page.choose(planned)
    page.feedback.setPlainText("写到一半")
    qtbot.waitUntil(
        lambda: (
            (d := drafts.load_draft(doctor.db, "li", FORM)) is not None
            and d.content["feedback"] == "写到一半"
        ),
        timeout=2000,
    )


def test_draft_survives_closing_mid_way(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """Close the page half-way; a new page offers the draft back and restores every field."""
    page = _page(qtbot, doctor)
    page.show()
    page.choose(planned)
    page.go(2)
    page.actual_end.setTime(QTime(10, 10))
    set_checked(page.consumers, ["C2"])
    page.notes.setPlainText("场地有点小")
    page.close()
    page.deleteLater()

    again = _page(qtbot, doctor)
    assert again.banner.isVisibleTo(again)
    again.continue_draft()
    assert again.current() is not None and again.current().id == planned
    assert again.actual_end.time() == QTime(10, 10)
    assert again.report().consumers_present == ("C2",)
    assert again.notes.toPlainText() == "场地有点小"
    assert again.steps.currentIndex() == 2
    again.go(EMERGENCY)
    again.nothing.setChecked(True)
    assert again.save()
    assert drafts.load_draft(doctor.db, "li", FORM) is None


def test_discarding_the_draft(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """Discard removes the draft and the banner."""
    drafts.save_draft(doctor.db, "li", FORM, {"session_id": planned, "step": 1})
    page = _page(qtbot, doctor)
    assert page.banner.isVisibleTo(page)
    page.discard_draft()
    assert not page.banner.isVisibleTo(page)
    assert drafts.load_draft(doctor.db, "li", FORM) is None


def test_on_leave_consumer_needs_confirmation(
    qtbot: QtBot, doctor: AppContext, planned: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ticking a consumer on leave asks first; No keeps the session unlogged."""
    from app.services import people

    people.change_status(
        doctor.db, DOCTOR, "C1", "consumer", "on_leave", DAY - timedelta(days=3), "住院"
    )
    page = _page(qtbot, doctor)
    page.choose(planned)
    assert "on leave" in page.consumers.item(0).text()
    set_checked(page.consumers, ["C1"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not page.save()
    assert sessions.session_detail(doctor.db, planned).status == "planned"


def test_today_lists_the_session_and_opens_the_flow(
    qtbot: QtBot, doctor: AppContext, planned: str
) -> None:
    """Today counts the session waiting and its button opens the flow on it."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    today_page = window.pages["today"]
    assert isinstance(today_page, TodayPage)
    assert "1" in today_page.to_log.text()
    today_page.log_button.click()
    log_page = window.pages["log"]
    assert window.page_stack.currentWidget() is log_page
    assert log_page.current().id == planned  # type: ignore[attr-defined]
