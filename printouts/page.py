"""What every page of a printout carries around its content: the running header and footer.

The header names the project and site, the form, its number and version, and on a filled
form the record's code with its QR code; the footer says "page x of y" (in Chinese and
English, or English alone) and any note of the record such as "corrected on DATE". The
total is drawn once, at the end, into a PDF form that every page's footer shows, so a
long list is never held in memory page by page to number it.

A filled sheet made to be read back (``printouts.sheet_layout``) also carries registration
marks at its four corners, and its QR code says, besides the record's code, the form, the
layout and the page and where on the page each box was drawn: that QR is drawn, like the
total, into a form of the page's own once the page is laid out.
"""

from __future__ import annotations

from typing import Any

from printouts import sheet_layout
from printouts.spec import FormSpec, Text

FONT = "WQY"
MARGIN_MM = 15
PROJECT = Text("同伴支持服务", "Peer support service")
TOTAL_FORM = "page_total"
SHEET_FORM = "sheet_qr"
QR_MM = sheet_layout.QR_MM
HEADER_TOP_MM = sheet_layout.QR_TOP_MM
FOOTER_MM = 8
BOTTOM_MM = 14


def top_margin_mm(spec: FormSpec) -> float:
    """Room above the content: the header, taller on a filled form for its QR code."""
    return HEADER_TOP_MM + (QR_MM + 9 if spec.code else 13)


def both(text: Text, language: str, between: str = " ") -> str:
    """A text in one line: English alone, or Chinese then English."""
    if language == "en" or text.en in ("", text.zh):
        return text.en if language == "en" else text.zh
    return f"{text.zh}{between}{text.en}"


def plain_streams() -> Any:
    """Page streams only deflated, not also ASCII85-encoded (a third of the time in pure
    Python, for a file a quarter larger): ReportLab reads the setting as it writes."""
    from contextlib import contextmanager

    from reportlab import rl_config

    @contextmanager
    def plain() -> Any:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before

    return plain()


def qr_modules(text: str, level: str = "M") -> list[bytes]:
    """The QR code of the text at the error correction level, a row of modules at a time,
    dark ones non-zero. Made by zxing-cpp (already carried to read sheets back): in C++ it takes a
    tenth of a millisecond where ReportLab's pure Python encoder took about 15."""
    import zxingcpp

    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    count = image.shape[0]
    pixels = image.tobytes()
    return [bytes(255 - p for p in pixels[r * count : (r + 1) * count]) for r in range(count)]


def draw_qr(
    canvas: Any, text: str, left: float, bottom: float, size: float, level: str = "M"
) -> None:
    """Draws a QR code of the text as filled squares (no font involved, so none unembedded):
    each row's runs of dark modules as one rectangle, all in one filled path.

    ``level`` is the error correction: readable sheets use "L", whose fewer modules are
    larger in the same square, so a 150 dpi scan still resolves them (the code is read on
    clean paper in the header; the registration marks, not the code, carry the geometry)."""
    rows = qr_modules(text, level)
    count = len(rows)
    cell = size / (count + 2)  # a quiet zone of one module each side
    canvas.setFillGray(0)
    path = canvas.beginPath()
    for number, row in enumerate(rows):
        y = bottom + size - (number + 2) * cell
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            end = column
            while end < count and row[end]:
                end += 1
            path.rect(left + (column + 1) * cell, y, (end - column) * cell, cell)
            column = end
    canvas.drawPath(path, stroke=0, fill=1)


def decorate(spec: FormSpec, language: str, canvas: Any, doc: Any) -> None:
    """The running header and the footer of one page."""
    canvas.saveState()
    _header(spec, language, canvas, doc)
    _footer(spec, language, canvas, doc)
    if getattr(canvas, "sheet", None) is not None:
        _registration_marks(canvas, doc)
    canvas.restoreState()


def _registration_marks(canvas: Any, doc: Any) -> None:
    """Four solid squares near the corners, where ``sheet_layout`` says a reader finds them."""
    from reportlab.lib.units import mm

    width, height = doc.pagesize
    side = sheet_layout.MARK_MM * mm
    canvas.setFillGray(0)
    for x, y in sheet_layout.mark_centres(width / mm, height / mm):
        canvas.rect(x * mm - side / 2, height - y * mm - side / 2, side, side, stroke=0, fill=1)


