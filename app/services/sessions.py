"""Activity sessions: planning, logging what happened, attendance and cancellation."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from app import access, codes, history
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.services.people import current_enrolments, statuses_on
from app.validation import Findings, Problem
from db.base import new_uuid
from db.database import Database
from db.models import ActivitySession, Attendance, Community, Person, SessionPeer, StaffMember


@dataclass(frozen=True)
class SessionPlan:
    """Everything on the Activity Plan Form."""

    community: str
    session_date: date
    planned_start: time
    planned_end: time
    venue: str
    topic: str
    lead_peer: str | None
    assisting_peers: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    format_other: str = ""
    venue_detail: str = ""
    theme: str = ""
    aim: str = ""
    warm_up: str = ""
    main_activity: str = ""
    closing: str = ""
    materials: str = ""
    record_keeper: str | None = None
    """The peer who keeps the record (one of the session's peers)."""
    direction: str = ""
    """The community doctor's or psychologist's direction before the session."""
    direction_by: str | None = None
    """The staff code of who gave the direction."""


@dataclass(frozen=True)
class SessionReport:
    """What happened: the Activity Process Form and the Participant List."""

    actual_start: time
    actual_end: time
    consumers_present: tuple[str, ...] = ()
    consumers_absent: tuple[str, ...] = ()
    peers_present: tuple[str, ...] = ()
    staff_present: tuple[str, ...] = ()
    formats: tuple[str, ...] | None = None
    held_theme: str = ""
    held_aim: str = ""
    feedback: str = ""
    notes: str = ""
    held_topic: str | None = None
    """The topic category as held; None: as planned."""
    held_venue: str | None = None
    """The venue as held; None: as planned."""
    held_venue_detail: str = ""
    adverse_event: bool | None = None
    """Whether an adverse event happened during the session; None: not recorded."""
    recorded_by: str | None = None
    """The peer who kept the record."""
    handover_batch: int | None = None
    """The six-weekly hand-over batch the paper forms went in (1 is the community's first)."""


HANDOVER_DAYS = 42
"""Paper forms go to the project manager every six weeks."""


def handover_batch(opened_on: date | None, day: date) -> int:
    """The six-weekly batch a session's forms are handed over in, counted from the day the
    community opened (1: its first six weeks); 1 for a session before that day."""
    if opened_on is None or day < opened_on:
        return 1
    return (day - opened_on).days // HANDOVER_DAYS + 1


@dataclass(frozen=True)
class SessionRow:
    """A session as lists show it."""

    id: str
    community: str
    session_date: date
    planned_start: time
    planned_end: time
    topic: str
    theme: str
    venue: str
    status: str
    lead_peer: str | None
    consumers_present: int


@dataclass(frozen=True)
class SessionDetail:
    """A whole session, plan, report and attendance, for forms and printouts."""

    id: str
    plan: SessionPlan
    status: str
    cancel_reason: str | None
    cancel_note: str
    report: SessionReport | None
    series_id: str | None = None
    revision: int = 0
    """The revision of the session with its peers and attendance (``record_revision``)."""


def minutes_between(start: time, end: time) -> int:
    """Minutes from start to end on the same day."""
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _check_times(found: Findings, start: time, end: time, prefix: str) -> None:
    length = minutes_between(start, end)
    if length <= 0:
        found.error(
            "end_before_start",
            f"{prefix}_end",
            translate("sessions", "The end {end} is not after the start {start}.").format(
                end=end.strftime("%H:%M"), start=start.strftime("%H:%M")
            ),
        )
        return
    low, high = codes.SESSION_MINUTES
    if not low <= length <= high:
        found.warning(
            "unusual_length",
            f"{prefix}_end",
            translate(
                "sessions", "The session lasts {n} minutes; sessions usually last {low}-{high}."
            ).format(n=length, low=low, high=high),
        )


def _check_peers(session: Session, found: Findings, peers: list[str], on: date) -> None:
    people = lookup.people(session, peers)
    enrolled = current_enrolments(session, [p.id for p in people.values()], "peer", on)
    for code in peers:
        if people[code].id not in enrolled:
            found.error(
                "not_a_peer",
                "peers",
                translate("sessions", "{code} is not enrolled as a peer on {day}.").format(
                    code=code, day=on
                ),
            )
    if len(set(peers)) < 2:
        found.warning(
            "too_few_peers",
            "peers",
            translate("sessions", "Only {n} peer(s); a session needs at least two.").format(
                n=len(set(peers))
            ),
        )


def quick_warnings(plan: SessionPlan) -> list[Problem]:
    """The plan's length and peer-count problems, without the database, for inline hints."""
    found = Findings()
    _check_times(found, plan.planned_start, plan.planned_end, "planned")
    peers = {plan.lead_peer, *plan.assisting_peers} - {None}
    if len(peers) < 2:
        found.warning(
            "too_few_peers",
            "peers",
            translate("sessions", "Only {n} peer(s); a session needs at least two.").format(
                n=len(peers)
            ),
        )
    return found.problems


def check_plan(session: Session, plan: SessionPlan) -> Findings:
    """Every rule of the Activity Plan Form."""
    found = Findings()
    lookup.community(session, plan.community)
    for field_name, value, code_list in (
        ("topic", plan.topic, codes.TOPICS),
        ("venue", plan.venue, codes.VENUES),
        *(("formats", f, codes.FORMATS) for f in plan.formats),
    ):
        if value not in code_list:
            found.error(
                "unknown_code",
                field_name,
                translate("sessions", "{value!r} is not a known {what}.").format(
                    value=value, what=code_list.name
                ),
            )
    _check_times(found, plan.planned_start, plan.planned_end, "planned")
    peers = ([plan.lead_peer] if plan.lead_peer else []) + list(plan.assisting_peers)
    _check_peers(session, found, peers, plan.session_date)
    if plan.lead_peer is None:
        found.warning("no_lead", "lead_peer", translate("sessions", "No peer leads the session."))
    if plan.record_keeper is not None and plan.record_keeper not in peers:
        found.error(
            "keeper_not_a_peer_of_session",
            "record_keeper",
            translate("sessions", "The record keeper {code} is not one of the session's peers.")
            .format(code=plan.record_keeper),
        )  # fmt: skip
    if plan.direction_by is not None:
        giver = lookup.staff(session, plan.direction_by)
        if giver.profession not in DIRECTING_PROFESSIONS:
            found.warning(
                "direction_not_by_clinician",
                "direction_by",
                translate("sessions", "{code} is not a community doctor or psychologist.")
                .format(code=plan.direction_by),
            )  # fmt: skip
    return found


DIRECTING_PROFESSIONS = ("community_doctor", "clinical_psychologist", "psychiatrist")
"""Who gives a session's direction beforehand: community doctors and psychologists."""


def directing_staff(db: Database) -> list[tuple[str, str]]:
    """The active staff who may give a session's direction: (code, name)."""
    with db.reading() as session:
        rows = session.execute(
            select(StaffMember.code, StaffMember.name)
            .where(StaffMember.profession.in_(DIRECTING_PROFESSIONS),
                   StaffMember.active.is_(True), StaffMember.deleted.is_(False))
            .order_by(StaffMember.code)
        ).all()  # fmt: skip
    return [(code, name) for code, name in rows]


def check_report(
    session: Session, activity: ActivitySession, report: SessionReport, today: date
) -> Findings:
    """Every rule of the Activity Process Form and the Participant List."""
    found = Findings()
    if activity.session_date > today:
        found.error(
            "held_in_future",
            "session_date",
            translate(
                "sessions", "The session is dated {day}, in the future; it cannot have been held."
            ).format(day=activity.session_date),
        )
    _check_times(found, report.actual_start, report.actual_end, "actual")
    community = session.get_one(Community, activity.community_id)
    day = activity.session_date
    consumers = report.consumers_present + report.consumers_absent
    people = lookup.people(session, consumers)
    enrolments = current_enrolments(session, [p.id for p in people.values()], "consumer", day)
    members = {
        code: enrolment
        for code in consumers
        if (enrolment := enrolments.get(people[code].id)) and enrolment.community_id == community.id
    }
    present = [members[code].id for code in report.consumers_present if code in members]
    statuses = statuses_on(session, present, day)
    for code in consumers:
        if code not in members:
            found.error(
                "not_enrolled",
                "attendance",
                translate(
                    "sessions", "{code} is not enrolled as a consumer in {community} on {day}."
                ).format(code=code, community=community.code, day=activity.session_date),
            )
        elif code in report.consumers_present and statuses[members[code].id] == "on_leave":
            found.warning(
                "on_leave",
                "attendance",
                translate("sessions", "{code} is on leave on {day}.").format(
                    code=code, day=activity.session_date
                ),
            )
    both = set(report.consumers_present) & set(report.consumers_absent)
    if both:
        found.error(
            "present_and_absent",
            "attendance",
            translate("sessions", "Marked both present and absent: {codes}.").format(
                codes=", ".join(sorted(both))
            ),
        )
    _check_peers(session, found, list(report.peers_present), activity.session_date)
    _check_held(found, report)
    return found


def _check_held(found: Findings, report: SessionReport) -> None:
    """The process form's topic and venue as held, its record keeper and hand-over batch."""
    for field_name, value, code_list in (
        ("held_topic", report.held_topic, codes.TOPICS),
        ("held_venue", report.held_venue, codes.VENUES),
    ):
        if value is not None and value not in code_list:
            found.error(
                "unknown_code",
                field_name,
                translate("sessions", "{value!r} is not a known {what}.").format(
                    value=value, what=code_list.name
                ),
            )
    if report.recorded_by is not None and report.recorded_by not in report.peers_present:
        found.error(
            "recorder_not_present",
            "recorded_by",
            translate("sessions", "The record was kept by {code}, who is not marked present.")
            .format(code=report.recorded_by),
        )  # fmt: skip
    if report.handover_batch is not None and report.handover_batch < 1:
        found.error(
            "bad_batch",
            "handover_batch",
            translate("sessions", "The hand-over batch is counted from 1."),
        )


def _apply_plan(session: Session, activity: ActivitySession, plan: SessionPlan) -> None:
    """Copies the plan onto the session, which is added to the transaction if new."""
    activity.community_id = lookup.community(session, plan.community).id
    for name in (
        "session_date",
        "planned_start",
        "planned_end",
        "venue",
        "venue_detail",
        "topic",
        "theme",
        "aim",
        "format_other",
        "warm_up",
        "main_activity",
        "closing",
        "materials",
    ):
        setattr(activity, name, getattr(plan, name))
    activity.formats = list(plan.formats)
    activity.direction = plan.direction
    activity.record_keeper_id = (
        lookup.person(session, plan.record_keeper).id if plan.record_keeper else None
    )
    activity.direction_by_id = (
        lookup.staff(session, plan.direction_by).id if plan.direction_by else None
    )
    session.add(activity)
    wanted = {plan.lead_peer: "lead"} if plan.lead_peer else {}
    wanted |= {code: "assist" for code in plan.assisting_peers if code != plan.lead_peer}
    existing = {
        row.person_id: row
        for row in session.scalars(select(SessionPeer).where(SessionPeer.session_id == activity.id))
    }
    people = lookup.people(session, wanted)
    for code, part in wanted.items():
        person = people[code]
        row = existing.pop(person.id, None) or SessionPeer(
            session_id=activity.id, person_id=person.id
        )
        row.part, row.deleted = part, False
        session.add(row)
    for row in existing.values():
        row.deleted = True


def plan_in(session: Session, plan: SessionPlan, confirmed: bool = False) -> str:
    """Saves a new planned session inside the caller's transaction and returns its key."""
    check_plan(session, plan).raise_if_blocking(confirmed)
    return _insert_plan(session, plan)


def _insert_plan(session: Session, plan: SessionPlan, series_id: str | None = None) -> str:
    """Adds a planned session for an already checked plan and returns its key."""
    activity = ActivitySession(id=new_uuid(), status="planned", series_id=series_id)
    _apply_plan(session, activity, plan)
    return activity.id


def plan_session(db: Database, actor: Account, plan: SessionPlan, confirmed: bool = False) -> str:
    """Saves a new planned session and returns its key; errors and unconfirmed warnings stop it."""
    access.require(db, actor, Capability.PLAN_SESSIONS)
    with db.transaction(actor.username) as session:
        return plan_in(session, plan, confirmed)


MAX_REPEATS = 104


def repeat_days(first: date, every_days: int, until: date) -> list[date]:
    """The dates of a repeating session, from the first up to and including ``until``."""
    if every_days not in (7, 14):
        raise UserError(translate("sessions", "Sessions repeat every 7 or 14 days."))
    if until < first:
        raise UserError(translate("sessions", "The repeat ends before the first session."))
    count = (until - first).days // every_days + 1
    if count > MAX_REPEATS:
        raise UserError(
            translate("sessions", "That makes {n} sessions; plan at most {most} at once.").format(
                n=count, most=MAX_REPEATS
            )
        )
    return [first + timedelta(days=every_days * n) for n in range(count)]


def plan_repeating(
    db: Database,
    actor: Account,
    plan: SessionPlan,
    every_days: int,
    until: date,
    confirmed: bool = False,
) -> list[str]:
    """Plans the session on every date of the repeat, all or none.

    Warnings of all occurrences are confirmed once; an error names its date.
    """
    access.require(db, actor, Capability.PLAN_SESSIONS)
    days = repeat_days(plan.session_date, every_days, until)
    plans = [replace(plan, session_date=day) for day in days]
    with db.transaction(actor.username) as session:
        found = Findings()
        for one in plans:
            for problem in check_plan(session, one).problems:
                message = f"{one.session_date.isoformat()}: {problem.message}"
                found.problems.append(replace(problem, message=message))
        unique = {(p.severity, p.code): p for p in found.warnings}
        found.problems = found.errors + list(unique.values())
        found.raise_if_blocking(confirmed)
        series_id = new_uuid()
        return [_insert_plan(session, one, series_id) for one in plans]


def update_plan(
    db: Database,
    actor: Account,
    session_id: str,
    plan: SessionPlan,
    confirmed: bool = False,
    expected_revision: int | None = None,
) -> None:
    """Changes the plan of an existing session; refused if it changed since the window
    showed ``expected_revision`` (``record_revision``)."""
    access.require(db, actor, Capability.PLAN_SESSIONS)
    with db.transaction(actor.username) as session:
        activity = lookup.activity_session(session, session_id)
        check_record_revision(session, activity, expected_revision)
        check_plan(session, plan).raise_if_blocking(confirmed)
        _apply_plan(session, activity, plan)


def _parts(session: Session, activity: ActivitySession) -> list[SessionPeer | Attendance]:
    """The session's peer and attendance rows, deleted ones too."""
    rows: list[SessionPeer | Attendance] = []
    for model in (SessionPeer, Attendance):
        rows.extend(session.scalars(select(model).where(model.session_id == activity.id)))
    return rows


def record_revision(session: Session, activity: ActivitySession) -> int:
    """The revision of the session as a whole: its own and its parts' revisions added up.

    A change to the attendance alone leaves the session's own revision as it was, so a
    window compares this sum instead: any change to the session or a part raises it.
    """
    return activity.revision + sum(part.revision for part in _parts(session, activity))


def check_record_revision(
    session: Session, activity: ActivitySession, expected: int | None
) -> None:
    """Refuses, naming who changed it and when, a session changed since a window showed
    it at revision ``expected`` (None: no check)."""
    if expected is None:
        return
    records = [activity, *_parts(session, activity)]
    if activity.revision + sum(r.revision for r in records[1:]) == expected:
        return
    newest = max(records, key=lambda record: (record.updated_at, record.revision))
    # The record changed last names the change; it is one revision past what was shown.
    history.check_revision(session, newest, newest.revision - 1)


def log_in(
    session: Session,
    session_id: str,
    report: SessionReport,
    confirmed: bool = False,
    today: date | None = None,
) -> None:
    """Records what happened inside the caller's transaction; the session becomes held.

    Attendance goes first: it reads everything it needs before changing anything, so no
    query flushes half-made changes and the whole save is written in one flush.
    """
    activity = lookup.activity_session(session, session_id)
    check_report(session, activity, report, today or date.today()).raise_if_blocking(confirmed)
    write_log(session, activity, report)


def write_log(session: Session, activity: ActivitySession, report: SessionReport) -> None:
    """Writes a checked report onto the session, which becomes held."""
    _apply_attendance(session, activity, report)
    activity.status = "held"
    activity.cancel_reason = None
    activity.actual_start = report.actual_start
    activity.actual_end = report.actual_end
    if report.formats is not None:
        activity.formats = list(report.formats)
    activity.held_theme = report.held_theme
    activity.held_aim = report.held_aim
    activity.feedback = report.feedback
    activity.notes = report.notes
    activity.held_topic = report.held_topic
    activity.held_venue = report.held_venue
    activity.held_venue_detail = report.held_venue_detail
    activity.adverse_event = report.adverse_event
    activity.recorded_by_id = (
        lookup.person(session, report.recorded_by).id if report.recorded_by else None
    )
    activity.handover_batch = report.handover_batch


def log_session(
    db: Database,
    actor: Account,
    session_id: str,
    report: SessionReport,
    confirmed: bool = False,
    today: date | None = None,
) -> None:
    """Records what happened at a session and who attended; the session becomes held."""
    access.require(db, actor, Capability.LOG_SESSIONS)
    with db.transaction(actor.username) as session:
        log_in(session, session_id, report, confirmed, today)


def _apply_attendance(session: Session, activity: ActivitySession, report: SessionReport) -> None:
    """Marks who came; people and staff are read in one query each, before any change."""
    existing = list(session.scalars(select(Attendance).where(Attendance.session_id == activity.id)))
    by_person = {row.person_id: row for row in existing if row.person_id}
    by_staff = {row.staff_id: row for row in existing if row.staff_id}
    wanted: list[tuple[str, str, bool]] = (
        [("consumer", code, True) for code in report.consumers_present]
        + [("consumer", code, False) for code in report.consumers_absent]
        + [("peer", code, True) for code in report.peers_present]
    )
    people = lookup.people(session, [code for _, code, _ in wanted])
    staff_members = lookup.staff_members(session, report.staff_present)
    for kind, code, present in wanted:
        person = people[code]
        row = by_person.pop(person.id, None) or Attendance(
            session_id=activity.id, person_id=person.id
        )
        row.kind, row.present, row.deleted = kind, present, False
        session.add(row)
    for code in report.staff_present:
        staff = staff_members[code]
        row = by_staff.pop(staff.id, None) or Attendance(session_id=activity.id, staff_id=staff.id)
        row.kind, row.present, row.deleted = "staff", True, False
        session.add(row)
    for row in [*by_person.values(), *by_staff.values()]:
        row.deleted = True


def _check_cancel(reason: str, note: str) -> None:
    """The paper's reasons; "other" must say what it was."""
    if reason not in codes.CANCEL_REASONS:
        raise UserError(
            translate("sessions", "{value!r} is not a known cancellation reason.").format(
                value=reason
            )
        )
    if reason == "other" and not note.strip():
        raise UserError(translate("sessions", "Say why the session was cancelled."))


def _cancel(activity: ActivitySession, reason: str, note: str) -> None:
    activity.status = "cancelled"
    activity.cancel_reason = reason
    activity.cancel_note = note.strip()


def cancel_in(session: Session, session_id: str, reason: str, note: str = "") -> None:
    """Marks a session cancelled inside the caller's transaction."""
    _check_cancel(reason, note)
    activity = lookup.activity_session(session, session_id)
    if activity.status == "held":
        raise UserError(translate("sessions", "A session that was held cannot be cancelled."))
    _cancel(activity, reason, note)


def cancel_session(
    db: Database, actor: Account, session_id: str, reason: str, note: str = ""
) -> None:
    """Marks a session cancelled, with a reason such as "venue unavailable"."""
    access.require(db, actor, Capability.PLAN_SESSIONS)
    with db.transaction(actor.username) as session:
        cancel_in(session, session_id, reason, note)


def cancel_series_from(
    db: Database, actor: Account, session_id: str, from_date: date, reason: str, note: str = ""
) -> int:
    """Cancels the planned sessions of this session's series on or after a date; how many.

    Held, already cancelled and deleted sessions are left as they are.
    """
    access.require(db, actor, Capability.PLAN_SESSIONS)
    _check_cancel(reason, note)
    with db.transaction(actor.username) as session:
        activity = lookup.activity_session(session, session_id)
        if activity.series_id is None:
            raise UserError(translate("sessions", "This session is not part of a series."))
        later = session.scalars(
            select(ActivitySession).where(
                ActivitySession.series_id == activity.series_id,
                ActivitySession.session_date >= from_date,
                ActivitySession.status == "planned",
                ActivitySession.deleted.is_(False),
            )
        ).all()
        for one in later:
            _cancel(one, reason, note)
        return len(later)


def delete_session(db: Database, actor: Account, session_id: str) -> None:
    """Marks a session planned by mistake and its peers deleted; nothing is erased.

    A held session is a record of what happened: it is corrected, never deleted.
    """
    access.require(db, actor, Capability.PLAN_SESSIONS)
    with db.transaction(actor.username) as session:
        activity = lookup.activity_session(session, session_id)
        if activity.status == "held":
            raise UserError(
                translate(
                    "sessions",
                    "A session that was held cannot be deleted; correct its log instead.",
                )
            )
        activity.deleted = True
        for model in (Attendance, SessionPeer):
            for row in session.scalars(select(model).where(model.session_id == activity.id)):
                row.deleted = True


def list_sessions(
    db: Database,
    start: date | None = None,
    end: date | None = None,
    community_code: str | None = None,
    *,
    statuses: Collection[str] | None = None,
    newest_first: bool = False,
    limit: int | None = None,
    ids: Collection[str] | None = None,
) -> list[SessionRow]:
    """Live sessions between two days (inclusive), by date and time, optionally only some
    (``ids``: these sessions, those still live).

    One query: the lead peer by an outer join, consumers present by a count per row read
    through ix_attendance_kind_present_session. With ``limit`` (the newest or oldest few)
    it takes milliseconds whatever the size of the site; ten years of sessions (100,000)
    take a few seconds, which is why the sessions page loads those in the background.
    """
    statement = _listing(start, end, community_code, statuses, newest_first, limit, ids)
    with db.engine.connect() as connection:
        return [SessionRow(*row) for row in connection.execute(statement)]


def _listing(
    start: date | None,
    end: date | None,
    community_code: str | None,
    statuses: Collection[str] | None,
    newest_first: bool,
    limit: int | None,
    ids: Collection[str] | None,
) -> Select[Any]:
    turnout = (
        select(func.count())
        .where(
            Attendance.session_id == ActivitySession.id,
            Attendance.kind == "consumer",
            Attendance.present.is_(True),
            Attendance.deleted.is_(False),
        )
        .scalar_subquery()
    )
    order = (ActivitySession.session_date, ActivitySession.planned_start)
    stmt = (
        select(
            ActivitySession.id,
            Community.code,
            *order,
            ActivitySession.planned_end,
            ActivitySession.topic,
            ActivitySession.theme,
            ActivitySession.venue,
            ActivitySession.status,
            Person.code,
            turnout,
        )
        .join(Community, ActivitySession.community_id == Community.id)
        .outerjoin(
            SessionPeer,
            and_(
                SessionPeer.session_id == ActivitySession.id,
                SessionPeer.part == "lead",
                SessionPeer.deleted.is_(False),
            ),
        )
        .outerjoin(Person, SessionPeer.person_id == Person.id)
        .where(ActivitySession.deleted.is_(False))
        .order_by(*(column.desc() for column in order) if newest_first else order)
        .limit(limit)
    )
    if start:
        stmt = stmt.where(ActivitySession.session_date >= start)
    if end:
        stmt = stmt.where(ActivitySession.session_date <= end)
    if community_code:
        stmt = stmt.where(Community.code == community_code)
    if statuses is not None:
        stmt = stmt.where(ActivitySession.status.in_(statuses))
    if ids is not None:
        stmt = stmt.where(ActivitySession.id.in_(ids))
    return stmt


def each_session(db: Database) -> Iterator[SessionRow]:
    """Every live session, oldest first, one at a time as read: a list of 100,000 held
    at once as well as what is made of them would double the memory it takes."""
    statement = _listing(None, None, None, None, False, None, None)
    with db.engine.connect() as connection:
        for row in connection.execution_options(yield_per=500).execute(statement):
            yield SessionRow(*row)


def session_detail(db: Database, session_id: str) -> SessionDetail:
    """The whole session, for the forms."""
    with db.reading() as session:
        a = lookup.activity_session(session, session_id)
        community = session.get_one(Community, a.community_id)
        peers = session.execute(
            select(SessionPeer.part, Person.code)
            .join(Person, SessionPeer.person_id == Person.id)
            .where(SessionPeer.session_id == a.id, SessionPeer.deleted.is_(False))
            .order_by(Person.code)
        ).all()
        plan = SessionPlan(
            community=community.code,
            session_date=a.session_date,
            planned_start=a.planned_start,
            planned_end=a.planned_end,
            venue=a.venue,
            topic=a.topic,
            lead_peer=next((code for part, code in peers if part == "lead"), None),
            assisting_peers=tuple(code for part, code in peers if part == "assist"),
            formats=tuple(a.formats),
            format_other=a.format_other,
            venue_detail=a.venue_detail,
            theme=a.theme,
            aim=a.aim,
            warm_up=a.warm_up,
            main_activity=a.main_activity,
            closing=a.closing,
            materials=a.materials,
            record_keeper=_code(session, Person, a.record_keeper_id),
            direction=a.direction or "",
            direction_by=_code(session, StaffMember, a.direction_by_id),
        )
        report = None
        if a.status == "held" and a.actual_start and a.actual_end:
            report = _report(session, a)
        return SessionDetail(
            a.id, plan, a.status, a.cancel_reason, a.cancel_note, report, a.series_id,
            record_revision(session, a),
        )  # fmt: skip


def _report(session: Session, a: ActivitySession) -> SessionReport:
    rows = session.execute(
        select(Attendance.kind, Attendance.present, Person.code, StaffMember.code)
        .outerjoin(Person, Attendance.person_id == Person.id)
        .outerjoin(StaffMember, Attendance.staff_id == StaffMember.id)
        .where(Attendance.session_id == a.id, Attendance.deleted.is_(False))
    ).all()

    def pick(kind: str, present: bool) -> tuple[str, ...]:
        return tuple(sorted(p or s for k, here, p, s in rows if k == kind and here == present))

    assert a.actual_start is not None and a.actual_end is not None
    return SessionReport(
        actual_start=a.actual_start,
        actual_end=a.actual_end,
        consumers_present=pick("consumer", True),
        consumers_absent=pick("consumer", False),
        peers_present=pick("peer", True),
        staff_present=pick("staff", True),
        formats=tuple(a.formats),
        held_theme=a.held_theme,
        held_aim=a.held_aim,
        feedback=a.feedback,
        notes=a.notes,
        held_topic=a.held_topic,
        held_venue=a.held_venue,
        held_venue_detail=a.held_venue_detail or "",
        adverse_event=a.adverse_event,
        recorded_by=_code(session, Person, a.recorded_by_id),
        handover_batch=a.handover_batch,
    )


def _code(session: Session, model: type[Person] | type[StaffMember], key: str | None) -> str | None:
    """The code of the person or staff member a key names (None for no key)."""
    if key is None:
        return None
    return session.scalar(select(model.code).where(model.id == key))


def default_batch(db: Database, community_code: str, day: date) -> int:
    """The hand-over batch a session of the community on the day goes in, for the form."""
    with db.reading() as session:
        community = lookup.community(session, community_code)
        return handover_batch(community.start_date, day)
