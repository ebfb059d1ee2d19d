"""Drawing a FormSpec as an A4 PDF with ReportLab, fonts embedded, output reproducible.

Imported only when something is printed, since it loads ReportLab.

Chinese mode prints each label in Chinese with the English beneath in small type;
English mode prints English only. Long values wrap and flow onto further pages; tables
break between rows under their repeated header; a heading never ends a page and a
signature block is never split nor alone on a page (``printouts.keeping``). Every page
carries the running header and "page x of y" (``printouts.page``); a filled form's header
carries its record's short code and a QR code of it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.platypus.flowables import Flowable
from reportlab.platypus.paragraph import Paragraph

from printouts import page, sheet_layout
from printouts.boxes import Area, Box, Choices
from printouts.keeping import EndsWith, WithNext
from printouts.page import FONT, MARGIN_MM
from printouts.spec import OPEN, TICKED, Field, FormSpec, Grid, Section, Text

Report = Callable[[int, int], None]
"""Told (rows laid out, rows) after each page of a grid; raising from it stops the build."""

MONO = "WQYMono"
"""The same family's monospaced face: keys and fingerprints, every character one width."""
FONT_FILE = Path(__file__).resolve().parent / "fonts" / "wqy-microhei.ttc"
SIGN_ROW_MM = 13
BLANK_ROW_MM = 9
LABEL_MIN_MM, LABEL_MAX_MM = 26, 64
PAD = 3.5
LINE_MM = 7


