"""What needs doing today: sessions to log, reports to acknowledge, the next hand-over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from app.services.site import require_installation
from db.database import Database
from db.models import ActivitySession, EmergencyEvent

HANDOVER_DAYS = 42


@dataclass(frozen=True)
class TodayOverview:
    """The Today screen's figures."""

    sessions_to_log: int
    sessions_today: int
    """Sessions dated today that are not cancelled (nor deleted)."""
    unacknowledged_events: int
    next_handover: date
    days_to_handover: int


def next_handover(anchor: date, today: date) -> date:
    """The first six-weekly hand-over day on or after today, counting from the anchor."""
    if today <= anchor:
        return anchor + timedelta(days=HANDOVER_DAYS)
    cycles = -(-(today - anchor).days // HANDOVER_DAYS)
    return anchor + timedelta(days=HANDOVER_DAYS * max(cycles, 1))


def overview(db: Database, today: date | None = None) -> TodayOverview:
    """Counts for the Today screen; the hand-over cycle starts on the day the site was set up."""
    today = today or date.today()
    anchor = require_installation(db).created_at.date()
    live = ActivitySession.deleted.is_(False)
    with db.reading() as session:
        to_log = session.scalar(
            select(func.count()).where(
                live, ActivitySession.status == "planned", ActivitySession.session_date <= today
            )
        )
        on_day = session.scalar(
            select(func.count()).where(
                live, ActivitySession.status != "cancelled", ActivitySession.session_date == today
            )
        )
        waiting = session.scalar(
            select(func.count()).where(
                EmergencyEvent.deleted.is_(False), EmergencyEvent.acknowledged_at.is_(None)
            )
        )
    handover = next_handover(anchor, today)
    return TodayOverview(
        sessions_to_log=to_log or 0,
        sessions_today=on_day or 0,
        unacknowledged_events=waiting or 0,
        next_handover=handover,
        days_to_handover=(handover - today).days,
    )
