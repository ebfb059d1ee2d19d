"""Checks between a roster's lines, and against the database, in bounded memory.

A code twice, a code corrected since (an old roster would otherwise enrol the person a
second time), a caregiver of someone nobody knows. Each code's first line is kept in a
private scratch database on disk (SQLite's temporary file, gone when closed), not in
memory: a file of a million lines must not need a million codes in memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.i18n import translate
from app.imports.csv_reading import Row, RowProblem
from app.services.site import list_communities
from db.database import Database
from db.models import Person

if TYPE_CHECKING:
    from app.imports.people_csv import PersonLine

QUERY = 500
"""Codes looked up per query."""


class Known:
    """What checking lines against each other needs: the lines seen (on disk) and the
    codes corrected since (few)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.communities = {c.code for c in list_communities(db)}
        self.scratch = sqlite3.connect("")  # a private temporary database on disk
        self.scratch.executescript(
            "CREATE TABLE seen (code TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID;"
            "CREATE TABLE waiting (line INTEGER, shown TEXT, code TEXT, reason TEXT, unit TEXT);"
        )
        with db.reading() as session:
            stmt = select(Person.code, Person.former_codes).where(
                Person.deleted.is_(False), Person.former_codes.is_not(None)
            )
            self.corrected = {old: code for code, former in session.execute(stmt)
                              for old in json.loads(former)}  # fmt: skip

    def close(self) -> None:
        self.scratch.close()

    def cross_check(self, batch: Sequence[tuple[Row, PersonLine]]) -> list[RowProblem]:
        """The problems between these lines, those before them and the database; a caregiver
        of a code not known yet waits for the end of the file."""
        codes = [line.data.code for _, line in batch]
        existing = self._existing(codes + [line.caregiver_of for _, line in batch
                                           if line.caregiver_of])  # fmt: skip
        first = self._first_lines(codes)
        found: list[RowProblem] = []
        for row, line in batch:
            code = line.data.code
            if code in first:
                reason = translate("imports", "the same code is on line {other}")
                found.append(_problem(row, "code", reason.format(other=first[code])))
            first.setdefault(code, line.line)
            now = self.corrected.get(code)
            if now is not None and code not in existing:
                reason = translate("imports", "this code was corrected to {code}; use {code}")
                found.append(_problem(row, "code", reason.format(code=now)))
            cared_for = line.caregiver_of
            if cared_for and cared_for not in existing and cared_for not in self.corrected:
                reason = translate(
                    "imports", "no person has this code, in the file or the database"
                )
                p = _problem(row, "caregiver_of", reason)
                row.problems.pop()  # only a problem if no line of the file has the code
                self.scratch.execute("INSERT INTO waiting VALUES (?, ?, ?, ?, ?)",
                                     (p.line, p.column, p.value, p.reason, p.unit))  # fmt: skip
        self.scratch.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?)",
                                 [(code, first[code]) for code in codes])  # fmt: skip
        return found

    def forward_references(self) -> list[RowProblem]:
        """Caregivers of codes that no line of the whole file has either."""
        with closing(self.scratch.execute(
            "SELECT * FROM waiting WHERE code NOT IN (SELECT code FROM seen) ORDER BY line"
        )) as cursor:  # fmt: skip
            return [RowProblem(*values) for values in cursor]

    def _first_lines(self, codes: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(codes), QUERY):
            chunk = codes[start : start + QUERY]
            marks = ",".join("?" * len(chunk))
            found.update(self.scratch.execute(
                f"SELECT code, line FROM seen WHERE code IN ({marks})", chunk))  # fmt: skip
        return found

    def _existing(self, codes: list[str]) -> set[str]:
        found: set[str] = set()
        with self.db.reading() as session:
            for start in range(0, len(codes), QUERY):
                chunk = codes[start : start + QUERY]
                found.update(session.scalars(select(Person.code).where(
                    Person.code.in_(chunk), Person.deleted.is_(False))))  # fmt: skip
        return found


def _problem(row: Row, column: str, reason: str) -> RowProblem:
    row.problem(column, reason)
    return row.problems[-1]
