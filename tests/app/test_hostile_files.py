"""Hostile and careless files at `people import` and `surveys import`: each is refused with
an ``error:`` message naming what is wrong and exit 1, never a traceback, the database
unchanged, memory bounded; the figures are printed as the hostile-input table."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.imports import people_csv, surveys_csv
from db import engine
from db.database import Database
from main import main
from tests.helpers import write_workbook

PEOPLE = ",".join(people_csv.HEADER)
ANSWERS = ",".join(surveys_csv.HEADER)
GOOD_PERSON = "P9,peer,TJH,2015-09-01,,female,1975-05-05,,,,,"
GOOD_ANSWER = "C1,consumer_satisfaction,satisfied_with_peers,yes,2016-06-01"
MEMORY_BOUND = 100 * 2**20


def _text(*lines: str, encoding: str = "utf-8") -> Callable[[Path], bytes]:
    return lambda _folder: "\r\n".join(lines).encode(encoding)


def _random(_folder: Path) -> bytes:
    return random.Random(21).randbytes(50_000)


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _workbook_with_bad_row(header: str, good: str) -> Callable[[Path], bytes]:
    def make(folder: Path) -> bytes:
        rows: list[list[object]] = [header.split(","), good.split(",")]
        rows.append([*good.split(",")[:-1], "not a date"])
        return write_workbook(folder / "made.xlsx", rows).read_bytes()

    return make


def _shared_strings_bomb(header: str) -> Callable[[Path], bytes]:
    """A workbook whose shared strings grow from a few hundred kilobytes to 120 MB when unpacked."""

    def make(folder: Path) -> bytes:
        good = write_workbook(folder / "base.xlsx", [header.split(","), ["x"]])
        with zipfile.ZipFile(good) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        huge = "A" * (120 * 2**20)
        parts["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>{huge}</t></si></sst>'
        ).encode()
        return _zip(parts)

    return make


def _many_empty_rows(header: str) -> Callable[[Path], bytes]:
    """A workbook claiming a million rows (the sheet's dimension), holding one bad one."""

    def make(folder: Path) -> bytes:
        good = write_workbook(folder / "base.xlsx", [header.split(","), ["?"]])
        with zipfile.ZipFile(good) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        parts["xl/worksheets/sheet1.xml"] = sheet.replace(
            '<dimension ref="A1:', '<dimension ref="A1:Z1048576" x="'
        ).encode()
        return _zip(parts)

    return make


def _cases(
    header: str, good: str, suffix: str = ".csv"
) -> dict[str, tuple[str, Callable[[Path], bytes]]]:
    """Each hostile file: its name's suffix and how to make its bytes."""
    bad_values = ",".join("???" for _ in header.split(","))
    return {
        "empty file": (suffix, _text("")),
        "header only": (suffix, _text(header)),
        "random bytes": (suffix, _random),
        "NUL bytes in the text": (suffix, _text(header, good.replace(",", "\x00,", 1))),
        "UTF-16 text": (suffix, _text(header, good, encoding="utf-16")),
        "bytes in no known encoding": (suffix, lambda _f: header.encode() + b"\r\n\xff\xfe\x81"),
        "an unterminated quote": (suffix, _text(header, '"' + good)),
        "a 2 MB line": (suffix, _text(header, "x" * (2 * 2**20))),
        "one 30 MB line without a line end": (suffix, lambda _f: b"a," * (15 * 2**20)),
        "100,000 columns": (suffix, _text(header, "," * 100_000)),
        "a required column missing": (suffix, _text(header.split(",", 1)[1], good)),
        "an unknown column": (suffix, _text(header + ",shoe_size", good + ",42")),
        "a column twice": (suffix, _text(header + "," + header.split(",")[0], good + ",x")),
        "a bad value in every column": (suffix, _text(header, bad_values)),
        "100,000 bad lines": (suffix, _text(header, *[bad_values] * 100_000)),
        "the same line twice": (suffix, _text(header, good, good)),
        "formulas for values": (suffix, _text(header, ",".join("=1+1" for _ in good.split(",")))),
        "a date far in the future": (suffix, _text(header, _in_the_future(good))),
        "an old .xls workbook": (".xls", _random),
        "an .xlsx that is no zip": (".xlsx", _random),
        "an .xlsx zip without a workbook": (".xlsx", lambda _f: _zip({"a.txt": b"hello"})),
        "a workbook with a bad row": (".xlsx", _workbook_with_bad_row(header, good)),
        "a workbook claiming a million rows": (".xlsx", _many_empty_rows(header)),
        "shared strings unpacking to 120 MB": (".xlsx", _shared_strings_bomb(header)),
        "a folder, not a file": ("/", lambda _f: b""),
        "no such file": ("!", lambda _f: b""),
    }


def _in_the_future(line: str) -> str:
    return line.replace("20", "29", 1).replace("19", "29", 1)


CASES = {
    **{f"people: {name}": ("people", *case) for name, case in _cases(PEOPLE, GOOD_PERSON).items()},
    **{
        f"surveys: {name}": ("surveys", *case)
        for name, case in _cases(ANSWERS, GOOD_ANSWER).items()
    },
}


@dataclass(frozen=True)
class Outcome:
    """What one case's import did."""

    code: int
    err: str
    traceback: str | None
    changed: bool
    peak: int

    @property
    def refused_cleanly(self) -> bool:
        return (self.traceback is None and self.code == 1 and self.err.startswith("error: ")
                and "Traceback" not in self.err and not self.changed)  # fmt: skip


def _snapshot(path: Path) -> str:
    """A digest of everything the database holds, read with the program's own SQLite."""
    connection = engine.connect_file(path, read_only=True)
    digest = hashlib.sha256()
    try:
        listing = "SELECT name, sql FROM sqlite_master ORDER BY name"
        for name, sql in connection.execute(listing).fetchall():
            digest.update(f"{name}\n{sql}\n".encode())
            if sql and sql.startswith("CREATE TABLE"):
                rows = connection.execute(f'SELECT * FROM "{name}"').fetchall()
                digest.update(repr(sorted(map(repr, rows))).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def _file(folder: Path, name: str) -> Path:
    _command, suffix, make = CASES[name]
    stem = folder / name.split(": ")[1].replace(" ", "_").replace(",", "").replace("/", "_")
    if suffix == "/":
        stem.mkdir(exist_ok=True)
        return stem
    if suffix == "!":
        return stem.with_suffix(".csv")
    path = stem.with_suffix(suffix)
    path.write_bytes(make(folder))
    return path


def _resident(field: str) -> int:
    """This process's resident memory now (VmRSS) or at its peak since reset (VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(field)


def _try(db: Database, name: str, folder: Path, capsys: pytest.CaptureFixture[str]) -> Outcome:
    """Imports the case's file with the command line; its peak is how far the process's
    resident memory rose above where it was (Linux resets the peak on request), so memory
    taken by C libraries (SQLite, the XML parser) counts too."""
    assert db.file is not None
    command = CASES[name][0]
    path = _file(folder, name)
    before = _snapshot(db.file)
    capsys.readouterr()
    Path("/proc/self/clear_refs").write_text("5")
    start = _resident("VmRSS")
    traceback, code = None, -1
    try:
        code = main(["--db", str(db.file), command, "import", str(path)])
    except BaseException as error:  # a traceback is what is counted here
        traceback = f"{type(error).__name__}: {error}"
    peak = _resident("VmHWM") - start
    err = capsys.readouterr().err
    return Outcome(code, err, traceback, _snapshot(db.file) != before, peak)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux's memory figures")
def test_hostile_file_figures(
    people_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Prints the hostile-input table for import files: every case refused cleanly, no
    traceback, no refusal that changed the database, the worst case's memory bounded."""
    outcomes = {name: _try(people_db, name, tmp_path, capsys) for name in CASES}
    worst = max(outcomes, key=lambda n: outcomes[n].peak)
    figures = {
        "cases tried": len(outcomes),
        "refused cleanly (error:, exit 1)": sum(o.refused_cleanly for o in outcomes.values()),
        "tracebacks (goal 0)": sum(o.traceback is not None for o in outcomes.values()),
        "refusals that changed the database (goal 0)": sum(o.changed for o in outcomes.values()),
    }
    with capsys.disabled():
        print("\nhostile files at people import and surveys import")
        for label, figure in figures.items():
            print(f"  {label:<48}{figure:>8}")
        print(f"  {'peak memory of the worst case (MB)':<48}"
              f"{outcomes[worst].peak / 2**20:>8.1f}  ({worst})")  # fmt: skip
    unclean = {name: o for name, o in outcomes.items() if not o.refused_cleanly}
    assert figures["tracebacks (goal 0)"] == 0, unclean
    assert figures["refusals that changed the database (goal 0)"] == 0, unclean
    assert unclean == {}
    assert outcomes[worst].peak < MEMORY_BOUND, worst
