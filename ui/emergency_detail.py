"""An emergency report in full: every field, the doctor's acknowledgement and follow-up, the
addenda and the History; corrections while it is open, an addendum once it is closed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import emergencies
from app.services.emergencies import EventDetail
from ui.context import AppContext
from ui.emergency_form import EmergencyDialog
from ui.history_view import HistoryView
from ui.labels import code_label
from ui.models.events_model import STATE_LABELS
from ui.operations import call
from ui.people.fields import community_names
from ui.text_prompt import TextPrompt
from ui.widgets import select_data, set_checked


def _moment(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class EventDetailDialog(QDialog):
    """Every field of one report, its addenda and History, and what the user may do to it."""

    saved = Signal(str, str)
    """Emitted after a correction or an addendum: what was saved and the kind of change."""

    def __init__(self, context: AppContext, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.setWindowTitle(self.tr("Emergency report"))
        self.values: dict[str, QLabel] = {}
        self.fields = QFormLayout()
        for key, label in self._rows():
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.fields.addRow(label, value)
        self.addenda = QLabel()
        self.addenda.setWordWrap(True)
        self.addenda.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields.addRow(self.tr("Addenda"), self.addenda)
        self.paper = QLabel()
        self.paper.setWordWrap(True)
        self.paper_button = QPushButton(self.tr("Show the pages…"))
        self.paper_button.clicked.connect(self.show_paper)
        paper = QWidget()
        paper_row = QVBoxLayout(paper)
        paper_row.setContentsMargins(0, 0, 0, 0)
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.paper_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.fields.addRow(self.tr("Paper sheets"), paper)
        report = QWidget()
        report.setLayout(self.fields)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(report)
        self.history = HistoryView(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Report"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.closed_note = QLabel()
        self.closed_note.setWordWrap(True)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.clicked.connect(self.correct)
        self.addendum_button = QPushButton(self.tr("Add an addendum…"))
        self.addendum_button.clicked.connect(self.ask_addendum)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.addendum_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.closed_note)
        layout.addWidget(buttons)
        self.load()
        self.resize(760, 640)

    def _rows(self) -> list[tuple[str, str]]:
        return [
            ("occurred_at", self.tr("Date and time")),
            ("community", self.tr("Community")),
            ("place", self.tr("Place")),
            ("session", self.tr("Session")),
            ("category", self.tr("Adverse event or behavioural emergency")),
            ("kind", self.tr("What kind of event")),
            ("description", self.tr("What happened")),
            ("action_taken", self.tr("Action taken")),
            ("reported_by", self.tr("Reported by")),
            ("reported_to", self.tr("Reported to")),
            ("handed_over_at", self.tr("Form given to the doctor")),
            ("people", self.tr("People involved")),
            ("state", self.tr("State")),
            ("acknowledged_by", self.tr("Acknowledged by")),
            ("acknowledged_at", self.tr("Acknowledged at")),
            ("follow_up", self.tr("Follow-up")),
            ("closed_at", self.tr("Closed at")),
        ]

    def load(self) -> None:
        """Reads the report again and shows it, with the buttons the user may use."""
        self.detail = emergencies.event_detail(self.context.db, self.context.account, self.event_id)
        row = self.detail.row
        shown = {
            "occurred_at": _moment(row.occurred_at),
            "community": community_names(self.context.db).get(row.community, row.community),
            "place": row.place,
            "session": self.detail.session_label,
            "category": code_label(codes.EVENT_CATEGORIES, row.category) if row.category else "",
            "kind": code_label(codes.EVENT_KINDS, row.kind),
            "description": row.description,
            "action_taken": row.action_taken,
            "reported_by": row.reported_by,
            "reported_to": self.detail.reported_to_name,
            "handed_over_at": _moment(row.handed_over_at),
            "people": ", ".join(row.people),
            "state": QCoreApplication.translate("EventsModel", STATE_LABELS[row.state]),
            "acknowledged_by": self.detail.acknowledged_by_name,
            "acknowledged_at": _moment(row.acknowledged_at),
            "follow_up": row.follow_up,
            "closed_at": _moment(row.closed_at),
        }
        for key, value in shown.items():
            self.values[key].setText(value or "—")
        self.addenda.setText("\n\n".join(
            f"[{_moment(a.written_at)}] {a.written_by}: {a.text}" for a in self.detail.addenda
        ) or "—")  # fmt: skip
        self._show_paper()
        self.correct_button.setVisible(self.detail.may_correct)
        self.addendum_button.setVisible(self.detail.may_add_addendum)
        closed = row.closed_at is not None
        self.closed_note.setVisible(closed and self.detail.may_add_addendum)
        self.closed_note.setText(self.tr(
            "This report was closed on {day}: it can no longer be corrected. Add an addendum "
            "for what was learned since.").format(day=_moment(row.closed_at)[:10]))  # fmt: skip
        self.history.show_records("emergency_event", [self.event_id, *self.detail.part_ids])

    def _show_paper(self) -> None:
        """The pages read back from paper and kept with the report."""
        from ui.sessions.paper_sheets import kept_summary

        text, count = kept_summary(self.context, self.event_id)
        self.paper.setText(text)
        self.paper_button.setVisible(bool(count))

    def show_paper(self) -> None:
        """Shows the page images kept with the report."""
        from ui.sessions.paper_sheets import PaperSheetsDialog, kept_pages

        PaperSheetsDialog(kept_pages(self.context, self.event_id), self).exec()

    def correction_dialog(self) -> EventCorrectionDialog:
        """The reporting form filled with the report, saving as a correction."""
        return EventCorrectionDialog(self.context, self.detail, self)

    def correct(self) -> None:
        """Opens the form on the report; after a correction the detail shows it."""
        dialog = self.correction_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.after_correction()

    def after_correction(self) -> None:
        """Shows the corrected report and tells the page what was saved."""
        self.load()
        self.saved.emit(self.tr("correction of the emergency report of {day}").format(
            day=_moment(self.detail.row.occurred_at)[:10]), "emergencies")  # fmt: skip

    def ask_addendum(self) -> None:
        """Asks for the addendum's text, then adds it."""
        text = TextPrompt.ask(
            self, self.tr("Add an addendum"),
            self.tr("What was learned or done since? The report itself stays as it is."),
            "emergency_addendum", self.event_id, lines=True,
        )  # fmt: skip
        if text is not None:
            self.add_addendum(text)

    def add_addendum(self, text: str) -> bool:
        """Adds the addendum and shows it; True when saved."""
        db, actor = self.context.db, self.context.account
        added = call(self, self.context,
                     lambda: emergencies.add_addendum(db, actor, self.event_id, text),
                     "emergencies")  # fmt: skip
        if added is None:
            return False
        self.load()
        self.saved.emit(self.tr("addendum to the emergency report of {day}").format(
            day=_moment(self.detail.row.occurred_at)[:10]), "emergencies")  # fmt: skip
        return True


