"""Restoring a backup from the application: the list, the confirmation, and the reopened data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from app import backups
from app.backups import Restored, describe, take_backup
from app.services import people
from db.database import Database
from tests.helpers import DOCTOR
from tests.ui.test_cancel import _cancel_held, _held, _told
from ui.backups_dialog import BackupsDialog
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture
def backed_up(doctor: AppContext, db_path: Path) -> AppContext:
    """A backup of the six people, then a seventh person added after it."""
    take_backup(doctor.db, db_path.parent / "backups", date(2016, 5, 1))
    people.add_person(
        doctor.db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 5, 2)
    )
    return doctor


def _listed(qtbot: QtBot, dialog: BackupsDialog) -> BackupsDialog:
    """The dialog once it has read the backups in the background."""
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and dialog.note.text() == "Reading the backups…"
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    return dialog


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_: asked.append(text)
                        or button)  # fmt: skip
    return asked


def test_list_shows_date_and_counts(qtbot: QtBot, backed_up: AppContext) -> None:
    """Each backup is a row with when it was taken, the site and how many records it holds."""
    dialog = _listed(qtbot, BackupsDialog(backed_up))
    assert dialog.table.rowCount() == 1
    shown = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert shown[1:3] == ["CY01", "6"]
    assert shown[-1] == "peer-support-2016-05-01.sqlite"
    assert not dialog.restore_button.isEnabled()


def test_restore_asks_keeps_current_and_reopens(
    qtbot: QtBot, backed_up: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Yes restores: the app reads the backup's six people; the seven are kept in a copy."""
    dialog = _listed(qtbot, BackupsDialog(backed_up))
    dialog.table.selectRow(0)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert "6 people" in asked[0]
    [progress] = dialog.findChildren(QProgressDialog)
    assert progress.labelText() == "Restoring the backup…"
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10_000)
    assert describe(dialog.outcome.kept).counts["person"] == 7
    assert "C9" not in {r.code for r in people.list_people(backed_up.db)}
    people.add_person(
        backed_up.db, DOCTOR, people.PersonData("C8", "TJH"), "consumer", date(2016, 6, 1)
    )
    assert len(people.list_people(backed_up.db)) == 7


def test_no_changes_nothing(
    qtbot: QtBot, backed_up: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No leaves the database as it is."""
    dialog = _listed(qtbot, BackupsDialog(backed_up))
    dialog.table.selectRow(0)
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert dialog.outcome is None
    assert "C9" in {r.code for r in people.list_people(backed_up.db)}


def test_cancel_leaves_the_database_as_it_was(
    qtbot: QtBot, backed_up: AppContext, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel while the backup is copied in: the seven people stay, no copy is left over."""
    dialog = _listed(qtbot, BackupsDialog(backed_up))
    dialog.table.selectRow(0)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    told = _told(monkeypatch)
    release = _held(monkeypatch, backups, "_copy_file")
    dialog.restore_button.click()
    _cancel_held(qtbot, dialog.findChild(QProgressDialog), release, told)
    assert dialog.outcome is None
    assert "C9" in {r.code for r in people.list_people(backed_up.db)}
    assert [p.name for p in (db_path.parent / "backups").iterdir()] == [
        "peer-support-2016-05-01.sqlite"
    ]


def test_a_backup_that_cannot_be_read_is_refused(
    qtbot: QtBot, backed_up: AppContext, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup damaged after it was listed: the user is told, and nothing is changed."""
    dialog = _listed(qtbot, BackupsDialog(backed_up))
    dialog.table.selectRow(0)
    (db_path.parent / "backups" / "peer-support-2016-05-01.sqlite").write_bytes(b"x" * 4096)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "not restored" in warned[0] and "is not a backup of this application" in warned[0]
    assert dialog.outcome is None
    assert "C9" in {r.code for r in people.list_people(backed_up.db)}


def test_no_backups_says_when_they_are_taken(qtbot: QtBot, doctor: AppContext) -> None:
    """Before the first close there is nothing to restore, and the dialog says why."""
    dialog = _listed(qtbot, BackupsDialog(doctor))
    assert dialog.table.rowCount() == 0
    assert dialog.note.text().startswith("No backups yet")
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert dialog.empty.button.text() == "Take a backup now"


def test_take_a_backup_from_the_empty_list(qtbot: QtBot, doctor: AppContext) -> None:
    """"Take a backup now" takes today's backup and lists it in place of the message."""
    dialog = _listed(qtbot, BackupsDialog(doctor))
    dialog.show()
    qtbot.mouseClick(dialog.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert dialog.table.isVisible() and not dialog.empty.isVisible()
    assert dialog.backups[0].counts["person"] == len(people.list_people(doctor.db))


def test_only_doctors_have_the_menu(qtbot: QtBot, doctor: AppContext, peer: AppContext) -> None:
    """Settings › Backups is there for a community doctor and not for a peer."""
    for context, expected in ((doctor, True), (peer, False)):
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert (window.backups_action is not None) is expected


def test_after_a_restore_everyone_signs_in_again(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The window tells where the old database is kept, which withdrawals were applied again,
    and signs the user out."""
    told: list[str] = []
    done = Restored(tmp_path / "kept.sqlite", ["C1"])
    monkeypatch.setattr(BackupsDialog, "ask", classmethod(lambda *_: done))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.open_backups()
    assert "kept.sqlite" in told[0] and window.was_signed_out
    assert "1 consent withdrawal made after this backup was applied again: C1" in told[0]


def test_a_restore_is_refused_while_another_window_has_the_database_open(
    qtbot: QtBot, backed_up: AppContext, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second window on the same file: one clear line, and this window goes on as it was."""
    monkeypatch.setattr(backups, "EXCLUSIVE_WAIT", 0.2)
    other = Database.open(db_path)
    dialog = _listed(qtbot, BackupsDialog(backed_up))
    dialog.table.selectRow(0)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    other.close()
    assert "The database is open in another program or window: close it there first." in warned[0]
    assert dialog.outcome is None
    assert "C9" in {r.code for r in people.list_people(backed_up.db)}
