"""The evaluation report as a PDF: scope on the first page, charts drawn as vectors, then
every table as a journal prints it (three rules, no grid), and "page x of y" on each page.

Takes the plain PrintedReport (app.reports.document): words, printed cells and series.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from printouts.render import FONT, _register_font

if TYPE_CHECKING:
    from app.reports.document import Chart, PrintedReport, PrintedTable

PALETTE = ("#2f6fab", "#e07b39", "#3a9d5d", "#b8463e", "#7a5aa6", "#8c6d3f", "#c76bb0", "#666")
PAD = 6.0  # left plus right padding of a table cell, in points
SMALLEST = 6.0  # font sizes tried, from 8 pt down, until a table's columns fit


def _wrapped(label: str, width: int) -> str:
    """A long axis label broken at spaces into lines of about ``width`` characters; Chinese
    labels, which have no spaces, are broken every ``width // 2`` characters."""
    if "\n" in label:
        return label
    if " " not in label:
        step = max(width // 2, 4)
        return "\n".join(label[i : i + step] for i in range(0, len(label), step))
    lines: list[str] = []
    for part in label.split():
        if lines and len(lines[-1]) + len(part) < width:
            lines[-1] += " " + part
        else:
            lines.append(part)
    return "\n".join(lines)


def _bars(chart: Chart) -> Any:
    """A grouped bar chart with readable category labels, a legend and a title."""
    from reportlab.graphics import shapes
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    # Drawings start from ReportLab's default font (Helvetica, never embedded); ours only.
    shapes.STATE_DEFAULTS["fontName"] = FONT
    many = len(chart.categories) > 10
    if chart.horizontal:
        height = 40 + 18 * max(len(chart.categories), 1)
        drawing = Drawing(500, height + 30)
        bars: Any = HorizontalBarChart()
        bars.x, bars.y, bars.width, bars.height = 170, 20, 230, height - 20
        bars.categoryAxis.labels.boxAnchor = "e"
        bars.categoryAxis.labels.dx = -4
        names = [_wrapped(c, 30) for c in chart.categories]
        bars.categoryAxis.reverseDirection = 1  # the first category on top
    else:
        height = 230
        drawing = Drawing(500, height)
        bars = VerticalBarChart()
        bars.x, bars.y, bars.width, bars.height = 40, 55, 330, 140
        bars.categoryAxis.labels.angle = 35 if many else 0
        bars.categoryAxis.labels.boxAnchor = "ne" if many else "n"
        names = [_wrapped(c, 14) for c in chart.categories]
    bars.data = [values for values in chart.series.values()] or [[0]]
    bars.categoryAxis.categoryNames = names or [""]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.forceZero = 1
    for index in range(len(bars.data)):
        bars.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
    drawing.add(bars)
    if len(chart.series) > 1 or not chart.horizontal:
        legend = Legend()
        legend.x, legend.y = 410 if chart.horizontal else 390, drawing.height - 30
        legend.fontName = FONT
        legend.fontSize = 8
        legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), name)
                                 for i, name in enumerate(chart.series)]  # fmt: skip
        drawing.add(legend)
    drawing.add(String(10, drawing.height - 12, chart.title, fontName=FONT, fontSize=10))
    return drawing


