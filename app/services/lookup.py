"""Finding live records by their codes, with clear messages when they are missing."""

from __future__ import annotations

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
    """The participant with this code."""
    found = _by_code(session, Person, code)
    if found is None:
        raise NotFound(translate("lookup", "No person has the code {code}.").format(code=code))
    return found


def people(session: Session, codes: Iterable[str]) -> dict[str, Person]:
    """The participants with these codes, by code: one query, not one per code.

    The first missing code, in the order given, is the one the error names.
    """
    found, missing = _all_by_code(session, Person, codes)
    if missing is not None:
        raise NotFound(translate("lookup", "No person has the code {code}.").format(code=missing))
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
