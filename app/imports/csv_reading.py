"""Reading rosters and answers as people bring them, and saying exactly what is wrong.

A file is a CSV file (``text_file``: as Chinese Excel saves it) or an Excel workbook
(``workbook``), read a row at a time whatever its size, with its header in English or in
Chinese. Dates come as 2015-09-01, 2015/9/1, 2015年9月1日 or Excel dates. Nothing is
guessed: a value that is not understood is reported with its file, line (or row), column
and value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.codes import CodeList
from app.errors import UserError
from app.i18n import translate
from app.imports import text_file, workbook

DATE_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
)
MAX_PROBLEMS_SHOWN = 50
MAX_PROBLEMS_KEPT = 1000
"""Problems kept for the preview; a file with more is counted, not held (it may be huge)."""


@dataclass(frozen=True)
class RowProblem:
    """One value that could not be taken: where it is and why."""

    line: int
    column: str
    value: str
    reason: str
    unit: str = "line"
    """"line" of a CSV file, "row" of a workbook: the word the message uses."""

    def __str__(self) -> str:
        if self.unit == "row":
            message = translate("imports", "row {line}, column {column} ({value!r}): {reason}")
        else:
            message = translate("imports", "line {line}, column {column} ({value!r}): {reason}")
        return message.format(
            line=self.line, column=self.column, value=self.value, reason=self.reason
        )


class Problems:
    """The problems found in a file, in the order found: the first ``MAX_PROBLEMS_KEPT``
    kept, the rest counted."""

    def __init__(self) -> None:
        self.kept: list[RowProblem] = []
        self.count = 0

    def add(self, problems: list[RowProblem]) -> None:
        self.count += len(problems)
        room = MAX_PROBLEMS_KEPT - len(self.kept)
        if room > 0:
            self.kept.extend(problems[:room])

    def refuse(self, path: Path) -> None:
        """Raises ImportFailed if any problem was found."""
        if self.count:
            raise ImportFailed(path, sorted(self.kept, key=lambda p: p.line), self.count)


class ImportFailed(UserError):
    """The file was refused as a whole; nothing was written."""

    def __init__(self, path: Path, problems: list[RowProblem], count: int | None = None) -> None:
        self.path = path
        self.problems = problems
        self.count = len(problems) if count is None else count
        shown = [str(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
        if self.count > len(shown):
            shown.append(
                translate("imports", "... and {n} more problems.").format(n=self.count - len(shown))
            )
        heading = translate(
            "imports", "{file}: nothing was imported, {n} problem(s) found:"
        ).format(file=path.name, n=self.count)
        super().__init__("\n".join([heading, *shown]))


@dataclass
class Row:
    """One data row of the file, with its line (or row) number for messages."""

    line: int
    values: dict[str, str]
    shown: dict[str, str] = field(default_factory=dict)
    """Column → its heading in the file (English or Chinese), as messages name it."""
    unit: str = "line"
    problems: list[RowProblem] = field(default_factory=list)
    bad: set[str] = field(default_factory=set)
    """The columns with a problem."""

    def text(self, column: str) -> str:
        """The trimmed text of a cell ("" when empty)."""
        return self.values.get(column, "").strip()

    def problem(self, column: str, reason: str) -> None:
        """Notes a value that cannot be taken."""
        self.bad.add(column)
        self.problems.append(RowProblem(self.line, self.shown.get(column, column),
                                        self.text(column), reason, self.unit))  # fmt: skip

    def required(self, column: str) -> str | None:
        """The cell's text, or a problem when it is empty."""
        value = self.text(column)
        if not value:
            self.problem(column, translate("imports", "a value is required"))
            return None
        return value

    def day(self, column: str, required: bool = False) -> date | None:
        """The cell as a date in one of the accepted styles."""
        value = self.text(column)
        if not value:
            if required:
                self.problem(column, translate("imports", "a date is required"))
            return None
        parsed = parse_date(value)
        if parsed is None:
            self.problem(
                column,
                translate("imports", "not a date; write 2015-09-01, 2015/9/1 or 2015年9月1日"),
            )
        return parsed

    def code(
        self, column: str, codes: CodeList, aliases: dict[str, str] | None = None
    ) -> str | None:
        """The cell as a code of the list: the code itself, its Chinese or English label."""
        value = self.text(column)
        if not value:
            return None
        found = match_code(value, codes, aliases or {})
        if found is None:
            self.problem(
                column,
                translate("imports", "not a known {what}; use one of: {choices}").format(
                    what=codes.name, choices=", ".join(codes.code_names())
                ),
            )
        return found


def parse_date(value: str) -> date | None:
    """A date written 2015-09-01, 2015/9/1 or 2015年9月1日; None if not a real date."""
    for pattern in DATE_PATTERNS:
        match = pattern.match(value.strip())
        if match:
            try:
                return date(*(int(part) for part in match.groups()))
            except ValueError:
                return None
    return None


def match_code(value: str, codes: CodeList, aliases: dict[str, str]) -> str | None:
    """The code a cell means, matching codes, labels and aliases exactly (case-insensitive)."""
    wanted = value.strip()
    found = codes.meant_by(wanted)
    return found if found is not None else aliases.get(wanted)


@dataclass(frozen=True)
class Columns:
    """A file's columns: those it must have, those it may have, and the Chinese headings
    (the glossary's words) accepted for each, the first of them the one shown."""

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    chinese: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def key(self, heading: str) -> str | None:
        """The column a heading names, in English or Chinese; None if none."""
        if heading in self.required or heading in self.optional:
            return heading
        for key, names in self.chinese.items():
            if heading in names:
                return key
        return None

    def expected(self) -> str:
        """The header to write, in both languages."""
        zh = [self.chinese.get(key, (key,))[0] for key in self.required]
        return f"{','.join(self.required)} ({','.join(zh)})"


