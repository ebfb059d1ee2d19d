"""Small widgets the people dialogs share: optional dates, a person picker, message lines."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from app import codes
from app.services import site
from app.services.people import RegistryRow
from db.database import Database
from ui.labels import language
from ui.widgets import DateField, code_combo, select_data, to_qdate

NOT_RECORDED_CODE = ""
"""The data of an optional code combo's first choice, "—"."""

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5300"


def community_names(db: Database) -> dict[str, str]:
    """Each community's name in the interface language, by code; users know names, not codes."""
    chinese = language().startswith("zh")
    return {
        c.code: (c.name_zh if chinese else c.name_en) or c.name_zh or c.name_en or c.code
        for c in site.list_communities(db)
    }


def enlarge(widget: QWidget, points: int = 2) -> None:
    """Makes a dialog's text and fields bigger, for users not used to computers.

    A font, not a style sheet: fonts set on a widget under a style sheet stop passing to
    its children, and headings need their own bigger font.
    """
    font = widget.font()
    font.setPointSize(font.pointSize() + points)
    widget.setFont(font)


def message_line(colour: str = ERROR_COLOUR) -> QLabel:
    """A wrapped, coloured, bold label for inline errors or warnings; empty until needed."""
    label = QLabel()
    label.setWordWrap(True)
    highlight(label, colour)
    return label


def highlight(label: QLabel, colour: str | None) -> None:
    """Colours a label's text in bold (None: back to normal).

    A palette and a font keep the dialog's enlarged text size, which a style sheet on the
    label would reset.
    """
    palette, font = QPalette(), QFont()  # nothing set: both follow the parent
    if colour is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        font.setBold(True)
    label.setPalette(palette)
    label.setFont(font)


def optional_date_edit(calendar_page: date) -> DateField:
    """A date field that starts empty and takes a typed date; empty reads as None."""
    return DateField(calendar_page)


def optional_date(edit: DateField) -> date | None:
    """The date in an optional date field, or None while it is empty."""
    return edit.value()


def set_optional_date(edit: DateField, value: date | None) -> None:
    """Shows a date, or an empty field for None."""
    edit.setDate(QDate() if value is None else to_qdate(value))


def optional_combo(code_list: codes.CodeList) -> QComboBox:
    """A code combo whose first choice is "not recorded"."""
    combo = code_combo(code_list)
    combo.insertItem(0, "—", NOT_RECORDED_CODE)
    combo.setCurrentIndex(0)
    return combo


def set_optional_code(combo: QComboBox, value: str | None) -> None:
    """Chooses a code in an optional code combo, or "—" for None."""
    select_data(combo, NOT_RECORDED_CODE if value is None else value)


def code_edit() -> QLineEdit:
    """A field for a person's code: letters, digits, - and _, as codes travel in bundles."""
    edit = QLineEdit()
    edit.setMaxLength(32)
    edit.setValidator(
        QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9_\-]{0,32}"), edit)
    )
    return edit


class PersonPicker(QComboBox):
    """Chooses one person among many by typing part of their code or name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_people(self, rows: Iterable[RegistryRow]) -> None:
        """Offers these people, shown as code and (when the viewer may see it) name."""
        self.clear()
        for row in rows:
            shown = f"{row.person.code} · {row.name}" if row.name else row.person.code
            self.addItem(shown, row.person.code)
        self.setCurrentIndex(-1)

    def choose(self, code: str) -> None:
        """Selects the person with this code."""
        self.setCurrentIndex(self.findData(code))

    def chosen(self) -> str | None:
        """The code of the person whose entry, or bare code, is typed; None if no one matches."""
        text = self.currentText().strip()
        index = self.findText(text)
        if index < 0:
            index = self.findData(text)
        return self.itemData(index) if index >= 0 else None
