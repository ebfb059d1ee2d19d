"""A list as shown on screen, printed fast enough for 100,000 rows: drawn straight on the
canvas, page by page, instead of laid out as tables of paragraphs.

Every row is one line tall unless one of its cells is wider than its column: only such a
cell wraps, by the measured widths of its characters (``pdfmetrics.stringWidth``), at a
space where its line has one, else between any two characters (Chinese has no spaces).
Columns are as wide as their widest cell; when the page is too narrow for all of them, the
columns that fit in a fair share keep their width and the rest share what is left. The
header row is repeated on every page under the running header and above "page x of y"
(``printouts.page``); ``report(rows drawn, rows)`` is told after each page, and a report
that raises (the user cancelled) stops the printout there, leaving no file behind.

Imported only when something is printed, since it loads ReportLab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any

from printouts import page
from printouts.page import FONT, MARGIN_MM
from printouts.spec import FormSpec, Text

Report = Callable[[int, int], None]

PAD = 3.0
"""Room around a cell's text, in points, on every side."""
HEADER_SIZE = 9
GRID_GREY = "#888888"
HEADER_GREY = "#e4e4e4"


class _Measure:
    """String widths in one font size, remembered: a list repeats its values a lot."""

    def __init__(self, size: float) -> None:
        from reportlab.pdfbase.pdfmetrics import getFont

        self.size = size
        self.font = getFont(FONT)
        self.strings: dict[str, float] = {}
        self.chars: dict[str, float] = {}

    def width(self, text: str) -> float:
        found = self.strings.get(text)
        if found is None:
            found = self.strings[text] = float(self.font.stringWidth(text, self.size))
        return found

    def char(self, ch: str) -> float:
        found = self.chars.get(ch)
        if found is None:
            found = self.chars[ch] = float(self.font.stringWidth(ch, self.size))
        return found

    def lines(self, text: str, width: float) -> list[str]:
        """The text broken into lines no wider than ``width`` (its own breaks kept)."""
        if "\n" not in text and self.width(text) <= width:
            return [text]
        lines: list[str] = []
        for part in text.split("\n"):
            lines += self._wrap(part, width)
        return lines

    def _wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        start, used, space = 0, 0.0, -1
        n = 0
        while n < len(text):
            ch = text[n]
            step = self.char(ch)
            if used + step > width and n > start:
                if space > start:  # break after the line's last space, if it has one
                    lines.append(text[start:space].rstrip())
                    start = space + 1
                else:
                    lines.append(text[start:n])
                    start = n
                used = self.width(text[start:n]) if n > start else 0.0
                space = -1
                continue
            if ch == " ":
                space = n
            used += step
            n += 1
        lines.append(text[start:])
        return lines


def column_widths(needs: Sequence[float], room: float) -> list[float]:
    """Widths for columns needing ``needs`` points in ``room``: all as needed (the spare
    room shared out in proportion) when they fit; else the columns within a fair share keep
    their need and the others share the rest in proportion to their needs."""
    needs = [max(n, 1.0) for n in needs]
    total = sum(needs)
    if total <= room:
        return [n * room / total for n in needs]
    keep: set[int] = set()
    while True:
        rest = room - sum(needs[c] for c in keep)
        others = [c for c in range(len(needs)) if c not in keep]
        fair = rest / len(others)
        fits = {c for c in others if needs[c] <= fair}
        if not fits or len(fits) == len(others):
            break
        keep |= fits
    share = sum(needs[c] for c in others)
    return [needs[c] if c in keep else needs[c] * rest / share for c in range(len(needs))]


def write_list(
    title: tuple[str, str],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    out: str | Path | IO[bytes],
    site_name: str,
    language: str,
    report: Report | None = None,
) -> None:
    """Writes the rows under their headers as an A4 PDF (landscape for more than five
    columns) to a stream, or to a file that appears only once whole."""
    if isinstance(out, str | Path):
        from db.files import replaced_when_done

        with replaced_when_done(Path(out)) as partial, page.plain_streams():
            _draw(title, headers, rows, str(partial), site_name, language, report)
    else:
        with page.plain_streams():
            _draw(title, headers, rows, out, site_name, language, report)


