"""Planning and logging activity sessions, and every rule that guards them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from app.errors import NeedsConfirmation, NotFound, ValidationFailed
from app.services import accounts, people, sessions
from db.database import Database
from tests.helpers import DOCTOR

DAY = date(2016, 1, 5)
PLAN = sessions.SessionPlan(
    community="TJH",
    session_date=DAY,
    planned_start=time(9, 0),
    planned_end=time(10, 30),
    venue="rehabilitation_center",
    topic="daily_life_skills",
    lead_peer="P1",
    assisting_peers=("P2",),
    formats=("group_discussion", "role_play"),
    theme="包饺子",
    aim="学会简单的家常菜",
    warm_up="自我介绍",
    main_activity="一起包饺子",
    closing="分享感受",
    materials="面粉、馅料",
)
REPORT = sessions.SessionReport(
    actual_start=time(9, 5),
    actual_end=time(10, 25),
    consumers_present=("C1", "C2"),
    consumers_absent=("C3",),
    peers_present=("P1", "P2"),
    feedback="大家很开心",
)


def _codes(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.code for p in problems}


def test_plan_and_log_round_trip(people_db: Database) -> None:
    """Every field of the plan and the report comes back as it was saved."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.log_session(people_db, DOCTOR, sid, REPORT)
    detail = sessions.session_detail(people_db, sid)
    assert detail.plan == PLAN
    assert detail.status == "held"
    assert detail.report == replace(REPORT, formats=PLAN.formats)
    [row] = sessions.list_sessions(people_db)
    assert (row.lead_peer, row.consumers_present, row.status) == ("P1", 2, "held")


def test_end_before_start_is_an_error_and_writes_nothing(people_db: Database) -> None:
    """A planned end before its start is refused, even when warnings are confirmed."""
    bad = replace(PLAN, planned_start=time(10), planned_end=time(9))
    with pytest.raises(ValidationFailed) as caught:
        sessions.plan_session(people_db, DOCTOR, bad, confirmed=True)
    assert "end_before_start" in _codes(caught.value.problems)
    assert "10:00" in str(caught.value)
    assert sessions.list_sessions(people_db) == []


def test_short_session_warns_until_confirmed(people_db: Database) -> None:
    """Under 40 minutes is a warning: refused unconfirmed, saved once confirmed."""
    short = replace(PLAN, planned_end=time(9, 30))
    with pytest.raises(NeedsConfirmation) as caught:
        sessions.plan_session(people_db, DOCTOR, short)
    assert _codes(caught.value.warnings) == {"unusual_length"}
    assert sessions.list_sessions(people_db) == []
    sessions.plan_session(people_db, DOCTOR, short, confirmed=True)
    assert len(sessions.list_sessions(people_db)) == 1


def test_long_session_warns(people_db: Database) -> None:
    """Over 120 minutes is a warning too."""
    with pytest.raises(NeedsConfirmation):
        sessions.plan_session(people_db, DOCTOR, replace(PLAN, planned_end=time(11, 1)))


def test_fewer_than_two_peers_warns(people_db: Database) -> None:
    """One peer alone is a warning the user may confirm."""
    with pytest.raises(NeedsConfirmation) as caught:
        sessions.plan_session(people_db, DOCTOR, replace(PLAN, assisting_peers=()))
    assert "too_few_peers" in _codes(caught.value.warnings)


def test_consumer_as_peer_is_an_error(people_db: Database) -> None:
    """Only people enrolled as peers on the day can lead or assist."""
    with pytest.raises(ValidationFailed) as caught:
        sessions.plan_session(
            people_db, DOCTOR, replace(PLAN, assisting_peers=("C1",)), confirmed=True
        )
    assert "not_a_peer" in _codes(caught.value.problems)


def test_unknown_topic_is_an_error(people_db: Database) -> None:
    """Topic categories are stable codes; a display name is not accepted."""
    with pytest.raises(ValidationFailed):
        sessions.plan_session(
            people_db, DOCTOR, replace(PLAN, topic="Social skills"), confirmed=True
        )


def test_held_session_in_the_future_is_an_error(people_db: Database) -> None:
    """A session dated tomorrow cannot be logged as held."""
    tomorrow = date.today() + timedelta(days=1)
    sid = sessions.plan_session(people_db, DOCTOR, replace(PLAN, session_date=tomorrow))
    with pytest.raises(ValidationFailed) as caught:
        sessions.log_session(people_db, DOCTOR, sid, REPORT, confirmed=True)
    assert "held_in_future" in _codes(caught.value.problems)
    assert sessions.session_detail(people_db, sid).status == "planned"


