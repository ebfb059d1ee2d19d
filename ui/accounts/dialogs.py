"""Dialogs about accounts: one's own password, a new account, a new password for someone."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.codes import ACCOUNT_ROLES
from app.permissions import Account
from app.services import accounts, people
from app.services.accounts import AccountRow
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.labels import code_label, person_label
from ui.operations import call
from ui.people.fields import enlarge, message_line
from ui.waiting import WaitingDialog


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class ChangePasswordDialog(WaitingDialog):
    """The signed-in user chooses a new password, giving the current one first.

    Forced after a reset (or for a new account): the temporary password just typed at
    sign-in stands for the current one, and cancelling means not working on.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 old: str | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.given_old = old
        self.account: Account | None = None
        """The account once its password is changed."""
        enlarge(self)
        self.setWindowTitle(self.tr("Change password"))
        self.old = _password_field()
        self.new = _password_field()
        self.again = _password_field()
        form = QFormLayout()
        if old is None:
            form.addRow(self.tr("Current password"), self.old)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.again)
        self.message = message_line()
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        if old is not None:
            layout.addWidget(_intro(self.tr(
                "{name}, your password was set by a community doctor. Choose a password of "
                "your own before you go on: at least 8 characters, not your user name and "
                "not a common password.").format(name=context.account.display_name)))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        """Changes the password on a worker (the key file's slot takes a second to seal);
        the dialog closes once it is done, or says why not."""
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The new passwords differ."))
            return
        db, account = self.context.db, self.context.account
        old = self.given_old if self.given_old is not None else self.old.text()
        new = self.new.text()
        self.message.setText(self.tr("Changing the password…"))
        self.wait_for(lambda: accounts.change_own_password(db, account, old, new), self._changed)

    def _changed(self, result: object) -> None:
        if isinstance(result, Exception):
            self.message.setText(str(result))
            return
        self.account = replace(self.context.account, must_change_password=False)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> bool:
        """Lets the signed-in user change their password; True once changed."""
        dialog = cls(context, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        done = QCoreApplication.translate("ChangePasswordDialog", "Your password is changed.")
        QMessageBox.information(parent, dialog.windowTitle(), done)
        return True

    @classmethod
    def force(cls, parent: QWidget | None, context: AppContext, account: Account,
              password: str) -> Account | None:  # fmt: skip
        """Asks a user who must change their password for a new one before they work; the
        account with the new password, or None if they cancelled."""
        dialog = cls(replace(context, account=account), parent, old=password)
        dialog.exec()
        return dialog.account


class AddAccountDialog(EntryDialog):
    """A new account: user name, name, role, the peer it belongs to, a temporary password."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.added: AccountRow | None = None
        enlarge(self)
        self.setWindowTitle(self.tr("Add an account"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        for code in ACCOUNT_ROLES.codes:
            self.role.addItem(code_label(ACCOUNT_ROLES, code.code), code.code)
        self.peer = QComboBox()
        peers = [r for r in people.list_people(context.db)
                 if r.role == "peer" and r.status != "quit"]  # fmt: skip
        names = people.names_by_code(context.db, context.account, [r.code for r in peers])
        for row in peers:
            self.peer.addItem(person_label(row.code, names), row.code)
        self.password = _password_field()
        self.again = _password_field()
        self.form = QFormLayout()
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Name"), self.display_name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Peer (as enrolled)"), self.peer)
        self.form.addRow(self.tr("Temporary password"), self.password)
        self.form.addRow(self.tr("Temporary password again"), self.again)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self._role_chosen()
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self.tr(
            "The new user signs in with the temporary password and then chooses their own. "
            "A peer's account belongs to the person enrolled as that peer.")))  # fmt: skip
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choose_role(self, role: str) -> None:
        """Picks the role by its code."""
        self.role.setCurrentIndex(self.role.findData(role))

    def choose_peer(self, code: str) -> None:
        """Picks the peer by their code."""
        self.peer.setCurrentIndex(self.peer.findData(code))

    def _role_chosen(self) -> None:
        self.form.setRowVisible(self.peer, self.role.currentData() == "peer")

    def save(self) -> None:
        """Adds the account through the service; a refusal is said and the dialog stays."""
        if self.password.text() != self.again.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The passwords differ."))
            return
        role = self.role.currentData()
        person = self.peer.currentData() if role == "peer" else None
        db, actor = self.context.db, self.context.account
        added = call(self, self.context, lambda: accounts.add_account(
            db, actor, self.username.text(), role, self.password.text(),
            self.display_name.text(), person), "accounts")  # fmt: skip
        if added is not None:
            self.added = added
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> AccountRow | None:
        """The account added, or None if cancelled."""
        dialog = cls(context, parent)
        dialog.exec()
        return dialog.added


class NewPasswordDialog(EntryDialog):
    """A temporary password for someone else, typed twice (a reset, or re-enabling)."""

    def __init__(self, title: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        enlarge(self)
        self.setWindowTitle(title)
        self.password = _password_field()
        self.again = _password_field()
        form = QFormLayout()
        form.addRow(self.tr("Temporary password"), self.password)
        form.addRow(self.tr("Temporary password again"), self.again)
        buttons = _buttons(self)
        buttons.accepted.connect(self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(self.tr(
            "A temporary password for {name}. They choose their own at their next "
            "sign-in.").format(name=username)))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def check(self) -> None:
        """Accepts only two equal passwords; the service checks the rest."""
        if self.password.text() != self.again.text():
            QMessageBox.warning(self, self.windowTitle(), self.tr("The passwords differ."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, username: str) -> str | None:
        """The password typed twice, or None if cancelled."""
        dialog = cls(title, username, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text()
