"""What a printed form is made of, as plain data: titles, fields, tables and a record code.

Forms are described with these structures by ``printouts.forms`` and drawn by
``printouts.render``; nothing here knows about ReportLab or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Text:
    """A label in both languages."""

    zh: str
    en: str


@dataclass(frozen=True)
class Field:
    """One labelled value; ``lines`` is how much room a blank form leaves for writing."""

    label: Text
    value: str = ""
    lines: int = 1


@dataclass(frozen=True)
class Grid:
    """A table such as a sign-in list; ``blank_rows`` are left empty for writing in."""

    headers: tuple[Text, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    blank_rows: int = 0
    widths: tuple[float, ...] | None = None
    font_size: float = 10


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