def _register_font(mono: bool = False) -> None:
    """Registers the font once per process (ReportLab embeds only the characters a PDF
    uses); the monospaced face only when asked, since reading a face's tables takes a
    tenth of a second and few printouts show keys."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    if FONT not in registered:
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
    if mono and MONO not in registered:
        pdfmetrics.registerFont(TTFont(MONO, str(FONT_FILE), subfontIndex=1))


def _uses_mono(spec: FormSpec) -> bool:
    return any(
        any(item.mono for item in section.fields)
        or (section.grid is not None and bool(section.grid.mono_columns))
        for section in spec.sections
    )


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
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        _register_font(_uses_mono(spec))
        self.spec = spec
        self.language = language
        self.report = report
        self.width = (A4[1] if spec.landscape else A4[0]) - 2 * MARGIN_MM * mm
        self.cell_styles: dict[tuple[float, str], ParagraphStyle] = {}
        self.body = ParagraphStyle(
            "body", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=14
        )
        self.mono = ParagraphStyle("mono", parent=self.body, fontName=MONO, fontSize=12,
                                   leading=16)  # fmt: skip
        self.label = ParagraphStyle("label", parent=self.body, leading=11.5)
        self.title = ParagraphStyle("title", parent=self.body, fontSize=16, leading=20,
                                    alignment=1, spaceAfter=8)  # fmt: skip
        self.heading = ParagraphStyle("heading", parent=self.body, fontSize=12, leading=16,
                                      spaceBefore=8, spaceAfter=4)  # fmt: skip
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10,
                                    textColor="#555555")  # fmt: skip
        self.note = ParagraphStyle("note", parent=self.small, spaceBefore=4, spaceAfter=2)
        self.label_width = self._label_width()

    def paragraph(self, markup: str, style: Any) -> Any:
        """A paragraph of markup (parsed once per process: ``printouts.paragraphs``)."""
        from printouts.paragraphs import paragraph

        return paragraph(markup, style)

    def flowables(self) -> list[Any]:
        """The whole form, top to bottom; the last part shares its page with the signatures."""
        spec = self.spec
        zh, en = escape(spec.title.zh), escape(spec.title.en)
        title = en if self.language == "en" else f"{zh}  <font size=11>{en}</font>"
        parts = [self.section(section, last=n == len(spec.sections) - 1)
                 for n, section in enumerate(spec.sections)]  # fmt: skip
        story = [self.paragraph(title, self.title)]
        if spec.signatures and parts:
            *parts, last = parts
            return [*story, *(f for part in parts for f in part),
                    EndsWith(last, self.signature_block())]  # fmt: skip
        story += [f for part in parts for f in part]
        if spec.signatures:
            story.append(self.signature_block())
        return story

    def section(self, section: Section, last: bool = False) -> list[Any]:
        """A section's heading and note, placed only beside the start of its fields or table."""
        lead: list[Any] = []
        if section.title is not None:
            lead.append(self.paragraph(label_markup(section.title, self.language, 12),
                                       self.heading))  # fmt: skip
        if section.note is not None:
            lead.append(self.paragraph(label_markup(section.note, self.language), self.note))
        bodies: list[Any] = []
        if section.fields:
            bodies.append(self.fields(section.fields))
        if section.grid is not None:
            reserve = self.signature_height() if last and self.spec.signatures else 0.0
            bodies.append(self.grid(section.grid, reserve))
        if not bodies:
            return [WithNext(lead[:1], lead[1])] if len(lead) == 2 else lead
        return [WithNext(lead, bodies[0]) if lead else bodies[0], *bodies[1:]]

    def _label_width(self) -> float:
        """The label column: as wide as the longest label needs (within bounds), so labels
        wrap rarely and never run out of their cells."""
        from reportlab.lib.units import mm

        widest = 0.0
        for section in self.spec.sections:
            for group in _pairs(section.fields):
                widest = max(widest, self._label_need(group[0].label))
        for role in self.spec.signatures:
            widest = max(widest, self._label_need(role))
        return min(max(widest + 2 * PAD + 4, LABEL_MIN_MM * mm), LABEL_MAX_MM * mm)

    def _label_need(self, label: Text) -> float:
        """How wide a label is on one line (each of its lines, in Chinese mode)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        if self.language == "en":
            return float(stringWidth(label.en, FONT, 10))
        return float(max(stringWidth(label.zh, FONT, 10), stringWidth(label.en, FONT, 7.2)))

    def _label_height(self, label: Text, width: float) -> float:
        """How tall a label stands in a column this wide, its cell's padding included."""
        paragraph = self.paragraph(label_markup(label, self.language), self.label)
        return float(paragraph.wrap(width - 2 * PAD, 0x7FFFFFFF)[1]) + 2 * PAD + 2

    def fields(self, fields: tuple[Field, ...]) -> Any:
        """Label and value side by side, two short ones to a row; empty values leave ruled
        room for handwriting, each row at least as tall as its labels."""
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        pair_label = self._pair_label_width(fields)
        value = (self.width - self.label_width - pair_label) / 2
        rows, heights, spans = [], [], []
        for group in _pairs(fields):
            row = []
            for item in group:
                row += [self.paragraph(label_markup(item.label, self.language), self.label),
                        self.value(item)]  # fmt: skip
            if len(group) == 1:
                row += ["", ""]
                spans.append(("SPAN", (1, len(rows)), (3, len(rows))))
            rows.append(row)
            heights.append(self._row_height(group, pair_label))
        table = Table(rows, colWidths=[self.label_width, value, pair_label, value],
                      rowHeights=heights, repeatRows=0, splitByRow=True, splitInRow=36)  # fmt: skip
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1f1f1")),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            *[("BACKGROUND", (2, n), (2, n), colors.HexColor("#f1f1f1"))
              for n, row in enumerate(rows) if row[2] != ""],
            *spans,
        ]))  # fmt: skip
        return table

    def _pair_label_width(self, fields: tuple[Field, ...]) -> float:
        """The second label column: as wide as the longest label set beside another."""
        from reportlab.lib.units import mm

        second = [g[1].label for g in _pairs(fields) if len(g) == 2]
        need = max((self._label_need(label) for label in second), default=0.0)
        return min(max(need + 2 * PAD + 4, 22 * mm), self.label_width)

    def _row_height(self, group: tuple[Field, ...], pair_label: float) -> float | None:
        """A blank row's height: room to write, and never less than its labels need."""
        from reportlab.lib.units import mm

        if any(item.value or item.choices for item in group):
            return None
        lines = max(item.lines for item in group)
        widths = (self.label_width, pair_label)
        labels = max(self._label_height(i.label, w) for i, w in zip(group, widths, strict=False))
        return max(BLANK_ROW_MM * mm, lines * LINE_MM * mm, labels)

    def value(self, item: Field) -> Any:
        """A field's value: tick boxes for a choice, else the text (monospaced for a key)."""
        from reportlab.lib.units import mm

        if not item.choices:
            text = self.paragraph(value_markup(item.value), self.mono if item.mono else self.body)
            area = sheet_layout.area_name(self.spec, item.label)
            least = max(BLANK_ROW_MM, item.lines * LINE_MM) * mm
            return Area(text, area, least, PAD) if area else text
        labels = [label_markup(c.label, self.language).replace("<br/>", " ")
                  for c in item.choices]  # fmt: skip
        written = sheet_layout.write_in_name(self.spec, item.label)
        boxes = Choices(item.choices, labels, self.label, item.label, written)
        if not item.value:
            return boxes
        return [boxes, self.paragraph(value_markup(item.value), self.body)]

    def signature_block(self) -> Any:
        """For each role: its signature, printed name and date on lines tall enough to
        sign on (13 mm), under one row of captions; never split."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        captions = [Text("签名", "Signature"), Text("姓名（正楷）", "Printed name"),
                    Text("日期", "Date")]  # fmt: skip
        gap = 5 * mm
        rest = self.width - self.label_width - 2 * gap
        widths = [self.label_width, rest * 0.42, gap, rest * 0.36, gap, rest * 0.22]
        head = ["", *self._spaced([self.paragraph(label_markup(c, self.language, 8), self.small)
                                   for c in captions])]  # fmt: skip
        rows = [head] + [[self.paragraph(label_markup(role, self.language), self.label),
                          "", "", "", "", ""] for role in self.spec.signatures]  # fmt: skip
        heights = [None] + [SIGN_ROW_MM * mm] * len(self.spec.signatures)
        table = Table(rows, colWidths=widths, rowHeights=heights)
        style = [("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                 ("BOTTOMPADDING", (0, 1), (0, -1), 4)]  # fmt: skip
        for column in (1, 3, 5):
            style.append(("LINEBELOW", (column, 1), (column, -1), 0.7, colors.black))
        table.setStyle(TableStyle(style))
        table.spaceBefore = 14
        table.keepWithNext = 0
        return table

    @staticmethod
    def _spaced(cells: list[Any]) -> list[Any]:
        return [cells[0], "", cells[1], "", cells[2]]

    def signature_height(self) -> float:
        """What the signature block takes below a table, its space above included."""
        block = self.signature_block()
        return float(block.wrap(self.width, 0x7FFFFFFF)[1]) + block.spaceBefore + 2

    def grid(self, grid: Grid, reserve: float = 0.0) -> Any:
        """A ruled table with a repeated header row on every page, laid out page by page;
        a grid that fills its page leaves ``reserve`` points free below it."""
        return PagedGrid(_Rows(self, grid), self.report, reserve=reserve)

    def grid_table(self, grid: Grid, rows: list[list[Any]], widths: list[float] | None) -> Any:
        """A Table of some of a grid's rows (as made by ``grid_cells``) under its header,
        its columns as wide as given (in points) or as ReportLab judges from these rows."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        header = [self.paragraph(label_markup(h, self.language, 9), self.label)
                  for h in grid.headers]  # fmt: skip
        blank = max(BLANK_ROW_MM, grid.min_row_mm) * mm
        heights = [None] + [None if any(_filled(c) for c in row) else blank for row in rows]
        table = Table([header, *rows], colWidths=widths, rowHeights=heights, repeatRows=1)
        pad = max(3.0, (grid.min_row_mm * mm - grid.font_size * 1.3) / 2)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 1), (-1, -1), pad), ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ]))  # fmt: skip
        return table

    def grid_cells(self, grid: Grid, number: int) -> list[Any]:
        """One row of a grid as cells: its values as paragraphs, a tick mark as a drawn
        box, or empty for writing in."""
        if number >= len(grid.rows):
            return [""] * len(grid.headers)
        cells: list[Any] = []
        for column, text in enumerate(grid.rows[number]):
            if text in (TICKED, OPEN):
                name = sheet_layout.grid_box_name(self.spec, grid, number, column)
                cells.append(Box(text == TICKED, name))
                continue
            face = MONO if column in grid.mono_columns else FONT
            cells.append(_Cell(value_markup(text), self._cell_style(grid.font_size, face)))
        return cells

    def _cell_style(self, size: float, face: str) -> Any:
        from reportlab.lib.styles import ParagraphStyle

        style = self.cell_styles.get((size, face))
        if style is None:
            style = self.cell_styles[(size, face)] = ParagraphStyle(
                "cell", parent=self.body, fontName=face, fontSize=size, leading=size * 1.3
            )
        return style


