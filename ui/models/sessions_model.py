"""The sessions list, sorted and filtered by itself over keys prepared once.

A site keeps years of sessions (100,000 at a busy one), so every cell's text, each row's
search text and, per column, the order of the rows are worked out once (``prepare``, which
can run on a worker thread); sorting then reorders a list of row numbers and typing in the
search scans prepared strings, each in milliseconds. A QSortFilterProxyModel over the same
rows would call ``data()`` millions of times and take seconds.
"""

from __future__ import annotations

import bisect
import time
from array import array
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, fields
from datetime import date
from itertools import chain
from operator import attrgetter
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
FEW = 4
"""Up to how many rows are looked for one by one (``list.index``) rather than in one pass."""

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


ID, CODE, DAY, START, END, TOPIC_CODE, THEME_TEXT, VENUE_CODE, STATUS_CODE, LEAD_CODE, COUNT = (
    range(11)
)
"""Places in a row's values (a SessionRow's fields, in order, kept as a plain tuple)."""

Values = tuple[Any, ...]
_values: Callable[[SessionRow], Values] = attrgetter(*(f.name for f in fields(SessionRow)))


def _minutes(values: Values) -> int:
    """Date and start time as one number, so the date column sorts by time within a day."""
    start = values[START]
    return int(values[DAY].toordinal() * 1440 + start.hour * 60 + start.minute)


SORT_KEYS: dict[int, Callable[[Values], Any]] = {
    DATE: _minutes,
    TIME: lambda v: v[START].hour * 60 + v[START].minute,
    PRESENT: lambda v: v[COUNT],
}
"""Columns that sort by a real value; the others sort by their text."""


def _memo(show: Callable[[Any], str]) -> Callable[[Any], str]:
    """``show`` worked out once per distinct value."""
    texts: dict[Any, str] = {}

    def shown(value: Any) -> str:
        text = texts.get(value)
        if text is None:
            text = texts[value] = show(value)
        return text

    return shown


class _Texts:
    """A row's cells as shown; dates, times and code labels repeat across thousands of
    rows, so each distinct value is formatted once (and its text shared)."""

    def __init__(self, communities: Mapping[str, str]) -> None:
        self.names = communities
        self.day = _memo(show_date)
        self.hours = _memo(lambda t: f"{show_time(t[0])}–{show_time(t[1])}")
        self.topic = _memo(lambda c: code_label(codes.TOPICS, c))
        self.venue = _memo(lambda c: code_label(codes.VENUES, c))
        self.status = _memo(lambda c: code_label(codes.SESSION_STATUSES, c))
        self.shared = _memo(lambda text: text)

    def cells(self, v: Values) -> tuple[str, ...]:
        shared = self.shared
        return (self.day(v[DAY]), self.hours((v[START], v[END])),
                shared(self.names.get(v[CODE], v[CODE])), self.topic(v[TOPIC_CODE]),
                shared(v[THEME_TEXT]), self.venue(v[VENUE_CODE]), self.status(v[STATUS_CODE]),
                shared(v[LEAD_CODE] or ""), shared(str(v[COUNT])))  # fmt: skip


