"""The layout description of sheets made to be read back: one source for printing and reading.

A sheet that carries marks to be read (attendance, process, emergency, screening, survey)
prints four registration marks at fixed places near the paper's corners and, in its
header, a QR code whose text says everything a reader needs to find the page's boxes:

    <record code> PSD<layout> <form number><form version> <page> <digest> <boxes> <areas>

Positions are in half millimetres from the page's top left corner, written as two base-36
digits each; the registration marks and the QR code are where this module says, so the
reader can undo rotation and perspective and then look exactly where each box was drawn.
A box's meaning is its place in the form's list of readable items (``readable_items``),
which the reader rebuilds from the same record; the digest of the page's item names tells
when that list changed since printing (the roster of a session, say), so a box is never
read as someone else's. Which items exist, and how they are named, is decided here alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from printouts.spec import OPEN, TICKED, FormSpec, Grid, Text

LAYOUT = 1
"""The version of this description: the marks, the QR text and the box size."""
MAGIC = f"PSD{LAYOUT}"

MARK_MM = 6.0
"""Registration marks: solid squares this wide ..."""
MARK_INSET_MM = 6.5
"""... this far from the paper's edges (printers do not reach the last 6 mm)."""
BOX_MM = 4.0
"""A tick box's side, as ``printouts.boxes`` draws it."""
QR_MM = 18.0
QR_TOP_MM = 7.0
QR_RIGHT_MM = 15.0
"""The header's QR code: its size and where its top right corner is, from the paper's
top and right edges."""
UNIT = 0.5
"""Positions in the QR text are counted in half millimetres."""

READABLE = {
    "F02": "process",
    "F03": "attendance",
    "F04": "emergency",
    "F05": "screening",
    "F06": "survey",
}
"""The forms printed to be read back, by their number."""

AREAS = {
    "F02": ("Consumers' feedback", "Notes"),
    "F04": ("What happened", "Action taken", "Follow-up"),
}
"""Free-text fields of each form, by their English label: cut out as images when read."""

WRITE_INS = {"F04": {"Kind of event": "Other kind of event"}}
"""Choice fields whose "Other" line is written on by hand, by form and the field's English
label: the line is cut out as an image when read, under the name given."""

ROW_KEYS = {"F03": 1}
"""The column that names a grid row (the person's code); other grids count their rows."""


@dataclass(frozen=True)
class Item:
    """One readable element of a form: a tick box or a free-text area."""

    name: str
    kind: str  # "box" or "area"


@dataclass
class PageMarks:
    """What one printed page holds: its boxes' and areas' places, by item number."""

    boxes: list[tuple[int, float, float]] = field(default_factory=list)
    """(item, left, top) of each box, in millimetres from the page's top left."""
    areas: list[tuple[int, float, float, float, float]] = field(default_factory=list)
    """(item, left, top, width, height) of each free-text area, in millimetres."""
    filled: set[int] = field(default_factory=set)
    """The boxes printed ticked (filled black): a pen tick looks otherwise."""


@dataclass(frozen=True)
class SheetCode:
    """What a page's QR code says."""

    code: str
    layout: int
    form_number: str
    form_version: str
    page: int
    digest: str
    marks: PageMarks


class NotASheet(ValueError):
    """The QR text is not one of our sheets' (another program's code, or damaged)."""


def form_number(spec: FormSpec) -> tuple[str, str]:
    """The form's number and version from its header text ("F03 v2" -> ("F03", "V2"))."""
    number, _, version = spec.number.partition(" ")
    return number, version.upper()


def is_readable(spec: FormSpec) -> bool:
    """A filled form of a kind printed to be read back."""
    return bool(spec.code) and form_number(spec)[0] in READABLE and not spec.landscape


def choice_name(label: Text, choice: Text) -> str:
    return f"{label.en}|{choice.en}"


def grid_box_name(spec: FormSpec, grid: Grid, row: int, column: int) -> str:
    """A grid box's name: its column's heading and its row's key (a code, or its number).

    Rows counted in a form's second grid or later are numbered after the grid ("2.3"):
    a survey sheet holds one grid per instrument, all with the same headings, and two
    boxes of one name would be read as one."""
    key_column = ROW_KEYS.get(form_number(spec)[0])
    key = grid.rows[row][key_column] if key_column is not None else str(row + 1)
    if grid.row_keys:
        key = grid.row_keys[row]
    elif key_column is None:
        grids = [s.grid for s in spec.sections if s.grid is not None]
        number = next((n for n, g in enumerate(grids) if g is grid), 0)
        key = f"{number + 1}.{key}" if number else key
    return f"{grid.headers[column].en}|{key}"


def area_name(spec: FormSpec, label: Text) -> str | None:
    """The name of a free-text field read as an image, or None for any other field."""
    return label.en if label.en in AREAS.get(form_number(spec)[0], ()) else None


def write_in_name(spec: FormSpec, label: Text) -> str | None:
    """The name of a choice field's "Other" line read as an image, or None."""
    return WRITE_INS.get(form_number(spec)[0], {}).get(label.en)


