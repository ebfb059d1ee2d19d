"""The audit log viewer, with the chain's check and password resets for doctors."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audit import list_entries, verify_chain
from app.services import accounts
from ui.context import AppContext
from ui.models.audit_model import AuditModel
from ui.models.table import filter_proxy
from ui.operations import call
from ui.pages.base import Page
from ui.widgets import record_table


class AuditPage(Page):
    """Who created, changed or deleted what and when; sign-ins and locks too."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AuditModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table(self.proxy)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("User"))
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("Record key or user name"))
        self.kind = QLineEdit()
        self.kind.setPlaceholderText(self.tr("Kind, e.g. update, sign_in_failed"))
        search = QPushButton(self.tr("Show"))
        search.clicked.connect(self.refresh)
        check = QPushButton(self.tr("Check the chain"))
        check.clicked.connect(self.check_chain)
        reset = QPushButton(self.tr("Reset a password…"))
        reset.clicked.connect(self.ask_reset)
        self.result = QLabel()
        bar = QHBoxLayout()
        for widget in (self.user, self.record, self.kind, search, check, reset):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Reloads the newest entries matching the filters."""
        self.model.set_rows(list_entries(
            self.context.db, user=self.user.text().strip() or None,
            record=self.record.text().strip() or None, action=self.kind.text().strip() or None,
        ))  # fmt: skip

    def check_chain(self) -> list[str]:
        """Says whether the audit log is intact, or where it was tampered with."""
        problems = verify_chain(self.context.db)
        self.result.setText(
            self.tr("The audit log is intact.") if not problems
            else self.tr("Tampered with: {first}").format(first=problems[0])
        )  # fmt: skip
        return problems

    def ask_reset(self) -> None:
        """Asks whose password to reset and the new one."""
        name, ok = QInputDialog.getText(self, self.tr("Reset a password"), self.tr("User name"))
        if not ok or not name.strip():
            return
        new, ok = QInputDialog.getText(self, self.tr("Reset a password"),
                                       self.tr("New password (at least 8 characters)"),
                                       QLineEdit.EchoMode.Password)  # fmt: skip
        if ok and self.reset(name.strip(), new):
            QMessageBox.information(self, self.tr("Reset a password"),
                                    self.tr("The password of {name} was reset.").format(name=name))  # fmt: skip

    def reset(self, name: str, new: str) -> bool:
        """Resets through the service, which checks the signed-in user may."""
        done = call(self, self.context, lambda: accounts.reset_password(
            self.context.db, self.context.account.role, name, new,
            self.context.account.username) or True, "audit")  # fmt: skip
        self.refresh()
        return bool(done)
