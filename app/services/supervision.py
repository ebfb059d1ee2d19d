"""Supervision records: kind, who supervised (several, each with a profession) and who
attended, topics raised."""

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
from db.base import new_uuid
from db.database import Database
from db.models import (
    Community,
    Person,
    StaffMember,
    Supervision,
    SupervisionAttendee,
    SupervisionSupervisor,
)


@dataclass(frozen=True)
class Supervisor:
    """One supervisor of a supervision: a staff member's code and their profession there."""

    staff: str
    profession: str | None = None
    """A PROFESSIONS code; None: the staff member's own profession."""


@dataclass(frozen=True)
class SupervisionData:
    """One supervision as recorded by the community doctor."""

    community: str
    held_on: date
    kind: str
    supervisors: tuple[Supervisor, ...] = ()
    peers: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()
    topics: str = ""
    notes: str = ""
    session_id: str | None = None
    minutes: int | None = None
    """How long it lasted."""
    difficulties: str = ""
    """The difficulties the peers raised."""
    guidance: str = ""
    """The guidance the supervisor gave."""
    audio_recorded: bool | None = None
    """Whether it was audio-recorded; None: not said."""


@dataclass(frozen=True)
class SupervisionRow:
    """A supervision as lists show it."""

    id: str
    community: str
    held_on: date
    kind: str
    supervisor: str
    """The supervisors' codes, joined."""
    attendees: int
    topics: str


def check_supervision(data: SupervisionData) -> None:
    """A known kind, and a date not in the future."""
    if data.kind not in codes.SUPERVISION_KINDS:
        raise UserError(
            translate("supervision", "{value!r} is not a known kind of supervision.").format(
                value=data.kind
            )
        )
    if data.held_on > date.today():
        raise UserError(
            translate("supervision", "The supervision date {day} is in the future.").format(
                day=data.held_on
            )
        )
    codes_given = [s.staff for s in data.supervisors]
    if len(set(codes_given)) != len(codes_given):
        raise UserError(translate("supervision", "Each supervisor is named once."))
    for given in data.supervisors:
        if given.profession is not None and given.profession not in codes.PROFESSIONS:
            raise UserError(
                translate("supervision", "{value!r} is not a known profession.").format(
                    value=given.profession
                )
            )
    if data.minutes is not None and not 1 <= data.minutes <= MAX_MINUTES:
        raise UserError(
            translate("supervision", "A supervision lasts 1 to {most} minutes, not {n}.").format(
                most=MAX_MINUTES, n=data.minutes
            )
        )


MAX_MINUTES = 480


def record_supervision(db: Database, actor: Account, data: SupervisionData) -> str:
    """Saves a supervision with its attendees and returns its key."""
    access.require(db, actor, Capability.RECORD_SUPERVISION)
    check_supervision(data)
    with db.transaction(actor.username) as session:
        record = Supervision(id=new_uuid())
        _fill(session, record, data)
        return record.id


def correct_supervision(
    db: Database,
    actor: Account,
    record_id: str,
    data: SupervisionData,
    expected_revision: int | None = None,
) -> None:
    """Corrects a supervision by the rules of recording one."""
    access.require(db, actor, Capability.RECORD_SUPERVISION)
    check_supervision(data)
    with db.transaction(actor.username) as session:
        record = _live(session, record_id)
        check_revision(session, record, expected_revision)
        _fill(session, record, data)


def supervision_entered_in_error(
    db: Database, actor: Account, record_id: str, reason: str, expected_revision: int | None = None
) -> None:
    """Marks a supervision and its attendance entered in error, with the reason."""
    access.require(db, actor, Capability.RECORD_SUPERVISION)
    with db.transaction(actor.username) as session:
        note_entered_in_error(session, reason)
        record = _live(session, record_id)
        check_revision(session, record, expected_revision)
        record.deleted = True
        for part in [*_attendees(session, record_id), *_supervisors(session, record_id)]:
            part.deleted = True


@dataclass(frozen=True)
class SupervisionRecord:
    """A supervision as its form is filled in, with the revision it was read at."""

    id: str
    data: SupervisionData
    revision: int
    part_ids: tuple[str, ...]
    """Its attendance records, whose changes the History shows with it."""


def supervision_record(db: Database, record_id: str) -> SupervisionRecord:
    """One supervision, as its form shows it."""
    with db.reading() as session:
        record = _live(session, record_id)
        parts = _attendees(session, record_id)
        leads = _supervisors(session, record_id)
        live = [a for a in parts if not a.deleted]
        people = {a.person_id for a in live if a.person_id}
        staff = {a.staff_id for a in live if a.staff_id}
        data = SupervisionData(
            community=session.get_one(Community, record.community_id).code,
            held_on=record.held_on,
            kind=record.kind,
            supervisors=tuple(
                Supervisor(session.get_one(StaffMember, x.staff_id).code, x.profession)
                for x in leads if not x.deleted),
            peers=tuple(sorted(
                session.scalars(select(Person.code).where(Person.id.in_(people))).all())),
            staff=tuple(sorted(
                session.scalars(select(StaffMember.code).where(StaffMember.id.in_(staff))).all())),
            topics=record.topics,
            notes=record.notes,
            session_id=record.session_id,
            minutes=record.minutes,
            difficulties=record.difficulties or "",
            guidance=record.guidance or "",
            audio_recorded=record.audio_recorded,
        )  # fmt: skip
        return SupervisionRecord(record.id, data, record.revision,
                                 tuple(a.id for a in [*leads, *parts]))  # fmt: skip


