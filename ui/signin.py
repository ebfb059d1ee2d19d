"""First-run set-up and sign-in dialogs."""

from __future__ import annotations

import threading
from contextlib import suppress
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError

if TYPE_CHECKING:
    from app.services.accounts import Account
    from app.services.setup import SetupData
    from app.site_door import SiteDoor
    from ui.recovery import RecoveryDialog


class SetupDialog(QDialog):
    """Asks for the site, its first community and the first community doctor's account."""

    def __init__(self, door: SiteDoor, parent: QWidget | None = None) -> None:
        from ui.widgets import date_edit  # its Qt enums cost the sign-in window's start-up

        super().__init__(parent)
        self.door = door
        self.setWindowTitle(self.tr("Set up this site"))
        self.site_code = QLineEdit()
        self.site_code.setPlaceholderText("CY01")
        self.site_name = QLineEdit()
        self.community_code = QLineEdit()
        self.community_code.setPlaceholderText("TJH")
        self.community_zh = QLineEdit()
        self.community_en = QLineEdit()
        self.community_start = date_edit(date.today())
        self.doctor_name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Site code"), self.site_code)
        form.addRow(self.tr("Site name"), self.site_name)
        form.addRow(self.tr("Community code"), self.community_code)
        form.addRow(self.tr("Community name (Chinese)"), self.community_zh)
        form.addRow(self.tr("Community name (English)"), self.community_en)
        form.addRow(self.tr("Service started on"), self.community_start)
        form.addRow(self.tr("Community doctor's name"), self.doctor_name)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "Welcome. Set up this computer's database once: the site, its first "
                "community and the community doctor who will manage accounts. The database "
                "is encrypted; you will be given a recovery key to print and lock away."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def data(self) -> SetupData:
        """What has been typed, as the set-up service takes it."""
        from app.services.setup import SetupData

        start = self.community_start.date()
        return SetupData(
            site_code=self.site_code.text().strip(),
            site_name=self.site_name.text(),
            community_code=self.community_code.text().strip(),
            community_name_zh=self.community_zh.text(),
            community_name_en=self.community_en.text(),
            community_start=date(start.year(), start.month(), start.day()),
            doctor_name=self.doctor_name.text(),
            username=self.username.text(),
            password=self.password.text(),
        )

    def save(self) -> bool:
        """Sets the site up, or explains what is missing; True when done."""
        if self.password.text() != self.password_again.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The passwords differ."))
            return False
        try:
            self.door.set_up(self.data())
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return False
        self.accept()
        return True


class SignInDialog(QDialog):
    """Asks for user name and password; ``account`` is set once signed in."""

    checked = Signal(object)
    """The worker's answer: the account signed in, or the error that kept them out."""

    def __init__(self, door: SiteDoor, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.account: Account | None = None
        self.busy = False
        """Whether a password is being checked."""
        self.checked.connect(self._checked)
        self.setWindowTitle(self.tr("Sign in"))
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        # Plain buttons: a QDialogButtonBox's Qt enums cost a tenth of start-up.
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.cancel_button)
        self.recovery_button = QPushButton(self.tr("Forgot the password? Use the recovery key…"))
        self.recovery_button.setFlat(True)
        self.recovery_button.setStyleSheet("text-align: left; color: #0b57d0")
        self.recovery_button.clicked.connect(self.use_recovery_key)
        self.recovery_button.setVisible(door.encrypted)
        heading = QLabel(door.heading())
        font = heading.font()
        font.setPointSize(font.pointSize() + 6)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.recovery_button)
        layout.addLayout(buttons)
        (self.password if username else self.username).setFocus()

    def sign_in(self) -> None:
        """Checks the password on a worker thread (unlocking the file takes a second); the
        dialog is accepted when it matches, or says why not."""
        if self.busy:
            return
        self.busy = True
        for widget in self._inputs():
            widget.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Signing in…"))
        username, password = self.username.text(), self.password.text()
        threading.Thread(target=self._check, args=(username, password), daemon=True).start()

    def reject(self) -> None:
        """Cancel, Escape or closing the window; not while the file is being opened."""
        if not self.busy:
            super().reject()

    def _inputs(self) -> tuple[QWidget, ...]:
        """What is switched off while a password is checked: a second click, or closing
        the window, must not race the file being opened."""
        return (self.username, self.password, self.sign_in_button, self.cancel_button,
                self.recovery_button)  # fmt: skip

    def _check(self, username: str, password: str) -> None:
        """On the worker: the account, or the error, handed to the GUI thread."""
        try:
            result: object = self.door.sign_in(username, password)
        except Exception as error:  # shown where the user signs in
            result = error
        with suppress(RuntimeError):  # the dialog was closed meanwhile
            self.checked.emit(result)

    def _checked(self, result: object) -> None:
        self.busy = False
        for widget in self._inputs():
            widget.setEnabled(True)
        if isinstance(result, Exception):
            self.message.setStyleSheet("color: #b00020")
            self.message.setText(str(result))
            self.password.clear()
            self.password.setFocus()
            return
        self.message.clear()
        self.account = result  # type: ignore[assignment]
        self.accept()

    def use_recovery_key(self) -> RecoveryDialog:
        """Opens the recovery dialog; its sign-in becomes this dialog's."""
        from ui.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.door, self.username.text(), self)
        dialog.accepted.connect(lambda: self._recovered(dialog.account))
        dialog.open()
        return dialog

    def _recovered(self, account: Account | None) -> None:
        self.account = account
        self.accept()
