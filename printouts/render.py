"""Drawing a FormSpec as an A4 PDF with ReportLab, fonts embedded, output reproducible.

Imported only when something is printed, since it loads ReportLab.

Chinese mode prints each label in Chinese with the English beneath in small type;
English mode prints English only. Long values wrap and flow onto further pages. A filled
form carries its record's short code and a QR code of it in the top right corner.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.platypus.flowables import Flowable
from reportlab.platypus.paragraph import Paragraph

from printouts.spec import Field, FormSpec, Grid, Section, Text

Report = Callable[[int, int], None]
"""Told (rows laid out, rows) after each page of a grid; raising from it stops the build."""

FONT = "WQY"
FONT_FILE = Path(__file__).resolve().parent / "fonts" / "wqy-microhei.ttc"
MARGIN_MM = 15


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))


def label_markup(text: Text, language: str, size: float = 10) -> str:
    """A label as Paragraph markup: Chinese over small English, or English alone."""
    if language == "en":
        return escape(text.en)
    if text.en in ("", text.zh):
        return escape(text.zh)
    english = f"<font size={size * 0.72:.1f} color='#555555'>{escape(text.en)}</font>"
    return f"{escape(text.zh)}<br/>{english}"


def value_markup(value: str) -> str:
    """A value as Paragraph markup, keeping the writer's line breaks."""
    return escape(value).replace("\n", "<br/>")


class Renderer:
    """Turns one FormSpec into flowables, with the styles of our forms."""

    def __init__(self, spec: FormSpec, language: str, report: Report | None = None) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.spec = spec
        self.language = language
        self.report = report
        self.cell_styles: dict[float, ParagraphStyle] = {}
        self.body = ParagraphStyle(
            "body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=14
        )
        self.label = ParagraphStyle("label", parent=self.body, leading=12)
        self.title = ParagraphStyle("title", parent=self.body, fontSize=17, leading=22,
                                    alignment=1, spaceAfter=4)  # fmt: skip
        self.heading = ParagraphStyle("heading", parent=self.body, fontSize=12, leading=16,
                                      spaceBefore=8, spaceAfter=4, keepWithNext=1)  # fmt: skip
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10,
                                    textColor="#555555")  # fmt: skip

    def paragraph(self, markup: str, style: Any) -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(markup, style)

    def flowables(self) -> list[Any]:
        """The whole form, top to bottom."""
        from reportlab.platypus import Spacer

        spec = self.spec
        title = (spec.title.en if self.language == "en"
                 else f"{spec.title.zh}<br/><font size=11>{spec.title.en}</font>")  # fmt: skip
        story = [self.paragraph(title, self.title),
                 self.paragraph(escape(spec.site), self.small), Spacer(1, 6)]  # fmt: skip
        for section in spec.sections:
            story += self.section(section)
        if spec.signatures:
            story.append(Spacer(1, 16))
            story.append(self.fields(tuple(Field(s, "", 1) for s in spec.signatures), sign=True))
        return story

    def section(self, section: Section) -> list[Any]:
        story: list[Any] = []
        if section.title is not None:
            story.append(self.paragraph(label_markup(section.title, self.language, 12),
                                        self.heading))  # fmt: skip
        if section.note is not None:
            story.append(self.paragraph(label_markup(section.note, self.language), self.small))
        if section.fields:
            story.append(self.fields(section.fields))
        if section.grid is not None:
            story.append(self.grid(section.grid))
        return story

    def fields(self, fields: tuple[Field, ...], sign: bool = False) -> Any:
        """Label and value side by side; empty values leave ruled room for handwriting."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        rows, heights = [], []
        for item in fields:
            value = self.paragraph(value_markup(item.value), self.body)
            rows.append([self.paragraph(label_markup(item.label, self.language), self.label),
                         value])  # fmt: skip
            heights.append(None if item.value else max(9 * mm, item.lines * 8 * mm))
        width = 180 * mm
        table = Table(rows, colWidths=[45 * mm, width - 45 * mm], rowHeights=heights,
                      repeatRows=0, splitByRow=True, splitInRow=1)  # fmt: skip
        style = [
            ("FONT", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1f1")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if sign:
            style = [("FONT", (0, 0), (-1, -1), FONT),
                     ("LINEBELOW", (1, 0), (1, -1), 0.7, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]  # fmt: skip
        table.setStyle(TableStyle(style))
        return table

    def grid(self, grid: Grid) -> Any:
        """A ruled table with a repeated header row on every page, laid out page by page."""
        return PagedGrid(_Rows(self, grid), self.report)

    def grid_table(self, grid: Grid, rows: list[list[Any]], widths: list[float] | None) -> Any:
        """A Table of some of a grid's rows (as made by ``grid_cells``) under its header,
        its columns as wide as given (in points) or as ReportLab judges from these rows."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        header = [self.paragraph(label_markup(h, self.language, 9), self.label)
                  for h in grid.headers]  # fmt: skip
        heights = [None] + [None if any(row) else 9 * mm for row in rows]
        table = Table([header, *rows], colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))  # fmt: skip
        return table

    def grid_cells(self, grid: Grid, number: int) -> list[Any]:
        """One row of a grid as cells: its values as paragraphs, or empty for writing in."""
        from reportlab.lib.styles import ParagraphStyle

        if number >= len(grid.rows):
            return [""] * len(grid.headers)
        style = self.cell_styles.get(grid.font_size)
        if style is None:
            style = self.cell_styles[grid.font_size] = ParagraphStyle(
                "cell", parent=self.body, fontSize=grid.font_size,
                leading=grid.font_size * 1.3)  # fmt: skip
        return [_Cell(value_markup(text), style) for text in grid.rows[number]]


