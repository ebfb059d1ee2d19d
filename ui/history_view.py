"""The History tab of a record: every save, who made it, and each field before and after."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app import history
from ui import operations
from ui.context import AppContext
from ui.labels import language


class HistoryView(QWidget):
    """Saves newest first; under each, the fields it changed with the old and new value."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                   self.tr("Before"), self.tr("After")])  # fmt: skip
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def show_records(self, table: str, record_ids: list[str]) -> None:
        """Shows the history of a record and its parts (ids of other tables may be given)."""
        lang = "zh" if language().startswith("zh") else "en"
        entries = operations.call(self, self.context, lambda: history.record_history(
            self.context.db, self.context.account, table, record_ids, lang))  # fmt: skip
        self.tree.clear()
        for entry in entries or []:
            what = f"{entry.what} ({entry.note})" if entry.note else entry.what
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, entry.who, what, "", ""])
            for change in entry.changes:
                QTreeWidgetItem(item, ["", "", change.label, change.old or "—", change.new or "—"])
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        for column in range(5):
            self.tree.resizeColumnToContents(column)

    def rows(self) -> list[list[str]]:
        """What the tree shows, row by row (saves and their fields), for tests and printing."""
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            shown.append([item.text(c) for c in range(5)])
            for child in range(item.childCount()):
                shown.append([item.child(child).text(c) for c in range(5)])
        return shown
