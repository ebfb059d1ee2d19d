"""The Today page: what needs doing now at the site."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import codes, printing
from app.permissions import Capability
from app.services import after_session, printed, today
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.labels import code_label, show_date, show_time
from ui.pages.base import Page
from ui.people.fields import community_names
from ui.sessions.session_page import SessionDialog
from ui.undo import PageUndo


class TodayPage(Page):
    """Sessions to log, reports to acknowledge, days to the next six-weekly hand-over."""

    KINDS = frozenset({"sessions", "emergencies", "printed"})
    log_requested = Signal(str)
    """Emitted with a session's key when the user wants to log it now."""
    page_requested = Signal(str)
    """Emitted with a page's key when the user takes a next step found on another page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.page_undo = PageUndo(self, context)
        self.heading = QLabel(self.tr("Today"))
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 8)
        self.heading.setFont(font)
        self.to_log = QLabel()
        self.waiting = QLabel()
        self.handover = QLabel()
        self.sessions = QListWidget()
        self.sessions.itemDoubleClicked.connect(self.open_session)
        self.log_button = QPushButton(self.tr("Log this session"))
        self.log_button.setMinimumHeight(44)
        self.log_button.clicked.connect(self.request_log)
        self.log_button.setVisible(context.can(Capability.LOG_SESSIONS))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.page_undo.bar)
        for label in (self.to_log, self.waiting, self.handover):
            big = label.font()
            big.setPointSize(big.pointSize() + 3)
            label.setFont(big)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("Sessions waiting to be logged:")))
        self.sessions_empty = EmptyState(
            self.tr("No session is waiting to be logged."), self.tr("Plan a session"),
            self.plan_session, context.account, Capability.PLAN_SESSIONS,
        )  # fmt: skip
        layout.addWidget(self.sessions_empty)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(self.log_button)
        self.printed = QListWidget()
        layout.addWidget(QLabel(self.tr("Printed sheets not yet entered:")))
        self.printed_empty = EmptyState(
            self.tr("No printed sheet is waiting to be entered. Print a session's forms "
                    "from the Sessions page."),
            self.tr("Go to Sessions"), lambda: self.page_requested.emit("sessions"),
            context.account,
        )  # fmt: skip
        layout.addWidget(self.printed_empty)
        layout.addWidget(self.printed)
        layout.addStretch()
        self.first_load()
        self.sessions_empty.follow(self.sessions.model(), self.sessions, self.log_button)
        self.printed_empty.follow(self.printed.model(), self.printed)

    def refresh(self) -> None:
        """Reloads the figures and the sessions waiting to be logged."""
        figures = today.overview(self.context.db)
        self.to_log.setText(
            self.tr("Sessions held but not yet logged: {n}").format(n=figures.sessions_to_log)
        )
        self.waiting.setText(
            self.tr("Emergency reports not yet acknowledged: {n}").format(
                n=figures.unacknowledged_events
            )
        )
        self.handover.setText(
            self.tr("Next six-weekly hand-over: {day}, in {n} days").format(
                day=show_date(figures.next_handover), n=figures.days_to_handover
            )
        )
        self.sessions.clear()
        names = community_names(self.context.db)
        for row in after_session.sessions_to_log(self.context.db):
            community = names.get(row.community, row.community)
            item = QListWidgetItem(
                f"{show_date(row.session_date)}  {show_time(row.planned_start)}  {community}"
                f"  {code_label(codes.TOPICS, row.topic)}  {row.theme}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.sessions.addItem(item)
        if self.sessions.count():
            self.sessions.setCurrentRow(0)
        self.printed.clear()
        for sheet in printed.not_entered(self.context.db):
            when = sheet.printed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.printed.addItem(f"{sheet.code}  {printing.FORM_TITLES[sheet.form]}  {when}")
        self.log_button.setEnabled(self.sessions.count() > 0)

    def plan_session(self) -> None:
        """Opens the Activity Plan Form, from the empty list of sessions to log."""
        from ui.sessions.plan_dialog import PlanSessionDialog

        PlanSessionDialog.plan_new(self, self.context, self.page_undo)

    def open_session(self, item: QListWidgetItem) -> SessionDialog:
        """Opens the page of a session double-clicked in the list."""
        return SessionDialog.open_for(self, self.context, item.data(Qt.ItemDataRole.UserRole))

    def request_log(self) -> None:
        """Asks the main window to open the after-session flow on the chosen session."""
        item = self.sessions.currentItem()
        if item is not None:
            self.log_requested.emit(item.data(Qt.ItemDataRole.UserRole))
