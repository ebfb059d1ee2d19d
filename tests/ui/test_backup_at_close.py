"""The day's backups as the window closes: in the background, with progress, and Cancel."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from app import backups
from app.backups import backup_name, describe, take_backup
from app.services import people
from tests.helpers import DOCTOR
from tests.ui.test_cancel import _cancel_held, _told
from ui.context import AppContext
from ui.main_window import MainWindow


def _today(folder: Path) -> Path:
    return folder / backup_name(date.today())


def _shown(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def _held_before(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds each backup copy, before it starts, until the returned event is set."""
    release = threading.Event()
    real = backups.backup_sqlite

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backups, "backup_sqlite", held)
    return release


def test_closing_waits_for_the_backups_in_both_folders(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The window stays, behind a progress window, until both backups are taken."""
    stick = tmp_path / "usb"
    doctor.settings.set("second_backup_folder", str(stick))
    window = _shown(qtbot, doctor)
    release = _held_before(monkeypatch)
    window.close()
    [progress] = window.findChildren(QProgressDialog)
    assert window.isVisible() and progress.isVisible()
    assert progress.labelText() == "Taking today's backup…"
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    for folder in (db_path.parent / "backups", stick):
        assert describe(_today(folder)).counts["person"] == 6


def test_cancel_keeps_the_earlier_backup_and_closes(
    qtbot: QtBot, doctor: AppContext, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel: today's earlier backup stays as it was, no half copy is left, the window closes."""
    folder = db_path.parent / "backups"
    take_backup(doctor.db, folder)
    people.add_person(
        doctor.db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 5, 2)
    )
    window = _shown(qtbot, doctor)
    told = _told(monkeypatch)
    release = _held_before(monkeypatch)
    window.close()
    [progress] = window.findChildren(QProgressDialog)
    _cancel_held(qtbot, progress, release, told)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert describe(_today(folder)).counts["person"] == 6
    assert sorted(p.name for p in folder.iterdir()) == [_today(folder).name]


def test_a_folder_that_cannot_be_written_is_named_then_the_window_closes(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A stick that is not there is said by name; the backup beside the database is taken."""
    stick = tmp_path / "usb"
    stick.write_text("not a folder")
    doctor.settings.set("second_backup_folder", str(stick))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window = _shown(qtbot, doctor)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert len(warned) == 1 and str(stick) in warned[0]
    assert "The earlier backups are kept" in warned[0]
    assert describe(_today(db_path.parent / "backups")).counts["person"] == 6
