"""Importing participants from CSV or Excel, all or nothing, and exporting them as CSV.

Every line is checked before anything is written (``check_people``, also the window's
preview); then the whole file is written in one transaction (``people_writing``). The file
is read a row at a time both times, so a roster of any size takes the same memory.
Importing the same file again finds nothing to change.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.imports import people_writing as writing
from app.imports import text_file, workbook
from app.imports.csv_reading import (
    Checked,
    Columns,
    ImportFailed,
    ImportResult,
    Progress,
    Row,
    Table,
    open_table,
)
from app.imports.roster_checks import QUERY, Known
from app.permissions import Account, Capability
from app.services import people
from app.services.site import CODE_PATTERN
from db.database import Database

HEADER = [
    "code", "role", "community", "enrolled_on", "left_on", "sex", "birth_date", "education",
    "marital_status", "working", "diagnosis", "caregiver_of",
]  # fmt: skip
ROLE_ALIASES = {"同伴": "peer", "同伴支持者（同伴）": "peer", "家属": "caregiver"}
EARLIEST_BIRTH = date(1900, 1, 1)
WORKING = {"yes": True, "是": True, "no": False, "否": False}


@dataclass(frozen=True)
class PersonLine:
    """One checked line of the file."""

    line: int
    data: people.PersonData
    role: str
    enrolled_on: date
    left_on: date | None
    caregiver_of: str | None


COLUMNS = Columns(tuple(HEADER), (), {
    "code": ("编号",), "role": ("角色",), "community": ("社区",), "enrolled_on": ("入组日期",),
    "left_on": ("离开日期", "退出日期"), "sex": ("性别",), "birth_date": ("出生日期",),
    "education": ("文化程度",), "marital_status": ("婚姻状况",),
    "working": ("工作状况", "是否工作"), "diagnosis": ("诊断",), "caregiver_of": ("照料对象",),
})  # fmt: skip
"""The roster's columns; the Chinese headings are the glossary's and the window's words."""
BATCH = 2000
"""Lines written per flush: a flush per line made 100,000 people take half an hour."""


