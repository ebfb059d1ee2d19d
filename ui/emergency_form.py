"""The Emergency Event Form on screen, as a widget (inside the after-session flow) and a dialog."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import accounts, emergencies, people, site
from app.services.emergencies import EventReport
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.labels import person_label
from ui.operations import call
from ui.widgets import (
    checked_keys,
    checklist,
    code_combo,
    fill_checklist,
    fitted,
    select_data,
    set_checked,
)


def _utc(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class EmergencyForm(QWidget):
    """Every field of the Emergency Event Form; ``changed`` fires on any edit."""

    changed = Signal()
    """Emitted whenever the user changes a field, so drafts can be kept."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id: str | None = None
        self.community = QComboBox()
        for community in site.list_communities(context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.place = QLineEdit()
        self.category = code_combo(codes.EVENT_CATEGORIES)
        self.kind = code_combo(codes.EVENT_KINDS)
        self.kind.insertItem(0, self.tr("Choose the kind of event…"), None)
        self.kind.setCurrentIndex(0)  # no kind is assumed: the reporter says which
        self.handed_over = QCheckBox(self.tr("Handed to the doctor on"))
        self.handed_over_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.handed_over_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.handed_over_at.setCalendarPopup(True)
        self.handed_over_at.setEnabled(False)
        self.handed_over.toggled.connect(self.handed_over_at.setEnabled)
        handed = QHBoxLayout()
        handed.addWidget(self.handed_over)
        handed.addWidget(self.handed_over_at, 1)
        self.people = checklist(())
        self.people.setMinimumHeight(120)
        self.description = QPlainTextEdit()
        self.action = QPlainTextEdit()
        self.reported_to = QComboBox()
        for staff in accounts.list_staff(context.db):
            if staff.profession == "community_doctor":
                self.reported_to.addItem(f"{staff.name} ({staff.code})", staff.code)
        self.reported_by = QLineEdit(context.account.display_name)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Community"), self.community)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Adverse event or behavioural emergency"), self.category)
        form.addRow(self.tr("What kind of event"), self.kind)
        form.addRow(self.tr("People involved"), self.people)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("Action taken"), self.action)
        form.addRow(self.tr("Reported to (community doctor)"), self.reported_to)
        form.addRow(self.tr("Reported by"), self.reported_by)
        form.addRow(self.tr("Form given to the doctor"), handed)
        form.addRow(self.error)
        self.community.currentIndexChanged.connect(self.reload_people)
        for signal in (
            self.community.currentIndexChanged,
            self.when.dateTimeChanged,
            self.place.textChanged,
            self.kind.currentIndexChanged,
            self.category.currentIndexChanged,
            self.handed_over.toggled,
            self.handed_over_at.dateTimeChanged,
            self.people.itemChanged,
            self.description.textChanged,
            self.action.textChanged,
            self.reported_to.currentIndexChanged,
            self.reported_by.textChanged,
        ):
            signal.connect(self.changed)  # fmt: skip
        self.reload_people()

    def reload_people(self) -> None:
        """Offers the participants of the chosen community."""
        community = self.community.currentData()
        rows = people.list_people(self.context.db, community_code=community) if community else []
        rows = [r for r in rows if r.role != "caregiver"]
        names = people.names_by_code(self.context.db, self.context.account,
                                     [r.code for r in rows])  # fmt: skip
        fill_checklist(self.people, ((person_label(r.code, names), r.code) for r in rows))

    def report(self) -> EventReport:
        """The form as the service takes it; the time is converted to UTC."""
        moment = _utc(self.when.dateTime())
        return EventReport(
            community=self.community.currentData() or "",
            occurred_at=moment,
            kind=self.kind.currentData() or "",
            description=self.description.toPlainText(),
            action_taken=self.action.toPlainText(),
            people=tuple(checked_keys(self.people)),
            place=self.place.text().strip(),
            session_id=self.session_id,
            reported_by=self.reported_by.text().strip(),
            reported_to=self.reported_to.currentData(),
            category=self.category.currentData(),
            handed_over_at=_utc(self.handed_over_at.dateTime())
            if self.handed_over.isChecked() else None,
        )  # fmt: skip

    def set_handed_over(self, moment: datetime | None) -> None:
        """Shows when the form was handed to the doctor (unticked for not yet)."""
        self.handed_over.setChecked(moment is not None)
        if moment is not None:
            self.handed_over_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))

    def check(self) -> bool:
        """Shows what is missing, naming the field; True when the form can be saved."""
        problems = emergencies.check_event(self.report(), datetime.now(UTC)).errors
        self.error.setText("\n".join(p.message for p in problems))
        return not problems

    def state(self) -> dict[str, Any]:
        """Everything typed, as plain data for a draft."""
        return {
            "community": self.community.currentData(),
            "when": self.when.dateTime().toSecsSinceEpoch(),
            "place": self.place.text(),
            "kind": self.kind.currentData(),
            "people": checked_keys(self.people),
            "description": self.description.toPlainText(),
            "action": self.action.toPlainText(),
            "reported_to": self.reported_to.currentData(),
            "reported_by": self.reported_by.text(),
            "category": self.category.currentData(),
            "handed_over_at": self.handed_over_at.dateTime().toSecsSinceEpoch()
            if self.handed_over.isChecked() else None,
        }  # fmt: skip

    def restore(self, state: dict[str, Any]) -> None:
        """Puts a draft back into the fields."""
        select_data(self.community, state.get("community"))
        if state.get("when"):
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(state["when"])))
        self.place.setText(state.get("place", ""))
        select_data(self.kind, state.get("kind"))
        set_checked(self.people, state.get("people", []))
        self.description.setPlainText(state.get("description", ""))
        self.action.setPlainText(state.get("action", ""))
        select_data(self.reported_to, state.get("reported_to"))
        self.reported_by.setText(state.get("reported_by", ""))
        select_data(self.category, state.get("category"))
        handed = state.get("handed_over_at")
        self.set_handed_over(datetime.fromtimestamp(int(handed), UTC) if handed else None)


class EmergencyDialog(EntryDialog):
    """The form on its own, for reporting an event outside a session log."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id: str | None = None
        self.setWindowTitle(self.tr("Emergency Event Form"))
        self.form = EmergencyForm(context)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(fitted(640, 720))

    def save(self) -> bool:
        """Reports the event; errors are shown in the form and nothing is saved."""
        if not self.form.check():
            return False
        report = self.form.report()
        actor = self.context.account
        event_id = call(
            self, self.context, lambda: emergencies.report_event(self.context.db, actor, report),
            "emergencies",
        )  # fmt: skip
        if event_id is None:
            return False
        self.event_id = event_id
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> str | None:
        """Shows the form; the new event's key, or None if cancelled."""
        dialog = cls(context, parent)
        return dialog.event_id if dialog.exec() == QDialog.DialogCode.Accepted else None
