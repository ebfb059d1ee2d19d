"""A session's page: its plan, its log, the emergency reports made from it, and its history.

Opened from the sessions list and calendar, the Today page and a typed or scanned record
code. The plan of a session not yet held is changed through the Activity Plan Form; the
log of a held one is corrected in place. Every save shows what was saved, with Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.errors import NotFound
from app.permissions import Capability
from app.services import people, session_record
from app.services.session_record import SessionRecord
from app.services.sessions import SessionDetail
from ui.context import AppContext
from ui.history_view import HistoryView
from ui.labels import code_label, show_date, show_time
from ui.models.events_model import STATE_LABELS
from ui.people.fields import community_names
from ui.sessions.log_editor import LogEditor, person_label
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.undo import PageUndo

PLAN, LOG, EVENTS, HISTORY = range(4)
VIEW, EDIT = range(2)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SessionDialog(QDialog):
    """Everything about one session, with its plan and log open to correction."""

    def __init__(self, context: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.record: SessionRecord | None = None
        self.setWindowTitle(self.tr("Session"))
        self.undo = PageUndo(self, context)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._plan_tab(), self.tr("Plan"))
        self.tabs.addTab(self._log_tab(), self.tr("Log"))
        self.events = QListWidget()
        self.events.setToolTip(self.tr("Double-click a report to see it whole"))
        self.events.itemDoubleClicked.connect(lambda _item: self.open_event())
        self.tabs.addTab(self.events, self.tr("Emergency reports"))
        self.history = HistoryView(context)
        self.tabs.addTab(self.history, self.tr("History"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.undo.bar)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        context.events.changed.connect(self._on_changed)
        self.reload()
        self.resize(940, 640)

    # Layout ---------------------------------------------------------------------------

    def _plan_tab(self) -> QWidget:
        self.plan_fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("community", self.tr("Community")), ("date", self.tr("Date")),
            ("time", self.tr("Planned time")), ("venue", self.tr("Venue")),
            ("topic", self.tr("Topic category")), ("formats", self.tr("Format")),
            ("theme", self.tr("Theme")), ("aim", self.tr("Aim")),
            ("lead", self.tr("Lead peer")), ("assisting", self.tr("Assisting peers")),
            ("warm_up", self.tr("Warm-up")), ("main_activity", self.tr("Main activity")),
            ("closing", self.tr("Closing summary")), ("materials", self.tr("Materials")),
            ("record_keeper", self.tr("Record keeper")),
            ("direction", self.tr("Direction before the session")),
        ):  # fmt: skip
            self.plan_fields[key] = _value_label()
            form.addRow(label, self.plan_fields[key])
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.edit_plan_button = QPushButton(self.tr("Change the plan…"))
        self.edit_plan_button.clicked.connect(self.edit_plan)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.edit_plan_button, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    def _log_tab(self) -> QWidget:
        self.log_stack = QStackedWidget()
        view = QWidget()
        self.not_logged = QLabel(self.tr("This session has not been logged."))
        self.log_fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("times", self.tr("Actual time")), ("peers", self.tr("Peers present")),
            ("staff", self.tr("Staff present")), ("feedback", self.tr("Consumers' feedback")),
            ("notes", self.tr("Notes")), ("held", self.tr("Venue and topic as held")),
            ("adverse", self.tr("Adverse event during the session")),
            ("recorded_by", self.tr("Record kept by")), ("batch", self.tr("Hand-over batch")),
            ("logged", self.tr("Logged by")),
        ):  # fmt: skip
            self.log_fields[key] = _value_label()
            form.addRow(label, self.log_fields[key])
        self.attendance = QTableWidget(0, 2)
        self.attendance.setHorizontalHeaderLabels([self.tr("Consumer"), self.tr("Attendance")])
        self.attendance.horizontalHeader().setStretchLastSection(True)
        self.attendance.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.attendance.verticalHeader().hide()
        self.correct_hint = QLabel()
        self.correct_hint.setWordWrap(True)
        self.paper = _value_label()
        self.paper_button = QPushButton(self.tr("Paper sheets…"))
        self.paper_button.clicked.connect(self.show_paper)
        paper = QHBoxLayout()
        paper.addWidget(self.paper, 1)
        paper.addWidget(self.paper_button)
        form.addRow(self.tr("Paper sheets"), paper)
        self.correct_button = QPushButton(self.tr("Correct the log…"))
        self.correct_button.clicked.connect(self.correct_log)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addWidget(self.attendance, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.correct_hint, 1)
        bottom.addWidget(self.correct_button)
        view_layout = QVBoxLayout(view)
        view_layout.addWidget(self.not_logged)
        view_layout.addLayout(columns, 1)
        view_layout.addLayout(bottom)
        self.editor = LogEditor(self.context)
        self.editor.saved.connect(self._corrected)
        self.editor.closed.connect(lambda: self.log_stack.setCurrentIndex(VIEW))
        self.log_stack.addWidget(view)
        self.log_stack.addWidget(self.editor)
        return self.log_stack

    # Data -----------------------------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if kind == "sessions" and self.log_stack.currentIndex() == VIEW:
            self.reload()

    def reload(self) -> None:
        """Reads the session again and shows it; a session deleted meanwhile closes the page."""
        try:
            record = session_record.session_record(
                self.context.db, self.context.account, self.session_id
            )
        except NotFound:
            self.close()
            return
        self.record = record
        detail = record.detail
        plan = detail.plan
        self.heading.setText(f"{show_date(plan.session_date)}  {show_time(plan.planned_start)}"
                             f"  {plan.theme}")  # fmt: skip
        self.status.setText(self._status_text(detail))
        self._show_plan(detail)
        self._show_log(record)
        self._show_events(record)
        self.history.show_records("activity_session", [detail.id, *record.part_ids])
        self.log_stack.setCurrentIndex(VIEW)

    def _status_text(self, detail: SessionDetail) -> str:
        status = code_label(codes.SESSION_STATUSES, detail.status)
        if detail.status != "cancelled":
            return status
        reason = code_label(codes.CANCEL_REASONS, detail.cancel_reason)
        note = f" ({detail.cancel_note})" if detail.cancel_note else ""
        return self.tr("{status}: {reason}{note}").format(status=status, reason=reason, note=note)

    def _show_plan(self, detail: SessionDetail) -> None:
        plan = detail.plan
        venue = code_label(codes.VENUES, plan.venue)
        formats = ", ".join(code_label(codes.FORMATS, f) for f in plan.formats)
        peers = [p for p in (plan.lead_peer, *plan.assisting_peers) if p]
        names = people.names_by_code(self.context.db, self.context.account, peers)

        def named(code: str) -> str:
            return f"{names[code]} ({code})" if names.get(code) else code

        community = community_names(self.context.db).get(plan.community, plan.community)
        values = {
            "community": community, "date": show_date(plan.session_date),
            "time": f"{show_time(plan.planned_start)}–{show_time(plan.planned_end)}",
            "venue": f"{venue} {plan.venue_detail}".strip(),
            "topic": code_label(codes.TOPICS, plan.topic),
            "formats": ", ".join(filter(None, (formats, plan.format_other))),
            "theme": plan.theme, "aim": plan.aim, "lead": named(plan.lead_peer or ""),
            "assisting": ", ".join(map(named, plan.assisting_peers)), "warm_up": plan.warm_up,
            "main_activity": plan.main_activity, "closing": plan.closing,
            "materials": plan.materials, "record_keeper": plan.record_keeper or "",
            "direction": ": ".join(filter(None, (plan.direction_by, plan.direction))),
        }  # fmt: skip
        for key, value in values.items():
            self.plan_fields[key].setText(value)
        may_plan = self.context.can(Capability.PLAN_SESSIONS)
        self.edit_plan_button.setVisible(may_plan and detail.status == "planned")

    def _show_log(self, record: SessionRecord) -> None:
        report = record.detail.report
        self.not_logged.setVisible(report is None)
        for label in self.log_fields.values():
            label.clear()
        self.attendance.setRowCount(0)
        may_log = self.context.can(Capability.LOG_SESSIONS)
        self.correct_button.setVisible(report is not None and may_log)
        self.correct_button.setEnabled(record.correction_refusal is None)
        self.correct_hint.setText((record.correction_refusal or "") if may_log else "")
        if report is None:
            return
        plan = record.detail.plan
        logged = show_date(record.logged_at.astimezone().date()) if record.logged_at else ""
        values = {
            "times": f"{show_time(report.actual_start)}–{show_time(report.actual_end)}",
            "peers": ", ".join(person_label(p) for p in record.peers),
            "staff": ", ".join(person_label(s) for s in record.staff),
            "feedback": report.feedback, "notes": report.notes,
            "held": "; ".join((code_label(codes.VENUES, report.held_venue or plan.venue),
                               code_label(codes.TOPICS, report.held_topic or plan.topic))),
            "adverse": {None: self.tr("Not recorded"), False: self.tr("None"),
                        True: self.tr("Yes")}[report.adverse_event],
            "recorded_by": report.recorded_by or "",
            "batch": str(report.handover_batch or ""),
            "logged": f"{record.logged_by} {logged}".strip(),
        }  # fmt: skip
        for key, value in values.items():
            self.log_fields[key].setText(value)
        self._show_paper()
        self.attendance.setRowCount(len(record.consumers))
        for row, person in enumerate(record.consumers):
            came = self.tr("Present") if person.present else self.tr("Absent")
            self.attendance.setItem(row, 0, QTableWidgetItem(person_label(person)))
            self.attendance.setItem(row, 1, QTableWidgetItem(came))

    def _show_paper(self) -> None:
        """The pages read back from paper and kept with the session."""
        from ui.sessions.paper_sheets import kept_summary

        text, count = kept_summary(self.context, self.session_id)
        self.paper.setText(text)
        self.paper_button.setVisible(bool(count))

    def show_paper(self) -> None:
        """Shows the page images kept with the session."""
        from ui.sessions.paper_sheets import PaperSheetsDialog, kept_pages

        dialog = PaperSheetsDialog(kept_pages(self.context, self.session_id), self)
        dialog.exec()

    def _show_events(self, record: SessionRecord) -> None:
        self.events.clear()
        for event in record.events:
            when = event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
            kind = code_label(codes.EVENT_KINDS, event.kind)
            state = QCoreApplication.translate("EventsModel", STATE_LABELS[event.state])
            who = ", ".join(event.people)
            self.events.addItem(f"{when}  {kind}  ({state})  {who}: {event.description}")
        if not record.events:
            self.events.addItem(self.tr("No emergency was reported from this session."))
        self.tabs.setTabText(EVENTS, self.tr("Emergency reports ({n})").format(
            n=len(record.events)))  # fmt: skip

    # Actions --------------------------------------------------------------------------

    def event_dialog(self) -> QDialog | None:
        """The detail of the highlighted emergency report made from this session."""
        from ui.emergency_detail import EventDetailDialog

        row = self.events.currentRow()
        if self.record is None or not 0 <= row < len(self.record.events):
            return None
        dialog = EventDetailDialog(self.context, self.record.events[row].id, self)
        dialog.saved.connect(self.undo.saved)
        return dialog

    def open_event(self) -> None:
        """Opens the highlighted report: every field, its follow-up and its history."""
        dialog = self.event_dialog()
        if dialog is not None:
            dialog.open()

    def edit_plan(self) -> bool:
        """Changes the plan through the Activity Plan Form; True when saved."""
        if self.record is None:
            return False
        saved = PlanSessionDialog.ask(self, self.context, session_id=self.session_id,
                                      expected_revision=self.record.revision)  # fmt: skip
        if saved is None:
            return False
        self.reload()
        plan = self.record.detail.plan
        self.undo.saved(self.tr("the plan of “{theme}” on {day}").format(
            theme=plan.theme, day=show_date(plan.session_date)), "sessions")  # fmt: skip
        return True

    def correct_log(self) -> None:
        """Opens the log for correction, filled as it was saved."""
        if self.record is None or self.record.detail.report is None:
            return
        self.editor.load(self.record)
        self.log_stack.setCurrentIndex(EDIT)
        self.tabs.setCurrentIndex(LOG)

    def _corrected(self, message: str) -> None:
        self.reload()
        self.undo.saved(message, "sessions")

    @classmethod
    def open_for(cls, parent: QWidget, context: AppContext, session_id: str) -> SessionDialog:
        """Opens a session's page over the window (without waiting for it to close)."""
        dialog = cls(context, session_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