def _widths(table: PrintedTable, size: float, room: float) -> list[float] | None:
    """Column widths that print every number whole: each column at least its longest
    unbreakable piece, the room left shared by what wrapping would save; None if the
    pieces alone do not fit at this size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def width(text: str) -> float:
        return stringWidth(text, FONT, size) + PAD

    def piece(text: str, column: int) -> float:
        if column == 0 and not text.isascii():
            return width(text[:4])  # Chinese labels wrap between characters
        return max((width(p) for p in text.split()), default=PAD)

    columns = list(zip(table.headers, *table.rows, strict=False))
    least = [max(piece(t, i) for t in column) for i, column in enumerate(columns)]
    most = [
        max(max(width(t) for t in column), low) for column, low in zip(columns, least, strict=True)
    ]
    if sum(least) > room:
        return None
    if sum(most) <= room:
        extra = (room - sum(most)) / max(len(most), 1)
        return [w + extra for w in most]
    share = (room - sum(least)) / (sum(most) - sum(least))
    return [low + (high - low) * share for low, high in zip(least, most, strict=True)]


def _table(table: PrintedTable, room: float) -> list[Any]:
    """A three-line table (rules above and below the header and below the last row), its
    header repeated on each page it runs onto, its notes beneath."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    size = 8.0
    widths = _widths(table, size, room)
    while widths is None and size > SMALLEST:
        size -= 0.5
        widths = _widths(table, size, room)
    label = ParagraphStyle("label", fontName=FONT, fontSize=size, leading=size * 1.25,
                           wordWrap="CJK" if not "".join(table.headers).isascii() else None)  # fmt: skip
    indented = ParagraphStyle("indented", parent=label, leftIndent=8 if table.sections else 0)
    number = ParagraphStyle("number", parent=label, alignment=TA_CENTER, wordWrap=None)

    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = [(w or room) - PAD - (8 if c == 0 and table.sections else 0)
              for c, w in enumerate(widths or [None] * len(table.headers))]  # fmt: skip

    def cell(text: str, row: int, column: int) -> Any:
        # a text that fits its column on one line is drawn as it is: a Paragraph per cell
        # of a table of 1,000 communities takes seconds to wrap and draw
        if "\n" not in text and stringWidth(text, FONT, size) <= widest[column]:
            return text
        if column == 0:
            return Paragraph(escape(text), label if row in table.sections else indented)
        return Paragraph(escape(text), number)

    header = [
        Paragraph(escape(h), label if i == 0 else number) for i, h in enumerate(table.headers)
    ]
    body = [[cell(t, r, c) for c, t in enumerate(row)] for r, row in enumerate(table.rows)]
    printed = Table([header, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    indents = [("LEFTPADDING", (0, r + 1), (0, r + 1), PAD / 2 + 8)
               for r in range(len(table.rows)) if table.sections and r not in table.sections]
    printed.setStyle(TableStyle([
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, "#000000"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "#000000"),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, "#000000"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD / 2),
        *indents,
    ]))  # fmt: skip
    note = ParagraphStyle("note", parent=label, fontSize=7, leading=9, wordWrap=label.wordWrap)
    return [printed, *(Paragraph(escape(n), note) for n in table.notes)]


def _numbered(label: str) -> Any:
    """A canvas that writes "page x of y" at the foot of each page once it knows y."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                text = label.format(page=number, pages=len(self._pages))
                self.drawCentredString(self._pagesize[0] / 2, 8 * mm, text)
                super().showPage()
            super().save()

    return NumberedCanvas


def write_report_pdf(document: PrintedReport, site: str, out: str | Path | IO[bytes]) -> None:
    """The whole report on A4: scope, charts, then every table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )

    _register_font()
    wrap = "CJK" if document.language == "zh" else None
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12, wordWrap=wrap)
    heading = ParagraphStyle("heading", parent=body, fontSize=11, leading=15, spaceBefore=10,
                             spaceAfter=3)  # fmt: skip
    story: list[Any] = [
        Paragraph(escape(document.title), ParagraphStyle("title", parent=body, fontSize=17,
                                                         leading=22, spaceAfter=6)),
        *(Paragraph(escape(line), body) for line in document.scope_lines),
        Spacer(1, 8),
    ]  # fmt: skip
    story += [_bars(chart) for chart in document.charts]
    room = A4[0] - 30 * mm
    for table in document.tables:
        parts = _table(table, room)
        if len(table.rows) < 25:  # a short table stays whole, with its title
            story.append(KeepTogether([Paragraph(escape(table.title), heading), *parts]))
        else:  # a long one starts on the page with room for a few rows, and runs on
            story += [CondPageBreak(40 * mm), Paragraph(escape(table.title), heading), *parts]
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=18 * mm, title=document.title,
                            author=site, invariant=1, initialFontName=FONT)  # fmt: skip
    doc.build(story, canvasmaker=_numbered(document.page_label))
