"""First-run set-up, sign-in, navigation by role, and the idle lock, through real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.site_door import SiteDoor
from db.database import Database
from main import main
from tests import helpers
from tests.ui.conftest import PASSWORD, signed_in, waited
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.recovery import RecoverySheetDialog
from ui.signin import SetupDialog, SignInDialog


def _fill_setup(dialog: SetupDialog, qtbot: QtBot, again: str = "first-pass-1") -> None:
    for field, text in (
        (dialog.site_code, "CY01"),
        (dialog.site_name, "朝阳同伴支持"),
        (dialog.community_code, "TJH"),
        (dialog.community_zh, "团结湖"),
        (dialog.doctor_name, "李医生"),
        (dialog.username, "li"),
        (dialog.password, "first-pass-1"),
        (dialog.password_again, again),
    ):
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:  # QTest types ASCII only; an input method would commit the Chinese text
            field.setText(text)


def test_first_run_setup_then_sign_in(qtbot: QtBot, db_path: Path) -> None:
    """Set-up creates the site, encrypted, and the doctor's account, who can then sign in."""
    door = SiteDoor(db_path)
    assert door.needs_setup()
    dialog = SetupDialog(door)
    qtbot.addWidget(dialog)
    _fill_setup(dialog, qtbot)
    dialog.save()
    assert dialog.busy and not dialog.site_code.isEnabled()
    waited(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert door.db is not None and door.new_recovery_key is not None
    installation = door.db.installation()
    assert installation is not None and installation.site_code == "CY01"
    door.close()
    assert SiteDoor(db_path).encrypted

    sign_in = SignInDialog(SiteDoor(db_path))
    assert "朝阳同伴支持" in sign_in.findChildren(QLabel)[0].text()
    qtbot.addWidget(sign_in)
    qtbot.keyClicks(sign_in.username, "li")
    qtbot.keyClicks(sign_in.password, "wrong-pass")
    sign_in.show()
    sign_in.sign_in()
    assert sign_in.busy and not sign_in.password.isEnabled()
    assert sign_in.message.text() == "Signing in…"
    sign_in.reject()  # Escape while the file is being opened waits for it
    qtbot.waitUntil(lambda: not sign_in.busy, timeout=20_000)
    assert sign_in.isVisible() and sign_in.account is None
    assert "wrong" in sign_in.message.text() and sign_in.password.text() == ""
    qtbot.keyClicks(sign_in.password, "first-pass-1")
    assert signed_in(qtbot, sign_in)
    assert sign_in.account is not None and sign_in.account.role == "community_doctor"


def test_setup_refuses_differing_passwords(
    qtbot: QtBot, blank_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two different passwords: nothing is set up."""
    monkeypatch.setattr("ui.signin.QMessageBox.warning", lambda *a: None)
    door = SiteDoor(blank_db.file)
    door.db = blank_db
    dialog = SetupDialog(door)
    qtbot.addWidget(dialog)
    _fill_setup(dialog, qtbot, again="other-pass-2")
    dialog.save()
    assert not dialog.busy
    assert blank_db.installation() is None and not door.encrypted


def test_window_shows_site_and_user(qtbot: QtBot, doctor: AppContext) -> None:
    """The site, its code and the signed-in user are always in view."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.show()
    assert "Chaoyang peer support" in window.header.text()
    assert "CY01" in window.header.text() and "li" in window.header.text()


def test_pages_out_of_sight_load_once_the_window_is_painted(
    qtbot: QtBot, doctor: AppContext
) -> None:
    """Signing in paints Today without first reading every other page's list; the others
    load right after, one at a time, and each is ready when chosen."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    assert not window.pages["today"].stale
    assert window.pages["people"].stale and window.pages["surveys"].stale
    window.show()
    qtbot.waitUntil(lambda: not any(page.stale for page in window.pages.values()))
    assert window.pages["people"].model.rowCount() > 0  # type: ignore[attr-defined]
    window.backed_up = True


def test_a_page_chosen_before_it_loaded_loads_at_once(qtbot: QtBot, doctor: AppContext) -> None:
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    page = window.show_page("people")
    assert not page.stale
    window.backed_up = True


def test_peer_does_not_see_clinical_pages(qtbot: QtBot, peer: AppContext) -> None:
    """A peer's navigation has no surveys and no supervision pages."""
    window = MainWindow(peer)
    qtbot.addWidget(window)
    assert "surveys" not in window.pages and "supervision" not in window.pages
    assert {"today", "log", "sessions", "emergencies"} <= set(window.pages)


def test_doctor_sees_every_page(qtbot: QtBot, doctor: AppContext) -> None:
    """A community doctor can reach every page."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    assert set(window.pages) == {
        "today",
        "log",
        "sessions",
        "people",
        "emergencies",
        "supervision",
        "surveys",
        "reports",
        "exchange",
        "audit",
    }


def test_idle_lock_keeps_what_was_typed(qtbot: QtBot, doctor: AppContext) -> None:
    """After the idle time the window locks; the password unlocks it with typing intact."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.show()
    typed = QLineEdit(window.pages["today"])
    typed.setText("half-written note")
    window.idle.set_minutes(0.002)  # about 120 ms
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not window.page_stack.isVisible()
    qtbot.keyClicks(window.lock_page.password, "not-the-password")
    window.lock_page.unlock()
    assert window.lock_page.busy and not window.lock_page.password.isEnabled()
    qtbot.waitUntil(lambda: not window.lock_page.busy, timeout=10_000)
    assert window.locked and "wrong" in window.lock_page.message.text()
    qtbot.keyClicks(window.lock_page.password, PASSWORD)
    with qtbot.waitSignal(window.lock_page.unlocked, timeout=10_000):
        qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert not window.locked
    assert typed.text() == "half-written note"


def test_lock_shortcut(qtbot: QtBot, doctor: AppContext) -> None:
    """Ctrl+L locks at once."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_main_with_no_arguments_signs_in_and_opens_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python main.py` asks who signs in, encrypts the plain site database at that first
    sign-in and shows its recovery key, then the window with the site's name."""
    db_file = tmp_path / "site.sqlite"
    assert main(["--db", str(db_file), "init", "--site", "CY01", "--name", "Chaoyang",
                 "--unencrypted"]) == 0  # fmt: skip
    db = Database.open(db_file)

    helpers.create_account(db, "li", PASSWORD, "community_doctor")
    db.close()

    def sign_in(dialog: SignInDialog) -> int:
        dialog.username.setText("li")
        dialog.password.setText(PASSWORD)
        return (QDialog.DialogCode.Accepted if signed_in(qtbot, dialog)
                else QDialog.DialogCode.Rejected)  # fmt: skip

    shown: list[MainWindow] = []

    def fake_exec() -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            window.close()
        return 0

    keys_shown: list[str] = []
    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    monkeypatch.setattr(RecoverySheetDialog, "exec", lambda d: keys_shown.append(d.recovery_key))
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert main(["--db", str(db_file)]) == 0
    assert len(shown) == 1
    assert "Chaoyang" in shown[0].header.text()
    assert len(keys_shown) == 1 and SiteDoor(db_file).encrypted


def test_the_window_title_names_the_version_and_the_site(qtbot, doctor) -> None:  # type: ignore[no-untyped-def]
    """A support person asking "which version?" finds it on the window itself."""
    from app.support import app_version

    window = MainWindow(doctor)
    qtbot.addWidget(window)
    assert app_version() in window.windowTitle() and doctor.site_name in window.windowTitle()
