"""Renders every main screen and every dialog in both languages to PNG files, at the size of
the commonest center screen (1366×768), for reviewing the look.

Runs offscreen on a temporary demo database, or on a scratch copy of the database ``--db``
names, so it runs without a display and never changes a site's real data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from app.site_door import SiteDoor
    from ui.context import AppContext

LANGUAGES = ("zh_CN", "en")
SIZE = (1366, 768)
"""The screen the pictures show: the commonest at a center."""


def _demo_database(folder: Path) -> str:
    from app.demo import make_demo
    from app.services import site
    from db.database import Database

    path = folder / "demo.sqlite"
    db = Database.open(path)
    site.init_site(db, "DEMO", "朝阳区同伴支持服务 Chaoyang peer support")
    make_demo(db)
    db.close()
    return str(path)


def _working_copy(
    db_target: str | None, folder: Path, user: str | None
) -> tuple[str, bytes | None]:
    """A scratch copy of the given database (and its key), or a fresh demo one: the original
    is never used. An encrypted database needs --user and that user's password."""
    if db_target is None:
        return _demo_database(folder), None
    from app.cli import PASSWORD_VARIABLE, read_secret
    from app.errors import UserError
    from app.site_door import SiteDoor
    from db.backup import backup_sqlite

    door = SiteDoor(db_target)
    try:
        if user:
            door.sign_in(user, read_secret(PASSWORD_VARIABLE, "Password: "))
        db = door.open_unlocked()
        if db is None:
            raise UserError("the database is encrypted: give --user NAME")
        return str(backup_sqlite(db.engine, folder / "copy.sqlite")), db.key
    finally:
        door.close()


def write_screenshots(db_target: str | None, out: str, user: str | None = None) -> int:
    """Writes LANG-PAGE.png for every page, the sign-in and lock screens, and
    LANG-dialog-CLASS.png for every dialog (over the window, as on the screen); returns 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.errors import UserError
    from app.permissions import SYSTEM
    from app.services import accounts
    from app.site_door import SiteDoor
    from db.database import Database
    from ui.application import install_translators, remove_translators
    from ui.collector import collect_on_gui_thread
    from ui.context import AppContext, DataEvents
    from ui.settings import Settings

    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    collect_on_gui_thread(app)
    with tempfile.TemporaryDirectory() as scratch:
        try:
            copy, key = _working_copy(db_target, Path(scratch), user)
        except UserError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        db = Database.open(copy, key)
        door = SiteDoor(copy)
        door.db = db
        installation = db.installation()
        if installation is None:
            print("error: the database is not set up", file=sys.stderr)
            return 1
        # The copy is thrown away: an account of its own, whatever accounts the site has.
        accounts.add_account(db, SYSTEM, "screenshots", "community_doctor", "screenshots-only",
                             "Screenshots")  # fmt: skip
        account = accounts.sign_in(db, "screenshots", "screenshots-only")
        settings = Settings(Path(scratch) / "settings.ini")
        missing: set[str] = set()
        failed: dict[str, str] = {}
        for language in LANGUAGES:
            install_translators(app, language)
            context = AppContext(
                db, account, settings, DataEvents(), installation.site_code, installation.site_name
            )
            _pages(context, door, folder, language)
            missing |= _dialogs(context, folder, language, Path(scratch), failed)
        remove_translators()
        db.close()
    if missing:
        print("Not shown (nothing on this site to open them with): " + ", ".join(sorted(missing)))
    for name, error in sorted(failed.items()):
        print(f"error: {name} could not be shown: {error}", file=sys.stderr)
    print(f"Screenshots written to {folder}.")
    return 1 if failed else 0


def _settle() -> None:
    """Lets the window paint and its background reads finish."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()


def _pages(context: AppContext, door: SiteDoor, folder: Path, language: str) -> None:
    """The sign-in window, every page of the main window, the accounts and the lock."""
    from ui.main_window import MainWindow
    from ui.signin import SignInDialog

    signin = SignInDialog(door, "li")
    signin.grab().save(str(folder / f"{language}-signin.png"))
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    for key in window.pages:
        window.show_page(key)
        _settle()
        window.grab().save(str(folder / f"{language}-{key}.png"))
    accounts_dialog = window.open_accounts()
    accounts_dialog.grab().save(str(folder / f"{language}-accounts.png"))
    accounts_dialog.close()
    window.lock()
    window.lock_page.resize(*SIZE)  # the lock is a window of its own, over the others
    window.lock_page.grab().save(str(folder / f"{language}-locked.png"))
    window.backed_up = True  # a throwaway copy: no backups as it closes
    window.close()


def _dialogs(
    context: AppContext, folder: Path, language: str, scratch: Path, failed: dict[str, str]
) -> set[str]:
    """Every dialog over the window, as a 1366×768 screen shows it; the dialogs the site
    had nothing to open with. One that fails is noted in ``failed`` and the others go on."""
    from PySide6.QtWidgets import QDialog

    from ui.main_window import MainWindow
    from ui.screenshot_dialogs import MAKERS, Scene

    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    _settle()
    backdrop = window.grab().toImage()
    scene = Scene(context, window, scratch)
    missing = set()
    for name, make in MAKERS.items():
        try:
            dialog = make(scene)
        except Exception as error:  # one broken dialog must not hide the rest
            failed[name] = f"{type(error).__name__}: {error}"
            continue
        if dialog is None:
            missing.add(name)
            continue
        dialog.show()
        _settle()
        _over(backdrop, dialog).save(str(folder / f"{language}-dialog-{name}.png"))
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
        _settle()
    window.backed_up = True
    window.close()
    return missing


def _over(backdrop: QImage, dialog: QWidget) -> QImage:
    """The dialog drawn centred over the window, with a thin frame, on a screen-sized image."""
    from PySide6.QtGui import QColor, QImage, QPainter

    screen = QImage(SIZE[0], SIZE[1], QImage.Format.Format_RGB32)
    screen.fill(QColor("#5a6470"))
    painter = QPainter(screen)
    painter.drawImage(0, 0, backdrop)
    painter.fillRect(screen.rect(), QColor(0, 0, 0, 60))
    shot = dialog.grab().toImage()
    left = max(0, (SIZE[0] - shot.width()) // 2)
    top = max(0, (SIZE[1] - shot.height()) // 2)
    painter.fillRect(left - 1, top - 1, shot.width() + 2, shot.height() + 2, QColor("#333333"))
    painter.drawImage(left, top, shot)
    painter.end()
    return screen
