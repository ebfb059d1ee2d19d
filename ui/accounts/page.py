"""Settings › Accounts and staff: the list of accounts and what a community doctor does
with them. Every change goes through the accounts service, which checks who may."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import accounts
from app.services.accounts import AccountRow
from ui.accounts.dialogs import AddAccountDialog, NewPasswordDialog
from ui.context import AppContext
from ui.models.accounts_model import AccountsModel
from ui.operations import call
from ui.people.fields import enlarge
from ui.undo import SavedLine
from ui.widgets import record_table


class AccountsDialog(QDialog):
    """Every account of this site; add one, disable or enable one, reset a password."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        enlarge(self)
        self.setWindowTitle(self.tr("Accounts and staff"))
        self.model = AccountsModel(self)
        self.table = record_table(self.model)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        intro = QLabel(self.tr(
            "Each account belongs to a staff member or to a peer, and appears in the "
            "pickers of its role. An account is never deleted: a disabled account can no "
            "longer sign in, and the audit log still names it."))  # fmt: skip
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add an account…"))
        self.add_button.clicked.connect(self.add)
        self.disable_button = QPushButton(self.tr("Disable"))
        self.disable_button.clicked.connect(self.toggle_active)
        self.reset_button = QPushButton(self.tr("Reset the password…"))
        self.reset_button.clicked.connect(self.reset)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(close)
        self.saved_line = SavedLine()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.saved_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        context.events.changed.connect(self._on_changed)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        """Reloads the accounts, keeping the same one selected."""
        current = self.current()
        db, actor = self.context.db, self.context.account
        rows = call(self, self.context, lambda: accounts.list_accounts(db, actor))
        self.model.set_rows(rows or [])
        self.table.resizeColumnsToContents()
        self.select(current.username if current else None)

    def _on_changed(self, kind: str) -> None:
        if kind == "accounts":
            self.refresh()

    def current(self) -> AccountRow | None:
        """The account highlighted in the list."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, username: str | None) -> None:
        """Highlights the account with the user name (or none)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self._selected()

    def _selected(self) -> None:
        row = self.current()
        self.disable_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.active)
        self.disable_button.setText(
            self.tr("Enable…") if row is not None and not row.active else self.tr("Disable")
        )

    def add(self) -> None:
        """Asks for the new account; it is highlighted once added."""
        added = AddAccountDialog.ask(self, self.context)
        if added is not None:
            self.select(added.username)
            self.saved_line.say(self.tr("the account {name}").format(name=added.username))

    def toggle_active(self) -> None:
        """Disables the highlighted account, or enables it again."""
        row = self.current()
        if row is not None and row.active:
            self.disable(row.username)
        elif row is not None:
            self.enable(row.username)

    def disable(self, username: str) -> None:
        """Disables an account after a confirmation."""
        question = self.tr(
            "Disable the account {name}? It can no longer sign in, and its password no "
            "longer opens the database. It can be enabled again.")  # fmt: skip
        answer = QMessageBox.question(self, self.tr("Disable"), question.format(name=username))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.context.db, self.context.account
        if call(self, self.context, lambda: accounts.disable_account(db, actor, username) or True,
                "accounts"):  # fmt: skip
            self.saved_line.say(self.tr("the account {name} is disabled").format(name=username))

    def enable(self, username: str) -> None:
        """Enables an account again, with a temporary password its user then changes."""
        password = NewPasswordDialog.ask(self, self.tr("Enable"), username)
        if password is None:
            return
        db, actor = self.context.db, self.context.account
        if call(self, self.context,
                lambda: accounts.enable_account(db, actor, username, password) or True,
                "accounts"):  # fmt: skip
            self.saved_line.say(self.tr("the account {name} is enabled").format(name=username))

    def reset(self) -> None:
        """Gives the highlighted account a temporary password; its user chooses a new one at
        the next sign-in."""
        row = self.current()
        if row is None:
            return
        password = NewPasswordDialog.ask(self, self.tr("Reset the password"), row.username)
        if password is None:
            return
        db, actor = self.context.db, self.context.account
        if call(self, self.context,
                lambda: accounts.reset_password(db, actor, row.username, password) or True,
                "accounts"):  # fmt: skip
            QMessageBox.information(self, self.tr("Reset the password"), self.tr(
                "The password of {name} is reset. They choose a new one at their next "
                "sign-in.").format(name=row.username))  # fmt: skip

    @classmethod
    def show_for(cls, parent: QWidget, context: AppContext) -> AccountsDialog:
        """Opens the accounts over the window, without waiting for it to close."""
        dialog = cls(context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
