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

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.imports.csv_reading import ImportFailed, ImportResult, Row, RowProblem, read_rows
from app.permissions import Account, Capability
from app.services import lookup, people
from app.services.site import CODE_PATTERN, list_communities
from db.database import Database

HEADER = [
    "code", "role", "community", "enrolled_on", "left_on", "sex", "birth_date", "education",
    "marital_status", "working", "diagnosis", "caregiver_of",
]  # fmt: skip
ROLE_ALIASES = {"同伴": "peer", "同伴支持者（同伴）": "peer", "家属": "caregiver"}
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
            saved = {}
            for line in lines:
                person = people.save_person(session, line.data, date.today())
                community = lookup.community(session, line.data.community)
                people.enrol_in(
                    session, person, line.role, community, line.enrolled_on, line.left_on
                )
                saved[line.data.code] = person
            for line in lines:
                if line.caregiver_of:
                    cared_for = saved.get(line.caregiver_of) or lookup.person(
                        session, line.caregiver_of
                    )
                    people.link_caregiver(session, saved[line.data.code], cared_for)
    except UserError as error:
        raise UserError(f"{path.name}: {error}") from None
    after = _snapshot(db, actor)
    codes_read = [line.data.code for line in lines]
    new = sum(1 for c in codes_read if c not in before)
    updated = sum(1 for c in codes_read if c in before and before[c] != after.get(c))
    return ImportResult(
        translate("imports", "people"), len(lines), new, updated, len(lines) - new - updated
    )


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