def _draw(
    title: tuple[str, str],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    target: Any,
    site_name: str,
    language: str,
    report: Report | None,
) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm

    from printouts.render import _register_font

    _register_font()
    wide = len(headers) > 5
    size = 8 if wide else 10
    leading = size * 1.3
    spec = FormSpec(Text(*title), site_name, landscape=wide)
    pagesize = landscape(A4) if wide else A4
    canvas = page.numbered_canvas(language)(target, pagesize=pagesize, invariant=1,
                                            initialFontName=FONT)  # fmt: skip
    canvas.setTitle(spec.title.en)
    canvas.setAuthor(site_name)
    cells, heads = _Measure(size), _Measure(HEADER_SIZE)
    columns = len(headers)
    needs = [heads.width(h) for h in headers]
    for row in rows:
        for c in range(columns):
            w = cells.width(row[c])
            if w > needs[c]:
                needs[c] = w
    left = MARGIN_MM * mm
    widths = column_widths([n + 2 * PAD for n in needs], pagesize[0] - 2 * left)
    inner = [w - 2 * PAD for w in widths]
    edges = [left]
    for w in widths:
        edges.append(edges[-1] + w)
    header_lines = [heads.lines(h, inner[c]) for c, h in enumerate(headers)]
    header_height = max((len(lines) for lines in header_lines), default=1) * 11.5 + 8
    top = pagesize[1] - page.top_margin_mm(spec) * mm
    bottom = page.BOTTOM_MM * mm
    total, done, number = len(rows), 0, 0
    doc = SimpleNamespace(pagesize=pagesize, page=0)
    text = _Text(canvas, cells.font, size)
    while True:
        number += 1
        doc.page = number
        page.decorate(spec, language, canvas, doc)
        y = top
        if number == 1:
            y = _title(canvas, spec, language, pagesize[0], y)
        y = _header(canvas, header_lines, edges, y, header_height)
        table_top = y
        text.begin()
        lines_y: list[float] = []
        most = max(1, int((y - bottom - 2 * PAD) // leading))  # a row never outgrows a page
        while done < total:
            row = rows[done]
            wrapped = [cells.lines(row[c], inner[c]) for c in range(columns)]
            count = min(max(len(w) for w in wrapped), most)
            height = count * leading + 2 * PAD
            if y - height < bottom and lines_y:
                break
            baseline = y - PAD - size
            for c in range(columns):
                x = edges[c] + PAD
                for n, line in enumerate(wrapped[c][:count]):
                    if line:
                        text.put(x, baseline - n * leading, line)
            y -= height
            lines_y.append(y)
            done += 1
        text.end()
        _rules(canvas, edges, table_top, lines_y)
        canvas.showPage()
        if report is not None:
            report(done, total)
        if done >= total:
            break
    canvas.save()


class _Text:
    """One page's cell texts as PDF text operators, each distinct string encoded once.

    The same operators ReportLab's text object writes (the font's subset chosen by
    ``splitString``, escaped), without its per-call bookkeeping: a page holds hundreds
    of cells and a list mostly repeats the same dates, codes and names."""

    def __init__(self, canvas: Any, font: Any, size: float) -> None:
        self.canvas, self.font, self.size = canvas, font, size
        self.code: list[str] = []
        self.subset = -1
        self.names: dict[int, str] = {}
        self.strings: dict[str, list[tuple[int, str]]] = {}

    def begin(self) -> None:
        """Starts a page's texts."""
        self.code, self.subset = ["BT"], -1

    def put(self, x: float, y: float, text: str) -> None:
        runs = self.strings.get(text)
        if runs is None:
            doc = self.canvas._doc
            split = self.font.splitString(text, doc)
            runs = self.strings[text] = [(n, f"({self.canvas._escape(t)}) Tj") for n, t in split]
        code = self.code
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, shown in runs:
            if subset != self.subset:
                name = self.names.get(subset)
                if name is None:
                    name = self.names[subset] = self.font.getSubsetInternalName(
                        subset, self.canvas._doc
                    )
                code.append(f"{name} {self.size:g} Tf")
                self.subset = subset
            code.append(shown)

    def end(self) -> None:
        """Puts the page's texts on the canvas."""
        self.code.append("ET")
        self.canvas._code.append("\n".join(self.code))


def _title(canvas: Any, spec: FormSpec, language: str, width: float, y: float) -> float:
    """The list's title, centred above its table on the first page."""
    canvas.setFillGray(0)
    if language == "en":
        canvas.setFont(FONT, 16)
        canvas.drawCentredString(width / 2, y - 16, spec.title.en)
    else:
        zh, en = spec.title.zh, spec.title.en
        zh_width = canvas.stringWidth(zh + "  ", FONT, 16)
        en_width = canvas.stringWidth(en, FONT, 11)
        x = (width - zh_width - en_width) / 2
        canvas.setFont(FONT, 16)
        canvas.drawString(x, y - 16, zh)
        canvas.setFont(FONT, 11)
        canvas.drawString(x + zh_width, y - 16, en)
    return y - 28


def _header(
    canvas: Any, lines: list[list[str]], edges: list[float], y: float, height: float
) -> float:
    """The header row on its grey ground; returns where the rows begin."""
    canvas.setFillColor(HEADER_GREY)
    canvas.rect(edges[0], y - height, edges[-1] - edges[0], height, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setFont(FONT, HEADER_SIZE)
    for c, column in enumerate(lines):
        for n, line in enumerate(column):
            canvas.drawString(edges[c] + PAD, y - 4 - HEADER_SIZE - n * 11.5, line)
    canvas.setStrokeColor(GRID_GREY)
    canvas.setLineWidth(0.5)
    canvas.line(edges[0], y, edges[-1], y)
    for x in edges:
        canvas.line(x, y, x, y - height)
    return y - height


def _rules(canvas: Any, edges: list[float], top: float, below: list[float]) -> None:
    """The grid of one page's rows: a line under each row, the columns' sides."""
    canvas.setStrokeColor(GRID_GREY)
    canvas.setLineWidth(0.5)
    bottom = below[-1] if below else top
    left, right = f"{edges[0]:.2f}", f"{edges[-1]:.2f}"
    code = [f"{left} {y:.2f} m {right} {y:.2f} l" for y in (top, *below)]
    code += [f"{x:.2f} {top:.2f} m {x:.2f} {bottom:.2f} l" for x in edges]
    code.append("S")
    canvas._code.append("\n".join(code))
