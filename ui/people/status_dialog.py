"""Changing a person's status: leave, return, quit, or a consumer becoming a peer.

Only the changes that make sense for the person's current status are offered: someone on
leave can return or quit, someone who quit can return, and only a consumer can become a
peer.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import people
from app.services.people import PersonRow
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.labels import code_label
from ui.operations import call
from ui.people.fields import enlarge, message_line
from ui.widgets import date_edit, to_date

LEAVE, RETURN, QUIT, BECOME_PEER = "leave", "return", "quit", "become_peer"
ACTIONS = (LEAVE, RETURN, QUIT, BECOME_PEER)


def allowed_actions(row: PersonRow) -> set[str]:
    """The changes that make sense from the person's status today."""
    if row.status == "active":
        return {LEAVE, QUIT} | ({BECOME_PEER} if row.role == "consumer" else set())
    if row.status == "on_leave":
        return {RETURN, QUIT}
    if row.status == "quit":
        return {RETURN}
    return set()


class StatusDialog(EntryDialog):
    """One status change of the person's current role, from a day, with a reason."""

    def __init__(self, context: AppContext, row: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.setWindowTitle(self.tr("Change status of {code}").format(code=row.code))
        enlarge(self)
        now = QLabel(
            self.tr("{code} is now: {role}, {status}").format(
                code=row.code,
                role=code_label(codes.ROLES, row.role) or "—",
                status=code_label(codes.STATUSES, row.status) or "—",
            )
        )
        self.actions = QButtonGroup(self)
        texts = {
            LEAVE: self.tr("Goes on leave"),
            RETURN: self.tr("Returns (active again)"),
            QUIT: self.tr("Quits"),
            BECOME_PEER: self.tr("Becomes a peer"),
        }
        allowed = allowed_actions(row)
        choices = QVBoxLayout()
        for action in ACTIONS:
            button = QRadioButton(texts[action])
            button.setProperty("action", action)
            button.setEnabled(action in allowed)
            self.actions.addButton(button)
            choices.addWidget(button)
        self.actions.buttonToggled.connect(self.action_changed)
        self.day = date_edit(date.today())
        self.reason = QLineEdit()
        self.reason_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.errors = message_line()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout(self)
        form.addRow(now)
        form.addRow(self.tr("What happens"), choices)
        form.addRow(self.tr("From"), self.day)
        form.addRow(self.reason_label, self.reason)
        form.addRow(self.note)
        form.addRow(self.errors)
        form.addRow(buttons)
        self.form = form
        first = next((b for b in self.actions.buttons() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.action_changed()
        self.resize(600, self.sizeHint().height())

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.row.code

    def action(self) -> str | None:
        """The chosen change."""
        checked = self.actions.checkedButton()
        return str(checked.property("action")) if checked is not None else None

    def choose(self, action: str) -> None:
        """Chooses a change (if it is offered)."""
        for button in self.actions.buttons():
            if button.property("action") == action and button.isEnabled():
                button.setChecked(True)

    def action_changed(self) -> None:
        """Says what the chosen change will do, and whether a reason is required."""
        action = self.action()
        self.reason_label.setText(
            self.tr("Reason (required)") if action == QUIT else self.tr("Reason")
        )
        self.form.setRowVisible(self.reason, action != RETURN)
        self.save_button.setEnabled(action is not None)
        role = code_label(codes.ROLES, self.row.role)
        notes = {
            LEAVE: self.tr("From this day {code} is on leave and is not expected at sessions."),
            RETURN: self.tr("From this day {code} is active again as {role}.")
            if self.row.status != "quit"
            else self.tr("{code} starts a new period as {role} from this day."),
            QUIT: self.tr("{code} stops taking part as {role}; the day is the first day out."),
            BECOME_PEER: self.tr(
                "{code} is a peer from this day. The last day as a consumer is the day "
                "before, so on no day is {code} both or neither."
            ),
        }
        text = notes.get(action or "", self.tr("No change of status is possible today."))
        self.note.setText(text.format(code=self.row.code, role=role))

    def save(self) -> bool:
        """Records the change through the services; True when saved.

        A quit without a reason is refused here, next to the field, before the service
        would refuse it too.
        """
        action, on, reason = self.action(), to_date(self.day.date()), self.reason.text().strip()
        if action is None:
            return False
        if action == QUIT and not reason:
            self.errors.setText(self.tr("Reason: say why the person quit."))
            return False
        self.errors.clear()
        saved = call(self, self.context, lambda: self._record(action, on, reason), "people")
        if saved is None:
            return False
        self.accept()
        return True

    def _record(self, action: str, on: date, reason: str) -> bool:
        """Calls the service that records this kind of change."""
        db, actor = self.context.db, self.context.account
        code, role = self.row.code, self.row.role or ""
        if action == BECOME_PEER:
            people.become_peer(db, actor, code, on, reason)
        elif action == RETURN:
            people.return_to(db, actor, code, role, on)
        else:
            status = "on_leave" if action == LEAVE else "quit"
            people.change_status(db, actor, code, role, status, on, reason)
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, row: PersonRow) -> bool:
        """Asks for one status change; True if one was recorded."""
        return cls(context, row, parent).exec() == QDialog.DialogCode.Accepted
