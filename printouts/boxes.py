"""Drawn tick boxes: 4 mm squares a pen can tick, filled black with a white tick when chosen.

``Box`` is one box (a table cell's "met", "yes", "present"); ``Choices`` lays a list of
options out in columns, each box beside its own label, an "Other" option last on a row
of its own with a line to write on. A box with a name tells the page where it was drawn
(``printouts.sheet_layout``), as does an ``Area`` of free text, so a sheet made to be read
back says in its QR code where to look.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus.flowables import Flowable

from printouts.sheet_layout import choice_name
from printouts.spec import Choice, Text

BOX = 4 * mm
GAP = 1.8 * mm
ROW_GAP = 1.6 * mm
WRITE_IN_MM = 45
WRITE_IN_ABOVE_MM, WRITE_IN_BELOW_MM = 6.0, 1.5
"""How much of the page around an "Other" line is cut out when its writing is read back."""


def draw_box(canvas: Any, x: float, y: float, ticked: bool, name: str | None = None) -> None:
    """A 4 mm box with its lower left corner at (x, y); filled with a white tick if ticked.
    A named box is noted on a page made to be read back."""
    recorder = getattr(canvas, "sheet", None)
    if name is not None and recorder is not None:
        recorder.box(canvas, name, x, y, BOX, ticked)
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.setStrokeGray(0)
    canvas.setFillGray(0)
    canvas.rect(x, y, BOX, BOX, stroke=1, fill=1 if ticked else 0)
    if ticked:
        canvas.setStrokeGray(1)
        canvas.setLineWidth(1.3)
        path = canvas.beginPath()
        path.moveTo(x + 0.18 * BOX, y + 0.52 * BOX)
        path.lineTo(x + 0.42 * BOX, y + 0.25 * BOX)
        path.lineTo(x + 0.84 * BOX, y + 0.80 * BOX)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


class Box(Flowable):  # type: ignore[misc]
    """One tick box, centred in the space it is given (a table cell)."""

    def __init__(self, ticked: bool, name: str | None = None) -> None:
        super().__init__()
        self.ticked, self.name = ticked, name
        self.hAlign = "CENTER"

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width = width
        return width, BOX

    def draw(self) -> None:
        draw_box(self.canv, (self.width - BOX) / 2, 0, self.ticked, self.name)


class Choices(Flowable):  # type: ignore[misc]
    """Options in columns, each a box and its label; "Other" last, with a writing line."""

    def __init__(
        self,
        choices: tuple[Choice, ...],
        labels: list[str],
        style: Any,
        field: Text | None = None,
        write_in: str | None = None,
    ) -> None:
        """``write_in`` names the "Other" line when its writing is cut out on reading."""
        super().__init__()
        self.choices, self.labels, self.style = choices, labels, style
        self.field, self.write_in = field, write_in
        self._laid: list[tuple[float, float, Any, Choice]] = []
        self._write: tuple[float, float, str] | None = None
        self._write_in: tuple[float, str] = (0.0, "")

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        from printouts.paragraphs import paragraph as Paragraph

        pairs = list(zip(self.choices, self.labels, strict=True))
        plain = [(c, t) for c, t in pairs if c.write_in is None]
        other = [(c, t) for c, t in pairs if c.write_in is not None]
        columns = self._columns(width, [t for _, t in plain])
        column_width = width / columns
        self._laid, self._write, y = [], None, 0.0
        rows = [plain[n : n + columns] for n in range(0, len(plain), columns)]
        for number, options in enumerate(rows):
            row = []
            for column, (choice, text) in enumerate(options):
                label = Paragraph(text, self.style)
                _, h = label.wrap(column_width - BOX - GAP - 2, 0x7FFFFFFF)
                row.append((column * column_width, label, choice, h))
            free = columns - len(options)
            if other and number == len(rows) - 1 and free >= 2 and columns >= 3:
                row.append(self._other(*other.pop(), len(options) * column_width, width))
            y += self._row(y, row)
        for choice, text in other:
            y += self._row(y, [self._other(choice, text, 0.0, width)])
        self._width, self._height = width, y - ROW_GAP if self._laid else 0
        return width, self._height

    def _other(
        self, choice: Choice, text: str, x: float, width: float
    ) -> tuple[float, Any, Choice, float]:
        """The "Other" option at ``x``: its label on one line, then a line to the right edge."""
        from printouts.paragraphs import paragraph as Paragraph

        label = Paragraph(text, self.style)
        label.wrap(width, 0x7FFFFFFF)
        one_line = max(label.getActualLineWidths0()) + 3
        w = min(one_line, width - x - BOX - GAP - WRITE_IN_MM * mm)
        _, h = label.wrap(w, 0x7FFFFFFF)
        self._write_in = (x + BOX + GAP + w, choice.write_in or "")
        return x, label, choice, h

    def _row(self, top: float, row: list[tuple[float, Any, Choice, float]]) -> float:
        """Lays one row out below ``top``; returns how much height it takes."""
        tall = max(max(h for *_, h in row), BOX)
        for x, label, choice, _ in row:
            self._laid.append((x, top, label, choice))
            if choice.write_in is not None:
                start, text = self._write_in
                self._write = (start, top + min(tall, BOX + 4), text)
        return tall + ROW_GAP

    def _columns(self, width: float, texts: list[str]) -> int:
        from printouts.paragraphs import paragraph as Paragraph

        widest = max((Paragraph(t, self.style).minWidth() for t in texts), default=0)
        for columns in (4, 3, 2):
            if widest + BOX + GAP + 8 <= width / columns and columns <= max(len(texts), 1):
                return columns
        return 1

    def draw(self) -> None:
        """Lays each box at the top of its row, level with its label's first line."""
        for x, top, label, choice in self._laid:
            line_top = self._height - top
            name = choice_name(self.field, choice.label) if self.field else None
            draw_box(self.canv, x, line_top - BOX - 0.6, choice.ticked, name)
            _, h = label.wrap(label.width, 0x7FFFFFFF)
            label.drawOn(self.canv, x + BOX + GAP, line_top - h)
        if self._write is not None:
            self._draw_write_in()

    def _draw_write_in(self) -> None:
        x, bottom, text = self._write
        y = self._height - bottom + 1
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.line(x, y, self._width - 2, y)
        recorder = getattr(canvas, "sheet", None)
        if self.write_in is not None and recorder is not None:
            above, below = WRITE_IN_ABOVE_MM * mm, WRITE_IN_BELOW_MM * mm
            recorder.area(canvas, self.write_in, x, y + above, self._width - 2 - x, above + below)
        if text:
            size, shown = _fitted(text, self.style.fontName, self.style.fontSize,
                                  self._width - x - 6)  # fmt: skip
            canvas.setFont(self.style.fontName, size)
            canvas.drawString(x + 2, y + 2, shown)
        canvas.restoreState()


