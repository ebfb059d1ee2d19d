"""Emergency Event Forms: reporting, the doctor's acknowledgement, follow-up and closing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.history import check_revision
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.validation import Findings
from db.base import new_uuid, utc_now
from db.database import Database
from db.models import (
    ActivitySession,
    AuditEntry,
    Community,
    EmergencyAddendum,
    EmergencyEvent,
    EmergencyPerson,
    Person,
    StaffMember,
)


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
    category: str | None = None
    """An adverse event or a behavioural emergency (EVENT_CATEGORIES)."""
    handed_over_at: datetime | None = None
    """When the paper form was handed to the community doctor."""


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
    category: str | None = None
    handed_over_at: datetime | None = None


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
    if report.category is not None and report.category not in codes.EVENT_CATEGORIES:
        found.error("unknown_code", "category", translate(
            "emergencies", "{value!r} is not a known category of event.").format(
            value=report.category))  # fmt: skip
    handed = report.handed_over_at
    if handed is not None and (handed.tzinfo is None or handed > now):
        found.error("handed_over_in_future", "handed_over_at", translate(
            "emergencies", "The form cannot be handed to the doctor in the future."))  # fmt: skip
    elif handed is not None and handed < report.occurred_at:
        found.error("handed_over_before_event", "handed_over_at", translate(
            "emergencies", "The form was handed over before the event happened."))  # fmt: skip
    return found


def report_in(session: Session, report: EventReport, key: str | None = None) -> str:
    """Saves a new Emergency Event Form inside the caller's transaction; returns its key
    (``key`` when given: the one a blank form was printed with)."""
    check_event(report, utc_now()).raise_if_blocking(confirmed=True)
    if key is not None and session.get(EmergencyEvent, key) is not None:
        raise UserError(translate("emergencies", "This form's event is already reported."))
    event = EmergencyEvent(
        id=key or new_uuid(),
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
        category=report.category,
        handed_over_at=report.handed_over_at,
    )
    people = lookup.people(session, report.people)
    session.add(event)
    for person in (people[code] for code in dict.fromkeys(report.people)):
        session.add(EmergencyPerson(event_id=event.id, person_id=person.id))
    return event.id


def report_event(db: Database, actor: Account, report: EventReport, key: str | None = None) -> str:
    """Saves a new Emergency Event Form and returns its key (``key`` when given: the one a
    blank form was printed with, read back)."""
    access.require(db, actor, Capability.REPORT_EMERGENCIES)
    check_event(report, utc_now()).raise_if_blocking(confirmed=True)
    with db.transaction(actor.username) as session:
        return report_in(session, report, key)


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
                category=e.category,
                handed_over_at=e.handed_over_at,
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


@dataclass(frozen=True)
class Addendum:
    """A note added to a report, with who wrote it and when."""

    id: str
    written_at: datetime
    written_by: str
    text: str


@dataclass(frozen=True)
class EventDetail:
    """Everything the detail view shows of one report, and what the account may do to it."""

    row: EventRow
    revision: int
    session_label: str
    reported_to_name: str
    acknowledged_by_name: str
    addenda: tuple[Addendum, ...]
    part_ids: tuple[str, ...]
    """The people involved and the addenda, whose changes the History shows with the event."""
    may_correct: bool
    """The reporter or a community doctor, while the report is open."""
    may_add_addendum: bool


def event_detail(db: Database, actor: Account, event_id: str) -> EventDetail:
    """One report with its names spelled out, its addenda and what the actor may do."""
    row = next((r for r in list_events(db) if r.id == event_id), None)
    if row is None:
        raise UserError(
            translate("emergencies", "No emergency event has the key {key}.").format(key=event_id)
        )
    with db.reading() as session:
        event = _event(session, event_id)
        addenda = session.scalars(
            select(EmergencyAddendum)
            .where(EmergencyAddendum.event_id == event_id, EmergencyAddendum.deleted.is_(False))
            .order_by(EmergencyAddendum.written_at)
        ).all()
        parts = session.scalars(
            select(EmergencyPerson.id).where(EmergencyPerson.event_id == event_id)
        ).all()
        allowed = _may_change(session, actor, event)
        return EventDetail(
            row=row,
            revision=event.revision,
            session_label=_session_label(session, event.session_id),
            reported_to_name=_staff_name(session, event.reported_to_id),
            acknowledged_by_name=_staff_name(session, event.acknowledged_by_id),
            addenda=tuple(Addendum(a.id, a.written_at, a.written_by, a.text) for a in addenda),
            part_ids=(*parts, *(a.id for a in addenda)),
            may_correct=allowed and event.closed_at is None,
            may_add_addendum=allowed,
        )


def correct_event(
    db: Database,
    actor: Account,
    event_id: str,
    report: EventReport,
    expected_revision: int | None = None,
) -> None:
    """Corrects an open report: the reporter or a community doctor, by the reporting rules.

    A closed report is refused: what was learned later goes into an addendum instead.
    """
    access.require(db, actor, Capability.REPORT_EMERGENCIES)
    check_event(report, utc_now()).raise_if_blocking(confirmed=True)
    _require_may_change(db, actor, event_id)
    with db.transaction(actor.username) as session:
        event = _event(session, event_id)
        if event.closed_at is not None:  # said first: reloading would not help
            raise UserError(translate(
                "emergencies", "This report was closed on {day}: it can no longer be changed. "
                "Add an addendum instead.").format(day=_local_day(event.closed_at)))  # fmt: skip
        check_revision(session, event, expected_revision)
        _write_report(session, event, report)


def add_addendum(db: Database, actor: Account, event_id: str, text: str) -> str:
    """Adds a note to a report (closed reports are not edited); returns its key."""
    access.require(db, actor, Capability.REPORT_EMERGENCIES)
    if not text.strip():
        raise UserError(translate("emergencies", "Write the addendum before saving it."))
    _require_may_change(db, actor, event_id)
    with db.transaction(actor.username) as session:
        event = _event(session, event_id)
        addendum = EmergencyAddendum(
            id=new_uuid(),
            event_id=event.id,
            written_at=utc_now(),
            written_by=actor.display_name,
            text=text.strip(),
        )
        session.add(addendum)
        return addendum.id


def _write_report(session: Session, event: EmergencyEvent, report: EventReport) -> None:
    """Writes a corrected form; every code is looked up first, so the event is written in
    one flush and its revision rises once."""
    community = lookup.community(session, report.community).id
    session_id = (
        lookup.activity_session(session, report.session_id).id if report.session_id else None
    )
    reported_to = lookup.staff(session, report.reported_to).id if report.reported_to else None
    wanted = {p.id for p in lookup.people(session, report.people).values()}
    links = list(
        session.scalars(select(EmergencyPerson).where(EmergencyPerson.event_id == event.id))
    )
    event.community_id, event.occurred_at, event.place = community, report.occurred_at, report.place
    event.session_id, event.kind, event.reported_to_id = session_id, report.kind, reported_to
    event.description = report.description.strip()
    event.action_taken = report.action_taken.strip()
    event.reported_by = report.reported_by
    event.category, event.handed_over_at = report.category, report.handed_over_at
    _set_people(session, event.id, wanted, links)


def _set_people(
    session: Session, event_id: str, wanted: set[str], links: list[EmergencyPerson]
) -> None:
    """Makes the people involved exactly those wanted: removed ones marked deleted."""
    for link in links:
        link.deleted = link.person_id not in wanted
        wanted.discard(link.person_id)
    for person_id in wanted:
        session.add(EmergencyPerson(event_id=event_id, person_id=person_id))


def _may_change(session: Session, actor: Account, event: EmergencyEvent) -> bool:
    """The community doctor (whoever acknowledges reports) or the account that reported it."""
    if actor.can(Capability.ACKNOWLEDGE_EMERGENCIES):
        return True
    if not actor.can(Capability.REPORT_EMERGENCIES):
        return False
    reporter = session.scalar(
        select(AuditEntry.username)
        .where(AuditEntry.table_name == "emergency_event", AuditEntry.record_id == event.id,
               AuditEntry.action == "create")
        .limit(1)
    )  # fmt: skip
    return reporter == actor.username


def may_change(db: Database, actor: Account, event_id: str) -> bool:
    """Whether the actor may change the report or add to it: its reporter or a doctor."""
    with db.reading() as session:
        return _may_change(session, actor, _event(session, event_id))


def require_may_change(db: Database, actor: Account, event_id: str) -> None:
    """Refuses anyone but the reporter or a doctor (a paper sheet kept with the report, say)."""
    _require_may_change(db, actor, event_id)


def _require_may_change(db: Database, actor: Account, event_id: str) -> None:
    """Refuses, with a trace in the audit log, anyone but the reporter or a doctor."""
    with db.reading() as session:
        allowed = _may_change(session, actor, _event(session, event_id))
    if allowed:
        return
    with db.transaction(actor.username) as session:
        session.add(AuditEntry(at=utc_now(), username=actor.username, action="access_refused",
                               table_name="emergency_event", record_id=event_id,
                               detail="correct_event"))  # fmt: skip
    raise UserError(translate(
        "emergencies", "Only the person who reported it or a community doctor may change "
        "this report."))  # fmt: skip


def _session_label(session: Session, session_id: str | None) -> str:
    found = session.get(ActivitySession, session_id) if session_id else None
    if found is None:
        return ""
    return " ".join(filter(None, [found.session_date.isoformat(), found.theme]))


def _staff_name(session: Session, staff_id: str | None) -> str:
    found = session.get(StaffMember, staff_id) if staff_id else None
    return f"{found.name} ({found.code})" if found else ""


def _local_day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")