def readable_items(spec: FormSpec) -> list[Item]:
    """Every box and free-text area of the form, in the form's order; names are unique."""
    items: list[Item] = []
    for section in spec.sections:
        for item in section.fields:
            for choice in item.choices:
                items.append(Item(choice_name(item.label, choice.label), "box"))
            written = write_in_name(spec, item.label)
            if written is not None and any(c.write_in is not None for c in item.choices):
                items.append(Item(written, "area"))
            name = area_name(spec, item.label)
            if name is not None:
                items.append(Item(name, "area"))
        grid = section.grid
        if grid is None:
            continue
        for row, cells in enumerate(grid.rows):
            for column, cell in enumerate(cells):
                if cell in (TICKED, OPEN):
                    name = grid_box_name(spec, grid, row, column)
                    items.append(Item(name, "box"))
    return items


def digest(names: list[str]) -> str:
    """Three base-36 digits that change when the page's items do."""
    number = int.from_bytes(hashlib.sha256("\n".join(names).encode()).digest()[:4], "big")
    return _base36(number % 36**3, 3)


def mark_centres(width_mm: float, height_mm: float) -> list[tuple[float, float]]:
    """The registration marks' centres: top left, top right, bottom right, bottom left."""
    near = MARK_INSET_MM + MARK_MM / 2
    return [
        (near, near),
        (width_mm - near, near),
        (width_mm - near, height_mm - near),
        (near, height_mm - near),
    ]


def qr_corners(width_mm: float) -> list[tuple[float, float]]:
    """The QR code's corners (its drawn square, quiet zone included): top left, top right,
    bottom right, bottom left."""
    right, top = width_mm - QR_RIGHT_MM, QR_TOP_MM
    left, bottom = right - QR_MM, top + QR_MM
    return [(left, top), (right, top), (right, bottom), (left, bottom)]


# The QR text -------------------------------------------------------------------------------

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _base36(number: int, width: int = 2) -> str:
    text = ""
    for _ in range(width):
        number, digit = divmod(number, 36)
        text = DIGITS[digit] + text
    if number:
        raise ValueError("too large")
    return text


def _units(mm: float) -> str:
    return _base36(max(0, round(mm / UNIT)))


def encode(code: str, spec: FormSpec, page: int, names: list[str], marks: PageMarks) -> str:
    """The QR text of one printed page; ``names`` are the page's items' names, in order."""
    number, version = form_number(spec)
    boxes, index, left = "", 0, None
    for item, x, y in marks.boxes:
        if item != index:
            boxes += "+" + _base36(item)
        if left is None or abs(x - left) > UNIT / 2:
            boxes += "/" + _units(x)
            left = x
        boxes += ("*" if item in marks.filled else "") + _units(y)
        index = item + 1
    areas = "".join(
        _base36(item) + "".join(_units(v) for v in place) for item, *place in marks.areas
    )
    return " ".join(
        (code, MAGIC, f"{number}{version}", str(page), digest(names), boxes or ".", areas or ".")
    )


def decode(text: str) -> SheetCode:
    """A page's QR text read back; NotASheet when it is not one of ours."""
    parts = text.strip().split(" ")
    if len(parts) != 7 or not parts[1].startswith("PSD"):
        raise NotASheet(text)
    code, magic, form, page, check, boxes, areas = parts
    try:
        layout = int(magic[3:])
        number, version = form[:3], form[3:]
        filled: set[int] = set()
        marks = PageMarks(_decode_boxes(boxes, filled), _decode_areas(areas), filled)
        return SheetCode(code, layout, number, version, int(page), check, marks)
    except (ValueError, IndexError) as error:
        raise NotASheet(text) from error


def _number(text: str) -> int:
    if len(text) != 2 or any(c not in DIGITS for c in text):
        raise ValueError(text)
    return int(text, 36)


def _decode_boxes(text: str, filled: set[int]) -> list[tuple[int, float, float]]:
    """The boxes, in order; those printed ticked are added to ``filled``."""
    boxes: list[tuple[int, float, float]] = []
    if text == ".":
        return boxes
    index, left, at = 0, None, 0
    while at < len(text):
        sign, value = text[at], text[at + 1 : at + 3]
        if sign == "*":
            filled.add(index)
            at += 1
        elif sign == "+":
            index, at = _number(value), at + 3
        elif sign == "/":
            left, at = _number(value) * UNIT, at + 3
        else:
            if left is None:
                raise ValueError(text)
            boxes.append((index, left, _number(text[at : at + 2]) * UNIT))
            index, at = index + 1, at + 2
    return boxes


def _decode_areas(text: str) -> list[tuple[int, float, float, float, float]]:
    if text == ".":
        return []
    if len(text) % 10:
        raise ValueError(text)
    areas = []
    for at in range(0, len(text), 10):
        item, *place = (_number(text[n : n + 2]) for n in range(at, at + 10, 2))
        x, y, w, h = (v * UNIT for v in place)
        areas.append((item, x, y, w, h))
    return areas