SMALLEST_WRITE_IN = 6.0
"""A written-in "Other" text is set no smaller than this (points); longer, it is cut."""


def _fitted(text: str, font: str, size: float, room: float) -> tuple[float, str]:
    """The size a one-line text fits ``room`` at (down to SMALLEST_WRITE_IN), and the text,
    cut with "…" if even that is too long: it never runs past the line or the page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = stringWidth(text, font, size)
    if width <= room:
        return size, text
    smaller = max(SMALLEST_WRITE_IN, size * room / width)
    while len(text) > 1 and stringWidth(text, font, smaller) > room:
        text = text[:-2] + "…"
    return smaller, text


class Area(Flowable):  # type: ignore[misc]
    """A field's value whose cell is free text to be cut out when the sheet is read back:
    draws the value and notes the cell (its padding around, at least ``least`` tall)."""

    def __init__(self, inner: Any, name: str, least: float, pad: float) -> None:
        super().__init__()
        self.inner, self.name, self.least, self.pad = inner, name, least, pad

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(width, height)
        self.width = width
        return self.width, self.height

    def split(self, width: float, height: float) -> list[Any]:
        return [Area(part, self.name, 0.0, self.pad) for part in self.inner.split(width, height)]

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, 0)
        recorder = getattr(self.canv, "sheet", None)
        if recorder is not None:
            tall = max(self.height + 2 * self.pad, self.least)
            top = self.height + self.pad
            recorder.area(self.canv, self.name, -self.pad, top, self.width + 2 * self.pad, tall)
