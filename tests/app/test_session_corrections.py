"""Correcting a logged session: who may, the rules of logging again, stale windows refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from app import audit
from app.errors import UserError, ValidationFailed
from app.history import StaleRecord
from app.permissions import Account
from app.services import session_record, sessions, today
from app.services.session_record import CorrectionRefused
from db.database import Database
from tests.helpers import DOCTOR, PEER, PSYCHIATRIST

DAY = date(2016, 1, 5)
PLAN = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "rehabilitation_center",
                            "daily_life_skills", "P1", ("P2",), theme="包饺子")  # fmt: skip
REPORT = sessions.SessionReport(time(9, 5), time(10, 25), ("C1", "C2"), ("C3",), ("P1", "P2"),
                                feedback="大家很开心")  # fmt: skip
OTHER_PEER = Account("liu", "Liu", "peer", person_code="P2")
WITHIN_A_WEEK, LATER = date(2016, 1, 12), date(2016, 1, 13)


def _logged(db: Database, by: Account = DOCTOR) -> str:
    sid = sessions.plan_session(db, DOCTOR, PLAN)
    sessions.log_session(db, by, sid, REPORT)
    return sid


def _revision(db: Database, sid: str) -> int:
    return sessions.session_detail(db, sid).revision


def _report(db: Database, sid: str) -> sessions.SessionReport:
    report = sessions.session_detail(db, sid).report
    assert report is not None
    return report


def test_doctor_corrects_attendance(people_db: Database) -> None:
    """C3 came after all and C2 did not: the log says so, and the revision rises."""
    sid = _logged(people_db)
    seen = _revision(people_db, sid)
    fixed = replace(REPORT, consumers_present=("C1", "C3"), consumers_absent=("C2",))
    session_record.correct_log(people_db, DOCTOR, sid, fixed, seen, today=LATER)
    report = _report(people_db, sid)
    assert (report.consumers_present, report.consumers_absent) == (("C1", "C3"), ("C2",))
    assert _revision(people_db, sid) > seen
    [row] = sessions.list_sessions(people_db)
    assert row.consumers_present == 2


def test_the_peer_who_logged_it_corrects_within_seven_days(people_db: Database) -> None:
    """Wang logged it; on the seventh day after the session Wang may still correct it."""
    sid = _logged(people_db, PEER)
    fixed = replace(REPORT, feedback="大家很开心，想再做一次")
    session_record.correct_log(people_db, PEER, sid, fixed, None, today=WITHIN_A_WEEK)
    assert _report(people_db, sid).feedback == "大家很开心，想再做一次"


@pytest.mark.parametrize(
    ("actor", "on", "message"),
    [
        (PEER, LATER, "you could correct it until 2016-01-12"),
        (OTHER_PEER, WITHIN_A_WEEK, "Only a community doctor, or the person who logged"),
        (PSYCHIATRIST, WITHIN_A_WEEK, "Only a community doctor, or the person who logged"),
    ],
)
def test_others_are_refused_and_nothing_changes(
    people_db: Database, actor: Account, on: date, message: str
) -> None:
    """After seven days, or another peer, or another professional: refused, log as it was,
    and the refusal is in the audit log."""
    sid = _logged(people_db, PEER)
    seen = _revision(people_db, sid)
    fixed = replace(REPORT, consumers_present=("C1",), consumers_absent=("C2", "C3"))
    with pytest.raises(CorrectionRefused, match=message):
        session_record.correct_log(people_db, actor, sid, fixed, seen, today=on)
    assert _report(people_db, sid) == replace(REPORT, formats=())
    assert _revision(people_db, sid) == seen
    [refused] = audit.list_entries(people_db, action="access_refused", record=sid)
    assert (refused.username, refused.detail) == (actor.username, "correct_log")


def test_rules_of_logging_apply_again(people_db: Database) -> None:
    """A consumer of another community cannot be marked present; nothing changes."""
    sid = _logged(people_db)
    seen = _revision(people_db, sid)
    wrong = replace(REPORT, consumers_present=("C1", "M1"))
    with pytest.raises(ValidationFailed, match="M1 is not enrolled as a consumer in TJH"):
        session_record.correct_log(people_db, DOCTOR, sid, wrong, seen, today=LATER)
    assert _report(people_db, sid).consumers_present == ("C1", "C2")
    assert _revision(people_db, sid) == seen


def test_a_planned_session_has_no_log_to_correct(people_db: Database) -> None:
    """Correcting a session never logged is refused: it is logged, not corrected."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    with pytest.raises(UserError, match="not logged"):
        session_record.correct_log(people_db, DOCTOR, sid, REPORT, None, today=LATER)
    assert sessions.session_detail(people_db, sid).status == "planned"


