"""The Activity Plan Form on screen: every field, repetition, and inline warnings."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import library, people, sessions, site
from app.services.sessions import SessionPlan
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.labels import code_label, person_label, show_date
from ui.operations import call, call_confirming
from ui.sessions.library_dialog import LibraryDialog
from ui.undo import PageUndo
from ui.widgets import (
    checked_keys,
    checklist,
    code_combo,
    date_edit,
    fill_checklist,
    fitted,
    select_data,
    set_checked,
    to_date,
    to_qdate,
    to_qtime,
    to_time,
)

REPEAT_DAYS = (0, 7, 14)


class PlanSessionDialog(EntryDialog):
    """Plans a new session (or a repeating series) or changes an existing plan."""

    def __init__(
        self,
        context: AppContext,
        session_id: str | None = None,
        day: date | None = None,
        parent: QWidget | None = None,
        expected_revision: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.expected_revision = expected_revision
        self.saved_ids: list[str] = []
        self.setWindowTitle(self.tr("Activity Plan Form"))
        font = self.font()
        font.setPointSize(font.pointSize() + 2)
        self.setFont(font)
        self._build()
        if session_id is not None:
            detail = sessions.session_detail(context.db, session_id)
            if self.expected_revision is None:
                self.expected_revision = detail.revision
            self.load(detail.plan)
        else:
            communities = site.list_communities(context.db)
            first = communities[0].code if communities else ""
            self.load(library.blank_plan(first, day or date.today()))
        self.update_warnings()
        self.resize(fitted(760, 820))  # the fields scroll; Save and the warnings stay

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.session_id or ""

    def _build(self) -> None:
        self.community = QComboBox()
        for community in site.list_communities(self.context.db):
            self.community.addItem(f"{community.name_zh or community.name_en} ({community.code})",
                                   community.code)  # fmt: skip
        self.day = date_edit()
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        self.venue = code_combo(codes.VENUES)
        self.venue_detail = QLineEdit()
        self.topic = code_combo(codes.TOPICS)
        self.theme = QLineEdit()
        self.aim = QPlainTextEdit()
        self.formats = checklist(
            (code_label(codes.FORMATS, c), c) for c in codes.FORMATS.code_names()
        )
        self.formats.setMaximumHeight(150)
        self.format_other = QLineEdit()
        self.lead = QComboBox()
        self.assistants = checklist(())
        self.assistants.setMaximumHeight(150)
        self.record_keeper = QComboBox()
        self.direction_by = QComboBox()
        self.direction_by.addItem(self.tr("(none)"), None)
        for code, name in sessions.directing_staff(self.context.db):
            self.direction_by.addItem(f"{name} ({code})", code)
        self.direction = QPlainTextEdit()
        self.direction.setPlaceholderText(
            self.tr("What the community doctor or psychologist advised before the session")
        )
        self.warm_up = QPlainTextEdit()
        self.main_activity = QPlainTextEdit()
        self.closing = QPlainTextEdit()
        self.materials = QPlainTextEdit()
        for box in (self.aim, self.warm_up, self.main_activity, self.closing, self.materials,
                    self.direction):  # fmt: skip
            box.setMaximumHeight(90)
        self.repeat = QComboBox()
        for label in (self.tr("Once"), self.tr("Every week"), self.tr("Every two weeks")):
            self.repeat.addItem(label)
        self.until = date_edit()
        self.repeat.setEnabled(self.session_id is None)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300; font-weight: bold")
        from_library = QPushButton(self.tr("Start from the activity library…"))
        from_library.clicked.connect(self.choose_from_library)
        to_library = QPushButton(self.tr("Save this plan to the library"))
        to_library.clicked.connect(self.save_to_library)

        form = QFormLayout()
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(QLabel(self.tr("until")))
        repeat_row.addWidget(self.until)
        rows = [
            (self.tr("Community"), self.community),
            (self.tr("Date"), self.day),
            (self.tr("Planned start"), self.start),
            (self.tr("Planned end"), self.end),
            (self.tr("Repeat"), repeat_row),
            (self.tr("Venue"), self.venue),
            (self.tr("Venue details"), self.venue_detail),
            (self.tr("Topic category"), self.topic),
            (self.tr("Theme"), self.theme),
            (self.tr("Aim"), self.aim),
            (self.tr("Formats"), self.formats),
            (self.tr("Other format"), self.format_other),
            (self.tr("Lead peer"), self.lead),
            (self.tr("Assisting peers"), self.assistants),
            (self.tr("Record keeper"), self.record_keeper),
            (self.tr("Direction given by"), self.direction_by),
            (self.tr("Direction before the session"), self.direction),
            (self.tr("Warm-up"), self.warm_up),
            (self.tr("Main activity"), self.main_activity),
            (self.tr("Closing summary"), self.closing),
            (self.tr("Materials"), self.materials),
        ]
        for label, field in rows:
            form.addRow(label, field)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        library_row = QHBoxLayout()
        library_row.addWidget(from_library)
        library_row.addWidget(to_library)
        layout.addLayout(library_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)

        self.community.currentIndexChanged.connect(self.reload_peers)
        self.day.dateChanged.connect(self.reload_peers)
        for signal in (
            self.start.timeChanged,
            self.end.timeChanged,
            self.lead.currentIndexChanged,
            self.assistants.itemChanged,
        ):
            signal.connect(self.update_warnings)  # fmt: skip

    def reload_peers(self) -> None:
        """Offers the peers enrolled in the chosen community on the chosen day."""
        community = self.community.currentData()
        if not community:
            return
        peers = people.enrolled_people(self.context.db, "peer", community, to_date(self.day.date()))
        names = people.names_by_code(self.context.db, self.context.account,
                                     [row.code for row in peers])  # fmt: skip
        shown = [(person_label(r.code, names), r.code) for r in peers]
        lead = self.lead.currentData()
        self.lead.blockSignals(True)
        self.lead.clear()
        self.lead.addItem(self.tr("(none)"), None)
        for label, code in shown:
            self.lead.addItem(label, code)
        select_data(self.lead, lead)
        self.lead.blockSignals(False)
        keeper = self.record_keeper.currentData()
        self.record_keeper.clear()
        self.record_keeper.addItem(self.tr("(none)"), None)
        for label, code in shown:
            self.record_keeper.addItem(label, code)
        select_data(self.record_keeper, keeper)
        fill_checklist(self.assistants, shown)
        self.update_warnings()

    def load(self, plan: SessionPlan) -> None:
        """Puts a plan into the fields."""
        select_data(self.community, plan.community)
        self.day.setDate(to_qdate(plan.session_date))
        self.until.setDate(to_qdate(plan.session_date + timedelta(weeks=12)))
        self.reload_peers()
        self.start.setTime(to_qtime(plan.planned_start))
        self.end.setTime(to_qtime(plan.planned_end))
        select_data(self.venue, plan.venue)
        self.venue_detail.setText(plan.venue_detail)
        select_data(self.topic, plan.topic)
        self.theme.setText(plan.theme)
        self.aim.setPlainText(plan.aim)
        set_checked(self.formats, plan.formats)
        self.format_other.setText(plan.format_other)
        select_data(self.lead, plan.lead_peer)
        set_checked(self.assistants, plan.assisting_peers)
        select_data(self.record_keeper, plan.record_keeper)
        select_data(self.direction_by, plan.direction_by)
        self.direction.setPlainText(plan.direction)
        self.warm_up.setPlainText(plan.warm_up)
        self.main_activity.setPlainText(plan.main_activity)
        self.closing.setPlainText(plan.closing)
        self.materials.setPlainText(plan.materials)

    def plan(self) -> SessionPlan:
        """The plan as typed."""
        lead = self.lead.currentData()
        return SessionPlan(
            community=self.community.currentData() or "",
            session_date=to_date(self.day.date()),
            planned_start=to_time(self.start.time()),
            planned_end=to_time(self.end.time()),
            venue=self.venue.currentData(),
            topic=self.topic.currentData(),
            lead_peer=lead,
            assisting_peers=tuple(c for c in checked_keys(self.assistants) if c != lead),
            formats=tuple(checked_keys(self.formats)),
            format_other=self.format_other.text().strip(),
            venue_detail=self.venue_detail.text().strip(),
            theme=self.theme.text().strip(),
            aim=self.aim.toPlainText().strip(),
            warm_up=self.warm_up.toPlainText().strip(),
            main_activity=self.main_activity.toPlainText().strip(),
            closing=self.closing.toPlainText().strip(),
            materials=self.materials.toPlainText().strip(),
            record_keeper=self.record_keeper.currentData(),
            direction=self.direction.toPlainText().strip(),
            direction_by=self.direction_by.currentData(),
        )

    def update_warnings(self) -> None:
        """Shows, as the user types, what the save will ask to confirm."""
        problems = sessions.quick_warnings(self.plan())
        self.warnings.setText("\n".join(f"⚠ {p.message}" for p in problems))

    def choose_from_library(self) -> None:
        """Fills the plan from a library plan the user picks."""
        template = LibraryDialog.ask(self, self.context)
        if template is not None:
            self.apply_template(template)

    def apply_template(self, template: library.Template) -> None:
        """Copies a library plan's topic, formats, length and texts into the fields."""
        self.load(library.plan_from(template, self.plan()))
        self.update_warnings()

    def save_to_library(self) -> str | None:
        """Keeps this plan in the site's activity library for next time."""
        plan = self.plan()
        texts = {
            "title": plan.theme, "aim": plan.aim, "warm_up": plan.warm_up,
            "main_activity": plan.main_activity, "closing": plan.closing,
            "materials": plan.materials,
        }  # fmt: skip
        actor = self.context.account
        return call(self, self.context,
                    lambda: library.add_template(self.context.db, actor, plan.topic, plan.formats,
                                                 texts), "library")  # fmt: skip

    def save(self) -> bool:
        """Saves through the services; warnings are confirmed. True when saved."""
        plan = self.plan()
        every = REPEAT_DAYS[self.repeat.currentIndex()]
        actor = self.context.account
        db = self.context.db
        if self.session_id is not None:
            sid, seen = self.session_id, self.expected_revision
            result = call_confirming(
                self, self.context,
                lambda ok: sessions.update_plan(db, actor, sid, plan, ok, seen) or [sid],
                "sessions",
            )  # fmt: skip
        elif every:
            until = to_date(self.until.date())
            result = call_confirming(
                self, self.context,
                lambda ok: sessions.plan_repeating(db, actor, plan, every, until, ok), "sessions",
            )  # fmt: skip
        else:
            result = call_confirming(
                self, self.context,
                lambda ok: [sessions.plan_session(db, actor, plan, ok)], "sessions",
            )  # fmt: skip
        if result is None:
            return False
        self.saved_ids = list(result)
        self.accept()
        return True

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        context: AppContext,
        session_id: str | None = None,
        day: QDate | None = None,
        expected_revision: int | None = None,
    ) -> list[str] | None:
        """Shows the form; the keys of the sessions saved, or None if cancelled.

        A plan changed is checked against ``expected_revision``, the revision the window
        that asked showed (by default the one the form reads).
        """
        dialog = cls(context, session_id, to_date(day) if day else None, parent,
                     expected_revision)  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved_ids

    @classmethod
    def plan_new(cls, parent: QWidget, context: AppContext, undo: PageUndo,
                 day: QDate | None = None) -> list[str] | None:  # fmt: skip
        """Plans new sessions and confirms them in the page's saved bar, with Undo."""
        saved = cls.ask(parent, context, day=day)
        if saved:
            plan = sessions.session_detail(context.db, saved[0]).plan
            undo.saved(QCoreApplication.translate(
                "PlanSessionDialog", "Planned {n} session(s) of “{theme}” from {day}").format(
                n=len(saved), theme=plan.theme, day=show_date(plan.session_date)
            ), "sessions")  # fmt: skip
        return saved
