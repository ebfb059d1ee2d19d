"""Fixtures for widget tests: a signed-in context over a site with people."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.services import accounts
from app.services.accounts import Account
from db.database import Database
from tests import helpers
from ui.application import remove_translators
from ui.collector import collect_due, collect_on_gui_thread
from ui.context import AppContext, DataEvents
from ui.discard import EntryDialog
from ui.labels import set_language
from ui.print_preview import PrintPreviewDialog
from ui.settings import Settings
from ui.signin import SignInDialog
from ui.waiting import WaitingDialog

PASSWORD = "doctor-pass-1"


@pytest.fixture(autouse=True, scope="session")
def collected_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the program, garbage is collected on the GUI thread only (``ui.collector``):
    otherwise a test's worker could destroy the widgets an earlier test left in cycles,
    and crash the run."""
    collect_on_gui_thread(qapp)
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def background_work_ends() -> Iterator[None]:
    """Work a test left running (the backups a closed window takes) ends before the next
    test, and the garbage due is collected here, on the GUI thread.

    Autouse, so it is torn down after qtbot has closed the test's windows.
    """
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    collect_due()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A form a test leaves open with typing in it would ask "Discard what you typed?" when
    qtbot closes it after the test; it is cancelled first."""
    for widget in QApplication.topLevelWidgets():  # not allWidgets(): it hands out children
        # being destroyed, and touching one of those crashed the process now and then
        if isValid(widget) and isinstance(widget, EntryDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)
    return (yield)


@pytest.fixture(autouse=True)
def english_sources() -> Iterator[None]:
    """Each widget test starts and ends with the English source texts."""
    remove_translators()
    yield
    remove_translators()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings in a file of the test's own."""
    return Settings(tmp_path / "settings.ini")


def _context(db: Database, settings: Settings, username: str, role: str) -> AppContext:
    helpers.create_account(db, username, PASSWORD, role, display_name=username)
    account = accounts.sign_in(db, username, PASSWORD)
    set_language("en")
    return AppContext(db, account, settings, DataEvents(), "CY01", "Chaoyang peer support")


@pytest.fixture
def doctor(people_db: Database, settings: Settings) -> Iterator[AppContext]:
    """A community doctor signed in at a site with peers and consumers."""
    yield _context(people_db, settings, "li", "community_doctor")
    QThreadPool.globalInstance().waitForDone(30_000)  # before the database goes away


@pytest.fixture
def peer(people_db: Database, settings: Settings) -> Iterator[AppContext]:
    """A peer signed in at the same kind of site."""
    yield _context(people_db, settings, "wang", "peer")
    QThreadPool.globalInstance().waitForDone(30_000)  # before the database goes away


__all__ = ["PASSWORD", "Account", "opened_previews", "signed_in", "waited"]


def opened_previews(qtbot: QtBot, parent: QWidget, count: int = 1) -> list[PrintPreviewDialog]:
    """The print previews opened over a widget, once ``count`` of them are made in the
    background and shown."""
    qtbot.waitUntil(lambda: len(parent.findChildren(PrintPreviewDialog)) >= count,
                    timeout=20_000)  # fmt: skip
    previews = parent.findChildren(PrintPreviewDialog)
    for preview in previews:
        qtbot.addWidget(preview)
    return previews


def waited(qtbot: QtBot, dialog: WaitingDialog) -> None:
    """Waits for a dialog's step on the worker (a key derived from a password) to end."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)


def signed_in(qtbot: QtBot, dialog: SignInDialog) -> bool:
    """Presses Sign in and waits for the password to be checked; whether it let them in."""
    dialog.sign_in()
    waited(qtbot, dialog)
    return dialog.account is not None
