"""The sign-in window on an encrypted database, the recovery dialog and the recovery sheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.audit import list_entries
from app.errors import UserError
from app.services import encryption
from app.services.encryption import unwrap_recovery
from app.services.setup import SetupData
from app.site_door import SiteDoor
from tests.ui.conftest import signed_in, waited
from ui.context import AppContext, DataEvents
from ui.main_window import MainWindow
from ui.recovery import RecoveryDialog, RecoverySheetDialog
from ui.settings import Settings
from ui.signin import SignInDialog

SETUP = SetupData("CY01", "朝阳同伴支持", "TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1),
                  "李医生", "li", "first-pass-1")  # fmt: skip


@pytest.fixture
def recovery_key(db_path: Path) -> str:
    """An encrypted site set up at db_path; its recovery key."""
    door = SiteDoor(db_path)
    door.set_up(SETUP)
    key = door.new_recovery_key
    door.close()
    assert key is not None
    return key


def test_sign_in_unlocks_the_encrypted_database(
    qtbot: QtBot, db_path: Path, recovery_key: str
) -> None:
    """The heading comes from the key file; a wrong password says so; the right one opens."""
    door = SiteDoor(db_path)
    dialog = SignInDialog(door, "li")
    qtbot.addWidget(dialog)
    assert dialog.recovery_button.isVisibleTo(dialog)
    dialog.password.setText("wrong-pass-9")
    assert not signed_in(qtbot, dialog)
    assert dialog.message.text() == "The user name or password is wrong."
    assert door.db is None
    dialog.password.setText("first-pass-1")
    assert signed_in(qtbot, dialog) and door.db is not None
    door.close()


def test_recovery_dialog_sets_a_new_password(
    qtbot: QtBot, db_path: Path, recovery_key: str
) -> None:
    """From the sign-in window: a wrong key is refused; the right one sets the new password and
    signs in; the new password opens the database next time."""
    door = SiteDoor(db_path)
    sign_in = SignInDialog(door, "li")
    qtbot.addWidget(sign_in)
    dialog = sign_in.use_recovery_key()
    assert dialog.username.text() == "li"
    dialog.recovery_key.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH")
    dialog.password.setText("new-pass-22")
    dialog.password_again.setText("new-pass-22")
    dialog.recover()
    assert dialog.busy
    waited(qtbot, dialog)
    assert "recovery key is wrong" in dialog.message.text() and sign_in.account is None
    dialog.recovery_key.setText(recovery_key.lower())
    dialog.recover()
    waited(qtbot, dialog)
    assert sign_in.account is not None and sign_in.account.username == "li"
    door.close()
    SiteDoor(db_path).sign_in("li", "new-pass-22")


def test_recovery_dialog_refuses_differing_passwords(
    qtbot: QtBot, db_path: Path, recovery_key: str
) -> None:
    """Two different new passwords: nothing is changed."""
    dialog = RecoveryDialog(SiteDoor(db_path), "li")
    qtbot.addWidget(dialog)
    dialog.recovery_key.setText(recovery_key)
    dialog.password.setText("new-pass-22")
    dialog.password_again.setText("new-pass-23")
    dialog.recover()
    assert not dialog.busy and dialog.message.text() == "The passwords differ."
    SiteDoor(db_path).sign_in("li", "first-pass-1")


def test_recovery_sheet_dialog_shows_the_key_and_its_sheet(
    qtbot: QtBot, db_path: Path, recovery_key: str
) -> None:
    """The new key is on screen in groups and its sheet is a PDF naming the site."""
    door = SiteDoor(db_path)
    door.sign_in("li", "first-pass-1")
    assert door.db is not None
    dialog = RecoverySheetDialog(door.db, recovery_key)
    qtbot.addWidget(dialog)
    assert dialog.key_label.text() == recovery_key.replace("-", " ")
    pdf = dialog.sheet_pdf()
    assert pdf.startswith(b"%PDF")
    preview = dialog.preview()
    assert preview.page_count == 1
    preview.close()
    door.close()


def test_a_new_recovery_key_is_made_off_the_gui_thread(
    qtbot: QtBot, db_path: Path, recovery_key: str, settings: Settings
) -> None:
    """The window waits, switched off, while the key is made; then shows the new key, which
    opens the database where the old one no longer does."""
    door = SiteDoor(db_path)
    account = door.sign_in("li", "first-pass-1")
    assert door.db is not None
    context = AppContext(door.db, account, settings, DataEvents(), "CY01", "朝阳同伴支持")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.new_recovery_key()
    assert not window.isEnabled()
    assert window.statusBar().currentMessage() == "Making a new recovery key…"
    qtbot.waitUntil(lambda: window.findChild(RecoverySheetDialog) is not None, timeout=20_000)
    assert window.isEnabled()
    sheet = window.findChild(RecoverySheetDialog)
    new_key = sheet.key_label.text().replace(" ", "-")
    assert new_key != recovery_key
    with pytest.raises(UserError):
        unwrap_recovery(db_path, recovery_key)
    unwrap_recovery(db_path, new_key)
    door.close()


def test_changing_the_database_key_from_the_window(
    qtbot: QtBot, db_path: Path, recovery_key: str, settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Settings › Change the database key: after a Yes, the window waits while the file is
    re-keyed, then shows a new recovery sheet; the old recovery key opens nothing, the
    doctor's password still does, and the window goes on working on the re-keyed file."""
    door = SiteDoor(db_path)
    account = door.sign_in("li", "first-pass-1")
    assert door.db is not None
    old_key = door.db.key
    context = AppContext(door.db, account, settings, DataEvents(), "CY01", "朝阳同伴支持")
    window = MainWindow(context)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)  # fmt: skip
    window.rekey_action.trigger()
    assert not window.isEnabled()
    qtbot.waitUntil(lambda: window.findChild(RecoverySheetDialog) is not None, timeout=30_000)
    assert window.isEnabled() and door.db.key not in (None, old_key)
    new_key = window.findChild(RecoverySheetDialog).key_label.text().replace(" ", "-")
    with pytest.raises(UserError):
        unwrap_recovery(db_path, recovery_key)
    assert unwrap_recovery(db_path, new_key) == door.db.key
    assert "database_rekeyed" in {e.action for e in list_entries(door.db)}
    door.close()
    encryption.open_with_password(db_path, "li", "first-pass-1").close()
