"""The cells of an Excel workbook's first sheet, read a row at a time (openpyxl's read-only
mode streams the sheet instead of loading it).

Cells become the text a person would type: a date cell becomes 2015-09-01, a whole number
12 (not 12.0), TRUE and FALSE yes and no. A number in a date column stays a number, and
is then refused as not a date: a serial number is never guessed to be one.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.i18n import translate

UNREADABLE = (zipfile.BadZipFile, zlib.error, KeyError, IndexError, ValueError, TypeError,
              AttributeError, SyntaxError, EOFError, OSError)  # fmt: skip
"""What openpyxl raises on a damaged or crafted workbook: a zip, XML or attribute it does not
expect (an unknown attribute on an element is a TypeError, a broken XML a SyntaxError)."""


MAX_HELD_BYTES = 32 * 2**20
"""The most a workbook's parts other than its sheets may hold unpacked: openpyxl reads them
whole (the shared strings, every text of the sheet, above all) even in read-only mode. A
roster of 100,000 people holds a few megabytes of text."""
MAX_RATIO = 200
"""The most a part may grow when unpacked; spreadsheet XML grows 5 to 30 times."""


def check_size(path: Path) -> None:
    """Refuses, before openpyxl reads anything, a workbook that would unpack to more than a
    roster can hold: a zip bomb, or text that would all be held in memory at once. The sizes
    the zip declares bound what is read: zipfile stops there (and checks the CRC)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return  # openpyxl's reading says what is wrong with it
    held = sum(p.file_size for p in parts if not p.filename.startswith("xl/worksheets/"))
    bomb = any(p.file_size > 2**20 and p.file_size > MAX_RATIO * max(p.compress_size, 1)
               for p in parts)  # fmt: skip
    if held > MAX_HELD_BYTES or bomb:
        raise UserError(translate(
            "imports", "{file} unpacks to far more than a roster holds; open it in Excel and "
            "save it again, or save it as CSV UTF-8."
        ).format(file=path.name))  # fmt: skip


def digest(path: Path) -> str:
    """The file's SHA-256, to tell whether it changed between preview and import."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as error:
        raise UserError(
            translate("imports", "Cannot read {file}: {reason}").format(
                file=path, reason=error.strerror
            )
        ) from None


def cells(path: Path, progress: Callable[[int], None]) -> Iterator[tuple[int, list[str]]]:
    """Each row of the first sheet (its number, its cells as text without trailing empty
    ones), the header first; ``progress`` is told the rows read so far."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, *UNREADABLE) as error:
        raise UserError(
            translate(
                "imports", "{file} is not an Excel workbook that can be read ({reason})."
            ).format(file=path.name, reason=error)
        ) from None
    try:
        if not book.worksheets:
            return
        for number, row in enumerate(book.worksheets[0].iter_rows(min_row=1, values_only=True),
                                     start=1):  # fmt: skip
            progress(number)
            values = [text(value) for value in row]
            while values and not values[-1].strip():
                values.pop()
            yield number, values
    except UNREADABLE as error:
        raise UserError(
            translate(
                "imports", "{file} is not an Excel workbook that can be read ({reason})."
            ).format(file=path.name, reason=error)
        ) from None
    finally:
        book.close()


def rows_claimed(path: Path) -> int:
    """How many rows the first sheet says it has (0 if it does not say): for progress only.
    A workbook too big to read is refused here, the first time it is opened."""
    from openpyxl import load_workbook

    check_size(path)

    try:
        book = load_workbook(path, read_only=True)
    except Exception:  # the reading proper says what is wrong with the file
        return 0
    try:
        return int(book.worksheets[0].max_row or 0) if book.worksheets else 0
    except (TypeError, ValueError):
        return 0
    finally:
        book.close()


def text(value: Any) -> str:
    """A cell's value as the text a person would have typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
