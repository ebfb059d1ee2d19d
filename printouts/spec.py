"""What a printed form is made of, as plain data: titles, fields, tables and a record code.

Forms are described with these structures by ``printouts.forms`` and drawn by
``printouts.render``; nothing here knows about ReportLab or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TICKED, OPEN = "✓", "□"
"""A grid cell holding exactly one of these prints as a drawn tick box, ticked or open."""


@dataclass(frozen=True)
class Text:
    """A label in both languages."""

    zh: str
    en: str


@dataclass(frozen=True)
class Choice:
    """One option of a list, printed as a drawn tick box with its label.

    ``write_in`` not None makes it an "Other: ______" option with a line to write on,
    carrying the text written (empty on a blank form).
    """

    label: Text
    ticked: bool = False
    write_in: str | None = None


@dataclass(frozen=True)
class Field:
    """One labelled value; ``lines`` is how much room a blank form leaves for writing.

    A field with ``choices`` prints them as tick boxes (and ``value`` after them, if any);
    ``mono`` sets the value in a monospaced face, for keys and fingerprints read by eye;
    two ``short`` fields next to each other (a date, a time) share one row.
    """

    label: Text
    value: str = ""
    lines: int = 1
    choices: tuple[Choice, ...] = ()
    mono: bool = False
    short: bool = False


@dataclass(frozen=True)
class Grid:
    """A table such as a sign-in list; ``blank_rows`` are left empty for writing in."""

    headers: tuple[Text, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    blank_rows: int = 0
    widths: tuple[float, ...] | None = None
    font_size: float = 10
    min_row_mm: float = 0
    """How tall every row is at least, e.g. to sign in (a blank row is at least 9 mm)."""
    fill: bool = False
    """Blank rows continue to the foot of the last page (``blank_rows`` is the least)."""
    mono_columns: tuple[int, ...] = ()
    """Columns set in a monospaced face (digests, keys)."""
    row_keys: tuple[str, ...] = ()
    """What each row stands for when the sheet is read back (a survey's "instrument/item"),
    when neither a column nor the row's number says it."""


@dataclass(frozen=True)
class Section:
    """A titled part of a form."""

    title: Text | None
    fields: tuple[Field, ...] = ()
    grid: Grid | None = None
    note: Text | None = None


@dataclass(frozen=True)
class FormSpec:
    """A whole form. ``code`` is the record's short code (None on a blank form)."""

    title: Text
    site: str
    sections: tuple[Section, ...] = field(default_factory=tuple)
    code: str | None = None
    signatures: tuple[Text, ...] = ()
    landscape: bool = False
    footer_note: Text | None = None
    """Printed at the foot of every page, e.g. "corrected on DATE" for a corrected record."""
    number: str = ""
    """The form's number and version in the running header, e.g. "F01 v2"."""