@dataclass
class PreparedSessions:
    """Rows (as plain tuples) with their cells' text, search text and day, and each
    column's order of the live rows.

    Rows are kept as tuples of plain values and orders as arrays, so the collector never
    walks 100,000 objects (a full collection of such a heap holds the window up for
    150 ms) and the list takes a fraction of the memory of objects. A row changed later
    is replaced in place; a row removed keeps its place, out of every order, with day -1.
    """

    values: list[Values]
    cells: list[tuple[str, ...]]
    search: list[str]
    days: array[int]
    texts: _Texts
    orders: dict[int, array[int]] = field(default_factory=dict)
    places: dict[str, int] | None = None
    removed: int = 0

    def key(self, column: int) -> Callable[[int], Any]:
        """A row number's sort value in the column."""
        sort_key, values, cells = SORT_KEYS.get(column), self.values, self.cells
        if sort_key is not None:
            return lambda r: sort_key(values[r])
        return lambda r: cells[r][column]

    def order(self, column: int) -> array[int]:
        """Live row numbers in ascending order of the column, worked out on first use."""
        if column not in self.orders:
            key = self.key(column)
            live = (r for r in range(len(self.values)) if self.days[r] >= 0)
            self.orders[column] = array("l", sorted(live, key=key))
        return self.orders[column]

    @property
    def live(self) -> int:
        return len(self.values) - self.removed

    def place_of(self, session_id: str) -> int | None:
        """A live row's number (the index is built on first use)."""
        if self.places is None:
            self.places = {v[ID]: r for r, v in enumerate(self.values)}
        found = self.places.get(session_id)
        return found if found is not None and self.days[found] >= 0 else None

    def put(self, row: SessionRow) -> int:
        """Adds or replaces a session's row, keeping every order; its row number."""
        values = _values(row)
        r = self.place_of(row.id)
        if r is None:
            r = len(self.values)
            self.values.append(values)
            self.cells.append(self.texts.cells(values))
            self.search.append("")
            self.days.append(0)
            self.places[row.id] = r  # type: ignore[index]
        else:
            self._unorder(r)
            self.values[r] = values
            self.cells[r] = self.texts.cells(values)
        self.search[r] = "\n".join(self.cells[r]).casefold()
        self.days[r] = values[DAY].toordinal()
        for column, order in self.orders.items():
            key = self.key(column)
            order.insert(bisect.bisect_right(order, key(r), key=key), r)
        return r

    def drop(self, session_id: str) -> None:
        """Takes a session out of every order (it was deleted)."""
        r = self.place_of(session_id)
        if r is not None:
            self._unorder(r)
            self.days[r] = -1
            self.removed += 1

    def _unorder(self, r: int) -> None:
        """Takes row ``r`` out of every order, found by its key (orders are sorted by it)
        among the rows of equal key, not by a scan of the whole order."""
        for column, order in self.orders.items():
            key = self.key(column)
            at = bisect.bisect_left(order, key(r), key=key)
            while order[at] != r:
                at += 1
            del order[at]


