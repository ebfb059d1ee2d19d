"""Small widgets and conversions shared by the forms."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time

from PySide6.QtCore import QAbstractItemModel, QDate, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QWidget,
)

from app.codes import CodeList
from ui.labels import code_label

USABLE_SCREEN = QSize(1366, 728)
"""The commonest screen at a center (1366×768) less the Windows task bar."""
WINDOW_FRAME = QSize(16, 40)
"""What a window's title bar and borders take around its contents, at most."""


def fitted(width: int, height: int) -> QSize:
    """A window size no larger than the usable screen, frame included."""
    return QSize(
        min(width, USABLE_SCREEN.width() - WINDOW_FRAME.width()),
        min(height, USABLE_SCREEN.height() - WINDOW_FRAME.height()),
    )


def to_date(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def to_time(value: QTime) -> time:
    """A QTime as a Python time (minutes only)."""
    return time(value.hour(), value.minute())


def to_qtime(value: time) -> QTime:
    """A Python time as a QTime."""
    return QTime(value.hour, value.minute)


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, showing dates as 2016-01-05 in every language."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if value is not None:
        edit.setDate(to_qdate(value))
    return edit


def code_combo(codes: CodeList, parent: QWidget | None = None) -> QComboBox:
    """A combo box listing the codes' labels, with the code as item data."""
    combo = QComboBox(parent)
    for code in codes.code_names():
        combo.addItem(code_label(codes, code), code)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Selects the item whose data is the value, if there is one."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def checklist(items: Iterable[tuple[str, str]], parent: QWidget | None = None) -> QListWidget:
    """A list of checkable (label, key) items, all unchecked."""
    widget = QListWidget(parent)
    fill_checklist(widget, items)
    tick_on_click(widget)
    return widget


def tick_on_click(widget: QListWidget) -> None:
    """Clicking anywhere on a row ticks or unticks it, not only its small box."""
    pressed: dict[str, object] = {}

    def on_press(item: QListWidgetItem) -> None:
        pressed["item"], pressed["state"] = item, item.checkState()

    def on_click(item: QListWidgetItem) -> None:
        # A click on the box itself has already toggled it; a click on the text has not.
        if pressed.get("item") is item and item.checkState() == pressed.get("state"):
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        pressed.clear()

    widget.itemPressed.connect(on_press)
    widget.itemClicked.connect(on_click)


def checked_count(widget: QListWidget) -> tuple[int, int]:
    """How many items are ticked, and how many there are."""
    return len(checked_keys(widget)), widget.count()


def fill_checklist(widget: QListWidget, items: Iterable[tuple[str, str]]) -> None:
    """Replaces the items, keeping the checks of keys that stay."""
    keep = set(checked_keys(widget))
    widget.clear()
    for label, key in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in keep else Qt.CheckState.Unchecked)
        widget.addItem(item)


def checked_keys(widget: QListWidget) -> list[str]:
    """The keys of the checked items, in list order."""
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, keys: Iterable[str]) -> None:
    """Checks exactly the items with these keys."""
    wanted = set(keys)
    for row in range(widget.count()):
        item = widget.item(row)
        key = item.data(Qt.ItemDataRole.UserRole)
        item.setCheckState(Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked)


def all_keys(widget: QListWidget) -> list[str]:
    """The keys of every item, checked or not, in list order."""
    return [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(widget.count())]


def record_table(model: QAbstractItemModel) -> QTableView:
    """A read-only, sortable list of records, one selected row at a time."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table