def test_attendance_of_someone_not_enrolled_is_an_error(people_db: Database) -> None:
    """A consumer of another community, or before enrolment, cannot attend."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    for report in (
        replace(REPORT, consumers_present=("M1",)),
        replace(REPORT, consumers_present=("P1",)),
    ):
        with pytest.raises(ValidationFailed) as caught:
            sessions.log_session(people_db, DOCTOR, sid, report, confirmed=True)
        assert "not_enrolled" in _codes(caught.value.problems)
    people.add_person(
        people_db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 6, 1)
    )
    with pytest.raises(ValidationFailed):
        sessions.log_session(
            people_db, DOCTOR, sid, replace(REPORT, consumers_present=("C9",)), confirmed=True
        )
    assert sessions.session_detail(people_db, sid).report is None


def test_consumer_who_quit_cannot_attend_after(people_db: Database) -> None:
    """After quitting, a consumer is no longer enrolled."""
    people.change_status(
        people_db, DOCTOR, "C1", "consumer", "quit", date(2015, 12, 1), "moved away"
    )
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    with pytest.raises(ValidationFailed):
        sessions.log_session(people_db, DOCTOR, sid, REPORT, confirmed=True)


def test_consumer_on_leave_attending_warns(people_db: Database) -> None:
    """Attendance of a consumer on leave needs confirming."""
    people.change_status(
        people_db, DOCTOR, "C2", "consumer", "on_leave", date(2015, 12, 1), "hospital"
    )
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    with pytest.raises(NeedsConfirmation) as caught:
        sessions.log_session(people_db, DOCTOR, sid, REPORT)
    assert _codes(caught.value.warnings) == {"on_leave"}


def test_relogging_replaces_attendance(people_db: Database) -> None:
    """Correcting attendance leaves exactly the corrected list."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.log_session(people_db, DOCTOR, sid, REPORT)
    sessions.log_session(
        people_db, DOCTOR, sid, replace(REPORT, consumers_present=("C3",), consumers_absent=())
    )
    report = sessions.session_detail(people_db, sid).report
    assert report is not None
    assert (report.consumers_present, report.consumers_absent) == (("C3",), ())


def _reads_while_logging(db: Database, report: sessions.SessionReport) -> int:
    """SELECT statements issued by logging a newly planned session with this report."""
    sid = sessions.plan_session(db, DOCTOR, PLAN)
    reads: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        sessions.log_session(db, DOCTOR, sid, report, confirmed=True)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(reads)


def test_logging_reads_do_not_grow_with_attendance(people_db: Database) -> None:
    """Ten consumers cost the same queries as two: people, enrolments and statuses are read
    in one query each, and nothing is flushed (with its audit-chain reads) per row."""
    for n in range(4, 12):
        data = people.PersonData(f"C{n}", "TJH")
        people.add_person(people_db, DOCTOR, data, "consumer", date(2015, 9, 1))
    people.change_status(
        people_db, DOCTOR, "C5", "consumer", "on_leave", date(2015, 12, 1), "hospital"
    )
    accounts.add_staff(people_db, DOCTOR, "D1", "Dr Wang", "psychiatrist")
    few = replace(REPORT, consumers_present=("C1",), consumers_absent=("C2",),
                  staff_present=("D1",))  # fmt: skip
    many = replace(REPORT, consumers_present=tuple(f"C{n}" for n in range(1, 10)),
                   consumers_absent=("C10", "C11"), staff_present=("D1",))  # fmt: skip
    assert _reads_while_logging(people_db, many) == _reads_while_logging(people_db, few)
    # the audit log reads its key and, once per changed table, the rows it hashes
    assert _reads_while_logging(people_db, few) <= 16


def test_unknown_attendee_names_the_first_missing_code(people_db: Database) -> None:
    """With several unknown codes on the form, the error names the first, as before."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    report = replace(REPORT, consumers_present=("C1", "X9", "X1"), peers_present=("Y1",))
    with pytest.raises(NotFound, match="X9"):
        sessions.log_session(people_db, DOCTOR, sid, report, confirmed=True)


def test_cancel_needs_a_known_reason(people_db: Database) -> None:
    """Cancelling records the reason; a held session cannot be cancelled."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.cancel_session(people_db, DOCTOR, sid, "venue_unavailable")
    detail = sessions.session_detail(people_db, sid)
    assert (detail.status, detail.cancel_reason) == ("cancelled", "venue_unavailable")
    held = sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.log_session(people_db, DOCTOR, held, REPORT)
    with pytest.raises(Exception, match="held"):
        sessions.cancel_session(people_db, DOCTOR, held, "weather")


def test_delete_marks_deleted_and_hides(people_db: Database) -> None:
    """A deleted session disappears from lists but its row stays, marked deleted."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.delete_session(people_db, DOCTOR, sid)
    assert sessions.list_sessions(people_db) == []
    from db.models import ActivitySession

    with people_db.reading() as session:
        row = session.get(ActivitySession, sid)
        assert row is not None and row.deleted and row.revision == 2


def test_list_filters_by_dates_and_community(people_db: Database) -> None:
    """Lists honour the date range and the community."""
    sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.plan_session(people_db, DOCTOR, replace(PLAN, session_date=date(2016, 2, 5)))
    assert len(sessions.list_sessions(people_db, start=date(2016, 2, 1))) == 1
    assert len(sessions.list_sessions(people_db, end=date(2016, 1, 31))) == 1
    assert sessions.list_sessions(people_db, community_code="MZD") == []
