"""Changing a person's status: leave, return, quit, or a consumer becoming a peer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.services import people
from app.services.people import PersonRow
from ui.context import AppContext
from ui.operations import call
from ui.widgets import date_edit, to_date

LEAVE, RETURN, QUIT, BECOME_PEER = range(4)


class StatusDialog(QDialog):
    """One status change for the person's current role, with date and reason."""

    def __init__(self, context: AppContext, row: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(self.tr("Change status of {code}").format(code=row.code))
        self.action = QComboBox()
        self.action.addItems([
            self.tr("Goes on leave"), self.tr("Returns (active again)"), self.tr("Quits"),
            self.tr("Becomes a peer"),
        ])  # fmt: skip
        if row.role != "consumer":
            self.action.model().item(BECOME_PEER).setEnabled(False)  # type: ignore[attr-defined]
        self.day = date_edit(date.today())
        self.reason = QLineEdit()
        form = QFormLayout(self)
        form.addRow(QLabel(f"{row.code} · {row.community}"))
        form.addRow(self.tr("What happens"), self.action)
        form.addRow(self.tr("From"), self.day)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> bool:
        """Records the change; a quit needs a reason. True when saved."""
        action = self.action.currentIndex()
        on = to_date(self.day.date())
        reason = self.reason.text().strip()
        code, role = self.row.code, self.row.role or ""
        db, user = self.context.db, self.context.account.username

        def work() -> None:
            if action == BECOME_PEER:
                people.become_peer(db, code, on, reason, user)
                return
            status = ("on_leave", "active", "quit")[action]
            people.change_status(db, code, role, status, on, reason, user)

        if call(self, self.context, lambda: work() or True, "people") is None:
            return False
        self.accept()
        return True