def test_two_edits_from_the_same_stale_view(people_db: Database) -> None:
    """The page showed revision r; the first edit saves, the second, still on r, is refused
    naming who changed it, and changes nothing."""
    sid = _logged(people_db)
    seen = _revision(people_db, sid)
    first = replace(REPORT, consumers_present=("C1",), consumers_absent=("C2", "C3"))
    session_record.correct_log(people_db, DOCTOR, sid, first, seen, today=LATER)
    second = replace(REPORT, notes="second edit")
    with pytest.raises(StaleRecord, match="changed by"):
        session_record.correct_log(people_db, DOCTOR, sid, second, seen, today=LATER)
    report = _report(people_db, sid)
    assert (report.consumers_present, report.notes) == (("C1",), "")


def test_stale_plan_is_refused(people_db: Database) -> None:
    """A plan changed by someone else (only its assisting peer) refuses the stale window."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    seen = _revision(people_db, sid)
    sessions.update_plan(people_db, DOCTOR, sid, replace(PLAN, assisting_peers=()), True)
    with pytest.raises(StaleRecord):
        sessions.update_plan(people_db, DOCTOR, sid, replace(PLAN, theme="改"), False, seen)
    assert sessions.session_detail(people_db, sid).plan.theme == "包饺子"


def test_record_names_who_logged_and_the_events(people_db: Database) -> None:
    """The page's record: who logged it, present and absent consumers, and its refusal."""
    sid = _logged(people_db, PEER)
    record = session_record.session_record(people_db, OTHER_PEER, sid, today=WITHIN_A_WEEK)
    assert record.logged_by == "wang" and record.logged_at is not None
    assert [(c.code, c.present) for c in record.consumers] == [
        ("C1", True), ("C2", True), ("C3", False)]  # fmt: skip
    assert all(c.name == "" for c in record.consumers)
    assert record.correction_refusal is not None
    mine = session_record.session_record(people_db, PEER, sid, WITHIN_A_WEEK)
    assert mine.correction_refusal is None


def test_corrections_dates(people_db: Database) -> None:
    """A log corrected after it was written has a correction day; one never corrected none."""
    sid = _logged(people_db)
    assert session_record.corrections(people_db, sid) == session_record.Corrections(None, None)
    fixed = replace(REPORT, notes="补记")
    session_record.correct_log(people_db, DOCTOR, sid, fixed, None, today=LATER)
    changed = session_record.corrections(people_db, sid)
    assert changed.plan is None and changed.log == date.today()


def test_sessions_today_leave_out_cancelled_and_deleted(people_db: Database) -> None:
    """Three sessions today: one held, one cancelled, one deleted; Today counts one."""
    on = date(2016, 1, 5)
    kept = sessions.plan_session(people_db, DOCTOR, PLAN)
    later = [replace(PLAN, planned_start=time(h), planned_end=time(h + 1, 30)) for h in (14, 16)]
    cancelled, gone = (sessions.plan_session(people_db, DOCTOR, plan) for plan in later)
    sessions.cancel_session(people_db, DOCTOR, cancelled, "weather")
    sessions.delete_session(people_db, DOCTOR, gone)
    assert today.overview(people_db, on).sessions_today == 1
    assert [r.id for r in sessions.list_sessions(people_db, on, on, statuses=("planned",))] == [
        kept
    ]
