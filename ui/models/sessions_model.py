"""The sessions list, sorted and filtered by itself over keys prepared once.

A site keeps years of sessions (100,000 at a busy one), so every cell's text, each row's
search text and, per column, the order of the rows are worked out once (``prepare``, which
can run on a worker thread); sorting then reorders a list of row numbers and typing in the
search scans prepared strings, each in milliseconds. A QSortFilterProxyModel over the same
rows would call ``data()`` millions of times and take seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app import codes
from app.services.sessions import SessionRow
from ui.labels import code_label, show_date, show_time
from ui.models.table import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex

DATE, TIME, COMMUNITY, TOPIC, THEME, VENUE, STATUS, LEAD, PRESENT = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("SessionsModel", "Date"),
    QT_TRANSLATE_NOOP("SessionsModel", "Time"),
    QT_TRANSLATE_NOOP("SessionsModel", "Community"),
    QT_TRANSLATE_NOOP("SessionsModel", "Topic category"),
    QT_TRANSLATE_NOOP("SessionsModel", "Theme"),
    QT_TRANSLATE_NOOP("SessionsModel", "Venue"),
    QT_TRANSLATE_NOOP("SessionsModel", "Status"),
    QT_TRANSLATE_NOOP("SessionsModel", "Lead peer"),
    QT_TRANSLATE_NOOP("SessionsModel", "Consumers present"),
)


def _minutes(row: SessionRow) -> int:
    """Date and start time as one number, so the date column sorts by time within a day."""
    start = row.planned_start
    return row.session_date.toordinal() * 1440 + start.hour * 60 + start.minute


SORT_KEYS: dict[int, Callable[[SessionRow], Any]] = {
    DATE: _minutes,
    TIME: lambda r: r.planned_start.hour * 60 + r.planned_start.minute,
    PRESENT: lambda r: r.consumers_present,
}
"""Columns that sort by a real value; the others sort by their text."""


@dataclass
class PreparedSessions:
    """Rows with their cells' text, search text and day, and each column's order."""

    rows: list[SessionRow]
    cells: list[tuple[str, ...]]
    search: list[str]
    days: list[int]
    orders: dict[int, list[int]] = field(default_factory=dict)

    def order(self, column: int) -> list[int]:
        """Row numbers in ascending order of the column, worked out on first use."""
        if column not in self.orders:
            key = SORT_KEYS.get(column)
            values = [key(r) for r in self.rows] if key else [c[column] for c in self.cells]
            self.orders[column] = sorted(range(len(values)), key=values.__getitem__)
        return self.orders[column]


def _memo(show: Callable[[Any], str]) -> Callable[[Any], str]:
    """``show`` worked out once per distinct value."""
    texts: dict[Any, str] = {}

    def shown(value: Any) -> str:
        text = texts.get(value)
        if text is None:
            text = texts[value] = show(value)
        return text

    return shown


def prepare(
    rows: Sequence[SessionRow], communities: Mapping[str, str] | None = None
) -> PreparedSessions:
    """Texts, keys and every column's order of the rows; plain Python, so it can run on
    a worker thread, leaving the GUI thread only lookups.

    Dates, times and code labels repeat across thousands of rows, so each distinct value
    is formatted once. Communities show by name (``communities``: names by code).
    """
    names = communities or {}
    day = _memo(show_date)
    hours = _memo(lambda t: f"{show_time(t[0])}–{show_time(t[1])}")
    topic = _memo(lambda c: code_label(codes.TOPICS, c))
    venue = _memo(lambda c: code_label(codes.VENUES, c))
    status = _memo(lambda c: code_label(codes.SESSION_STATUSES, c))
    cells = [
        (day(r.session_date), hours((r.planned_start, r.planned_end)),
         names.get(r.community, r.community),
         topic(r.topic), r.theme, venue(r.venue), status(r.status), r.lead_peer or "",
         str(r.consumers_present))
        for r in rows
    ]  # fmt: skip
    prepared = PreparedSessions(
        list(rows),
        cells,
        ["\n".join(c).casefold() for c in cells],
        [r.session_date.toordinal() for r in rows],
    )
    for column in range(len(HEADERS)):
        prepared.order(column)
    return prepared


class SessionsModel(QAbstractTableModel):
    """Sessions with date, time, community, topic, theme, venue, status, lead and turnout.

    Shows the rows within the chosen days whose text holds the searched text, in the order
    of the sorted column.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = prepare([])
        self._shown: list[int] = []
        self._sort_column = -1
        self._descending = False
        self._needle = ""
        self._span: tuple[int, int] | None = None
        self.span_total = 0
        """How many rows are within the chosen days, whatever the search."""

    # Changing what is shown -------------------------------------------------------------

    def set_rows(self, rows: Sequence[SessionRow]) -> None:
        """Replaces every row; the sort, search and days stay."""
        self.set_prepared(prepare(rows))

    def set_prepared(self, prepared: PreparedSessions) -> None:
        """Replaces every row with rows prepared beforehand (on a worker thread)."""
        self.beginResetModel()
        self._data = prepared
        self._count_span()
        self._shown = self._filtered(self._ordered())
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Shows only rows whose text holds this text, in any case."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        narrower = needle.startswith(self._needle)
        self._needle = needle
        self.beginResetModel()
        self._shown = self._filtered(self._shown if narrower else self._ordered())
        self.endResetModel()

    def set_days(self, first: date | None, last: date | None) -> None:
        """Shows only rows from the first to the last day (inclusive); None for every day."""
        span = (first.toordinal(), last.toordinal()) if first and last else None
        if span == self._span:
            return
        self._span = span
        self.beginResetModel()
        self._count_span()
        self._shown = self._filtered(self._ordered())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorders the shown rows by the column's real values (dates, times, counts)."""
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        if not 0 <= column < len(HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = [self._shown[i.row()] for i in before]
        self._shown = self._filtered(self._ordered())
        after = self._positions(rows)
        self.changePersistentIndexList(
            before, [self.index(after[r], i.column()) if r in after else QModelIndex()
                     for r, i in zip(rows, before, strict=True)])  # fmt: skip
        self.layoutChanged.emit()

    def _ordered(self) -> list[int]:
        """Every row number, in the sorted column's order."""
        if not 0 <= self._sort_column < len(HEADERS):
            return list(range(len(self._data.rows)))
        order = self._data.order(self._sort_column)
        return order[::-1] if self._descending else list(order)

    def _filtered(self, candidates: list[int]) -> list[int]:
        """The candidates within the days that hold the searched text, in their order."""
        needle, search, days = self._needle, self._data.search, self._data.days
        if self._span is not None:
            first, last = self._span
            candidates = [r for r in candidates if first <= days[r] <= last]
        return [r for r in candidates if needle in search[r]] if needle else candidates

    def _count_span(self) -> None:
        if self._span is None:
            self.span_total = len(self._data.rows)
        else:
            first, last = self._span
            self.span_total = sum(first <= d <= last for d in self._data.days)

    def _positions(self, rows: list[int]) -> dict[int, int]:
        """Where a few rows are now shown (for the selection to follow them)."""
        wanted = set(rows)
        return {r: n for n, r in enumerate(self._shown) if r in wanted} if wanted else {}

    # Reading ----------------------------------------------------------------------------

    def row_at(self, row: int) -> SessionRow:
        """The session shown on a row."""
        return self._data.rows[self._shown[row]]

    def cells_of(self, rows: Sequence[int]) -> Callable[[], list[tuple[str, ...]]]:
        """The prepared texts of these shown rows, gathered when called (on a worker
        thread); prepared texts are replaced, never changed, so they stay as taken."""
        cells = self._data.cells
        taken = [self._shown[r] for r in rows]
        return lambda: [cells[r] for r in taken]

    def position_of(self, session_id: str) -> int | None:
        """The row a session is shown on, if it is shown."""
        rows = self._data.rows
        return next((n for n, r in enumerate(self._shown) if rows[r].id == session_id), None)

    @property
    def searching(self) -> bool:
        """Whether a search narrows the rows shown."""
        return bool(self._needle)

    @property
    def loaded(self) -> int:
        """How many sessions the model holds, shown or not."""
        return len(self._data.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._data.cells[row][index.column()]
        if role == ROW_ROLE:
            return self._data.rows[row]
        if role == SORT_ROLE:
            key = SORT_KEYS.get(index.column())
            return key(self._data.rows[row]) if key else self._data.cells[row][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PRESENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("SessionsModel", HEADERS[section])
        return None
