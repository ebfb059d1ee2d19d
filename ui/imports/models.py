"""The preview's two tables: the file's first rows as read, and every problem found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.imports.csv_reading import Row, RowProblem

Index = QModelIndex | QPersistentModelIndex
PROBLEM_BRUSH = QBrush(QColor(255, 228, 225))


class PreviewRowsModel(QAbstractTableModel):
    """The first rows of the file, its columns as it names them; rows with a problem are
    tinted and their problems are the tooltip."""

    def __init__(self, headings: list[str], keys: list[str], rows: list[Row], unit: str) -> None:
        super().__init__()
        self.headings, self.keys, self.rows, self.unit = headings, keys, rows, unit

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row") if self.unit == "row" else self.tr("Line")
        return self.headings[section - 1] if 0 < section <= len(self.headings) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(row.line) if index.column() == 0 else row.text(self.keys[index.column() - 1])
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return PROBLEM_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row.problems:
            return "\n".join(p.reason for p in row.problems)
        return None


class ProblemsModel(QAbstractTableModel):
    """Every problem kept: line (or row), column, value and reason."""

    LINE, COLUMN, VALUE, REASON = range(4)

    def __init__(self, problems: list[RowProblem], unit: str) -> None:
        super().__init__()
        self.problems, self.unit = problems, unit

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        where = self.tr("Row") if self.unit == "row" else self.tr("Line")
        titles = (where, self.tr("Column"), self.tr("Value"), self.tr("Problem"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(problem.line), problem.column, problem.value,
                    problem.reason)[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.UserRole:
            return problem
        return None
