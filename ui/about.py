"""Help › About: the program's version, where its log is, and the licences of what it bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.support import LOG_FILE, app_version, log_folder
from ui.widgets import fitted

NOTICES = Path(__file__).resolve().parent.parent / "app" / "data" / "THIRD-PARTY-NOTICES.txt"


def notices_text() -> str:
    """The third-party notices the program carries."""
    return NOTICES.read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Version, log file and licences; About Qt from here too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.summary = QLabel(
            self.tr(
                "<b>Peer support service desk</b> {version}<br>"
                "Records, forms and evaluation of peer support.<br><br>"
                "The program's log, for whoever supports it: {log}"
            ).format(version=app_version(), log=log_folder() / LOG_FILE)
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices = QPlainTextEdit(notices_text())
        self.notices.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Licences of the software it includes:")))
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.resize(fitted(760, 600))