def _header(spec: FormSpec, language: str, canvas: Any, doc: Any) -> None:
    from reportlab.lib.units import mm

    width, height = doc.pagesize
    left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
    top = height - HEADER_TOP_MM * mm
    if spec.code:
        size = QR_MM * mm
        if getattr(canvas, "sheet", None) is not None:
            canvas.doForm(f"{SHEET_FORM}{doc.page}")
        else:
            draw_qr(canvas, spec.code, right - size, top - size, size)
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(right - size / 2, top - size - 3.5 * mm, spec.code)
        right -= size + 3 * mm
    canvas.setFillGray(0.3)
    canvas.setFont(FONT, 8)
    project = f"{both(PROJECT, language)} · {spec.site}" if spec.site else both(PROJECT, language)
    canvas.drawString(left, top - 3 * mm, _fit(project, right - left, 8))
    canvas.setFillGray(0)
    canvas.setFont(FONT, 9.5)
    canvas.drawString(
        left, top - 8 * mm, _fit(both(spec.title, language), right - left - 40 * mm, 9.5)
    )
    if spec.number:
        canvas.setFont(FONT, 8)
        number = both(Text(f"表号 {spec.number}", f"Form {spec.number}"), language, " · ")
        canvas.drawRightString(right, top - 8 * mm, number)
    rule = top - 10.5 * mm
    canvas.setLineWidth(0.6)
    canvas.line(left, rule, right, rule)


def _fit(text: str, width: float, size: float) -> str:
    """The text, cut with an ellipsis where it would run past ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def page_of(page: int, total: int, language: str) -> str:
    """The footer's page number in the form's language(s)."""
    english = f"Page {page} of {total}"
    return english if language == "en" else f"第 {page} 页，共 {total} 页 · {english}"


def _footer(spec: FormSpec, language: str, canvas: Any, doc: Any) -> None:
    """The record's note at the left; "page x of y" at the right, drawn later into a form
    of this page's own (the total is known only at the end)."""
    from reportlab.lib.units import mm

    canvas.doForm(f"{TOTAL_FORM}{doc.page}")
    if spec.footer_note is not None:
        canvas.setFont(FONT, 8)
        canvas.setFillGray(0)
        canvas.drawString(MARGIN_MM * mm, FOOTER_MM * mm, both(spec.footer_note, language, " · "))


def numbered_canvas(language: str, spec: FormSpec | None = None) -> type:
    """A canvas that, when saved, writes each page's "page x of y" into that page's form,
    and on a sheet made to be read back, each page's QR code into another."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    readable = spec is not None and sheet_layout.is_readable(spec)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.sheet = SheetRecorder(spec) if readable and spec is not None else None

        def save(self) -> None:
            total = self.getPageNumber() - 1
            right = self._pagesize[0] - MARGIN_MM * mm
            for page in range(1, total + 1):
                self.beginForm(f"{TOTAL_FORM}{page}")
                self.setFont(FONT, 8)
                self.setFillGray(0)
                self.drawRightString(right, FOOTER_MM * mm, page_of(page, total, language))
                self.endForm()
                if self.sheet is not None:
                    self._sheet_qr(page)
            super().save()

        def _sheet_qr(self, page: int) -> None:
            assert self.sheet is not None
            width, height = self._pagesize
            left, top = sheet_layout.qr_corners(width / mm)[0]
            size = QR_MM * mm
            self.beginForm(f"{SHEET_FORM}{page}")
            draw_qr(self, self.sheet.text(page), left * mm, height - top * mm - size, size, "L")
            self.endForm()

    return NumberedCanvas


class SheetRecorder:
    """Notes, page by page, where a readable sheet's boxes and free-text areas are drawn."""

    def __init__(self, spec: FormSpec) -> None:
        self.spec = spec
        self.names = [item.name for item in sheet_layout.readable_items(spec)]
        self.index = {name: n for n, name in enumerate(self.names)}
        self.pages: dict[int, sheet_layout.PageMarks] = {}

    def _place(self, canvas: Any, x: float, y: float) -> tuple[int, float, float]:
        """The page and the point's distance from the page's left and top edges, in mm."""
        from reportlab.lib.units import mm

        ax, ay = canvas.absolutePosition(x, y)
        return canvas.getPageNumber(), ax / mm, (canvas._pagesize[1] - ay) / mm

    def box(self, canvas: Any, name: str, x: float, y: float, side: float, ticked: bool) -> None:
        if name not in self.index:
            return
        page, left, top = self._place(canvas, x, y + side)
        marks = self.pages.setdefault(page, sheet_layout.PageMarks())
        marks.boxes.append((self.index[name], left, top))
        if ticked:
            marks.filled.add(self.index[name])

    def area(self, canvas: Any, name: str, x: float, top: float, width: float, tall: float) -> None:
        from reportlab.lib.units import mm

        if name not in self.index:
            return
        page, left, upper = self._place(canvas, x, top)
        marks = self.pages.setdefault(page, sheet_layout.PageMarks())
        marks.areas.append((self.index[name], left, upper, width / mm, tall / mm))

    def text(self, page: int) -> str:
        """The QR text of a page."""
        marks = self.pages.get(page, sheet_layout.PageMarks())
        marks.boxes.sort()
        marks.areas.sort()
        names = [self.names[i] for i, *_ in marks.boxes] + [self.names[i] for i, *_ in marks.areas]
        return sheet_layout.encode(str(self.spec.code), self.spec, page, names, marks)
