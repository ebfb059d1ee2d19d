"""One session as its page shows it, and correcting the log of a session that was held.

The page shows the plan, the log with names for the roles that may see them, the emergency
reports made from the session, and whether the viewer may correct the log: a community
doctor may, and so may the account that logged it, within seven days of the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access, history, name_forms
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import accounts, emergencies, lookup, people, sessions
from app.services.emergencies import EventRow
from app.services.sessions import SessionDetail, SessionReport
from db.base import utc_now
from db.database import Database
from db.models import (
    ActivitySession,
    Attendance,
    AuditEntry,
    Contact,
    Person,
    SessionPeer,
    UserAccount,
)

CORRECTION_DAYS = 7
"""How long after the session the account that logged it may still correct the log."""


class CorrectionRefused(UserError):
    """The acting account may not correct this session's log."""


@dataclass(frozen=True)
class Attendee:
    """A person on the Participant List: the name only for roles that may see names."""

    code: str
    name: str = ""
    present: bool = True
    on_leave: bool = False


@dataclass(frozen=True)
class SessionRecord:
    """Everything a session's page shows."""

    detail: SessionDetail
    consumers: tuple[Attendee, ...]
    peers: tuple[Attendee, ...]
    staff: tuple[Attendee, ...]
    events: tuple[EventRow, ...]
    logged_by: str
    logged_at: datetime | None
    part_ids: tuple[str, ...]
    """The keys of its peers and attendance rows, whose changes its History shows too."""
    correction_refusal: str | None
    """Why the viewer may not correct the log; None when they may (or it is not logged)."""

    @property
    def revision(self) -> int:
        """The revision the page shows, passed back with every edit."""
        return self.detail.revision


def session_record(
    db: Database, actor: Account, session_id: str, today: date | None = None
) -> SessionRecord:
    """The session's plan and log, who logged it, and the emergency reports made from it."""
    detail = sessions.session_detail(db, session_id)
    report = detail.report
    with db.reading() as session:
        logged = _logged_by(session, session_id)
        part_ids = tuple(
            key
            for model in (SessionPeer, Attendance)
            for key in session.scalars(select(model.id).where(model.session_id == session_id))
        )
        names = _names(session, actor)
        who = _display_name(session, logged[0]) if logged else ""
    staff_names = {row.code: row.name for row in _staff(db)}
    consumers: tuple[Attendee, ...] = ()
    peers: tuple[Attendee, ...] = ()
    staff: tuple[Attendee, ...] = ()
    refusal = None
    if report is not None:
        consumers = tuple(
            [Attendee(c, names.get(c, ""), True) for c in report.consumers_present]
            + [Attendee(c, names.get(c, ""), False) for c in report.consumers_absent]
        )
        peers = tuple(Attendee(c, names.get(c, "")) for c in report.peers_present)
        staff = tuple(Attendee(c, staff_names.get(c, "")) for c in report.staff_present)
        refusal = correction_refusal(
            actor, logged[0] if logged else None, detail.plan.session_date, today or date.today()
        )
    events = tuple(e for e in emergencies.list_events(db) if e.session_id == session_id)
    return SessionRecord(detail, consumers, peers, staff, events, who,
                         logged[1] if logged else None, part_ids, refusal)  # fmt: skip


def consumer_choices(
    db: Database, actor: Account, session_id: str
) -> tuple[list[Attendee], list[Attendee]]:
    """Whom a correction may mark: the consumers enrolled in the session's community on
    its day with those already on its list, and the peers enrolled then; named for the
    roles that may see names."""
    detail = sessions.session_detail(db, session_id)
    plan = detail.plan
    consumers = people.enrolled_people(db, "consumer", plan.community, plan.session_date)
    peers = people.enrolled_people(db, "peer", plan.community, plan.session_date)
    with db.reading() as session:
        names = _names(session, actor)
    listed = {row.code: row.status == "on_leave" for row in consumers}
    if detail.report is not None:
        for code in detail.report.consumers_present + detail.report.consumers_absent:
            listed.setdefault(code, False)
    return (
        [Attendee(code, names.get(code, ""), False, leave) for code, leave in listed.items()],
        [Attendee(row.code, names.get(row.code, ""), False) for row in peers],
    )


def correction_refusal(
    actor: Account, logged_by: str | None, session_date: date, today: date
) -> str | None:
    """Why the actor may not correct a log (None if they may): a community doctor may,
    the account that logged it may within seven days of the session."""
    if actor.role == "community_doctor":
        return None
    last_day = session_date + timedelta(days=CORRECTION_DAYS)
    if logged_by is not None and logged_by == actor.username:
        if today <= last_day:
            return None
        return translate(
            "session_record",
            "You logged this session; you could correct it until {day}, seven days after "
            "the session. Ask a community doctor to correct it now.",
        ).format(day=last_day.isoformat())
    return translate(
        "session_record",
        "Only a community doctor, or the person who logged the session within seven days "
        "of it, may correct its log.",
    )


