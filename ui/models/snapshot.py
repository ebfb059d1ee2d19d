"""What a list shows, taken off its model in milliseconds for printing on a worker thread.

Reading 100,000 rows cell by cell through ``data()`` takes seconds on the GUI thread, and
Qt models must not be read from another thread. So each of our models hands over, through
``cells_of``, the plain texts it holds (or its plain rows and the functions that format
them); the worker formats and picks the shown columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, cast, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, Qt


class ListedModel(Protocol):
    """A model that can hand over the texts of its rows."""

    def cells_of(self, rows: Sequence[int]) -> Callable[[], list[tuple[str, ...]]]: ...


@runtime_checkable
class KnowsItsRows(Protocol):
    """A filter that finds the source rows it keeps quicker than Qt maps them."""

    def source_rows(self) -> list[int]: ...


@dataclass(frozen=True)
class ListSnapshot:
    """A list's shown headers, and its shown rows' texts to be gathered on a worker."""

    headers: list[str]
    columns: list[int]
    cells: Callable[[], list[tuple[str, ...]]]

    def rows(self) -> list[list[str]]:
        """The shown columns of every shown row, in display order."""
        columns = self.columns
        return [[row[c] for c in columns] for row in self.cells()]


def take_snapshot(model: QAbstractItemModel, hidden: frozenset[int] = frozenset()) -> ListSnapshot:
    """The list as shown (sorted, filtered, hidden columns left out), taken now."""
    columns = [c for c in range(model.columnCount()) if c not in hidden]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    if isinstance(model, QAbstractProxyModel):
        source = cast(ListedModel, model.sourceModel())
        rows = model.source_rows() if isinstance(model, KnowsItsRows) else _mapped(model)
    else:
        source, rows = cast(ListedModel, model), range(model.rowCount())
    return ListSnapshot(headers, columns, source.cells_of(rows))


def _mapped(proxy: QAbstractProxyModel) -> list[int]:
    """The source rows a proxy shows, in its order (a few microseconds a row)."""
    first = proxy.index(0, 0)
    return [proxy.mapToSource(first.siblingAtRow(r)).row() for r in range(proxy.rowCount())]
