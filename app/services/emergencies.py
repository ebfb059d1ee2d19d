"""Emergency Event Forms: reporting, the doctor's acknowledgement, follow-up and closing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.validation import Findings
from db.base import new_uuid, utc_now
from db.database import Database
from db.models import Community, EmergencyEvent, EmergencyPerson, Person, StaffMember


@dataclass(frozen=True)
class EventReport:
    """What the Emergency Event Form holds when it is first filled in."""

    community: str
    occurred_at: datetime
    kind: str
    description: str
    action_taken: str
    people: tuple[str, ...] = ()
    place: str = ""
    session_id: str | None = None
    reported_by: str = ""
    reported_to: str | None = None


@dataclass(frozen=True)
class EventRow:
    """An event as lists show it, with its state."""

    id: str
    community: str
    occurred_at: datetime
    kind: str
    state: str
    people: tuple[str, ...]
    description: str
    action_taken: str
    reported_to: str | None
    acknowledged_by: str | None
    acknowledged_at: datetime | None
    follow_up: str
    closed_at: datetime | None
    place: str = ""
    session_id: str | None = None
    reported_by: str = ""


def check_event(report: EventReport, now: datetime) -> Findings:
    """A description and the action taken are required; the time cannot be in the future."""
    found = Findings()
    if not report.kind:
        found.error(
            "no_kind", "kind", translate("emergencies", "Choose what kind of event it was.")
        )
    elif report.kind not in codes.EVENT_KINDS:
        found.error(
            "unknown_code",
            "kind",
            translate("emergencies", "{value!r} is not a known kind of event.").format(
                value=report.kind
            ),
        )
    if not report.description.strip():
        found.error(
            "no_description",
            "description",
            translate("emergencies", "Describe what happened."),
        )
    if not report.action_taken.strip():
        found.error(
            "no_action", "action_taken", translate("emergencies", "Say what action was taken.")
        )
    if report.occurred_at.tzinfo is None or report.occurred_at > now:
        found.error(
            "event_in_future",
            "occurred_at",
            translate("emergencies", "The event time must be a past moment."),
        )
    return found


def report_in(session: Session, report: EventReport) -> str:
    """Saves a new Emergency Event Form inside the caller's transaction; returns its key."""
    check_event(report, utc_now()).raise_if_blocking(confirmed=True)
    event = EmergencyEvent(
        id=new_uuid(),
        community_id=lookup.community(session, report.community).id,
        occurred_at=report.occurred_at,
        place=report.place,
        session_id=(
            lookup.activity_session(session, report.session_id).id if report.session_id else None
        ),
        kind=report.kind,
        description=report.description.strip(),
        action_taken=report.action_taken.strip(),
        reported_by=report.reported_by,
        reported_to_id=lookup.staff(session, report.reported_to).id if report.reported_to else None,
    )
    people = lookup.people(session, report.people)
    session.add(event)
    for person in (people[code] for code in dict.fromkeys(report.people)):
        session.add(EmergencyPerson(event_id=event.id, person_id=person.id))
    return event.id


def report_event(db: Database, actor: Account, report: EventReport) -> str:
    """Saves a new Emergency Event Form and returns its key."""
    access.require(db, actor, Capability.REPORT_EMERGENCIES)
    check_event(report, utc_now()).raise_if_blocking(confirmed=True)
    with db.transaction(actor.username) as session:
        return report_in(session, report)


def acknowledge(
    db: Database, actor: Account, event_id: str, staff_code: str, at: datetime | None = None
) -> None:
    """The community doctor confirms receiving the report (now, unless a time is given)."""
    access.require(db, actor, Capability.ACKNOWLEDGE_EMERGENCIES)
    with db.transaction(actor.username) as session:
        event = _event(session, event_id)
        if event.acknowledged_at is not None:
            return
        event.acknowledged_by_id = lookup.staff(session, staff_code).id
        event.acknowledged_at = at or utc_now()


def follow_up(
    db: Database,
    actor: Account,
    event_id: str,
    text: str,
    close: bool = False,
    at: datetime | None = None,
) -> None:
    """Adds the doctor's follow-up; closing needs an acknowledgement and a follow-up."""
    access.require(db, actor, Capability.ACKNOWLEDGE_EMERGENCIES)
    at = at or utc_now()
    with db.transaction(actor.username) as session:
        event = _event(session, event_id)
        if text.strip():
            stamp = at.strftime("%Y-%m-%d %H:%M UTC")
            event.follow_up = "\n".join(
                filter(None, [event.follow_up, f"[{stamp}] {text.strip()}"])
            )
        if close:
            if event.acknowledged_at is None:
                raise UserError(
                    translate("emergencies", "Acknowledge the report before closing it.")
                )
            if not event.follow_up.strip():
                raise UserError(translate("emergencies", "Record the follow-up before closing."))
            event.closed_at = at


def list_events(db: Database, community_code: str | None = None) -> list[EventRow]:
    """Every live event, newest first."""
    with db.reading() as session:
        stmt = (
            select(EmergencyEvent, Community.code)
            .join(Community, EmergencyEvent.community_id == Community.id)
            .where(EmergencyEvent.deleted.is_(False))
            .order_by(EmergencyEvent.occurred_at.desc())
        )
        if community_code:
            stmt = stmt.where(Community.code == community_code)
        staff = dict(session.execute(select(StaffMember.id, StaffMember.code)).all())
        involved: dict[str, list[str]] = {}
        for event_id, code in session.execute(
            select(EmergencyPerson.event_id, Person.code)
            .join(Person, EmergencyPerson.person_id == Person.id)
            .where(EmergencyPerson.deleted.is_(False))
            .order_by(Person.code)
        ):
            involved.setdefault(event_id, []).append(code)
        return [
            EventRow(
                id=e.id,
                community=community,
                occurred_at=e.occurred_at,
                kind=e.kind,
                state=event_state(e),
                people=tuple(involved.get(e.id, ())),
                description=e.description,
                action_taken=e.action_taken,
                reported_to=staff.get(e.reported_to_id or ""),
                acknowledged_by=staff.get(e.acknowledged_by_id or ""),
                acknowledged_at=e.acknowledged_at,
                follow_up=e.follow_up,
                closed_at=e.closed_at,
                place=e.place,
                session_id=e.session_id,
                reported_by=e.reported_by,
            )
            for e, community in session.execute(stmt)
        ]


def event_state(event: EmergencyEvent) -> str:
    """reported, acknowledged or closed."""
    if event.closed_at is not None:
        return "closed"
    return "acknowledged" if event.acknowledged_at is not None else "reported"


def _event(session: Session, event_id: str) -> EmergencyEvent:
    event = session.get(EmergencyEvent, event_id)
    if event is None or event.deleted:
        raise UserError(
            translate("emergencies", "No emergency event has the key {key}.").format(key=event_id)
        )
    return event
