"""Finding live records by their codes, with clear messages when they are missing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import translate
from db.models import ActivitySession, Community, Person, StaffMember

T = TypeVar("T", Community, Person, StaffMember)


def _by_code(session: Session, model: type[T], code: str) -> T | None:
    stmt = select(model).where(model.code == code, model.deleted.is_(False))
    return session.scalars(stmt).first()


def community(session: Session, code: str) -> Community:
    """The community with this code."""
    found = _by_code(session, Community, code)
    if found is None:
        raise NotFound(translate("lookup", "No community has the code {code}.").format(code=code))
    return found


def person(session: Session, code: str) -> Person:
    """The participant with this code, or who had it before it was corrected.

    A current code wins over a former one, so a code given up and taken by someone else
    finds the one who holds it now.
    """
    found = _by_code(session, Person, code) or _by_former_code(session, code)
    if found is None:
        raise NotFound(translate("lookup", "No person has the code {code}.").format(code=code))
    return found


def former_codes(person: Person) -> list[str]:
    """The person's earlier codes, oldest first (a JSON list in the record)."""
    return list(json.loads(person.former_codes)) if person.former_codes else []


def _by_former_code(session: Session, code: str) -> Person | None:
    """The one live person who had the code before; none when several had it."""
    stmt = select(Person).where(
        Person.former_codes.contains(json.dumps(code), autoescape=True),
        Person.deleted.is_(False),
    )
    found = [p for p in session.scalars(stmt) if code in former_codes(p)]
    if len(found) > 1:
        raise NotFound(
            translate(
                "lookup", "More than one person had the code {code} before; use today's code."
            ).format(code=code)
        )
    return found[0] if found else None


def people(session: Session, codes: Iterable[str]) -> dict[str, Person]:
    """The participants with these codes, by code: one query, not one per code (a code
    corrected since is looked up on its own).

    The first missing code, in the order given, is the one the error names.
    """
    wanted = list(codes)
    found, _first_missing = _all_by_code(session, Person, wanted)
    for code in dict.fromkeys(wanted):
        if code not in found:
            found[code] = person(session, code)  # a former code, or the error naming it
    return found


def _all_by_code(
    session: Session, model: type[T], codes: Iterable[str]
) -> tuple[dict[str, T], str | None]:
    """The live records with these codes, by code, and the first code that has none."""
    wanted = list(dict.fromkeys(codes))
    found: dict[str, T] = {}
    if wanted:
        stmt = select(model).where(model.code.in_(wanted), model.deleted.is_(False))
        for row in session.scalars(stmt):
            found.setdefault(row.code, row)
    return found, next((code for code in wanted if code not in found), None)


def staff(session: Session, code: str) -> StaffMember:
    """The staff member with this code."""
    found = _by_code(session, StaffMember, code)
    if found is None:
        raise NotFound(
            translate("lookup", "No staff member has the code {code}.").format(code=code)
        )
    return found


def staff_members(session: Session, codes: Iterable[str]) -> dict[str, StaffMember]:
    """The staff members with these codes, by code, in one query."""
    found, missing = _all_by_code(session, StaffMember, codes)
    if missing is not None:
        raise NotFound(
            translate("lookup", "No staff member has the code {code}.").format(code=missing)
        )
    return found


def activity_session(session: Session, session_id: str) -> ActivitySession:
    """The activity session with this key."""
    found = session.get(ActivitySession, session_id)
    if found is None or found.deleted:
        raise NotFound(
            translate("lookup", "No activity session has the key {key}.").format(key=session_id)
        )
    return found