def _pairs(fields: tuple[Field, ...]) -> list[tuple[Field, ...]]:
    """The fields row by row: two short ones next to each other share a row."""
    rows: list[tuple[Field, ...]] = []
    for item in fields:
        if item.short and rows and len(rows[-1]) == 1 and rows[-1][0].short:
            rows[-1] = (rows[-1][0], item)
        else:
            rows.append((item,))
    return rows


def _filled(cell: Any) -> bool:
    return bool(cell) if isinstance(cell, str) else True


class PagedGrid(Flowable):  # type: ignore[misc]
    """A grid laid out one page at a time, reporting progress between pages.

    Handed a whole long list, ReportLab's Table makes a paragraph of every cell before the
    first page (minutes and gigabytes for 100,000 rows, with no way to stop). Here each
    page gets its own Table of only the rows that fit it, under the repeated header, and
    ``report(rows laid out, rows)`` is called after each page; a report that raises stops
    the build there.

    A grid that fills its page (``Grid.fill``) adds blank rows on its last page down to
    ``reserve`` points above the foot of the frame.
    """

    WINDOW = 400
    """The most rows tried for one page: more than any page holds."""

    def __init__(self, rows: _Rows, report: Report | None, start: int = 0,
                 per_page: int = 40, reserve: float = 0.0) -> None:  # fmt: skip
        super().__init__()
        self.hAlign = "CENTER"  # as a Table is placed
        self.rows, self.report, self.start, self.per_page = rows, report, start, per_page
        self.reserve = reserve
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
        if end == self.rows.total and used <= height and self.rows.grid.fill:
            table = self._filled(table, width, height - self.reserve)
        self._fitted = (width, height, table, end)
        return table, end

    def _filled(self, table: Any, width: float, height: float) -> Any:
        """The last page's table with as many more blank rows as fit above ``height``."""
        from reportlab.lib.units import mm

        row = max(BLANK_ROW_MM, self.rows.grid.min_row_mm) * mm
        more = int((height - table._height) // row)
        while more > 0:
            longer = self.rows.table(self.start, self.rows.total + more, width)
            if longer.wrap(width, height)[1] <= height:
                return longer
            more -= 1
        return table

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
        table, end = self._fit(width, height)
        if end == self.rows.total and table._height <= height:
            if self.report is not None:
                self.report(self.rows.total, self.rows.total)
            return [table]
        parts = table.split(width, height)
        done = self.start + (len(parts[0]._cellvalues) - 1 if parts else 0)
        if done == self.start:
            return []
        self.rows.forget(done)
        if self.report is not None:
            self.report(done, self.rows.total)
        if done == self.rows.total:
            return [parts[0]]
        rest = PagedGrid(self.rows, self.report, done, done - self.start, self.reserve)
        return [parts[0], rest]


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


def doc_template(spec: FormSpec, language: str, target: Any) -> Any:
    """An A4 document whose pages carry the running header and "page x of y"."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    _register_font()
    return SimpleDocTemplate(
        target, pagesize=landscape(A4) if spec.landscape else A4,
        leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
        topMargin=page.top_margin_mm(spec) * mm, bottomMargin=page.BOTTOM_MM * mm,
        title=spec.title.en, author=spec.site, invariant=1, initialFontName=FONT,
    )  # fmt: skip


def build(spec: FormSpec, language: str, doc: Any, story: list[Any]) -> None:
    """Lays the story out on the document's pages, each decorated and numbered."""
    decorate = partial(page.decorate, spec, language)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate,
              canvasmaker=page.numbered_canvas(language, spec))  # fmt: skip


def write_pdf(
    spec: FormSpec, language: str, out: str | Path | IO[bytes], report: Report | None = None
) -> None:
    """Writes the form as an A4 PDF to a path or a binary stream, telling ``report`` how
    many of its grids' rows are laid out after each page of a grid."""
    target = str(out) if isinstance(out, Path) else out
    doc = doc_template(spec, language, target)
    with page.plain_streams():
        build(spec, language, doc, Renderer(spec, language, report).flowables())
