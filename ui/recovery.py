"""The recovery key on screen: shown once with its sheet to print, and typed in to recover."""

from __future__ import annotations

import io

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.accounts import Account
from app.services.encryption import write_recovery_sheet_for
from app.site_door import SiteDoor
from db.database import Database
from ui.print_preview import PrintPreviewDialog
from ui.printing import pdf_language
from ui.waiting import WaitingDialog


class RecoverySheetDialog(QDialog):
    """Shows a new recovery key once and offers its sheet to print or save as PDF."""

    def __init__(self, db: Database, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.recovery_key = recovery_key
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(self.tr(
            "The database on this computer is encrypted. If every password is forgotten, "
            "this recovery key opens it and lets a new password be set. It is shown only "
            "now: print the recovery sheet (or write the key down) and lock it away, not "
            "with the computer."))  # fmt: skip
        intro.setWordWrap(True)
        self.key_label = key = QLabel(recovery_key.replace("-", " "))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        key.setFont(font)
        key.setWordWrap(True)
        key.setStyleSheet("border: 2px solid black; padding: 10px; background: white")
        keys = QLabel(
            self.tr(
                "The key file beside the database holds what opens it: back it up with the "
                "database. If both the key file and the recovery key are lost, the data is lost."
            )
        )
        keys.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print or save the recovery sheet…"))
        self.print_button.clicked.connect(self.preview)
        buttons = QDialogButtonBox()
        done = buttons.addButton(self.tr("I have put it away safely"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        done.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, key, keys, self.print_button, buttons):
            layout.addWidget(widget)
        self.resize(560, self.sizeHint().height())

    def sheet_pdf(self) -> bytes:
        """The recovery sheet in the interface's language."""
        out = io.BytesIO()
        write_recovery_sheet_for(self.db, self.recovery_key, out, pdf_language())
        return out.getvalue()

    def preview(self) -> PrintPreviewDialog:
        """Opens the sheet's preview, from which it prints or is saved as PDF."""
        dialog = PrintPreviewDialog(self.sheet_pdf(), self.tr("Recovery sheet"),
                                    "recovery-sheet.pdf", self)  # fmt: skip
        dialog.open()
        return dialog


class RecoveryDialog(WaitingDialog):
    """Recovery key, user name and a new password; ``account`` is set once signed in."""

    def __init__(self, door: SiteDoor, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Use the recovery key"))
        intro = QLabel(
            self.tr(
                "Type the recovery key from the recovery sheet (capitals, spaces and dashes do "
                "not matter), the user name whose password is forgotten, and a new password."
            )
        )
        intro.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.password_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set the password"))
        buttons.accepted.connect(self.recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def recover(self) -> None:
        """Opens with the key and sets the password on a worker thread (both derive keys),
        then is accepted; or says why not."""
        if self.password.text() != self.password_again.text():
            self.message.setText(self.tr("The passwords differ."))
            return
        key, username, password = (self.recovery_key.text(), self.username.text(),
                                   self.password.text())  # fmt: skip
        self.message.clear()
        self.wait_for(lambda: self.door.recover(key, username, password), self._recovered)

    def _recovered(self, result: object) -> None:
        if isinstance(result, Exception):
            self.message.setText(str(result))
            return
        self.account = result  # type: ignore[assignment]
        self.accept()
