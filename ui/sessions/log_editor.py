"""Correcting a logged session: the log's fields prefilled, saved through ``correct_log``."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import accounts, session_record
from app.services.session_record import Attendee, SessionRecord
from app.services.sessions import SessionReport
from ui.context import AppContext
from ui.labels import show_date
from ui.operations import call_confirming
from ui.widgets import (
    all_keys,
    checked_keys,
    checklist,
    code_combo,
    fill_checklist,
    select_data,
    set_checked,
    to_qtime,
    to_time,
)


def person_label(person: Attendee) -> str:
    """A person as the viewer may see them: "Name (code)", or the code alone."""
    return f"{person.name} ({person.code})" if person.name else person.code


class LogEditor(QWidget):
    """The log of a held session, ready to correct: times, who came, feedback and notes."""

    saved = Signal(str)
    """Emitted with a confirmation naming what was saved, once a correction is saved."""
    closed = Signal()
    """Emitted when the user leaves the form without saving."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record: SessionRecord | None = None
        self.actual_start = QTimeEdit()
        self.actual_end = QTimeEdit()
        self.consumers = checklist(())
        self.peers = checklist(())
        self.staff = checklist(())
        self.feedback = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        self.held_venue = code_combo(codes.VENUES)
        self.held_topic = code_combo(codes.TOPICS)
        self.adverse_event = QComboBox()
        for label, value in ((self.tr("Not recorded"), None), (self.tr("None"), False),
                             (self.tr("Yes (see the emergency reports)"), True)):  # fmt: skip
            self.adverse_event.addItem(label, value)
        self.recorded_by = QComboBox()
        self.handover_batch = QSpinBox()
        self.handover_batch.setRange(0, 999)
        self.handover_batch.setSpecialValueText(self.tr("not said"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. C2 was marked absent by mistake"))
        self.save_button = QPushButton(self.tr("Save the correction"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Leave without saving"))
        self.cancel_button.clicked.connect(self.closed.emit)
        self._layout()

    def _layout(self) -> None:
        times = QHBoxLayout()
        for label, field in ((self.tr("Started at"), self.actual_start),
                             (self.tr("Ended at"), self.actual_end)):  # fmt: skip
            times.addWidget(QLabel(label))
            times.addWidget(field)
        times.addStretch()
        people = QHBoxLayout()
        for label, widget, stretch in (
            (self.tr("Tick each consumer who came:"), self.consumers, 2),
            (self.tr("Peers present:"), self.peers, 1),
            (self.tr("Staff present:"), self.staff, 1),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(label))
            column.addWidget(widget)
            people.addLayout(column, stretch)
        held = QHBoxLayout()
        for label, field in ((self.tr("Venue as held"), self.held_venue),
                             (self.tr("Topic category as held"), self.held_topic)):  # fmt: skip
            held.addWidget(QLabel(label))
            held.addWidget(field, 1)
        kept = QHBoxLayout()
        for label, field in ((self.tr("Adverse event during the session"), self.adverse_event),
                             (self.tr("Record kept by"), self.recorded_by),
                             (self.tr("Hand-over batch"), self.handover_batch)):  # fmt: skip
            kept.addWidget(QLabel(label))
            kept.addWidget(field)
        kept.addStretch()
        texts = QFormLayout()
        texts.addRow(self.tr("Consumers' feedback"), self.feedback)
        texts.addRow(self.tr("Notes"), self.notes)
        texts.addRow(self.tr("Why it is corrected (optional)"), self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(times)
        layout.addLayout(held)
        layout.addLayout(kept)
        layout.addLayout(people, 2)
        layout.addLayout(texts, 1)
        layout.addLayout(buttons)

    def load(self, record: SessionRecord) -> None:
        """Fills the form with the log as saved and whom it may name."""
        report = record.detail.report
        if report is None:
            return
        self.record = record
        consumers, peers = session_record.consumer_choices(
            self.context.db, self.context.account, record.detail.id
        )
        self.actual_start.setTime(to_qtime(report.actual_start))
        self.actual_end.setTime(to_qtime(report.actual_end))
        fill_checklist(self.consumers, ((self._consumer(c), c.code) for c in consumers))
        set_checked(self.consumers, report.consumers_present)
        named = {p.code: p for p in peers} | {p.code: p for p in record.peers}
        fill_checklist(self.peers, ((person_label(p), code) for code, p in sorted(named.items())))
        set_checked(self.peers, report.peers_present)
        staff = accounts.list_staff(self.context.db)
        fill_checklist(self.staff, ((f"{s.name} ({s.code})", s.code) for s in staff))
        set_checked(self.staff, report.staff_present)
        self.feedback.setPlainText(report.feedback)
        self.notes.setPlainText(report.notes)
        plan = record.detail.plan
        select_data(self.held_venue, report.held_venue or plan.venue)
        select_data(self.held_topic, report.held_topic or plan.topic)
        self.adverse_event.setCurrentIndex({None: 0, False: 1, True: 2}[report.adverse_event])
        self.recorded_by.clear()
        self.recorded_by.addItem(self.tr("(not said)"), None)
        for code, person in sorted(named.items()):
            self.recorded_by.addItem(person_label(person), code)
        select_data(self.recorded_by, report.recorded_by)
        self.handover_batch.setValue(report.handover_batch or 0)
        self.reason.clear()

    def _consumer(self, person: Attendee) -> str:
        label = person_label(person)
        return self.tr("{who} (on leave)").format(who=label) if person.on_leave else label

    def report(self) -> SessionReport:
        """The log as corrected; what the form does not show stays as it was."""
        assert self.record is not None and self.record.detail.report is not None
        present = checked_keys(self.consumers)
        return replace(
            self.record.detail.report,
            actual_start=to_time(self.actual_start.time()),
            actual_end=to_time(self.actual_end.time()),
            consumers_present=tuple(present),
            consumers_absent=tuple(c for c in all_keys(self.consumers) if c not in present),
            peers_present=tuple(checked_keys(self.peers)),
            staff_present=tuple(checked_keys(self.staff)),
            feedback=self.feedback.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            held_venue=self.held_venue.currentData(),
            held_topic=self.held_topic.currentData(),
            adverse_event=self.adverse_event.currentData(),
            recorded_by=self.recorded_by.currentData(),
            handover_batch=self.handover_batch.value() or None,
        )

    def save(self) -> bool:
        """Saves the correction through the service; warnings are confirmed. True if saved."""
        record = self.record
        if record is None:
            return False
        report, note = self.report(), self.reason.text()
        db, actor, sid, seen = (
            self.context.db,
            self.context.account,
            record.detail.id,
            record.revision,
        )

        def work(ok: bool) -> bool:
            session_record.correct_log(db, actor, sid, report, seen, ok, note=note)
            return True

        if call_confirming(self, self.context, work, "sessions") is None:
            return False
        plan = record.detail.plan
        self.saved.emit(self.tr("the corrected log of “{theme}” on {day}").format(
            theme=plan.theme, day=show_date(plan.session_date)))  # fmt: skip
        return True