def correct_log(
    db: Database,
    actor: Account,
    session_id: str,
    report: SessionReport,
    expected_revision: int | None,
    confirmed: bool = False,
    today: date | None = None,
    note: str = "",
) -> None:
    """Corrects what was logged of a held session: times, attendance, feedback and notes.

    Every rule of logging applies again; a refusal changes nothing. The window passes the
    revision it showed, so a log changed meanwhile is refused, naming who changed it.
    """
    access.require(db, actor, Capability.LOG_SESSIONS)
    today = today or date.today()
    try:
        with db.transaction(actor.username) as session:
            activity = lookup.activity_session(session, session_id)
            if activity.status != "held":
                raise UserError(
                    translate("session_record", "Only the log of a session that was held "
                              "can be corrected; this one was not logged.")
                )  # fmt: skip
            sessions.check_record_revision(session, activity, expected_revision)
            logged = _logged_by(session, activity.id)
            refusal = correction_refusal(
                actor, logged[0] if logged else None, activity.session_date, today
            )
            if refusal is not None:
                raise CorrectionRefused(refusal)
            sessions.check_report(session, activity, report, today).raise_if_blocking(confirmed)
            sessions.write_log(session, activity, report)
            if note.strip():
                history.note_change(session, note.strip())
    except CorrectionRefused:
        _note_refusal(db, actor, session_id)
        raise


def _note_refusal(db: Database, actor: Account, session_id: str) -> None:
    """A refused correction leaves a trace in the audit log, as other refusals do."""
    with db.transaction(actor.username) as session:
        session.add(AuditEntry(at=utc_now(), username=actor.username, action="access_refused",
                               table_name=ActivitySession.__tablename__,
                               record_id=session_id, detail="correct_log"))  # fmt: skip


def _logged_by(session: Session, session_id: str) -> tuple[str, datetime] | None:
    """Who first logged the session, and when: the change that first set its actual times."""
    stmt = (
        select(AuditEntry.username, AuditEntry.at, AuditEntry.detail)
        .where(
            AuditEntry.table_name == ActivitySession.__tablename__,
            AuditEntry.record_id == session_id,
            AuditEntry.action == "update",
        )
        .order_by(AuditEntry.id)
    )
    for username, at, detail in session.execute(stmt):
        if "actual_start" in (detail or "").split(","):
            return username, at
    return None


def _display_name(session: Session, username: str) -> str:
    found = session.scalars(
        select(UserAccount.display_name).where(UserAccount.username == username)
    ).first()
    return found or username


def _names(session: Session, actor: Account) -> dict[str, str]:
    """Participants' names by code, in the form the role sees them (``name_forms``)."""
    if not name_forms.sees_names(actor):
        return {}
    stmt = (
        select(Person.code, Contact.name)
        .join(Person, Contact.person_id == Person.id)
        .where(Contact.deleted.is_(False), Person.deleted.is_(False))
    )
    return name_forms.shown_names(actor, {code: name for code, name in session.execute(stmt)})


def _staff(db: Database) -> list[Attendee]:
    return [Attendee(row.code, row.name) for row in accounts.list_staff(db)]


PLAN_COLUMNS = frozenset({
    "community_id", "session_date", "planned_start", "planned_end", "venue", "venue_detail",
    "topic", "theme", "aim", "format_other", "warm_up", "main_activity", "closing", "materials",
    "record_keeper_id", "direction", "direction_by_id",
})  # fmt: skip
LOG_COLUMNS = frozenset({"actual_start", "actual_end", "formats", "held_theme", "held_aim",
                         "feedback", "notes", "held_topic", "held_venue", "held_venue_detail",
                         "adverse_event", "recorded_by_id", "handover_batch"})  # fmt: skip


@dataclass(frozen=True)
class Corrections:
    """When a session's plan and its log were last changed after they were first saved."""

    plan: date | None
    log: date | None


def corrections(db: Database, session_id: str) -> Corrections:
    """The days the plan (after it was made) and the log (after it was written) last
    changed, from the audit log; None for what was never corrected."""
    with db.reading() as session:
        peers = set(
            session.scalars(select(SessionPeer.id).where(SessionPeer.session_id == session_id))
        )
        attendance = set(session.scalars(
            select(Attendance.id).where(Attendance.session_id == session_id)))  # fmt: skip
        stmt = (
            select(AuditEntry.id, AuditEntry.at, AuditEntry.action, AuditEntry.table_name,
                   AuditEntry.record_id, AuditEntry.detail)
            .where(AuditEntry.record_id.in_({session_id} | peers | attendance))
            .order_by(AuditEntry.id)
        )  # fmt: skip
        entries = session.execute(stmt).all()
    own = [e for e in entries if e.table_name == ActivitySession.__tablename__]
    made = next((e for e in own if e.action == "create"), None)
    logged = next((e for e in own if "actual_start" in _columns(e.detail)), None)
    plan_changes = [
        e.at for e in own if e.action == "update" and _columns(e.detail) & _plan_columns(e, logged)
    ] + [
        e.at for e in entries if e.table_name == SessionPeer.__tablename__
        and (e.action != "create" or made is None or e.at - made.at > timedelta(seconds=1))
    ]  # fmt: skip
    log_changes = [] if logged is None else [
        e.at for e in entries if e.id > logged.id and (
            e.table_name == Attendance.__tablename__
            or (e.record_id == session_id and _columns(e.detail) & LOG_COLUMNS))
    ]  # fmt: skip
    return Corrections(_day(plan_changes), _day(log_changes))


def _plan_columns(entry: Any, logged: Any) -> frozenset[str]:
    """The plan's columns; its formats too before the log, which may set them as held."""
    before_log = logged is None or entry.id < logged.id
    return PLAN_COLUMNS | {"formats"} if before_log else PLAN_COLUMNS


def _columns(detail: str | None) -> set[str]:
    return set((detail or "").split(","))


def _day(moments: list[datetime]) -> date | None:
    return max(moments).astimezone().date() if moments else None