class EventCorrectionDialog(EmergencyDialog):
    """The Emergency Event Form filled with a saved report; saving corrects it."""

    def __init__(
        self, context: AppContext, detail: EventDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.detail = detail
        self.event_id = detail.row.id
        self.setWindowTitle(self.tr("Correct the emergency report"))
        row, form = detail.row, self.form
        select_data(form.community, row.community)
        form.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(row.occurred_at.timestamp())))
        form.place.setText(row.place)
        select_data(form.kind, row.kind)
        set_checked(form.people, row.people)
        form.description.setPlainText(row.description)
        form.action.setPlainText(row.action_taken)
        select_data(form.reported_to, row.reported_to)
        form.reported_by.setText(row.reported_by)
        select_data(form.category, row.category)
        form.set_handed_over(row.handed_over_at)
        form.session_id = row.session_id

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.detail.row.id

    def save(self) -> bool:
        """Saves the form over the report, if it is still as it was when opened."""
        if not self.form.check():
            return False
        report, actor = self.form.report(), self.context.account
        db, revision = self.context.db, self.detail.revision
        saved = call(self, self.context,
                     lambda: emergencies.correct_event(db, actor, self.event_id, report, revision)
                     or True, "emergencies")  # fmt: skip
        if saved is None:
            return False
        self.accept()
        return True
