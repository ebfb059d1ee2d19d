"""The log a support person asks for holds no participant's code or name."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTime
from pytestqt.qtbot import QtBot

from app.demo import make_demo
from app.services import accounts, after_session, people, sessions
from db.database import Database
from tests import helpers
from ui.context import AppContext, DataEvents
from ui.crash import CrashReporter, install_crash_handler
from ui.labels import set_language
from ui.main_window import MainWindow
from ui.pages.log_session import EMERGENCY, LogSessionPage
from ui.settings import Settings
from ui.widgets import all_keys, set_checked


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, CrashReporter]]:
    """The log and crash handler as the program starts them, in the test's folder."""
    from app.support import start_log

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    before = list(logging.getLogger().handlers)
    path = start_log(tmp_path / "logs")
    yield path, install_crash_handler(path)
    for handler in logging.getLogger().handlers:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def demo(blank_db: Database, tmp_path: Path) -> AppContext:
    """A doctor signed in at the demo site."""
    make_demo(blank_db)
    helpers.create_account(blank_db, "li", "doctor-pass-1", "community_doctor")
    account = accounts.sign_in(blank_db, "li", "doctor-pass-1")
    set_language("en")
    settings = Settings(tmp_path / "settings.ini")
    return AppContext(blank_db, account, settings, DataEvents(), "DEMO", "Demo")


def test_no_participant_code_or_name_reaches_the_log(
    qtbot: QtBot, demo: AppContext, logs: tuple[Path, CrashReporter]
) -> None:
    """After the demo, every page opened, a session logged with a consumer named in the
    feedback, and a failure whose message quotes a participant, the log files hold program
    events and tracebacks but none of the site's participant codes or names."""
    path, reporter = logs
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    for key in window.pages:
        window.show_page(key)
        QThreadPool.globalInstance().waitForDone(30_000)
    row = after_session.sessions_to_log(demo.db)[0]
    page = window.show_page("log")
    assert isinstance(page, LogSessionPage)
    assert page.choose(row.id)
    page.go(1)
    page.actual_start.setTime(QTime(9, 5))
    page.go(2)
    present = all_keys(page.consumers)[:2]
    set_checked(page.consumers, present)
    named = {r.person.code: r.name for r in people.registry(demo.db, demo.account)}
    page.go(3)
    page.feedback.setPlainText(f"{named[present[0]]} 分享了近况")
    page.go(EMERGENCY)
    page.nothing.setChecked(True)
    assert page.save()
    assert sessions.session_detail(demo.db, row.id).status == "held"
    try:
        raise KeyError(f"{present[0]} {named[present[0]]}")  # as an unexpected failure would
    except KeyError:
        reporter.hook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: reporter.box is not None)
    reporter.box.done(0)  # type: ignore[union-attr]
    window.backed_up = True
    window.close()
    text = "\n".join(p.read_text(encoding="utf-8") for p in path.parent.glob("*.log*"))
    participants = list(named.items())
    assert len(participants) > 50 and all(name for _code, name in participants[:5])
    leaked = [s for code, name in participants for s in (code, name) if s and s in text]
    assert leaked == []
    assert "started, version" in text and "KeyError" in text  # the log was written
