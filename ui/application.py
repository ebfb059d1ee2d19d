"""Starting the desktop application: Qt, translations, set-up, sign-in and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.i18n import set_translator
from app.site_door import SiteDoor
from app.support import start_log
from ui.collector import collect_on_gui_thread, settle_heap
from ui.crash import install_crash_handler
from ui.first_paint import after_first_paint
from ui.labels import locale, set_language
from ui.settings import Settings

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"


_installed: list[QTranslator] = []


def remove_translators() -> None:
    """Takes out the translations installed before, back to the English sources."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    set_translator(None)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Loads our translations and Qt's own for the language ("zh_CN" or "en").

    Translations installed before are taken out first, so switching language is clean.
    """
    remove_translators()
    translators = []
    for name, folder in (
        (f"peer_support_{language}", str(TRANSLATIONS_DIR)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    _installed.extend(translators)
    set_translator(QCoreApplication.translate)
    set_language(language)
    QLocale.setDefault(locale())  # Qt's own widgets (a calendar's month names) follow
    return translators


def choose_language(settings: Settings) -> str:
    """The language set in preferences, else Chinese unless the system is in English."""
    chosen = settings.get("language")
    if chosen:
        return str(chosen)
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def show_new_recovery_key(door: SiteDoor) -> None:
    """Shows the recovery key set-up or encryption just made, once, with its sheet."""
    from ui.recovery import RecoverySheetDialog

    if door.new_recovery_key and door.db is not None:
        RecoverySheetDialog(door.db, door.new_recovery_key).exec()
        door.new_recovery_key = None


def sign_in_and_work(app: QApplication, door: SiteDoor, settings: Settings) -> int:
    """Asks who signs in, shows the main window, and asks again after signing out.

    The first sign-in unlocks an encrypted database (or encrypts a plain one); the key
    stays unlocked for whoever signs in next until the program ends. A user whose password
    was reset chooses a new one before the window opens; cancelling asks who signs in.
    """
    from ui.signin import SignInDialog

    while True:
        dialog = SignInDialog(door, settings.get("last_username"))
        after_first_paint(dialog, door.load_in_background)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return 0
        show_new_recovery_key(door)
        db = door.db
        assert db is not None
        installation = db.installation()
        assert installation is not None
        settings.set("last_username", dialog.account.username)
        from ui.context import AppContext, DataEvents
        from ui.main_window import MainWindow  # after sign-in: the window is not painted first

        context = AppContext(
            db=db,
            account=dialog.account,
            settings=settings,
            events=DataEvents(),
            site_code=installation.site_code,
            site_name=installation.site_name,
        )
        if dialog.account.must_change_password:
            from ui.accounts.dialogs import ChangePasswordDialog

            changed = ChangePasswordDialog.force(None, context, context.account,
                                                 dialog.password.text())  # fmt: skip
            if changed is None:
                continue
            context.account = changed
        window = MainWindow(context)
        window.show()
        settle_heap()
        code = app.exec()
        while window.successor is not None:  # someone else signed in at the lock
            window = window.successor
        if not window.was_signed_out:
            return code


def run_gui(db_target: str | None) -> int:
    """Opens the database, sets the site up on first run, then signs in and works."""
    from ui.signin import SetupDialog

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("PeerSupportDesk")
    collect_on_gui_thread(app)
    settings = Settings()
    install_translators(app, choose_language(settings))
    install_crash_handler(start_log())
    door = SiteDoor(db_target)
    try:
        needs_setup = door.needs_setup()
        if door.encrypted:
            door.heading()  # a missing or damaged key file is said now, not at sign-in
    except Exception as error:  # a damaged file, a folder we cannot write, a lost key file
        QMessageBox.critical(
            None, QCoreApplication.translate("application", "Cannot open the database"), str(error)
        )
        door.close()
        return 1
    try:
        if needs_setup:
            if SetupDialog(door).exec() != QDialog.DialogCode.Accepted:
                return 0
            show_new_recovery_key(door)
        return sign_in_and_work(app, door, settings)
    finally:
        door.close()
