"""The peer's task right after an activity: what happened, who came, and any emergency."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app import access
from app.permissions import Account, Capability
from app.services import emergencies, sessions
from app.services.emergencies import EventReport
from app.services.sessions import SessionReport, SessionRow
from db.database import Database


def sessions_to_log(db: Database, today: date | None = None) -> list[SessionRow]:
    """Planned sessions on or before today, today's first, then the most recent."""
    today = today or date.today()
    waiting = sessions.list_sessions(db, end=today, statuses=("planned",))
    return sorted(waiting, key=lambda r: (r.session_date != today, -r.session_date.toordinal(),
                                          r.planned_start))  # fmt: skip


def log_with_event(
    db: Database,
    actor: Account,
    session_id: str,
    report: SessionReport,
    event: EventReport | None,
    confirmed: bool = False,
) -> str | None:
    """Logs the session and, if something happened, its Emergency Event Form, together.

    Both are written in one transaction, so a refused event never leaves a half-logged
    session and the other way round. Returns the event's key, if there was one. The
    process form's "adverse event during the session" is answered by whether there is one.
    """
    report = replace(report, adverse_event=event is not None)
    access.require(db, actor, Capability.LOG_SESSIONS)
    if event is not None:
        access.require(db, actor, Capability.REPORT_EMERGENCIES)
        emergencies.check_event(event, emergencies.utc_now()).raise_if_blocking(True)
    with db.transaction(actor.username) as session:
        sessions.log_in(session, session_id, report, confirmed)
        return emergencies.report_in(session, event) if event is not None else None
