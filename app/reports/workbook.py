"""The report as an Excel workbook: a Scope sheet, then one sheet per journal table.

Each N (%) column becomes n and % columns, a mean (SD) column mean and SD, a test column
its name with df, the statistic, p and Fisher's p, so every figure is a number a reader
can compute with, formatted as printed (integers, one decimal for %, three for p).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.reports.cells import Cell, Count, HypothesisTest, JournalTable, MeanSD, Rate
from app.reports.tables import journal_tables
from app.reports.words import word

INTEGER, ONE_DECIMAL, TWO_DECIMALS = "0", "0.0", "0.00"
P_VALUE = '[<0.001]"< .001";.000'
"""Three decimals without the leading zero, and "< .001" below it, as journals print p."""
WIDEST = 60


def app_version() -> str:
    """The installed version of the program, or "unknown" when run from a bare checkout."""
    from importlib import metadata

    try:
        return metadata.version("peer-support-desk")
    except metadata.PackageNotFoundError:
        return "unknown"


def write_workbook(
    report: dict[str, Any], path: Path, language: str = "en", site: str = ""
) -> None:
    """Writes the workbook to ``path`` (the caller makes it safe: a partial file)."""
    from openpyxl import Workbook

    book = Workbook()
    scope = book.active
    scope.title = word("Scope", language)
    _scope_sheet(scope, report, language, site)
    for table in journal_tables(report, language):
        _table_sheet(book.create_sheet(word(table.sheet, language)[:31]), table, language)
    book.save(path)


def _scope_sheet(sheet: Any, report: dict[str, Any], language: str, site: str) -> None:
    """What the workbook covers: site, period (two real dates), communities, day made, version."""
    from openpyxl.styles import Font

    scope = report["scope"]
    names = [c[language] for c in report.get("communities", [])]
    rows: list[tuple[str, list[Any]]] = [
        ("Site", [site]),
        ("Period", [date.fromisoformat(scope["from"]), date.fromisoformat(scope["to"])]),
        ("Communities", [", ".join(names) if scope["communities"]
                         else f"{word('All communities', language)}: {', '.join(names)}"]),
        ("Made on", [date.today()]),
        ("App version", [app_version()]),
    ]  # fmt: skip
    sheet["A1"] = word("Evaluation report", language)
    sheet["A1"].font = Font(bold=True, size=13)
    for row, (name, values) in enumerate(rows, start=2):
        sheet.cell(row, 1, word(name, language)).font = Font(bold=True)
        for column, value in enumerate(values, start=2):
            cell = sheet.cell(row, column, value)
            if isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
    _fit_widths(sheet, len(rows) + 1)


def _parts(column: list[Cell], language: str) -> list[tuple[str, str]]:
    """The workbook columns one table column becomes: (sub-header, number format)."""
    if any(isinstance(c, Count) for c in column):
        return [("n", INTEGER), ("%", ONE_DECIMAL)]
    if any(isinstance(c, MeanSD) for c in column):
        return [(word("Mean (SD)", language).split(" ")[0].split("（")[0], ONE_DECIMAL),
                ("SD", ONE_DECIMAL)]  # fmt: skip
    if any(isinstance(c, HypothesisTest) for c in column):
        parts = [("", ""), (word("Statistic", language), TWO_DECIMALS), ("p", P_VALUE)]
        if any(isinstance(c, HypothesisTest) and c.fisher_p is not None for c in column):
            parts.append(("Fisher p", P_VALUE))
        return parts
    if any(isinstance(c, Rate) for c in column):
        return [("", TWO_DECIMALS)]
    return [("", INTEGER)]


def _values(cell: Cell, width: int) -> list[Any]:
    """The cell as ``width`` workbook values."""
    if isinstance(cell, Count):
        values: list[Any] = [cell.n, cell.percent]
    elif isinstance(cell, MeanSD):
        values = [None if cell.mean is None else round(cell.mean, 3), cell.sd]
    elif isinstance(cell, HypothesisTest):
        named = f"{cell.symbol}({cell.df})" if cell.df is not None else None
        values = [named, cell.statistic, cell.p, cell.fisher_p]
    elif isinstance(cell, Rate):
        values = [cell.value]
    else:
        values = [None if cell == "" else cell]
    return (values + [None] * width)[:width]


def _table_sheet(sheet: Any, table: JournalTable, language: str) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side

    sheet["A1"] = table.title
    sheet["A1"].font = Font(bold=True, size=12)
    columns = [[row[i] if i < len(row) else None for row in table.rows]
               for i in range(len(table.headers))]  # fmt: skip
    parts = [[("", "")], *(_parts(column, language) for column in columns[1:])]
    split = any(len(p) > 1 for p in parts)
    top, sub = 2, 3 if split else 2
    rule = Border(bottom=Side(style="thin"))
    place = 1
    formats: list[str] = []
    for header, column_parts in zip(table.headers, parts, strict=True):
        sheet.cell(top, place, header).font = Font(bold=True)
        if len(column_parts) > 1:
            sheet.merge_cells(start_row=top, start_column=place, end_row=top,
                              end_column=place + len(column_parts) - 1)  # fmt: skip
            sheet.cell(top, place).alignment = Alignment(horizontal="center")
        for offset, (name, number_format) in enumerate(column_parts):
            if split and name:
                sheet.cell(sub, place + offset, name).font = Font(bold=True)
            sheet.cell(sub, place + offset).border = rule
            formats.append(number_format)
        place += len(column_parts)
    first = sub + 1
    for r, row in enumerate(table.rows):
        place = 1
        for c, column_parts in enumerate(parts):
            cell = row[c] if c < len(row) else None
            for offset, value in enumerate(_values(cell, len(column_parts))):
                target = sheet.cell(first + r, place + offset, value)
                if isinstance(value, int | float) and formats[place + offset - 1]:
                    target.number_format = (ONE_DECIMAL if isinstance(cell, MeanSD)
                                            else formats[place + offset - 1])  # fmt: skip
                if c == 0 and r in table.sections:
                    target.font = Font(bold=True)
                elif c == 0 and table.sections:
                    target.alignment = Alignment(indent=1)
            place += len(column_parts)
    for offset, note in enumerate(table.notes, start=first + len(table.rows) + 1):
        sheet.cell(offset, 1, note).font = Font(italic=True, size=9)
    sheet.freeze_panes = sheet.cell(first, 2)
    _fit_widths(sheet, first + len(table.rows))


def _shown_width(value: Any, number_format: str) -> int:
    """About how many characters wide the value shows; Chinese characters count double."""
    if value is None:
        return 0
    if isinstance(value, float):
        text = f"{value:.3f}" if number_format == P_VALUE else f"{value:.2f}"
    else:
        text = value.isoformat() if isinstance(value, date) else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _fit_widths(sheet: Any, last_row: int) -> None:
    """Each column as wide as its widest value below the title (merged headers excepted)."""
    from openpyxl.cell.cell import MergedCell
    from openpyxl.utils import get_column_letter

    merged = {(r.min_row, r.min_col) for r in sheet.merged_cells.ranges}
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=2, max_row=last_row):
        for cell in row:
            if isinstance(cell, MergedCell) or (cell.row, cell.column) in merged:
                continue
            shown = _shown_width(cell.value, cell.number_format)
            widths[cell.column] = max(widths.get(cell.column, 0), shown)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, WIDEST)