def _fill(session: Session, record: Supervision, data: SupervisionData) -> None:
    """Writes the form's values and makes the attendees exactly those ticked.

    Every code is looked up before anything is written, so the record is written in one
    flush and its revision rises once.
    """
    community = lookup.community(session, data.community).id
    leads = {}
    for given in data.supervisors:
        member = lookup.staff(session, given.staff)
        leads[member.id] = given.profession or member.profession
    session_id = lookup.activity_session(session, data.session_id).id if data.session_id else None
    people = {lookup.person(session, c).id for c in data.peers}
    staff = {lookup.staff(session, c).id for c in data.staff}
    attendees = _attendees(session, record.id)
    record.community_id, record.held_on, record.kind = community, data.held_on, data.kind
    record.session_id = session_id
    record.topics, record.notes = data.topics, data.notes
    record.minutes, record.audio_recorded = data.minutes, data.audio_recorded
    record.difficulties, record.guidance = data.difficulties, data.guidance
    session.add(record)
    for attendee in attendees:
        if attendee.person_id:
            attendee.deleted = attendee.person_id not in people
            people.discard(attendee.person_id)
        elif attendee.staff_id:
            attendee.deleted = attendee.staff_id not in staff
            staff.discard(attendee.staff_id)
    for lead in _supervisors(session, record.id):
        lead.deleted = lead.staff_id not in leads
        if not lead.deleted:
            lead.profession = leads.pop(lead.staff_id)
    for staff_id, profession in leads.items():
        session.add(SupervisionSupervisor(supervision_id=record.id, staff_id=staff_id,
                                          profession=profession))  # fmt: skip
    for person_id in people:
        session.add(SupervisionAttendee(supervision_id=record.id, person_id=person_id))
    for staff_id in staff:
        session.add(SupervisionAttendee(supervision_id=record.id, staff_id=staff_id))


def _attendees(session: Session, record_id: str) -> list[SupervisionAttendee]:
    stmt = select(SupervisionAttendee).where(SupervisionAttendee.supervision_id == record_id)
    return list(session.scalars(stmt))


def _supervisors(session: Session, record_id: str) -> list[SupervisionSupervisor]:
    stmt = select(SupervisionSupervisor).where(SupervisionSupervisor.supervision_id == record_id)
    return list(session.scalars(stmt))


def _live(session: Session, record_id: str) -> Supervision:
    record = session.get(Supervision, record_id)
    if record is None or record.deleted:
        raise UserError(
            translate("supervision", "No supervision has the key {key}.").format(key=record_id)
        )
    return record


def list_supervision(db: Database) -> list[SupervisionRow]:
    """Every live supervision, newest first."""
    with db.reading() as session:
        counts: dict[str, int] = {}
        for sid in session.scalars(
            select(SupervisionAttendee.supervision_id).where(SupervisionAttendee.deleted.is_(False))
        ):
            counts[sid] = counts.get(sid, 0) + 1
        leads: dict[str, list[str]] = {}
        for sid, code in session.execute(
            select(SupervisionSupervisor.supervision_id, StaffMember.code)
            .join(StaffMember, SupervisionSupervisor.staff_id == StaffMember.id)
            .where(SupervisionSupervisor.deleted.is_(False))
            .order_by(StaffMember.code)
        ):
            leads.setdefault(sid, []).append(code)
        stmt = (
            select(Supervision, Community.code)
            .join(Community, Supervision.community_id == Community.id)
            .where(Supervision.deleted.is_(False))
            .order_by(Supervision.held_on.desc())
        )
        return [
            SupervisionRow(
                s.id,
                c,
                s.held_on,
                s.kind,
                ", ".join(leads.get(s.id, ())),
                counts.get(s.id, 0),
                s.topics,
            )
            for s, c in session.execute(stmt)
        ]


@dataclass(frozen=True)
class SupervisionDetail:
    """A whole supervision record, for its paper form."""

    row: SupervisionRow
    supervisors: tuple[tuple[str, str], ...]
    """Each supervisor's name and profession (a PROFESSIONS code, or "")."""
    peers: tuple[str, ...]
    staff: tuple[str, ...]
    notes: str
    staff_professions: tuple[str, ...] = ()
    """Each staff member's profession, in the order of ``staff``."""
    data: SupervisionData | None = None


def supervision_detail(db: Database, record_id: str) -> SupervisionDetail:
    """One supervision with who supervised and who attended."""
    row = next((r for r in list_supervision(db) if r.id == record_id), None)
    if row is None:
        raise UserError(
            translate("supervision", "No supervision has the key {key}.").format(key=record_id)
        )
    with db.reading() as session:
        record = session.get_one(Supervision, record_id)
        leads = session.execute(
            select(StaffMember.name, SupervisionSupervisor.profession)
            .join(SupervisionSupervisor, SupervisionSupervisor.staff_id == StaffMember.id)
            .where(SupervisionSupervisor.supervision_id == record_id,
                   SupervisionSupervisor.deleted.is_(False))
            .order_by(StaffMember.code)
        ).all()  # fmt: skip
        peers = session.scalars(
            select(Person.code)
            .join(SupervisionAttendee, SupervisionAttendee.person_id == Person.id)
            .where(
                SupervisionAttendee.supervision_id == record_id,
                SupervisionAttendee.deleted.is_(False),
            )
            .order_by(Person.code)
        ).all()
        staff = session.execute(
            select(StaffMember.name, StaffMember.profession).join(
                SupervisionAttendee, SupervisionAttendee.staff_id == StaffMember.id)
            .where(SupervisionAttendee.supervision_id == record_id,
                   SupervisionAttendee.deleted.is_(False))
        ).all()  # fmt: skip
    return SupervisionDetail(row, tuple((name, job or "") for name, job in leads), tuple(peers),
                             tuple(name for name, _ in staff), record.notes,
                             tuple(job for _, job in staff),
                             supervision_record(db, record_id).data)  # fmt: skip
