"""The Sessions page: a searchable list and a week or month calendar of sessions.

A site with years of sessions opens the page with the newest few hundred, read at once,
while every session is read and prepared on a worker thread; later reloads (after a save)
run there too, so the page never holds up the window for the size of the site.
"""

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
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.permissions import Capability
from app.services import session_changes, sessions
from app.services.sessions import SessionRow
from ui.collector import collector_paused
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.models.sessions_model import DATE, THEME, PreparedSessions, SessionsModel, prepare
from ui.operations import call, run_in_background
from ui.pages.base import Page
from ui.people.fields import community_names
from ui.printing import preview_form, preview_list, print_button
from ui.sessions.cancel_dialog import CancelSessionDialog
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.sessions.session_page import SessionDialog
from ui.undo import PageUndo
from ui.widgets import fit_columns, record_table, to_date, to_qdate

LIST, WEEK, MONTH = range(3)
WORKER_PAUSE = 0.01
"""Seconds the worker reading every session lets the window have the interpreter lock
between the columns' orders it works out."""
FIRST_ROWS = 300
"""How many of the newest sessions are read at once; the rest come from a worker thread."""


class SessionsPage(Page):
    """Every session of the site; plan new ones, open one to see or correct it."""

    KINDS = frozenset({"sessions"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = SessionsModel(self)
        self.communities = community_names(context.db)
        self.table = record_table(self.model)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self._loading = False
        self._fitted = False
        self._mark: int | None = None
        """The newest audit entry the list has seen; None before the first read."""
        self._pending: str | None = None
        self.table.doubleClicked.connect(self.open_session)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search sessions…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_by)
        self.view = QComboBox()
        self.view.addItems([self.tr("List"), self.tr("Week"), self.tr("Month")])
        self.view.currentIndexChanged.connect(self.apply_view)
        self.plan_button = QPushButton(self.tr("Plan a session"))
        self.plan_button.clicked.connect(self.plan_session)
        self.plan_button.setVisible(context.can(Capability.PLAN_SESSIONS))
        self.cancel_button = QPushButton(self.tr("Cancel session…"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.delete_button = QPushButton(self.tr("Delete (planned by mistake)…"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.cancel_button, self.delete_button):
            button.setVisible(context.can(Capability.PLAN_SESSIONS))
            button.setEnabled(False)
        self.page_undo = PageUndo(self, context)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self.open_day)
        self.calendar.selectionChanged.connect(self.apply_view)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.apply_view())
        self.range_label = QLabel()

        self.print_button = print_button([
            (self.tr("Activity Plan Form"), lambda: self.print_selected("plan")),
            (self.tr("Activity Process Form"), lambda: self.print_selected("process")),
            (self.tr("Participant List"), lambda: self.print_selected("attendance")),
            (self.tr("This list"), lambda: preview_list(self, context, (self.tr("Sessions"),
                                                                         "Sessions"), self.model)),
        ])  # fmt: skip
        bar = QHBoxLayout()
        bar.addWidget(self.plan_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_undo.bar)
        layout.addLayout(bar)
        layout.addWidget(self.calendar)
        layout.addWidget(self.range_label)
        self.empty = EmptyState(
            self.tr("No sessions planned yet."), self.tr("Plan a session"), self.plan_session,
            context.account, Capability.PLAN_SESSIONS,
        )  # fmt: skip
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self._days: set[int] = set()
        self.first_load()
        self.apply_view()
        self.empty.follow(self.model, self.table, is_empty=lambda: self.model.loaded == 0)

    @property
    def loading(self) -> bool:
        """Whether sessions are still being read in the background."""
        return self._loading

    def refresh(self) -> None:
        """Brings the list up to date: the first time, the newest FIRST_ROWS at once and,
        if there are more, every session on a worker thread; after that, only the
        sessions changed since the list was read (``session_changes``), in milliseconds
        whatever the size of the site.
        """
        self.communities = community_names(self.context.db)
        if self._mark is not None:
            self._catch_up()
            return
        self._mark = session_changes.mark(self.context.db)
        newest = sessions.list_sessions(self.context.db, newest_first=True, limit=FIRST_ROWS + 1)
        self._show(prepare(newest[:FIRST_ROWS], self.communities))
        if len(newest) > FIRST_ROWS:
            self._load_all()

    def _catch_up(self) -> None:
        """Puts the sessions changed since the last look in place, touching only them."""
        db = self.context.db
        changes = session_changes.since(db, self._mark or 0)
        self._mark = changes.mark
        if not changes.session_ids:
            return
        chosen = self.selected()
        rows = sessions.list_sessions(db, ids=changes.session_ids)
        gone = changes.session_ids - {row.id for row in rows}
        self.model.apply_changes(rows, gone, self.communities)
        self._after_change(chosen.id if chosen else None)

    def _load_all(self) -> None:
        """Reads and prepares every session off the GUI thread, once."""
        self._loading = True
        self.update_label()
        db, names = self.context.db, self.communities

        def load(_progress: object) -> tuple[int, PreparedSessions]:
            seen = session_changes.mark(db)  # first: what changes after it is caught up
            with collector_paused():
                return seen, prepare(sessions.each_session(db), names, pause=WORKER_PAUSE)

        run_in_background(self, load, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[int, PreparedSessions]) -> None:
        self._loading = False
        self._mark, prepared = result
        self._show(prepared)
        self._catch_up()  # what was saved while the list was read

    def _load_failed(self, error: Exception) -> None:
        self._loading = False
        self.update_label()
        QMessageBox.warning(self, self.tr("The sessions could not be read"), str(error))

    def _show(self, prepared: PreparedSessions) -> None:
        """Puts the rows in the list, keeping the highlighted session highlighted."""
        chosen = self.selected()
        wanted = self._pending or (chosen.id if chosen else None)
        self.model.set_prepared(prepared)
        self._after_change(wanted)

    def _after_change(self, wanted: str | None) -> None:
        """The highlight, the calendar's marked days and the count, after rows changed."""
        if not self._fitted and self.model.rowCount():
            # once, on the first rows: later rows are judged alike, and judging them again
            # (200 rows' cells) would hold the window up when the whole list arrives
            fit_columns(self.table, THEME)
            self._fitted = True
        self._days = self.model.days()
        if wanted is not None and self._highlight(wanted):
            self._pending = None
        self.mark_calendar()
        self.update_label()
        self.update_buttons()  # the highlighted session may have changed in place

    def mark_calendar(self) -> None:
        """Days with sessions in the calendar's month are bold on a light green background."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(QBrush(QColor("#d8f0d8")))
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        for n in range(-7, 45):  # the month and the days of its neighbours on the page
            day = first + timedelta(days=n)
            if day.toordinal() in self._days:
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
        self.model.set_days(*(span or (None, None)))
        self.mark_calendar()
        self.update_label()

    def update_label(self) -> None:
        """How many sessions the list or the chosen days hold, and whether more are coming."""
        span = self.shown_range()
        if self.model.searching:
            text = self.tr("{shown} of {n} sessions").format(
                shown=self.model.rowCount(), n=self.model.span_total
            )
        elif span is None:
            text = self.tr("{n} sessions").format(n=self.model.span_total)
        else:
            text = self.tr("{n} sessions from {start} to {end}").format(
                n=self.model.span_total, start=span[0].isoformat(), end=span[1].isoformat()
            )
        if self._loading:
            text += "  " + self.tr("(reading the other sessions…)")
        self.range_label.setText(text)

    def plan_session(self) -> None:
        """Opens the Activity Plan Form for a new session on the selected day."""
        day = self.calendar.selectedDate() if self.view.currentIndex() != LIST else None
        PlanSessionDialog.plan_new(self, self.context, self.page_undo, day)

    def selected(self) -> SessionRow | None:
        """The highlighted session."""
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def update_buttons(self) -> None:
        """Only a planned session can be cancelled or deleted as planned by mistake."""
        row = self.selected()
        planned = row is not None and row.status == "planned"
        self.cancel_button.setEnabled(planned)
        self.delete_button.setEnabled(planned)

    def cancel_selected(self) -> None:
        """Asks why the highlighted session is cancelled, and whether its series goes too."""
        row = self.selected()
        if row is None:
            return
        done = CancelSessionDialog.ask(self, self.context, row.id)
        if done:
            self.page_undo.saved(done, "sessions")

    def delete_selected(self) -> None:
        """Deletes the highlighted session once the user confirms its date and theme."""
        row = self.selected()
        if row is None:
            return
        day = row.session_date.isoformat()
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete the session of {day}, \"{theme}\", as planned by mistake? It is "
                    "kept in the log, marked deleted.").format(day=day, theme=row.theme),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, sid = self.context.db, self.context.account, row.id
        if call(self, self.context,
                lambda: sessions.delete_session(db, actor, sid) or True, "sessions"):  # fmt: skip
            self.page_undo.saved(self.tr("the deletion of the session of {day}").format(day=day),
                                 "sessions")  # fmt: skip

    def print_selected(self, form: str) -> None:
        """Previews a form of the highlighted session (blank if none is highlighted)."""
        row = self.selected()
        preview_form(self, self.context, form, row.id if row else None)

    def show_session(self, session_id: str) -> bool:
        """Highlights a session in the list (found by its printed code); True if shown.

        While the list is still loading, a session not read yet is highlighted once it is.
        """
        self.view.setCurrentIndex(LIST)
        self.search.clear()
        if self._highlight(session_id):
            return True
        if self._loading:
            self._pending = session_id
        return self._loading

    def filter_by(self, text: str) -> None:
        """Shows the sessions whose text holds what is typed; the highlight stays if shown."""
        chosen = self.selected()
        self.model.set_search(text)
        self.update_label()
        if chosen is not None:
            self._highlight(chosen.id, scroll=False)

    def _highlight(self, session_id: str, scroll: bool = True) -> bool:
        row = self.model.position_of(session_id)
        if row is None:
            return False
        self.table.selectRow(row)
        if scroll:
            self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_session(self, index: QModelIndex) -> SessionDialog | None:
        """Opens the session's page: its plan, log, emergency reports and history."""
        row = self.model.row_at(index.row()) if index.isValid() else None
        return None if row is None else SessionDialog.open_for(self, self.context, row.id)

    def open_record(self, session_id: str) -> bool:
        """Highlights a session found by its printed code and opens its page."""
        shown = self.show_session(session_id)
        if shown:
            SessionDialog.open_for(self, self.context, session_id)
        return shown

    def open_day(self, day: QDate) -> SessionDialog | None:
        """A day double-clicked in the calendar opens its session, when it has just one."""
        chosen = to_date(day)
        rows = [r for r in (self.model.row_at(n) for n in range(self.model.rowCount()))
                if r.session_date == chosen]  # fmt: skip
        if len(rows) != 1:
            return None
        self._highlight(rows[0].id)
        return SessionDialog.open_for(self, self.context, rows[0].id)
