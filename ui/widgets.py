"""Small widgets and conversions shared by the forms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time
from itertools import pairwise

from PySide6.QtCore import QAbstractItemModel, QDate, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTableView,
    QWidget,
)

from app.codes import CodeList
from app.i18n import translate
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


class DateEdit(QDateEdit):
    """A date field where Tab goes to the next field, not to the next part of the date.

    Digits typed in a row fill the year, the month and the day (20261204 or 2026-12-04).
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def read_typed_date(text: str) -> date | None:
    """A date typed as 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 or 20240305; None if not
    a real date."""
    from app.imports.csv_reading import parse_date

    text = re.sub(r"\s+", "", text)
    compact = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
    if compact:
        text = "-".join(compact.groups())
    return parse_date(text.replace(".", "-"))


class DateField(QLineEdit):
    """An optional date typed in one field, with a calendar to pick from; starts empty.

    What is typed is never thrown away: text that is not a date stays, in red, and
    ``problem()`` says so for the form to show.
    """

    dateChanged = Signal(QDate)
    """The date typed or picked changed (an invalid QDate when it was emptied)."""

    def __init__(self, calendar_page: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar_page = calendar_page
        self.setPlaceholderText(translate("DateField", "e.g. 2024-03-05"))
        self.setToolTip(translate("DateField", "Type the date (2024-03-05, 2024/3/5 or 20240305) "
                                               "or pick it on the calendar"))  # fmt: skip
        self.calendar = QCalendarWidget()
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.clicked.connect(self._picked)
        pick = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                              QLineEdit.ActionPosition.TrailingPosition)  # fmt: skip
        pick.setToolTip(translate("DateField", "Pick on the calendar"))
        pick.triggered.connect(self.show_calendar)
        self._last: date | None = None
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    def value(self) -> date | None:
        """The date in the field, or None when it is empty or not a date."""
        return read_typed_date(self.text())

    def problem(self) -> str | None:
        """Why the text typed is not a date, or None."""
        if not self.text().strip() or self.value() is not None:
            return None
        return translate("DateField", "{text} is not a date: type it as 2024-03-05.").format(
            text=self.text().strip()
        )

    def date(self) -> QDate:
        """The date as a QDate (an invalid one when there is none)."""
        value = self.value()
        return to_qdate(value) if value is not None else QDate()

    def setDate(self, value: QDate) -> None:
        """Shows a date; an invalid QDate empties the field."""
        self.setText(value.toString("yyyy-MM-dd") if value.isValid() else "")

    def calendarWidget(self) -> QCalendarWidget:
        return self.calendar

    def show_calendar(self) -> None:
        """Opens the calendar under the field, on the date typed or a useful month."""
        shown = self.value() or self.calendar_page or date.today()
        self.calendar.setSelectedDate(to_qdate(shown))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        self.calendar.hide()
        self.setFocus()

    def _typed(self) -> None:
        value = self.value()
        colour = "#b00020" if self.problem() and not self.hasFocus() else ""
        self.setStyleSheet(f"color: {colour}" if colour else "")
        if value != self._last:
            self._last = value
            self.dateChanged.emit(self.date())

    def _tidy(self) -> None:
        """Writes a date typed in any accepted form as 2024-03-05; marks text that is not one."""
        value = self.value()
        if value is not None and self.text() != value.isoformat():
            self.setText(value.isoformat())
        self.setStyleSheet("color: #b00020" if self.problem() else "")


def tab_in_order(widgets: Iterable[QWidget]) -> None:
    """Puts widgets one after another for Tab; fields made after a form was built (one
    row per question, say) would otherwise be reached only after its buttons."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, showing dates as 2016-01-05 in every language."""
    edit = DateEdit(parent)
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


WIDEST_COLUMN = 420
"""Wider text (a long description) is cut with "…" and shown whole in the tooltip or form."""


def fit_columns(table: QTableView, stretch: int | None = None) -> None:
    """Columns as wide as their contents (judged on the first rows) plus some room, none
    wider than ``WIDEST_COLUMN``; the ``stretch`` column (the longest text) is given what
    is left of the width instead of the last one."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(200)
    table.resizeColumnsToContents()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column) + 12, WIDEST_COLUMN))
    if stretch is not None:
        header.setStretchLastSection(False)
        spare = table.viewport().width() - header.length()
        if spare > 0:
            header.resizeSection(stretch, header.sectionSize(stretch) + spare)


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
