"""The sessions list and the sessions waiting to be logged, as the services read them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from sqlalchemy import update

from app.services import after_session, sessions
from db.database import Database
from db.models import Attendance
from tests.helpers import DOCTOR

DAY = date(2016, 1, 5)
PLAN = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "health_center",
                            "social_skills", "P1", ("P2",), theme="使用微信")  # fmt: skip
REPORT = sessions.SessionReport(time(9), time(10, 30), consumers_present=("C1", "C2"),
                                consumers_absent=("C3",), peers_present=("P1", "P2"))  # fmt: skip


def _plan(db: Database, day: date, start: time = time(9), **changes: object) -> str:
    plan = replace(PLAN, session_date=day, planned_start=start, planned_end=time(start.hour + 1),
                   **changes)  # type: ignore[arg-type]  # fmt: skip
    return sessions.plan_session(db, DOCTOR, plan, confirmed=True)


def test_rows_carry_lead_turnout_and_status(people_db: Database) -> None:
    """Each row names its lead and counts only consumers present, whatever else attended."""
    held = _plan(people_db, DAY)
    sessions.log_session(people_db, DOCTOR, held, REPORT)
    _plan(people_db, DAY + timedelta(days=7), lead_peer="P2", assisting_peers=("P1",))
    unled = _plan(people_db, DAY + timedelta(days=14), lead_peer=None,
                  assisting_peers=("P1", "P2"))  # fmt: skip
    sessions.cancel_session(people_db, DOCTOR, unled, "weather")
    rows = sessions.list_sessions(people_db)
    assert [(r.lead_peer, r.consumers_present, r.status) for r in rows] == [
        ("P1", 2, "held"), ("P2", 0, "planned"), (None, 0, "cancelled")]  # fmt: skip
    assert (rows[0].community, rows[0].theme, rows[0].planned_end) == ("TJH", "使用微信",
                                                                     time(10))  # fmt: skip


def test_deleted_attendance_and_lead_changes_are_not_counted(people_db: Database) -> None:
    """A consumer's attendance marked deleted leaves the count; a replaced lead is not listed."""
    sid = _plan(people_db, DAY)
    sessions.log_session(people_db, DOCTOR, sid, REPORT)
    sessions.update_plan(
        people_db, DOCTOR, sid, replace(PLAN, lead_peer="P2", assisting_peers=("P1",))
    )
    with people_db.engine.begin() as connection:
        connection.execute(update(Attendance).where(Attendance.present.is_(True),
                                                    Attendance.kind == "consumer")
                           .values(deleted=True))  # fmt: skip
    [row] = sessions.list_sessions(people_db)
    assert (row.lead_peer, row.consumers_present) == ("P2", 0)


def test_newest_first_with_a_limit(people_db: Database) -> None:
    """The newest few, by date then start time, for the list's first screen."""
    for n in range(4):
        _plan(people_db, DAY + timedelta(days=n), time(9))
        _plan(people_db, DAY + timedelta(days=n), time(14))
    newest = sessions.list_sessions(people_db, newest_first=True, limit=3)
    assert [(r.session_date.day, r.planned_start.hour) for r in newest] == [(8, 14), (8, 9),
                                                                            (7, 14)]  # fmt: skip
    assert len(sessions.list_sessions(people_db)) == 8


def test_sessions_to_log_are_planned_ones_up_to_today(people_db: Database) -> None:
    """Planned sessions on or before today: today's first, then the most recent; no others."""
    today = date(2016, 3, 1)
    older, recent, same_day = (_plan(people_db, d) for d in (date(2016, 2, 1),
                               date(2016, 2, 20), today))  # fmt: skip
    sessions.log_session(people_db, DOCTOR, _plan(people_db, date(2016, 2, 25)), REPORT)
    sessions.cancel_session(people_db, DOCTOR, _plan(people_db, date(2016, 2, 26)), "weather")
    sessions.delete_session(people_db, DOCTOR, _plan(people_db, date(2016, 2, 27)))
    _plan(people_db, date(2016, 3, 2))  # tomorrow
    waiting = after_session.sessions_to_log(people_db, today)
    assert [r.id for r in waiting] == [same_day, recent, older]
    assert {r.status for r in waiting} == {"planned"}
    assert sessions.list_sessions(people_db, statuses=("held", "cancelled"))[0].status == "held"
