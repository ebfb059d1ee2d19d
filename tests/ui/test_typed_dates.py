"""Dates that can be typed: one field, the forms people write, nothing typed thrown away."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.people.enrol_wizard import EnrolWizard
from ui.people.fields import optional_date
from ui.widgets import date_edit, read_typed_date, to_date


@pytest.mark.parametrize(
    "typed",
    ["2026-12-04", "20261204", "2026/12/4", "2026.12.04", "2026年12月4日", " 2026-12-4 "],
)
def test_the_forms_people_type(typed: str) -> None:
    """Every common way of writing 4 December 2026 reads as that day."""
    assert read_typed_date(typed) == date(2026, 12, 4)


@pytest.mark.parametrize("typed", ["", "2026-13-01", "20261341", "12/04/2026", "明天"])
def test_what_is_not_a_date(typed: str) -> None:
    """Text that is not a real date reads as none."""
    assert read_typed_date(typed) is None


def _wizard(qtbot: QtBot, context: AppContext) -> EnrolWizard:
    wizard = EnrolWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_optional_date_starts_empty_and_takes_typed_digits(
    qtbot: QtBot, doctor: AppContext
) -> None:
    """The birth date starts empty; 19850601 typed in it is the 1st of June 1985, shown tidy."""
    wizard = _wizard(qtbot, doctor)
    field = wizard.about.birth_date
    assert field.text() == "" and optional_date(field) is None
    qtbot.keyClicks(field, "19850601")
    assert optional_date(field) == date(1985, 6, 1)
    field.editingFinished.emit()
    assert field.text() == "1985-06-01"
    assert wizard.about.person("C9", "TJH", "consumer").birth_date == date(1985, 6, 1)


def test_a_typed_date_that_is_not_one_stays_and_is_named(qtbot: QtBot, doctor: AppContext) -> None:
    """Text that is not a date is kept as typed and the step says so instead of dropping it."""
    wizard = _wizard(qtbot, doctor)
    field = wizard.about.birth_date
    qtbot.keyClicks(field, "1985-13-01")
    field.editingFinished.emit()
    assert field.text() == "1985-13-01"
    assert any("1985-13-01 is not a date" in p for p in wizard.about.local_problems())


def test_picking_on_the_calendar(qtbot: QtBot, doctor: AppContext) -> None:
    """The calendar opens on a useful month and a click fills the field."""
    wizard = _wizard(qtbot, doctor)
    field = wizard.about.birth_date
    field.show_calendar()
    assert field.calendarWidget().selectedDate().year() == 1980
    field.calendarWidget().clicked.emit(QDate(1979, 3, 8))
    assert field.text() == "1979-03-08" and not field.calendarWidget().isVisible()


def test_a_date_field_takes_digits_in_a_row_and_one_tab(qtbot: QtBot) -> None:
    """Digits typed in a row fill year, month and day; Tab then goes to the next field."""
    form = QWidget()
    layout = QVBoxLayout(form)
    day = date_edit(date(2020, 1, 1))
    name = QLineEdit()
    layout.addWidget(day)
    layout.addWidget(name)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    day.setFocus()
    day.setSelectedSection(day.Section.YearSection)
    qtbot.keyClicks(day, "20261204")
    assert to_date(day.date()) == date(2026, 12, 4)
    day.setSelectedSection(day.Section.YearSection)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert name.hasFocus()
