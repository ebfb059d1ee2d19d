"""Starting the desktop application: Qt, translations, the database and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.i18n import set_translator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Loads our translations and Qt's own for the language ("zh_CN" or "en")."""
    translators = []
    for name, folder in (
        (f"peer_support_{language}", str(TRANSLATIONS_DIR)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    set_translator(QCoreApplication.translate)
    return translators


def default_language() -> str:
    """Chinese unless the system asks for something else, as most users read Chinese."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh_CN"


def run_gui(db_target: str | None) -> int:
    """Opens the database and shows the main window until the user quits."""
    from db.database import Database
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("PeerSupportDesk")
    install_translators(app, default_language())
    try:
        db = Database.open(db_target)
    except Exception as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("application", "Cannot open the database"),
            str(error),
        )
        return 1
    installation = db.installation()
    window = MainWindow(
        installation.site_name if installation else None,
        installation.site_code if installation else None,
        str(db.engine.url.database or db.engine.url),
    )
    window.show()
    code = app.exec()
    db.close()
    return code