class PagedGrid(Flowable):  # type: ignore[misc]
    """A grid laid out one page at a time, reporting progress between pages.

    Handed a whole long list, ReportLab's Table makes a paragraph of every cell before the
    first page (minutes and gigabytes for 100,000 rows, with no way to stop). Here each
    page gets its own Table of only the rows that fit it, under the repeated header, and
    ``report(rows laid out, rows)`` is called after each page; a report that raises stops
    the build there.
    """

    WINDOW = 400
    """The most rows tried for one page: more than any page holds."""

    def __init__(self, rows: _Rows, report: Report | None, start: int = 0,
                 per_page: int = 40) -> None:  # fmt: skip
        super().__init__()
        self.hAlign = "CENTER"  # as a Table is placed
        self.rows, self.report, self.start, self.per_page = rows, report, start, per_page
        self._fitted: tuple[float, float, Any, int] | None = None

    def _fit(self, width: float, height: float) -> tuple[Any, int]:
        """A Table of the next rows that fills this space (or holds every row left), and
        where it ends; tried with as many rows as the last page held, then more."""
        if self._fitted and self._fitted[:2] == (width, height):
            return self._fitted[2:]
        size = self.per_page + 2
        while True:
            end = min(self.start + size, self.rows.total)
            table = self.rows.table(self.start, end, width)
            _, used = table.wrap(width, height)
            if end == self.rows.total or used > height or size >= self.WINDOW:
                break
            size *= 2
        self._fitted = (width, height, table, end)
        return table, end

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        """The rows' size if they all fit, else more than the space (so the frame splits)."""
        table, end = self._fit(width, height)
        if end == self.rows.total and table._height <= height:
            return table._width, table._height
        left = (self.rows.total - self.start) / max(end - self.start, 1)
        return table._width, max(table._height * left, height + 1)

    def draw(self) -> None:
        """Draws the rest of the rows, which wrap found to fit."""
        assert self._fitted is not None
        self._fitted[2].drawOn(self.canv, 0, 0)
        if self.report is not None:
            self.report(self.rows.total, self.rows.total)

    def split(self, width: float, height: float) -> list[Any]:
        """This page's Table and the rows after it; nothing when not one row fits."""
        table, _ = self._fit(width, height)
        parts = table.split(width, height)
        done = self.start + (len(parts[0]._cellvalues) - 1 if parts else 0)
        if done == self.start:
            return []
        self.rows.forget(done)
        if self.report is not None:
            self.report(done, self.rows.total)
        if done == self.rows.total:
            return [parts[0]]
        return [parts[0], PagedGrid(self.rows, self.report, done, done - self.start)]