def prepare(
    rows: Iterable[SessionRow], communities: Mapping[str, str] | None = None,
    pause: float = 0.0,
) -> PreparedSessions:
    """Texts, keys and every column's order of the rows; plain Python, so it can run on
    a worker thread, leaving the GUI thread only lookups. Communities show by name
    (``communities``: names by code). The rows may come one at a time (a generator), so
    a site's sessions are never held twice. On a worker thread, ``pause`` (seconds) lets
    the GUI thread have the interpreter lock between columns' orders: while a thread
    keeps it busy, each of the hundreds of ``data()`` calls of a repaint waits 5 ms.
    """  # fmt: skip
    texts = _Texts(communities or {})
    values: list[Values] = []
    cells: list[tuple[str, ...]] = []
    search: list[str] = []
    days = array("l")
    # each column's rows grouped by sort value as they come: one sort of the distinct
    # values at the end then orders them. A sort of every row with a Python key at the
    # end would keep the interpreter lock for a quarter of a second at 100,000 rows, the
    # window waiting for it at every repaint; rows read one by one let it go at each row.
    keyed = [(column, SORT_KEYS.get(column)) for column in range(len(HEADERS))]
    groups: list[dict[Any, list[int]]] = [{} for _ in HEADERS]
    for r, row in enumerate(rows):
        v = _values(row)
        shown = texts.cells(v)
        values.append(v)
        cells.append(shown)
        search.append("\n".join(shown).casefold())
        days.append(v[DAY].toordinal())
        for column, sort_key in keyed:
            value = shown[column] if sort_key is None else sort_key(v)
            group = groups[column].get(value)
            if group is None:
                groups[column][value] = [r]
            else:
                group.append(r)
    prepared = PreparedSessions(values, cells, search, days, texts)
    for column, grouped in enumerate(groups):
        # as sorted() by the column's key would: stable, rows of equal value in row order;
        # in C throughout (milliseconds a column), the lock let go between columns
        ordered = map(grouped.__getitem__, sorted(grouped))
        prepared.orders[column] = array("l", chain.from_iterable(ordered))
        if pause:
            time.sleep(pause)
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

    def set_rows(self, rows: Iterable[SessionRow]) -> None:
        """Replaces every row; the sort, search and days stay."""
        self.set_prepared(prepare(rows))

    def set_prepared(self, prepared: PreparedSessions) -> None:
        """Replaces every row with rows prepared beforehand (on a worker thread)."""
        self.beginResetModel()
        self._data = prepared
        self._count_span()
        self._shown = self._filtered(self._ordered())
        self.endResetModel()

    def apply_changes(
        self, rows: Sequence[SessionRow], gone: Collection[str], communities: Mapping[str, str]
    ) -> None:
        """Puts changed or new sessions in place and takes deleted ones out, touching only
        those rows: the rest of a big list is neither read nor prepared again."""
        data = self._data
        data.texts.names = communities
        for session_id in gone:
            data.drop(session_id)
        changed = [data.put(row) for row in rows]
        self._count_span()
        shown = self._filtered(self._ordered())
        if shown == self._shown:  # nothing moved: only these rows' cells change
            for r in self._positions(changed).values():
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(HEADERS) - 1))
            return
        self._relayout(shown)

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
        self._relayout(self._filtered(self._ordered()))

    def _relayout(self, shown: list[int]) -> None:
        """Shows these rows, the selection and other kept places following their rows."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = [self._shown[i.row()] for i in before]
        self._shown = shown
        after = self._positions(rows)
        self.changePersistentIndexList(
            before, [self.index(after[r], i.column()) if r in after else QModelIndex()
                     for r, i in zip(rows, before, strict=True)])  # fmt: skip
        self.layoutChanged.emit()

    def _ordered(self) -> list[int]:
        """Every row number, in the sorted column's order."""
        column = self._sort_column if 0 <= self._sort_column < len(HEADERS) else DATE
        order = self._data.order(column)
        if column == self._sort_column and self._descending:
            return list(reversed(order))
        return list(order)

    def _filtered(self, candidates: list[int]) -> list[int]:
        """The candidates within the days that hold the searched text, in their order."""
        needle, search, days = self._needle, self._data.search, self._data.days
        if self._span is not None:
            first, last = self._span
            candidates = [r for r in candidates if first <= days[r] <= last]
        return [r for r in candidates if needle in search[r]] if needle else candidates

    def _count_span(self) -> None:
        if self._span is None:
            self.span_total = self._data.live
        else:
            first, last = self._span
            self.span_total = sum(first <= d <= last for d in self._data.days)

    def _positions(self, rows: list[int]) -> dict[int, int]:
        """Where a few rows are now shown (for the selection to follow them)."""
        wanted = set(rows)
        if len(wanted) <= FEW:  # a scan in C for each: 100,000 rows in a fraction of a ms
            found = {}
            for r in wanted:
                with suppress(ValueError):
                    found[r] = self._shown.index(r)
            return found
        return {r: n for n, r in enumerate(self._shown) if r in wanted}

    # Reading ----------------------------------------------------------------------------

    def row_at(self, row: int) -> SessionRow:
        """The session shown on a row."""
        return SessionRow(*self._data.values[self._shown[row]])

    def cells_of(self, rows: Sequence[int]) -> Callable[[], list[tuple[str, ...]]]:
        """The prepared texts of these shown rows, gathered when called (on a worker
        thread); prepared texts are replaced, never changed, so they stay as taken."""
        cells = self._data.cells
        taken = [self._shown[r] for r in rows]
        return lambda: [cells[r] for r in taken]

    def position_of(self, session_id: str) -> int | None:
        """The row a session is shown on, if it is shown."""
        place = self._data.place_of(session_id)
        if place is None:
            return None
        return self._positions([place]).get(place)

    def days(self) -> set[int]:
        """The days (ordinals) that have a live session."""
        return set(self._data.days) - {-1}

    @property
    def searching(self) -> bool:
        """Whether a search narrows the rows shown."""
        return bool(self._needle)

    @property
    def loaded(self) -> int:
        """How many sessions the model holds, shown or not."""
        return self._data.live

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
            return SessionRow(*self._data.values[row])
        if role == SORT_ROLE:
            return self._data.key(index.column())(row)
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
