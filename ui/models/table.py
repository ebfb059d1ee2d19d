"""A thin table model over a list of plain rows, described by columns.

Each column says how to display a row, and how to sort it (real dates and numbers,
not their text). The proxy sorts by ``SORT_ROLE`` and filters on the displayed text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header (source text, translated in the model's context) and values."""

    header: str
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind shown through columns; subclasses declare CONTEXT and COLUMNS."""

    CONTEXT = "RowTableModel"
    COLUMNS: Sequence[Column[Any]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replaces every row (after a reload from the services)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        """The plain row behind a model row."""
        return self._rows[row]

    def cells_of(self, rows: Sequence[int]) -> Callable[[], list[tuple[str, ...]]]:
        """Every column's text of these rows, worked out when called, on a worker thread:
        it reads only the plain rows taken now and the columns' display functions, which
        format with value classes and translations, never with the model."""
        taken = [self._rows[r] for r in rows]
        shows = [column.display for column in self.COLUMNS]
        return lambda: [tuple(show(row) for show in shows) for row in taken]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            value = column.sort(row) if column.sort else column.display(row)
            return _sortable(value)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        return None


def _sortable(value: Any) -> Any:
    """Qt compares QVariants: dates and times as ISO text sort correctly; None sorts first."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def filter_proxy(model: QAbstractTableModel, parent: Any = None) -> QSortFilterProxyModel:
    """A proxy that sorts by real values and filters case-insensitively on every column."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
