"""Drawing a FormSpec as an A4 PDF with ReportLab, fonts embedded, output reproducible.

Chinese mode prints each label in Chinese with the English beneath in small type;
English mode prints English only. Long values wrap and flow onto further pages. A filled
form carries its record's short code and a QR code of it in the top right corner.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from printouts.spec import Field, FormSpec, Grid, Section, Text

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

    def __init__(self, spec: FormSpec, language: str) -> None:
        from reportlab.lib.styles import ParagraphStyle

        self.spec = spec
        self.language = language
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
        """A ruled table with a repeated header row on every page."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        header = [self.paragraph(label_markup(h, self.language, 9), self.label)
                  for h in grid.headers]  # fmt: skip
        from reportlab.lib.styles import ParagraphStyle

        cell = ParagraphStyle("cell", parent=self.body, fontSize=grid.font_size,
                              leading=grid.font_size * 1.3)  # fmt: skip
        rows = [header]
        rows += [[self.paragraph(value_markup(text), cell) for text in row]
                 for row in grid.rows]  # fmt: skip
        rows += [[""] * len(grid.headers) for _ in range(grid.blank_rows)]
        widths = [w * mm for w in grid.widths] if grid.widths else None
        heights = [None] + [None] * len(grid.rows) + [9 * mm] * grid.blank_rows
        table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))  # fmt: skip
        return table


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
    if spec.code:
        size = 24 * mm
        left = width - MARGIN_MM * mm - size
        draw_qr(canvas, spec.code, left, height - 6 * mm - size, size)
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(left + size / 2, height - 9 * mm - size, spec.code)
    canvas.restoreState()


def write_pdf(spec: FormSpec, language: str, out: str | Path | IO[bytes]) -> None:
    """Writes the form as an A4 PDF to a path or a binary stream."""
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
    doc.build(Renderer(spec, language).flowables(), onFirstPage=decorate,
              onLaterPages=decorate)  # fmt: skip
