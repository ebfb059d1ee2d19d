"""After the session: the peer's guided flow, kept as a draft while it is typed.

Steps: choose the session, the actual times, who attended, feedback and notes, and
whether anything happened that needs the doctor. Every change is saved as a draft in the
database half a second later (and at once when the page is hidden), so closing the
window, a lock or a power cut loses nothing; the draft is offered back next time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.permissions import Capability
from app.services import accounts, after_session, drafts, people, sessions
from app.services.sessions import SessionReport, SessionRow
from ui.context import AppContext
from ui.discard import GO_BACK, KEEP, ask_keep
from ui.emergency_form import EmergencyForm
from ui.empty_state import EmptyState
from ui.labels import code_label, person_label, show_date, show_time
from ui.operations import call_confirming
from ui.pages.base import Page
from ui.undo import PageUndo
from ui.widgets import (
    all_keys,
    checked_count,
    checked_keys,
    checklist,
    code_combo,
    fill_checklist,
    select_data,
    set_checked,
    to_qtime,
    to_time,
)

FORM = "log_session"
DRAFT_DELAY_MS = 500
CHOOSE, TIMES, ATTENDANCE, FEEDBACK, EMERGENCY = range(5)


class LogSessionPage(Page):
    """Logs what happened at a session in a few big steps."""

    KINDS = frozenset({"sessions"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rows: list[SessionRow] = []
        self.restoring = False
        self.chosen_with: dict[str, Any] | None = None
        """What the fields held when the session was chosen (or last settled): leaving the
        page asks only when something differs."""
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        font = self.font()
        font.setPointSize(font.pointSize() + 3)
        self.setFont(font)
        self._build()
        self.refresh()
        self.offer_draft()

    # Layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QFrame()
        self.banner.setStyleSheet("background: #fff4c2; border: 1px solid #e0c060")
        self.banner_text = QLabel()
        continue_button = QPushButton(self.tr("Continue where I left off"))
        continue_button.clicked.connect(self.continue_draft)
        discard_button = QPushButton(self.tr("Discard it"))
        discard_button.clicked.connect(self.discard_draft)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(continue_button)
        banner_layout.addWidget(discard_button)
        self.banner.hide()

        self.step_title = QLabel()
        title_font = self.step_title.font()
        title_font.setPointSize(title_font.pointSize() + 4)
        title_font.setBold(True)
        self.step_title.setFont(title_font)
        self.steps = QStackedWidget()
        self.session_list = QListWidget()
        self.session_list.currentRowChanged.connect(self.session_chosen)
        self.empty_hint = EmptyState(
            self.tr("No session is waiting to be logged. Sessions held appear here."),
            self.tr("Plan a session"), self.plan_session, self.context.account,
            Capability.PLAN_SESSIONS,
        )  # fmt: skip
        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(self.empty_hint)
        choose_layout.addWidget(self.session_list, 1)
        self.steps.addWidget(choose)
        self.actual_start = QTimeEdit()
        self.actual_end = QTimeEdit()
        self.held_venue = code_combo(codes.VENUES)
        self.held_venue_detail = QLineEdit()
        self.held_topic = code_combo(codes.TOPICS)
        times = QWidget()
        times_layout = QVBoxLayout(times)
        for label, field in (
            (self.tr("Started at"), self.actual_start),
            (self.tr("Ended at"), self.actual_end),
            (self.tr("Where was it held?"), self.held_venue),
            (self.tr("Venue details"), self.held_venue_detail),
            (self.tr("Topic category as held"), self.held_topic),
        ):
            times_layout.addWidget(QLabel(label))
            times_layout.addWidget(field)  # fmt: skip
        times_layout.addStretch()
        self.steps.addWidget(times)
        self.consumers = checklist(())
        self.peers = checklist(())
        self.staff = checklist(())
        attendance = QWidget()
        attendance_layout = QVBoxLayout(attendance)
        attendance_layout.addWidget(QLabel(self.tr("Tick each consumer who came:")))
        attendance_layout.addWidget(self.consumers, 3)
        self.present_count = QLabel()
        attendance_layout.addWidget(self.present_count)
        self.consumers.itemChanged.connect(self.count_present)
        attendance_layout.addWidget(QLabel(self.tr("Peers present:")))
        attendance_layout.addWidget(self.peers, 1)
        attendance_layout.addWidget(QLabel(self.tr("Staff present:")))
        attendance_layout.addWidget(self.staff, 1)
        self.steps.addWidget(attendance)
        self.feedback = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        feedback = QWidget()
        feedback_layout = QVBoxLayout(feedback)
        feedback_layout.addWidget(QLabel(self.tr("What did the consumers say about it?")))
        feedback_layout.addWidget(self.feedback)
        feedback_layout.addWidget(QLabel(self.tr("Notes")))
        feedback_layout.addWidget(self.notes)
        self.recorded_by = QComboBox()
        self.handover_batch = QSpinBox()
        self.handover_batch.setRange(1, 999)
        self.handover_batch.setToolTip(
            self.tr("Paper forms go to the project manager every six weeks; batch 1 is the "
                    "community's first six weeks.")
        )  # fmt: skip
        keeping = QFormLayout()
        keeping.addRow(self.tr("Who kept the record?"), self.recorded_by)
        keeping.addRow(self.tr("Hand-over batch (every six weeks)"), self.handover_batch)
        feedback_layout.addLayout(keeping)
        self.steps.addWidget(feedback)
        # Neither answer is chosen: the peer answers the question, nothing is assumed.
        self.nothing = QRadioButton(self.tr("No, nothing happened"))
        self.something = QRadioButton(self.tr("Yes, something happened"))
        self.answer = QButtonGroup(self)
        self.answer.addButton(self.nothing)
        self.answer.addButton(self.something)
        self.unanswered = QLabel()
        self.unanswered.setStyleSheet("color: #b00020; font-weight: bold")
        self.unanswered.setWordWrap(True)
        self.answer.buttonToggled.connect(lambda *_: self.unanswered.clear())
        self.event_form = EmergencyForm(self.context)
        emergency = QWidget()
        emergency_layout = QVBoxLayout(emergency)
        emergency_layout.addWidget(self.nothing)
        emergency_layout.addWidget(self.something)
        emergency_layout.addWidget(self.unanswered)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.event_form)
        scroll.setVisible(False)  # the form appears once "Yes" is chosen
        self.something.toggled.connect(scroll.setVisible)
        emergency_layout.addWidget(scroll, 1)
        emergency_layout.addStretch()
        self.steps.addWidget(emergency)

        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(lambda: self.go(self.steps.currentIndex() + 1))
        self.save_button = QPushButton(self.tr("Save the log"))
        self.save_button.clicked.connect(self.save)
        for button in (self.back_button, self.next_button, self.save_button):
            button.setMinimumHeight(44)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)
        self.page_undo = PageUndo(self, self.context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_undo.bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.step_title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)

        for signal in (
            self.actual_start.timeChanged,
            self.actual_end.timeChanged,
            self.consumers.itemChanged,
            self.peers.itemChanged,
            self.staff.itemChanged,
            self.feedback.textChanged,
            self.notes.textChanged,
            self.nothing.toggled,
            self.held_venue.currentIndexChanged,
            self.held_venue_detail.textChanged,
            self.held_topic.currentIndexChanged,
            self.recorded_by.currentIndexChanged,
            self.handover_batch.valueChanged,
            self.something.toggled,
            self.event_form.changed,
        ):
            signal.connect(self.schedule_draft)  # fmt: skip
        self.go(CHOOSE)

    def step_titles(self) -> list[str]:
        """The heading of each step, numbered for people who like to know how far they are."""
        return [
            self.tr("Step 1 of 5: which session?"),
            self.tr("Step 2 of 5: when and where was it, on what topic?"),
            self.tr("Step 3 of 5: who was there?"),
            self.tr("Step 4 of 5: feedback, notes and who kept the record"),
            self.tr("Step 5 of 5: did anything happen that needs the doctor?"),
        ]

    def go(self, step: int) -> None:
        """Shows a step; the session must be chosen before going on."""
        step = max(CHOOSE, min(EMERGENCY, step))
        if step > CHOOSE and self.current() is None:
            step = CHOOSE
        self.steps.setCurrentIndex(step)
        self.step_title.setText(self.step_titles()[step])
        self.back_button.setEnabled(step > CHOOSE)
        self.next_button.setVisible(step < EMERGENCY)
        self.save_button.setVisible(step == EMERGENCY)
        self.schedule_draft()

    # Data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Lists the sessions waiting to be logged, today's first."""
        chosen = self.current()
        self.rows = after_session.sessions_to_log(self.context.db)
        self.session_list.blockSignals(True)
        self.session_list.clear()
        for row in self.rows:
            text = (
                f"{show_date(row.session_date)}  {show_time(row.planned_start)}  "
                f"{row.community}  {code_label(codes.TOPICS, row.topic)}  {row.theme}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.session_list.addItem(item)  # fmt: skip
        self.session_list.blockSignals(False)
        self.empty_hint.show_if(not self.rows, self.session_list)
        if chosen is not None:
            self.choose(chosen.id)

    def plan_session(self) -> None:
        """Opens the Activity Plan Form, from the empty list of sessions to log."""
        from ui.sessions.plan_dialog import PlanSessionDialog

        PlanSessionDialog.plan_new(self, self.context, self.page_undo)

    def current(self) -> SessionRow | None:
        """The chosen session."""
        row = self.session_list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def choose(self, session_id: str) -> bool:
        """Chooses a session by key (as the Today page does); True if it is waiting."""
        for index, row in enumerate(self.rows):
            if row.id == session_id:
                self.session_list.setCurrentRow(index)
                return True
        return False

    def session_chosen(self, _row: int) -> None:
        """Fills the times and the attendance lists from the chosen session's plan."""
        row = self.current()
        if row is None:
            return
        detail = sessions.session_detail(self.context.db, row.id)
        self.actual_start.setTime(to_qtime(detail.plan.planned_start))
        self.actual_end.setTime(to_qtime(detail.plan.planned_end))
        consumers = people.enrolled_people(self.context.db, "consumer", row.community,
                                           row.session_date)  # fmt: skip
        names = people.names_by_code(
            self.context.db, self.context.account, [c.code for c in consumers]
        )
        labels = ((self._consumer_label(c, names.get(c.code)), c.code) for c in consumers)
        fill_checklist(self.consumers, labels)
        self.count_present()
        peers = people.enrolled_people(self.context.db, "peer", row.community, row.session_date)
        peer_names = people.names_by_code(
            self.context.db, self.context.account, [p.code for p in peers]
        )
        fill_checklist(self.peers, ((person_label(p.code, peer_names), p.code) for p in peers))
        planned = [detail.plan.lead_peer, *detail.plan.assisting_peers]
        set_checked(self.peers, [p for p in planned if p])
        select_data(self.held_venue, detail.plan.venue)
        self.held_venue_detail.setText(detail.plan.venue_detail)
        select_data(self.held_topic, detail.plan.topic)
        self.recorded_by.clear()
        self.recorded_by.addItem(self.tr("(not said)"), None)
        for p in peers:
            self.recorded_by.addItem(person_label(p.code, peer_names), p.code)
        select_data(self.recorded_by, detail.plan.record_keeper)
        self.handover_batch.setValue(
            sessions.default_batch(self.context.db, row.community, row.session_date)
        )
        staff = accounts.list_staff(self.context.db)
        fill_checklist(self.staff, ((f"{s.name} ({s.code})", s.code) for s in staff))
        self.event_form.session_id = row.id
        select_data(self.event_form.community, row.community)
        self.chosen_with = self.typed()

    def _consumer_label(self, row: people.PersonRow, name: str | None) -> str:
        """The consumer's name and code for roles that may see names, else the code."""
        who = f"{name}  {row.code}" if name else row.code
        if row.status == "on_leave":
            return self.tr("{code} (on leave)").format(code=who)
        return who

    def count_present(self) -> None:
        """Shows how many consumers are ticked so far."""
        ticked, everyone = checked_count(self.consumers)
        self.present_count.setText(
            self.tr("{ticked} of {everyone} present").format(ticked=ticked, everyone=everyone)
        )

    def report(self) -> SessionReport:
        """What was typed, as the service takes it."""
        present = checked_keys(self.consumers)
        everyone = all_keys(self.consumers)
        return SessionReport(
            actual_start=to_time(self.actual_start.time()),
            actual_end=to_time(self.actual_end.time()),
            consumers_present=tuple(present),
            consumers_absent=tuple(c for c in everyone if c not in present),
            peers_present=tuple(checked_keys(self.peers)),
            staff_present=tuple(checked_keys(self.staff)),
            feedback=self.feedback.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            held_topic=self.held_topic.currentData(),
            held_venue=self.held_venue.currentData(),
            held_venue_detail=self.held_venue_detail.text().strip(),
            adverse_event=self.something.isChecked(),
            recorded_by=self.recorded_by.currentData(),
            handover_batch=self.handover_batch.value(),
        )

    def save(self) -> bool:
        """Logs the session (and the event, if any) together; the draft goes once saved."""
        row = self.current()
        if row is None:
            return False
        event = None
        if not (self.nothing.isChecked() or self.something.isChecked()):
            self.go(EMERGENCY)
            self.unanswered.setText(
                self.tr("Answer the question first: did anything happen that needs the doctor?")
            )
            return False
        if self.something.isChecked():
            if not self.event_form.check():
                return False
            event = self.event_form.report()
        report = self.report()
        actor = self.context.account
        db = self.context.db
        saved = call_confirming(
            self, self.context,
            lambda ok: after_session.log_with_event(db, actor, row.id, report, event, ok) or "",
            "sessions",
        )  # fmt: skip
        if saved is None:
            return False
        if event is not None:
            self.context.events.changed.emit("emergencies")
        message = self.tr("the log of “{theme}” on {day}").format(
            theme=row.theme, day=show_date(row.session_date)
        )
        self.page_undo.saved(message, "sessions")
        self.draft_timer.stop()
        drafts.discard_draft(db, actor.username, FORM)
        self.clear()
        return True

    def clear(self) -> None:
        """Empties the form for the next session.

        The list is not reloaded here: the save's "sessions" news has just done that.
        """
        self.restoring = True
        self.feedback.clear()
        self.notes.clear()
        self.set_answer(None)
        self.event_form.description.clear()
        self.event_form.action.clear()
        self.session_list.setCurrentRow(-1)
        self.go(CHOOSE)
        self.restoring = False

    def answered(self) -> bool | None:
        """The answer to "did anything happen?": None until the peer chooses one."""
        if self.something.isChecked():
            return True
        return False if self.nothing.isChecked() else None

    def set_answer(self, answer: bool | None) -> None:
        """Chooses an answer, or neither (a new log, a draft left before answering)."""
        self.answer.setExclusive(False)
        self.nothing.setChecked(answer is False)
        self.something.setChecked(answer is True)
        self.answer.setExclusive(True)

    # Drafts ---------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Everything typed, as plain data."""
        row = self.current()
        return {
            "session_id": row.id if row else None,
            "step": self.steps.currentIndex(),
            "actual_start": self.actual_start.time().toString("HH:mm"),
            "actual_end": self.actual_end.time().toString("HH:mm"),
            "consumers": checked_keys(self.consumers),
            "peers": checked_keys(self.peers),
            "staff": checked_keys(self.staff),
            "feedback": self.feedback.toPlainText(),
            "notes": self.notes.toPlainText(),
            "held_venue": self.held_venue.currentData(),
            "held_venue_detail": self.held_venue_detail.text(),
            "held_topic": self.held_topic.currentData(),
            "recorded_by": self.recorded_by.currentData(),
            "handover_batch": self.handover_batch.value(),
            "emergency": self.answered(),
            "event": self.event_form.state(),
        }

    def has_content(self) -> bool:
        """Whether anything worth keeping was typed."""
        return self.current() is not None

    def typed(self) -> dict[str, Any]:
        """What the fields hold, whichever step is shown."""
        return {key: value for key, value in self.state().items() if key != "step"}

    def has_typing(self) -> bool:
        """Whether the peer changed anything since choosing the session (or settling)."""
        return self.current() is not None and self.typed() != self.chosen_with

    def leave(self) -> bool:
        """Switching page with a log begun asks "Keep as draft / Discard / Go back"."""
        if not self.has_typing():
            return True
        item = self.session_list.currentItem()
        what = self.tr("The log of {session} is not saved.").format(
            session=item.text() if item is not None else "")  # fmt: skip
        answer = ask_keep(self, what)
        if answer == GO_BACK:
            return False
        if answer == KEEP:
            self.keep_typing()
        else:
            self.discard_draft()
            self.clear()
        return True

    def keep_typing(self) -> None:
        """Keeps the log as the peer's draft; leaving again asks nothing until more is typed."""
        if self.has_content():
            self.save_draft()
            self.chosen_with = self.typed()

    def schedule_draft(self) -> None:
        """Saves a draft shortly after the last change."""
        if not self.restoring:
            self.draft_timer.start()

    def save_draft(self) -> None:
        """Keeps what is typed in the database."""
        self.draft_timer.stop()
        if self.restoring or not self.has_content():
            return
        drafts.save_draft(self.context.db, self.context.account.username, FORM, self.state())

    def offer_draft(self) -> None:
        """Shows the banner when a draft was left last time."""
        draft = drafts.load_draft(self.context.db, self.context.account.username, FORM)
        if draft is None:
            return
        when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.banner_text.setText(
            self.tr("A session log you started on {when} was not saved yet.").format(when=when)
        )
        self.banner.show()

    def continue_draft(self) -> None:
        """Puts the draft back into every field."""
        draft = drafts.load_draft(self.context.db, self.context.account.username, FORM)
        self.banner.hide()
        if draft is None:
            return
        state = draft.content
        self.restoring = True
        if state.get("session_id") and self.choose(str(state["session_id"])):
            self.actual_start.setTime(QTime.fromString(state.get("actual_start", ""), "HH:mm"))
            self.actual_end.setTime(QTime.fromString(state.get("actual_end", ""), "HH:mm"))
            set_checked(self.consumers, state.get("consumers", []))
            set_checked(self.peers, state.get("peers", []))
            set_checked(self.staff, state.get("staff", []))
            self.feedback.setPlainText(state.get("feedback", ""))
            self.notes.setPlainText(state.get("notes", ""))
            select_data(self.held_venue, state.get("held_venue"))
            self.held_venue_detail.setText(state.get("held_venue_detail", ""))
            select_data(self.held_topic, state.get("held_topic"))
            select_data(self.recorded_by, state.get("recorded_by"))
            if state.get("handover_batch"):
                self.handover_batch.setValue(int(state["handover_batch"]))
            self.set_answer(state.get("emergency"))
            self.event_form.restore(state.get("event", {}))
        self.restoring = False
        self.go(int(state.get("step", CHOOSE)))

    def discard_draft(self) -> None:
        """Throws the draft away, at the user's word."""
        drafts.discard_draft(self.context.db, self.context.account.username, FORM)
        self.banner.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        if self.draft_timer.isActive():
            self.save_draft()
        super().hideEvent(event)