def check_people(
    db: Database, actor: Account, path: Path, report: Progress | None = None
) -> Checked:
    """Reads the file (CSV or .xlsx) and finds every problem, writing nothing."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    checked = Checked(open_table(path, COLUMNS))
    known = Known(db)
    try:
        today, batch = date.today(), []
        for row in checked.table.rows(report):
            line = _check(row, known.communities, today)
            checked.keep(row)
            if line is not None:
                batch.append((row, line))
            if len(batch) >= QUERY:
                checked.problems.add(known.cross_check(batch))
                batch = []
        checked.problems.add(known.cross_check(batch))
        checked.problems.add(known.forward_references())
    finally:
        known.close()
    return checked


def import_people(
    db: Database, actor: Account, path: Path, report: Progress | None = None,
    checked: Checked | None = None,
) -> ImportResult:  # fmt: skip
    """Reads the file, refuses it whole on any problem, else writes it in one transaction.

    The file is read twice, a row at a time: once to check every line (skipped when the
    preview's ``checked`` is given), once to write, so memory stays the same whatever its
    size. ``report`` is told the progress and may cancel; then nothing is written.
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    halves = checked is None
    if checked is None:
        first = None if report is None else (lambda done, total: report(done, 2 * total))
        checked = check_people(db, actor, path, first)
    checked.problems.refuse(path)
    table = checked.table
    second = report
    if report is not None and halves:
        second = lambda done, total: report(total + done, 2 * total)  # noqa: E731
    counts = writing.Counts()
    try:
        with db.transaction(actor.username) as session:
            _write(session, table, counts, second)
            if _digest(table) != table.digest:
                raise UserError(translate(
                    "imports", "the file changed while it was read; import it again"))  # fmt: skip
    except UserError as error:
        if isinstance(error, ImportFailed):
            raise
        raise UserError(f"{path.name}: {error}") from None
    return ImportResult(translate("imports", "people"), checked.rows, counts.new,
                        counts.updated, counts.unchanged)  # fmt: skip


def _write(session: Session, table: Table, counts: writing.Counts,
           report: Progress | None) -> None:  # fmt: skip
    """Reads the checked file again and writes it in batches."""
    communities = writing.communities(session)
    known, today, batch = set(communities), date.today(), []
    for row in table.rows(report):
        line = _check(row, known, today)
        if line is None:
            raise UserError(translate(
                "imports", "the file changed while it was read; import it again"))  # fmt: skip
        batch.append(line)
        if len(batch) >= BATCH:
            writing.write_batch(session, batch, communities, counts)
            writing.link_caregivers(session, counts)
            batch = []
    writing.write_batch(session, batch, communities, counts)
    writing.link_caregivers(session, counts, final=True)


def _digest(table: Table) -> str:
    if table.is_workbook:
        return workbook.digest(table.path)
    return text_file.scan(table.path)[1]


def export_people(db: Database, actor: Account) -> str:
    """Every live person with their current role, as CSV the import reads back unchanged.

    The file holds diagnoses and leaves the site's protection, so it asks for both the
    clinical details and the contact details.
    """
    access.require(db, actor, Capability.SEE_CLINICAL)
    access.require(db, actor, Capability.SEE_CONTACTS)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for values in _snapshot(db, actor).values():
        writer.writerow(values)
    return out.getvalue()


def _snapshot(db: Database, actor: Account) -> dict[str, tuple[str, ...]]:
    """Each person's exported values by code, to tell new, changed and unchanged apart."""
    snapshot = {}
    for row in (r.person for r in people.registry(db, actor)):
        if row.role is None or row.enrolled_on is None:
            continue
        working = "" if row.working is None else ("yes" if row.working else "no")
        snapshot[row.code] = (
            row.code,
            row.role,
            row.community,
            row.enrolled_on.isoformat(),
            row.left_on.isoformat() if row.left_on else "",
            row.sex or "",
            row.birth_date.isoformat() if row.birth_date else "",
            row.education or "",
            row.marital_status or "",
            working,
            row.diagnosis or "",
            row.caregiver_of or "",
        )
    return snapshot


def _check(row: Row, communities: set[str], today: date) -> PersonLine | None:
    """Every rule of one line; problems are noted on the row."""
    code = row.required("code")
    if code is not None and not CODE_PATTERN.match(code):
        row.problem("code", translate("imports", "a code is 1-32 letters, digits, - or _"))
    role = row.code("role", codes.ROLES, ROLE_ALIASES)
    if role is None and not row.text("role"):
        row.problem("role", translate("imports", "a value is required"))
    community = row.required("community")
    if community is not None and community not in communities:
        row.problem("community", translate("imports", "no community has this code"))
    enrolled_on = row.day("enrolled_on", required=True)
    left_on = row.day("left_on")
    birth_date = row.day("birth_date")
    for column, value in (("enrolled_on", enrolled_on), ("birth_date", birth_date)):
        if value is not None and value > today:
            row.problem(column, translate("imports", "the date is in the future"))
    if enrolled_on and left_on and left_on < enrolled_on:
        row.problem("left_on", translate("imports", "left before enrolling"))
    working_text = row.text("working")
    if working_text and working_text.casefold() not in WORKING:
        row.problem("working", translate("imports", "write yes or no"))
    caregiver_of = row.text("caregiver_of") or None
    if caregiver_of and role not in (None, "caregiver"):
        row.problem("caregiver_of", translate("imports", "only a caregiver cares for someone"))
    if caregiver_of and caregiver_of == code:
        row.problem("caregiver_of", translate("imports", "a person cannot care for themselves"))
    data = people.PersonData(
        code=code or "",
        community=community or "",
        sex=row.code("sex", codes.SEXES),
        birth_date=birth_date,
        education=row.code("education", codes.EDUCATION),
        marital_status=row.code("marital_status", codes.MARITAL_STATUSES),
        working=WORKING.get(working_text.casefold()) if working_text else None,
        diagnosis=row.code("diagnosis", codes.DIAGNOSES),
    )
    if birth_date is not None and birth_date < EARLIEST_BIRTH:
        row.problem("birth_date", translate("imports", "born before 1900"))
    for problem in people.check_person(data, today).errors:
        if problem.field not in row.bad:
            row.problem(problem.field, problem.message)
    if row.problems or role is None or enrolled_on is None:
        return None
    return PersonLine(row.line, data, role, enrolled_on, left_on, caregiver_of)
