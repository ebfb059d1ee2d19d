"""Importing and exporting participants as CSV, all or nothing.

Every line is checked before anything is written; then the whole file is written in one
transaction. Importing the same file again finds nothing to change.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.imports.csv_reading import ImportFailed, ImportResult, Row, RowProblem, read_rows
from app.permissions import Account, Capability
from app.services import lookup, people
from app.services.site import CODE_PATTERN, list_communities
from db.base import new_uuid
from db.database import Database
from db.models import Community, Enrolment, Person

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


def import_people(db: Database, actor: Account, path: Path) -> ImportResult:
    """Reads the file, refuses it whole on any problem, else writes it in one transaction."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    rows = list(read_rows(path, HEADER))
    known_communities = {c.code for c in list_communities(db)}
    checked = [_check(row, known_communities, date.today()) for row in rows]
    problems = [p for row in rows for p in row.problems]
    lines = [line for line in checked if line is not None]
    problems += _cross_check(db, lines)
    if problems:
        raise ImportFailed(path, sorted(problems, key=lambda p: p.line))
    before = _snapshot(db, actor)
    try:
        with db.transaction(actor.username) as session:
            _write(session, lines)
    except UserError as error:
        raise UserError(f"{path.name}: {error}") from None
    after = _snapshot(db, actor)
    codes_read = [line.data.code for line in lines]
    new = sum(1 for c in codes_read if c not in before)
    updated = sum(1 for c in codes_read if c in before and before[c] != after.get(c))
    return ImportResult(
        translate("imports", "people"), len(lines), new, updated, len(lines) - new - updated
    )


BATCH = 2000
"""Lines written per flush: a flush per line made 100,000 people take half an hour."""


def _write(session: Session, lines: list[PersonLine]) -> None:
    """Writes every checked line in batches, in the caller's transaction: people found by
    their codes and enrolments by person, role and day with one query per batch, as
    ``people.save_person`` and ``people.enrol_in`` would one at a time."""
    communities = {c.code: c for c in session.scalars(select(Community))}
    saved: dict[str, Person] = {}
    for start in range(0, len(lines), BATCH):
        batch = lines[start : start + BATCH]
        found = _by_code(session, [line.data.code for line in batch])
        known = [p.id for p in found.values()]  # only they can have enrolments already
        for line in batch:
            person = found.get(line.data.code)
            if person is None:
                person = Person(id=new_uuid(), code=line.data.code)
                session.add(person)
            _fill(person, line.data, communities[line.data.community].id)
            saved[line.data.code] = person
        with session.no_autoflush:
            enrolled = _enrolments(session, known)
        for line in batch:
            person = saved[line.data.code]
            key = (person.id, line.role, line.enrolled_on)
            enrolment = enrolled.get(key)
            if enrolment is None:
                enrolment = Enrolment(id=new_uuid(), person_id=person.id, role=line.role,
                                      enrolled_on=line.enrolled_on)  # fmt: skip
                session.add(enrolment)
            enrolment.community_id = communities[line.data.community].id
            enrolment.left_on = line.left_on
            enrolment.deleted = False
        session.flush()
    for line in lines:
        if line.caregiver_of:
            cared_for = saved.get(line.caregiver_of) or lookup.person(session, line.caregiver_of)
            people.link_caregiver(session, saved[line.data.code], cared_for)


def _fill(person: Person, data: people.PersonData, community_id: str) -> None:
    person.community_id = community_id
    person.sex = data.sex
    person.birth_date = data.birth_date
    person.education = data.education
    person.marital_status = data.marital_status
    person.working = data.working
    person.diagnosis = data.diagnosis
    person.deleted = False


def _by_code(session: Session, wanted: list[str]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found |= {p.code: p for p in session.scalars(select(Person).where(Person.code.in_(chunk)))}
    return found


def _enrolments(session: Session, ids: list[str]) -> dict[tuple[str, str, date], Enrolment]:
    found: dict[tuple[str, str, date], Enrolment] = {}
    for start in range(0, len(ids), 500):
        stmt = select(Enrolment).where(Enrolment.person_id.in_(ids[start : start + 500]))
        found |= {(e.person_id, e.role, e.enrolled_on): e for e in session.scalars(stmt)}
    return found


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
        if not any(p.column == problem.field for p in row.problems):
            row.problem(problem.field, problem.message)
    if row.problems or role is None or enrolled_on is None:
        return None
    return PersonLine(row.line, data, role, enrolled_on, left_on, caregiver_of)


def _cross_check(db: Database, lines: list[PersonLine]) -> list[RowProblem]:
    """Problems between lines: a code twice, a caregiver of someone nobody knows, a code
    corrected since (an old roster would otherwise enrol the person a second time)."""
    problems = []
    first_line: dict[str, int] = {}
    for line in lines:
        code = line.data.code
        if code in first_line:
            problems.append(
                RowProblem(
                    line.line,
                    "code",
                    code,
                    translate("imports", "the same code is on line {other}").format(
                        other=first_line[code]
                    ),
                )
            )
        first_line.setdefault(code, line.line)
    listed = people.list_people(db)
    existing = {row.code for row in listed}
    corrected = {old: row.code for row in listed for old in row.former_codes}
    for line in lines:
        now = corrected.get(line.data.code)
        if now is not None and line.data.code not in existing:
            problems.append(
                RowProblem(
                    line.line,
                    "code",
                    line.data.code,
                    translate("imports", "this code was corrected to {code}; use {code}").format(
                        code=now
                    ),
                )
            )
        if (
            line.caregiver_of
            and line.caregiver_of not in first_line.keys() | existing | corrected.keys()
        ):
            problems.append(
                RowProblem(
                    line.line,
                    "caregiver_of",
                    line.caregiver_of,
                    translate("imports", "no person has this code, in the file or the database"),
                )
            )
    return problems
