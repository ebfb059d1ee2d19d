"""The pre-service needs interview (服务前需求访谈) with a peer, consumer or caregiver: what
they hope for, when and what they would like to do, and what concerns them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.history import check_revision
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.services.entered_in_error import note_entered_in_error
from db.database import Database
from db.models import NeedsInterview, Person, StaffMember


@dataclass(frozen=True)
class NeedsData:
    """One needs interview as the form holds it (people and staff by code)."""

    person: str
    role: str
    interviewed_on: date
    interviewer: str | None = None
    hopes: str = ""
    preferred_times: str = ""
    preferred_activities: str = ""
    concerns: str = ""


@dataclass(frozen=True)
class NeedsRecord:
    """A stored needs interview with its key and the revision it was read at."""

    id: str
    data: NeedsData
    revision: int


def check_needs(data: NeedsData, today: date) -> None:
    """A known role, a date not in the future, and something said."""
    if data.role not in codes.ROLES:
        raise UserError(translate("needs", "{value!r} is not a known role.").format(
            value=data.role))  # fmt: skip
    if data.interviewed_on > today:
        raise UserError(translate("needs", "The interview date {day} is in the future.").format(
            day=data.interviewed_on))  # fmt: skip
    said = (data.hopes, data.preferred_times, data.preferred_activities, data.concerns)
    if not any(text.strip() for text in said):
        raise UserError(translate("needs", "Write down at least one answer of the interview."))


def record_needs(db: Database, actor: Account, data: NeedsData) -> str:
    """Saves a needs interview; returns its key."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    check_needs(data, date.today())
    with db.transaction(actor.username) as session:
        row = NeedsInterview()
        _fill(session, row, data)
        session.add(row)
        session.flush()
        return row.id


def correct_needs(
    db: Database,
    actor: Account,
    record_id: str,
    data: NeedsData,
    expected_revision: int | None = None,
) -> None:
    """Corrects a needs interview by the rules of recording one."""
    _require_may_correct(db, actor)
    check_needs(data, date.today())
    with db.transaction(actor.username) as session:
        row = _live(session, record_id)
        check_revision(session, row, expected_revision)
        _fill(session, row, data)


def needs_entered_in_error(
    db: Database, actor: Account, record_id: str, reason: str, expected_revision: int | None = None
) -> None:
    """Marks a needs interview entered in error, with the reason."""
    _require_may_correct(db, actor)
    with db.transaction(actor.username) as session:
        note_entered_in_error(session, reason)
        row = _live(session, record_id)
        check_revision(session, row, expected_revision)
        row.deleted = True


def needs_record(db: Database, actor: Account, record_id: str) -> NeedsRecord:
    """One needs interview, as its form shows it."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        row = _live(session, record_id)
        return NeedsRecord(row.id, _data(session, row), row.revision)


def needs_of(db: Database, actor: Account, person_code: str) -> list[NeedsRecord]:
    """A person's needs interviews, newest first."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        rows = session.scalars(
            select(NeedsInterview)
            .where(NeedsInterview.person_id == person.id, NeedsInterview.deleted.is_(False))
            .order_by(NeedsInterview.interviewed_on.desc(), NeedsInterview.created_at.desc())
        ).all()
        return [NeedsRecord(row.id, _data(session, row), row.revision) for row in rows]


def _fill(session: Session, row: NeedsInterview, data: NeedsData) -> None:
    row.person_id = lookup.person(session, data.person).id
    row.role, row.interviewed_on = data.role, data.interviewed_on
    row.interviewer_id = lookup.staff(session, data.interviewer).id if data.interviewer else None
    row.hopes, row.preferred_times = data.hopes, data.preferred_times
    row.preferred_activities, row.concerns = data.preferred_activities, data.concerns


def _data(session: Session, row: NeedsInterview) -> NeedsData:
    staff = session.get(StaffMember, row.interviewer_id) if row.interviewer_id else None
    return NeedsData(
        session.get_one(Person, row.person_id).code, row.role, row.interviewed_on,
        staff.code if staff else None, row.hopes, row.preferred_times,
        row.preferred_activities, row.concerns,
    )  # fmt: skip


def _require_may_correct(db: Database, actor: Account) -> None:
    """Whoever records needs interviews and may see them."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    access.require(db, actor, Capability.SEE_CLINICAL)


def _live(session: Session, record_id: str) -> NeedsInterview:
    row = session.get(NeedsInterview, record_id)
    if row is None or row.deleted:
        raise UserError(
            translate("needs", "No needs interview has the key {key}.").format(key=record_id)
        )
    return row