class Table:
    """A CSV file or a workbook's first sheet, read a row at a time, whatever its size.

    ``open_table`` checks its header; ``rows()`` yields its data rows and may be called
    again (the import reads the file twice: once to check, once to write). ``digest``
    tells whether the file changed in between.
    """

    def __init__(self, path: Path, columns: Columns) -> None:
        self.path, self.columns = path, columns
        self.is_workbook = path.suffix.lower() == ".xlsx"
        if self.is_workbook:
            self.encoding, self.digest = "", workbook.digest(path)
            self.total = workbook.rows_claimed(path)
        else:
            self.encoding, self.digest = text_file.scan(path)
            self.total = path.stat().st_size
        self.unit = "row" if self.is_workbook else "line"
        self.keys: list[str | None] = []
        self.shown: dict[str, str] = {}
        self.width = 0

    def _cells(self, progress: Callable[[int], None]) -> Iterator[tuple[int, list[str]]]:
        if self.is_workbook:
            return workbook.cells(self.path, progress)
        return text_file.cells(self.path, self.encoding, progress)

    def read_header(self) -> None:
        """Refuses a file whose first row is not the expected header."""
        found = next(self._cells(lambda _done: None), None)
        if found is None:
            raise UserError(translate("imports", "{file} is empty.").format(file=self.path.name))
        headings = [name.strip() for name in found[1]]
        _check_header(self.path, headings, self.columns)
        self.keys = [self.columns.key(name) for name in headings]
        self.shown = {key: name for key, name in zip(self.keys, headings, strict=True) if key}
        self.width = len(headings)

    def headings(self) -> list[str]:
        """The columns as the file names them, in its order."""
        return [self.shown[key] for key in self.keys if key]

    def rows(self, report: Progress | None = None) -> Iterator[Row]:
        """The data rows (empty ones skipped); ``report(done, total)`` is told how far."""
        tell = (lambda done: report(done, self.total)) if report else (lambda _done: None)
        cells = self._cells(tell)
        next(cells, None)  # the header, checked by ``read_header``
        count = 0
        for line, values in cells:
            if not any(cell.strip() for cell in values):
                continue
            count += 1
            if len(values) > self.width:
                yield self._bad_width(line, values)
                continue
            pairs = zip(self.keys, values, strict=False)
            yield Row(line, {key: value for key, value in pairs if key}, self.shown, self.unit)
        if count == 0:
            raise UserError(
                translate("imports", "{file} has no data lines.").format(file=self.path.name)
            )

    def _bad_width(self, line: int, values: list[str]) -> Row:
        row = Row(line, {}, self.shown, self.unit)
        reason = translate("imports", "{n} cells, but the header has {m} columns").format(
            n=len(values), m=self.width
        )
        row.problems.append(RowProblem(line, "", ",".join(values)[:200], reason, self.unit))
        return row


SAMPLE = 200
"""Rows a preview shows."""


@dataclass
class Checked:
    """What reading the whole file found, before anything is written: the preview."""

    table: Table
    rows: int = 0
    problems: Problems = field(default_factory=Problems)
    sample: list[Row] = field(default_factory=list)
    """The first rows, as read."""

    def keep(self, row: Row) -> None:
        """Counts a row read and checked, keeps its problems, and the row if among the first."""
        self.rows += 1
        if len(self.sample) < SAMPLE:
            self.sample.append(row)
        self.problems.add(row.problems)


Progress = Callable[[int, int], None]
"""Told (done, total) as a file is read; raises ``Cancelled`` to stop the work."""


def open_table(path: Path, columns: Columns) -> Table:
    """The file (CSV or .xlsx) with its header checked; nothing is read beyond it yet."""
    if path.suffix.lower() == ".xls":
        raise UserError(
            translate(
                "imports", "{file} is an old Excel workbook; in Excel choose Save As, .xlsx."
            ).format(file=path.name)
        )
    table = Table(path, columns)
    table.read_header()
    return table


def read_rows(path: Path, columns: Columns, report: Progress | None = None) -> Iterator[Row]:
    """The data rows of a CSV file or workbook whose header has exactly these columns."""
    yield from open_table(path, columns).rows(report)


def _check_header(path: Path, found: list[str], columns: Columns) -> None:
    keys = [columns.key(name) for name in found]
    missing = [name for name in columns.required if name not in keys]
    unknown = [name for name, key in zip(found, keys, strict=True) if key is None]
    duplicated = sorted({name for name, key in zip(found, keys, strict=True)
                         if key is not None and keys.count(key) > 1})  # fmt: skip
    if missing or unknown or duplicated:
        parts = []
        if missing:
            parts.append(
                translate("imports", "missing columns: {names}").format(names=", ".join(missing))
            )
        if unknown:
            parts.append(
                translate("imports", "unknown columns: {names}").format(names=", ".join(unknown))
            )
        if duplicated:
            parts.append(
                translate("imports", "repeated columns: {names}").format(
                    names=", ".join(duplicated)
                )
            )
        raise UserError(
            translate("imports", "{file}, line 1 (header): {problems}. Expected: {header}").format(
                file=path.name, problems="; ".join(parts), header=columns.expected()
            )
        )


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the one-line summary."""

    what: str
    read: int
    new: int
    updated: int
    unchanged: int

    def summary(self) -> str:
        """E.g. "12 people read: 10 new, 2 updated, 0 unchanged."."""
        return translate(
            "imports", "{read} {what} read: {new} new, {updated} updated, {unchanged} unchanged."
        ).format(
            read=self.read,
            what=self.what,
            new=self.new,
            updated=self.updated,
            unchanged=self.unchanged,
        )
