"""Supervision records: kind, who supervised and attended, topics raised."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from db.base import new_uuid
from db.database import Database
from db.models import Community, Person, StaffMember, Supervision, SupervisionAttendee


@dataclass(frozen=True)
class SupervisionData:
    """One supervision as recorded by the community doctor."""

    community: str
    held_on: date
    kind: str
    supervisor: str | None = None
    peers: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()
    topics: str = ""
    notes: str = ""
    session_id: str | None = None


@dataclass(frozen=True)
class SupervisionRow:
    """A supervision as lists show it."""

    id: str
    community: str
    held_on: date
    kind: str
    supervisor: str
    attendees: int
    topics: str


def record_supervision(db: Database, actor: Account, data: SupervisionData) -> str:
    """Saves a supervision with its attendees and returns its key."""
    access.require(db, actor, Capability.RECORD_SUPERVISION)
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
    with db.transaction(actor.username) as session:
        record = Supervision(
            id=new_uuid(),
            community_id=lookup.community(session, data.community).id,
            held_on=data.held_on,
            kind=data.kind,
            supervisor_id=lookup.staff(session, data.supervisor).id if data.supervisor else None,
            session_id=lookup.activity_session(session, data.session_id).id
            if data.session_id
            else None,
            topics=data.topics,
            notes=data.notes,
        )
        peers = [lookup.person(session, c).id for c in dict.fromkeys(data.peers)]
        staff = [lookup.staff(session, c).id for c in dict.fromkeys(data.staff)]
        session.add(record)
        for person_id in peers:
            session.add(SupervisionAttendee(supervision_id=record.id, person_id=person_id))
        for staff_id in staff:
            session.add(SupervisionAttendee(supervision_id=record.id, staff_id=staff_id))
        return record.id


def list_supervision(db: Database) -> list[SupervisionRow]:
    """Every live supervision, newest first."""
    with db.reading() as session:
        counts: dict[str, int] = {}
        for sid in session.scalars(
            select(SupervisionAttendee.supervision_id).where(SupervisionAttendee.deleted.is_(False))
        ):
            counts[sid] = counts.get(sid, 0) + 1
        staff = dict(session.execute(select(StaffMember.id, StaffMember.code)).all())
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
                staff.get(s.supervisor_id or "", ""),
                counts.get(s.id, 0),
                s.topics,
            )
            for s, c in session.execute(stmt)
        ]


@dataclass(frozen=True)
class SupervisionDetail:
    """A whole supervision record, for its paper form."""

    row: SupervisionRow
    supervisor_name: str
    peers: tuple[str, ...]
    staff: tuple[str, ...]
    notes: str


def supervision_detail(db: Database, record_id: str) -> SupervisionDetail:
    """One supervision with who attended."""
    row = next((r for r in list_supervision(db) if r.id == record_id), None)
    if row is None:
        raise UserError(
            translate("supervision", "No supervision has the key {key}.").format(key=record_id)
        )
    with db.reading() as session:
        record = session.get_one(Supervision, record_id)
        supervisor = (
            session.get(StaffMember, record.supervisor_id) if record.supervisor_id else None
        )
        peers = session.scalars(
            select(Person.code)
            .join(SupervisionAttendee, SupervisionAttendee.person_id == Person.id)
            .where(
                SupervisionAttendee.supervision_id == record_id,
                SupervisionAttendee.deleted.is_(False),
            )
            .order_by(Person.code)
        ).all()
        staff = session.scalars(
            select(StaffMember.name).join(SupervisionAttendee,
                                          SupervisionAttendee.staff_id == StaffMember.id)
            .where(SupervisionAttendee.supervision_id == record_id,
                   SupervisionAttendee.deleted.is_(False))
        ).all()  # fmt: skip
        return SupervisionDetail(row, supervisor.name if supervisor else "", tuple(peers),
                                 tuple(staff), record.notes)  # fmt: skip
