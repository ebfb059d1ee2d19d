"""First-run set-up and sign-in dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.waiting import WaitingDialog

if TYPE_CHECKING:
    from app.services.accounts import Account
    from app.services.setup import SetupData
    from app.site_door import SiteDoor
    from ui.recovery import RecoveryDialog


class SetupDialog(WaitingDialog):
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
        self.project_file = QLineEdit()
        self.project_file.setPlaceholderText(
            self.tr("Optional: the project file from the project manager")
        )
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse_project_file)
        project_row = QHBoxLayout()
        project_row.addWidget(self.project_file, 1)
        project_row.addWidget(browse)
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
        form.addRow(self.tr("Project file"), project_row)
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
            project_file=Path(project) if (project := self.project_file.text().strip()) else None,
        )

    def browse_project_file(self) -> None:
        """Picks the project file (from a USB stick, a chat download), so the new site can
        send bundles from the start."""
        files = self.tr("Project files (*.json);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The project file"), "", files)
        if path:
            self.project_file.setText(path)

    def save(self) -> None:
        """Sets the site up on a worker thread (it makes the database and derives its key),
        then closes; or explains what is missing."""
        if self.password.text() != self.password_again.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The passwords differ."))
            return
        data = self.data()
        self.wait_for(lambda: self.door.set_up(data), self._set_up)

    def _set_up(self, result: object) -> None:
        if isinstance(result, Exception):
            QMessageBox.warning(self, self.windowTitle(), str(result))
            return
        self.accept()


class SignInDialog(WaitingDialog):
    """Asks for user name and password; ``account`` is set once signed in."""

    def __init__(self, door: SiteDoor, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.account: Account | None = None
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
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(cancel)
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
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Signing in…"))
        username, password = self.username.text(), self.password.text()
        self.wait_for(lambda: self.door.sign_in(username, password), self._checked)

    def _checked(self, result: object) -> None:
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
