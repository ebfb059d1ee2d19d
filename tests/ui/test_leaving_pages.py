"""Leaving the session log with typing not saved, by another page or by closing the window,
asks "Keep as draft / Discard / Go back", and each answer does what it says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import drafts, sessions
from tests.helpers import DOCTOR
from tests.ui.test_drafts import answer_box
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.log_session import FORM, LogSessionPage


@pytest.fixture
def window(qtbot: QtBot, doctor: AppContext) -> Iterator[MainWindow]:
    """The doctor's window on the session log, a session of yesterday chosen."""
    plan = sessions.SessionPlan("TJH", date.today() - timedelta(days=1), time(9), time(10, 30),
                                "health_center", "social_skills", "P1", ("P2",))  # fmt: skip
    session_id = sessions.plan_session(doctor.db, DOCTOR, plan)
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.show()
    window.log_session(session_id)
    yield window
    window.keep_drafts()  # closing after the test asks nothing


def _log(window: MainWindow) -> LogSessionPage:
    page = window.pages["log"]
    assert isinstance(page, LogSessionPage)
    return page


def _tick_first(page: LogSessionPage) -> str:
    item = page.consumers.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    return str(item.data(Qt.ItemDataRole.UserRole))


def _click_page(window: MainWindow, key: str) -> None:
    """Chooses a page in the list on the left, as the user does."""
    for row in range(window.navigation.count()):
        if window.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
            window.navigation.setCurrentRow(row)
    QApplication.processEvents()


def _draft(context: AppContext) -> drafts.SavedDraft | None:
    return drafts.load_draft(context.db, context.account.username, FORM)


def test_go_back_then_keep_as_draft(window: MainWindow, doctor: AppContext) -> None:
    """Go back stays on the log with what was ticked; Keep as draft goes on to the page and
    keeps the log as the user's draft; leaving again asks nothing."""
    page = _log(window)
    code = _tick_first(page)
    seen: list[str] = []
    answer_box("Go back", seen)
    _click_page(window, "people")
    assert len(seen) == 1 and "Keep as draft / Discard / Go back" in seen[0]
    assert window.showing(page) and window.navigation.currentItem().data(
        Qt.ItemDataRole.UserRole) == "log"  # fmt: skip
    assert code in page.state()["consumers"]

    answer_box("Keep as draft", seen)
    _click_page(window, "people")
    assert len(seen) == 2 and window.showing(window.pages["people"])
    draft = _draft(doctor)
    assert draft is not None and code in draft.content["consumers"]

    _click_page(window, "log")
    _click_page(window, "today")  # nothing new typed: no question
    assert len(seen) == 2 and window.showing(window.pages["today"])


def test_discard_empties_the_log(window: MainWindow, doctor: AppContext) -> None:
    """Discard throws the log's typing and its draft away; the next page shows."""
    page = _log(window)
    _tick_first(page)
    page.save_draft()
    seen: list[str] = []
    answer_box("Discard", seen)
    _click_page(window, "sessions")
    assert len(seen) == 1 and window.showing(window.pages["sessions"])
    assert page.current() is None and _draft(doctor) is None


def test_a_session_only_chosen_leaves_without_a_question(window: MainWindow) -> None:
    """Choosing a session and looking at its steps is not typing."""
    page = _log(window)
    page.go(2)
    _click_page(window, "people")
    assert window.showing(window.pages["people"])


def test_closing_the_window_asks(window: MainWindow, doctor: AppContext) -> None:
    """The window's close button with a log begun asks; Go back keeps the window open with
    the typing; signing out then with Keep as draft keeps the log as a draft."""
    page = _log(window)
    code = _tick_first(page)
    seen: list[str] = []
    answer_box("Go back", seen)
    window.close()
    assert len(seen) == 1 and window.isVisible() and code in page.state()["consumers"]

    answer_box("Keep as draft", seen)
    window.sign_out()
    assert len(seen) == 2 and window.was_signed_out
    draft = _draft(doctor)
    assert draft is not None and code in draft.content["consumers"]
