"""The Sessions page: a searchable list and a week or month calendar of sessions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.permissions import Capability
from app.services import sessions
from app.services.sessions import SessionRow
from ui.context import AppContext
from ui.models.sessions_model import SessionsModel
from ui.models.table import ROW_ROLE, filter_proxy
from ui.pages.base import Page
from ui.printing import preview_form, preview_list, print_button
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.widgets import record_table, to_date, to_qdate

LIST, WEEK, MONTH = range(3)


class SessionsPage(Page):
    """Every session of the site; plan new ones, open one to change its plan."""

    KINDS = frozenset({"sessions"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rows: list[SessionRow] = []
        self.model = SessionsModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self.open_session)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search sessions…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QComboBox()
        self.view.addItems([self.tr("List"), self.tr("Week"), self.tr("Month")])
        self.view.currentIndexChanged.connect(self.apply_view)
        self.plan_button = QPushButton(self.tr("Plan a session"))
        self.plan_button.clicked.connect(self.plan_session)
        self.plan_button.setVisible(context.can(Capability.PLAN_SESSIONS))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.selectionChanged.connect(self.apply_view)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.apply_view())
        self.range_label = QLabel()

        self.print_button = print_button(self, [
            (self.tr("Activity Plan Form"), lambda: self.print_selected("plan")),
            (self.tr("Activity Process Form"), lambda: self.print_selected("process")),
            (self.tr("Participant List"), lambda: self.print_selected("attendance")),
            (self.tr("This list"), lambda: preview_list(self, context, (self.tr("Sessions"),
                                                                         "Sessions"), self.proxy)),
        ])  # fmt: skip
        bar = QHBoxLayout()
        bar.addWidget(self.plan_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.calendar)
        layout.addWidget(self.range_label)
        layout.addWidget(self.table, 1)
        self.refresh()
        self.apply_view()

    def refresh(self) -> None:
        """Reloads the sessions and marks their days on the calendar."""
        self.rows = sessions.list_sessions(self.context.db)
        self.mark_calendar()
        self.apply_view()

    def mark_calendar(self) -> None:
        """Days with sessions are bold on a light green background."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(QColor("#d8f0d8")))
        for day in {r.session_date for r in self.rows}:
            self.calendar.setDateTextFormat(to_qdate(day), marked)

    def shown_range(self) -> tuple[date, date] | None:
        """The days the list shows in week or month view; None for every session."""
        chosen = to_date(self.calendar.selectedDate())
        mode = self.view.currentIndex()
        if mode == WEEK:
            start = chosen - timedelta(days=chosen.weekday())
            return start, start + timedelta(days=6)
        if mode == MONTH:
            start = chosen.replace(day=1)
            following = (start + timedelta(days=32)).replace(day=1)
            return start, following - timedelta(days=1)
        return None

    def apply_view(self) -> None:
        """Shows all sessions, or those of the chosen week or month."""
        span = self.shown_range()
        self.calendar.setVisible(span is not None)
        if span is None:
            shown = self.rows
            self.range_label.setText(self.tr("{n} sessions").format(n=len(shown)))
        else:
            shown = [r for r in self.rows if span[0] <= r.session_date <= span[1]]
            self.range_label.setText(
                self.tr("{n} sessions from {start} to {end}").format(
                    n=len(shown), start=span[0].isoformat(), end=span[1].isoformat()
                )
            )
        self.model.set_rows(shown)

    def plan_session(self) -> None:
        """Opens the Activity Plan Form for a new session on the selected day."""
        day = self.calendar.selectedDate() if self.view.currentIndex() != LIST else None
        PlanSessionDialog.ask(self, self.context, day=day)

    def selected(self) -> SessionRow | None:
        """The highlighted session."""
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], ROW_ROLE) if indexes else None

    def print_selected(self, form: str) -> None:
        """Previews a form of the highlighted session (blank if none is highlighted)."""
        row = self.selected()
        preview_form(self, self.context, form, row.id if row else None)

    def show_session(self, session_id: str) -> bool:
        """Highlights a session in the list (found by its printed code); True if shown."""
        self.view.setCurrentIndex(LIST)
        self.search.clear()
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).id == session_id:
                self.table.selectRow(r)
                return True
        return False

    def open_session(self, index: QModelIndex) -> None:
        """Opens a session's plan for changing."""
        row: SessionRow = self.proxy.data(index, ROW_ROLE)
        if row is not None and self.context.can(Capability.PLAN_SESSIONS):
            PlanSessionDialog.ask(self, self.context, session_id=row.id)
