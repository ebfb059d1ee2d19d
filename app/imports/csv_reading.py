"""Reading CSV files as Chinese Excel writes them, and reporting exactly what is wrong.

Excel saves "CSV UTF-8" with a byte-order mark and plain "CSV" in the Windows code page,
which on Chinese Windows is GBK (read here as its superset GB18030). Dates come as
2015-09-01, 2015/9/1 or 2015年9月1日. Nothing is guessed: a value that is not understood
is reported with its file, line, column and value.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.codes import CodeList
from app.errors import UserError
from app.i18n import translate

DATE_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
)
MAX_PROBLEMS_SHOWN = 50


@dataclass(frozen=True)
class RowProblem:
    """One value that could not be taken: where it is and why."""

    line: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        return translate("imports", "line {line}, column {column} ({value!r}): {reason}").format(
            line=self.line, column=self.column, value=self.value, reason=self.reason
        )


class ImportFailed(UserError):
    """The file was refused as a whole; nothing was written."""

    def __init__(self, path: Path, problems: list[RowProblem]) -> None:
        self.path = path
        self.problems = problems
        shown = [str(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            shown.append(
                translate("imports", "... and {n} more problems.").format(
                    n=len(problems) - MAX_PROBLEMS_SHOWN
                )
            )
        heading = translate(
            "imports", "{file}: nothing was imported, {n} problem(s) found:"
        ).format(file=path.name, n=len(problems))
        super().__init__("\n".join([heading, *shown]))


@dataclass
class Row:
    """One data line of the file, with its line number for messages."""

    line: int
    values: dict[str, str]
    problems: list[RowProblem] = field(default_factory=list)

    def text(self, column: str) -> str:
        """The trimmed text of a cell ("" when empty)."""
        return self.values.get(column, "").strip()

    def problem(self, column: str, reason: str) -> None:
        """Notes a value that cannot be taken."""
        self.problems.append(RowProblem(self.line, column, self.text(column), reason))

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
    wanted = value.strip().casefold()
    for code in codes:
        if wanted in (code.code.casefold(), code.zh.casefold(), code.en.casefold()):
            return code.code
    return aliases.get(value.strip())


def decode(path: Path, raw: bytes) -> str:
    """The file's text: UTF-8 (with or without BOM) first, then GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(
        translate(
            "imports", "{file}: the text encoding is not understood; save it as CSV UTF-8."
        ).format(file=path.name)
    )


def read_rows(path: Path, header: list[str], optional: tuple[str, ...] = ()) -> Iterator[Row]:
    """The data lines of a CSV file whose header must be exactly the given columns."""
    if path.suffix.lower() in (".xlsx", ".xls"):
        raise UserError(
            translate(
                "imports", "{file} is an Excel workbook; in Excel choose Save As, CSV UTF-8."
            ).format(file=path.name)
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UserError(
            translate("imports", "Cannot read {file}: {reason}").format(
                file=path, reason=error.strerror
            )
        ) from None
    if b"\x00" in raw:
        raise UserError(translate("imports", "{file} is not a text file.").format(file=path.name))
    reader = csv.reader(io.StringIO(decode(path, raw), newline=""))
    try:
        found = [name.strip() for name in next(reader)]
    except StopIteration:
        raise UserError(translate("imports", "{file} is empty.").format(file=path.name)) from None
    _check_header(path, found, header, optional)
    rows = 0
    try:
        for values in reader:
            if not any(cell.strip() for cell in values):
                continue
            rows += 1
            line = reader.line_num
            if len(values) > len(found):
                yield _bad_width(line, values, found)
                continue
            yield Row(line, dict(zip(found, values, strict=False)))
    except csv.Error as error:
        raise UserError(
            translate("imports", "{file}, line {line}: {reason}").format(
                file=path.name, line=reader.line_num, reason=error
            )
        ) from None
    if rows == 0:
        raise UserError(translate("imports", "{file} has no data lines.").format(file=path.name))


def _bad_width(line: int, values: list[str], found: list[str]) -> Row:
    row = Row(line, {})
    row.problems.append(
        RowProblem(
            line,
            "",
            ",".join(values),
            translate("imports", "{n} cells, but the header has {m} columns").format(
                n=len(values), m=len(found)
            ),
        )
    )
    return row


def _check_header(
    path: Path, found: list[str], header: list[str], optional: tuple[str, ...]
) -> None:
    missing = [name for name in header if name not in found]
    unknown = [name for name in found if name not in header and name not in optional]
    duplicated = sorted({name for name in found if found.count(name) > 1})
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
                file=path.name, problems="; ".join(parts), header=",".join(header)
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