class _Cell(Paragraph):  # type: ignore[misc]
    """A grid cell's paragraph that keeps its line breaks: a page's rows are measured to
    find what fits, again to split the page off and again to draw it, at the same width."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        if self._wrapped is None or self._wrapped[0] != width:
            self._wrapped = (width, super().wrap(width, height))
        return self._wrapped[1]


class _Rows:
    """A grid's rows made into Tables on demand; rows made but not yet laid out are kept
    for the next page, so a row becomes paragraphs once.

    Every page's columns are as wide as on the first: as the grid's widths say, or as
    ReportLab judges them from the first SAMPLE rows (from all rows of a shorter grid, as
    a single Table would).
    """

    SAMPLE = 400

    def __init__(self, renderer: Renderer, grid: Grid) -> None:
        from reportlab.lib.units import mm

        self.renderer, self.grid = renderer, grid
        self.total = len(grid.rows) + grid.blank_rows
        self.made: dict[int, list[Any]] = {}
        self.widths = [w * mm for w in grid.widths] if grid.widths else None

    def table(self, start: int, end: int, width: float) -> Any:
        """A Table of rows start to end under the header, for a frame this wide."""
        if self.widths is None:
            sample = self._table(0, min(self.total, self.SAMPLE), None)
            sample.wrap(width, 0x7FFFFFFF)
            self.widths = list(sample._colWidths)
        return self._table(start, end, self.widths)

    def _table(self, start: int, end: int, widths: list[float] | None) -> Any:
        for number in range(start, end):
            if number not in self.made:
                self.made[number] = self.renderer.grid_cells(self.grid, number)
        rows = [self.made[n] for n in range(start, end)]
        return self.renderer.grid_table(self.grid, rows, widths)

    def forget(self, before: int) -> None:
        """Lets rows already laid out go."""
        for number in [n for n in self.made if n < before]:
            del self.made[number]


def draw_qr(canvas: Any, text: str, left: float, bottom: float, size: float) -> None:
    """Draws a QR code of the text as filled squares (no font involved, so none unembedded)."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    count = qr.getModuleCount()
    cell = size / (count + 2)  # a quiet zone of one module each side
    canvas.setFillGray(0)
    for row in range(count):
        for column in range(count):
            if qr.isDark(row, column):
                x = left + (column + 1) * cell
                y = bottom + size - (row + 2) * cell
                canvas.rect(x, y, cell, cell, stroke=0, fill=1)


def _decorate(spec: FormSpec, language: str, canvas: Any, doc: Any) -> None:
    """Page number on every page; the record code and its QR code on every page of a record."""
    from reportlab.lib.units import mm

    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFont(FONT, 8)
    page = doc.page
    footer = f"{page}" if language == "en" else f"第 {page} 页 · page {page}"
    canvas.drawRightString(width - MARGIN_MM * mm, 8 * mm, footer)
    if spec.footer_note is not None:
        note = spec.footer_note
        text = note.en if language == "en" else f"{note.zh} · {note.en}"
        canvas.drawString(MARGIN_MM * mm, 8 * mm, text)
    if spec.code:
        size = 24 * mm
        left = width - MARGIN_MM * mm - size
        draw_qr(canvas, spec.code, left, height - 6 * mm - size, size)
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(left + size / 2, height - 9 * mm - size, spec.code)
    canvas.restoreState()


def write_pdf(
    spec: FormSpec, language: str, out: str | Path | IO[bytes], report: Report | None = None
) -> None:
    """Writes the form as an A4 PDF to a path or a binary stream, telling ``report`` how
    many of its grids' rows are laid out after each page of a grid."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    _register_font()
    target = str(out) if isinstance(out, Path) else out
    top = (34 if spec.code else 15) * mm
    doc = SimpleDocTemplate(
        target, pagesize=landscape(A4) if spec.landscape else A4,
        leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
        topMargin=top, bottomMargin=15 * mm, title=spec.title.en, author=spec.site,
        invariant=1, initialFontName=FONT,
    )  # fmt: skip
    decorate = partial(_decorate, spec, language)
    doc.build(Renderer(spec, language, report).flowables(), onFirstPage=decorate,
              onLaterPages=decorate)  # fmt: skip
