"""Importing survey answers from CSV or Excel, all or nothing, without duplicates.

As with rosters (``people_csv``), every line is checked before anything is written
(``check_surveys``, also the window's preview), then the file is read again and written in
one transaction, in batches (``surveys_writing``); each answer's first line is kept in a
scratch file, so a file of any size takes the same memory. Importing the same file again
finds nothing to change."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.imports import text_file, workbook
from app.imports.csv_reading import (
    Checked,
    Columns,
    ImportFailed,
    ImportResult,
    Progress,
    Row,
    RowProblem,
    Table,
    open_table,
)
from app.imports.surveys_writing import Counts, roles_of, write_batch
from app.permissions import Account, Capability
from app.services import surveys
from db.database import Database

HEADER = ["person_code", "instrument", "item", "answer", "date"]
OPTIONAL = ("reason",)
COLUMNS = Columns(tuple(HEADER), OPTIONAL, {
    "person_code": ("编号",), "instrument": ("评估工具",), "item": ("问题",),
    "answer": ("回答",), "date": ("日期", "评估日期"), "reason": ("原因", "未评估原因"),
})  # fmt: skip
"""The answers' columns; the Chinese headings are the window's words."""
ANSWER_ALIASES = {"未评估": "not_assessed"}
BATCH = 2000
"""Lines checked and written together: one query for their people, one for their answers."""


@dataclass
class CheckedAnswers(Checked):
    """The preview of an answers file: what reading it whole found, nothing written."""


def check_surveys(
    db: Database, actor: Account, path: Path, report: Progress | None = None
) -> CheckedAnswers:
    """Reads the answers (CSV or .xlsx) and finds every problem, writing nothing."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    checked = CheckedAnswers(open_table(path, COLUMNS))
    table = checked.table
    with closing(_Seen()) as seen:
        for batch in _batches(db, table, report):
            for row, answer in batch:
                checked.keep(row)
                if answer is not None:
                    checked.problems.add(seen.again(row.line, answer, table))
    return checked


def import_surveys(
    db: Database, actor: Account, path: Path, report: Progress | None = None,
    checked: CheckedAnswers | None = None,
) -> ImportResult:  # fmt: skip
    """Reads the answers, refuses the file whole on any problem, else saves them together.

    The file is read twice, a row at a time: once to check every line (skipped when the
    preview's ``checked`` is given), once to write it in batches in one transaction, so
    memory stays the same whatever its size. ``report`` is told the progress and may
    cancel; then nothing is written.
    """
    access.require(db, actor, Capability.RECORD_SURVEYS)
    second = report
    if checked is None:
        first = None if report is None else (lambda done, total: report(done, 2 * total))
        checked = check_surveys(db, actor, path, first)
        if report is not None:
            second = lambda done, total: report(total + done, 2 * total)  # noqa: E731
    checked.problems.refuse(path)
    table, counts = checked.table, Counts()
    try:
        with db.transaction(actor.username) as session:
            for batch in _batches(db, table, second, session):
                if any(answer is None for _, answer in batch):
                    raise UserError(_changed())
                write_batch(session, [answer for _, answer in batch if answer], counts)
            if _digest(table) != table.digest:
                raise UserError(_changed())
    except UserError as error:
        if isinstance(error, ImportFailed):
            raise
        raise UserError(f"{path.name}: {error}") from None
    return ImportResult(translate("imports", "answers"), checked.rows, counts.new,
                        counts.updated, counts.unchanged)  # fmt: skip


def _batches(
    db: Database, table: Table, report: Progress | None, session: Session | None = None
) -> Iterator[list[tuple[Row, surveys.Answer | None]]]:
    """The file's rows checked, BATCH at a time, each with its answer (None when a rule
    failed); the people they name are looked up once per batch."""
    today, rows = date.today(), []
    for row in table.rows(report):
        rows.append(row)
        if len(rows) >= BATCH:
            yield _checked(db, rows, today, session)
            rows = []
    if rows:
        yield _checked(db, rows, today, session)


def _checked(
    db: Database, rows: list[Row], today: date, session: Session | None
) -> list[tuple[Row, surveys.Answer | None]]:
    codes_named = {row.text("person_code") for row in rows} - {""}
    if session is None:
        with db.reading() as reading:
            roles = roles_of(reading, codes_named)
    else:
        roles = roles_of(session, codes_named)
    return [(row, _check(row, roles, today)) for row in rows]


def _changed() -> str:
    return translate("imports", "the file changed while it was read; import it again")


def _digest(table: Table) -> str:
    return workbook.digest(table.path) if table.is_workbook else text_file.scan(table.path)[1]


class _Seen:
    """Each answer's first line, kept in a private scratch database on disk (SQLite's
    temporary file, gone when closed): a file of a million answers must not need a
    million keys in memory."""

    def __init__(self) -> None:
        self.scratch = sqlite3.connect("")
        self.scratch.execute("CREATE TABLE seen (person TEXT, instrument TEXT, item TEXT, "
                             "day TEXT, line INTEGER, PRIMARY KEY (person, instrument, item, "
                             "day)) WITHOUT ROWID")  # fmt: skip

    def again(self, line: int, answer: surveys.Answer, table: Table) -> list[RowProblem]:
        """The same person, item and date twice in one file is ambiguous: refused."""
        key = (answer.person, answer.instrument, answer.item, answer.answered_on.isoformat())
        found = self.scratch.execute(
            "SELECT line FROM seen WHERE person = ? AND instrument = ? AND item = ? AND day = ?",
            key,
        ).fetchone()
        if found is None:
            self.scratch.execute("INSERT INTO seen VALUES (?, ?, ?, ?, ?)", (*key, line))
            return []
        reason = translate("imports", "the same answer is on line {other}")
        return [RowProblem(line, table.shown.get("person_code", ""), answer.person,
                           reason.format(other=found[0]), table.unit)]  # fmt: skip

    def close(self) -> None:
        self.scratch.close()


def _check(row: Row, roles: dict[str, set[str]], today: date) -> surveys.Answer | None:
    """Every rule of one line; problems are noted on the row."""
    person = row.required("person_code")
    if person is not None and person not in roles:
        row.problem("person_code", translate("imports", "no person has this code"))
    instrument = row.required("instrument")
    item = row.required("item")
    answer = row.code("answer", codes.SURVEY_ANSWERS, ANSWER_ALIASES)
    if answer is None and not row.text("answer"):
        row.problem("answer", translate("imports", "a value is required"))
    answered_on = row.day("date", required=True)
    if instrument and instrument not in codes.INSTRUMENTS:
        row.problem(
            "instrument",
            translate("imports", "not a known instrument; use one of: {choices}").format(
                choices=", ".join(codes.INSTRUMENTS)
            ),
        )
    elif instrument and item and item not in codes.INSTRUMENTS[instrument]:
        row.problem(
            "item",
            translate("imports", "not an item of {instrument}; use one of: {choices}").format(
                instrument=instrument, choices=", ".join(codes.INSTRUMENTS[instrument])
            ),
        )
    elif instrument and person in roles:
        needed = codes.INSTRUMENT_ROLES[instrument]
        if needed not in roles[person]:
            row.problem(
                "instrument",
                translate(
                    "imports", "{instrument} is for a {role}, and {person} never was one"
                ).format(instrument=instrument, role=needed, person=person),
            )
    if answered_on is not None and answered_on > today:
        row.problem("date", translate("imports", "the date is in the future"))
    if row.problems or None in (person, instrument, item, answer, answered_on):
        return None
    assert person and instrument and item and answer and answered_on
    return surveys.Answer(person, instrument, item, answer, answered_on, row.text("reason"))
