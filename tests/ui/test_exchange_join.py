"""Joining a project through the window: on the Exchange page, or at set-up with the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.exchange import keys, project
from app.site_door import SiteDoor
from db.database import Database
from tests.ui.conftest import waited
from ui.context import AppContext
from ui.pages.exchange import ExchangePage
from ui.signin import SetupDialog


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """The project file the project manager handed over."""
    pm = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm, "Chaoyang", tmp_path / "project.json")
    pm.close()
    return tmp_path / "project.json"


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers with this file, as if the user had picked it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_a_site_without_a_project_joins_from_the_exchange_page(
    qtbot: QtBot, doctor: AppContext, project_file: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Join is offered instead of export; a wrong file is said, the project file joins and the
    page shows the site key's fingerprint, then offers export."""
    told: list[tuple[str, str]] = []
    for name, mark in (("warning", "!"), ("information", "i")):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, _title, text, mark=mark: told.append((mark, text))
        )
    page = ExchangePage(doctor)
    qtbot.addWidget(page)
    page.show()
    assert page.join_button.isVisible() and not page.export_button.isEnabled()

    wrong = tmp_path / "minutes.docx"
    wrong.write_bytes(b"PK\x03\x04")
    _choose(monkeypatch, wrong)
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert len(told) == 1 and told[0][0] == "!" and "is not a project file" in told[0][1]
    assert page.join_button.isVisible() and project.joined_project(doctor.db) is None

    _choose(monkeypatch, project_file)
    page.join_button.click()
    fingerprint = keys.site_fingerprint(doctor.db)
    assert fingerprint is not None and told[-1][0] == "i" and fingerprint in told[-1][1]
    assert not page.join_button.isVisible() and page.export_button.isEnabled()
    assert not page.not_joined.isVisible()


def test_a_peer_is_not_offered_joining(qtbot: QtBot, peer: AppContext) -> None:
    page = ExchangePage(peer)
    qtbot.addWidget(page)
    page.show()
    assert not page.join_button.isVisible() and page.not_joined.isVisible()


def test_set_up_window_takes_the_project_file(
    qtbot: QtBot, db_path: Path, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Browse… picks the project file; the new site is set up for the project, ready to send."""
    door = SiteDoor(db_path)
    assert door.needs_setup()
    dialog = SetupDialog(door)
    qtbot.addWidget(dialog)
    for field, text in ((dialog.site_code, "MZ01"), (dialog.site_name, "Maizidian"),
                        (dialog.community_code, "MZD"), (dialog.community_en, "Maizidian"),
                        (dialog.doctor_name, "Dr Li"), (dialog.username, "li"),
                        (dialog.password, "first-pass-1"), (dialog.password_again, "first-pass-1")):
        qtbot.keyClicks(field, text)  # fmt: skip
    _choose(monkeypatch, project_file)
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Browse…")
    browse.click()
    assert dialog.project_file.text() == str(project_file)
    dialog.save()
    waited(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert door.db is not None and project.joined_project(door.db) is not None
    assert keys.site_fingerprint(door.db) is not None
    door.close()
