"""Cancelling a session, the rest of a repeating series, and deleting one planned by mistake."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.errors import UserError
from app.services import after_session, printed, sessions, today
from db.database import Database
from tests.app.test_sessions import PLAN, REPORT
from tests.helpers import DOCTOR, RESEARCHER


def _weekly(db: Database, count: int = 13) -> list[str]:
    """A weekly series of ``count`` sessions from PLAN's date."""
    until = PLAN.session_date + timedelta(days=7 * (count - 1))
    return sessions.plan_repeating(db, DOCTOR, PLAN, 7, until)


def _statuses(db: Database) -> list[str]:
    return [row.status for row in sessions.list_sessions(db)]


def test_cancel_the_rest_of_a_series_from_the_fifth(people_db: Database) -> None:
    """Thirteen weekly sessions, cancelled from the fifth: nine cancelled, four still planned."""
    ids = _weekly(people_db)
    fifth = sessions.session_detail(people_db, ids[4]).plan.session_date
    n = sessions.cancel_series_from(people_db, DOCTOR, ids[4], fifth, "venue_unavailable")
    assert n == 9
    assert _statuses(people_db) == ["planned"] * 4 + ["cancelled"] * 9
    detail = sessions.session_detail(people_db, ids[12])
    assert detail.cancel_reason == "venue_unavailable"
    assert detail.series_id == sessions.session_detail(people_db, ids[0]).series_id is not None


def test_series_cancel_leaves_held_cancelled_and_other_sessions(people_db: Database) -> None:
    """A held session in the series, one cancelled for another reason and a single session
    on the same days are left as they were."""
    ids = _weekly(people_db, 4)
    single = sessions.plan_session(
        people_db,
        DOCTOR,
        replace(
            PLAN,
            planned_start=PLAN.planned_end,
            planned_end=PLAN.planned_end.replace(hour=11, minute=30),
        ),
        True,
    )
    sessions.log_session(people_db, DOCTOR, ids[1], REPORT, confirmed=True)
    sessions.cancel_session(people_db, DOCTOR, ids[2], "weather")
    n = sessions.cancel_series_from(people_db, DOCTOR, ids[0], PLAN.session_date, "holiday")
    assert n == 2
    assert sessions.session_detail(people_db, ids[1]).status == "held"
    assert sessions.session_detail(people_db, ids[2]).cancel_reason == "weather"
    assert sessions.session_detail(people_db, single).status == "planned"


def test_a_single_session_has_no_series(people_db: Database) -> None:
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    with pytest.raises(UserError, match="not part of a series"):
        sessions.cancel_series_from(people_db, DOCTOR, sid, PLAN.session_date, "weather")


def test_other_needs_a_note_and_changes_nothing(people_db: Database) -> None:
    """The reason "other" without saying what: refused, the session and the series stay planned."""
    ids = _weekly(people_db, 3)
    with pytest.raises(UserError, match="Say why the session was cancelled"):
        sessions.cancel_session(people_db, DOCTOR, ids[0], "other", "  ")
    with pytest.raises(UserError, match="Say why the session was cancelled"):
        sessions.cancel_series_from(people_db, DOCTOR, ids[0], PLAN.session_date, "other")
    assert _statuses(people_db) == ["planned"] * 3
    sessions.cancel_session(people_db, DOCTOR, ids[0], "other", "社区停电")
    detail = sessions.session_detail(people_db, ids[0])
    assert (detail.status, detail.cancel_reason, detail.cancel_note) == (
        "cancelled",
        "other",
        "社区停电",
    )


def test_unknown_reason_and_held_session_are_refused(people_db: Database) -> None:
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    with pytest.raises(UserError, match="not a known cancellation reason"):
        sessions.cancel_session(people_db, DOCTOR, sid, "tired")
    sessions.log_session(people_db, DOCTOR, sid, REPORT, confirmed=True)
    with pytest.raises(UserError, match="held cannot be cancelled"):
        sessions.cancel_session(people_db, DOCTOR, sid, "weather")


def test_cancel_and_delete_need_planning_rights(people_db: Database) -> None:
    """A research assistant, who may not plan sessions, is refused."""
    ids = _weekly(people_db, 2)
    with pytest.raises(UserError, match="may not plan"):
        sessions.cancel_series_from(people_db, RESEARCHER, ids[0], PLAN.session_date, "weather")
    with pytest.raises(UserError, match="may not plan"):
        sessions.delete_session(people_db, RESEARCHER, ids[0])
    assert _statuses(people_db) == ["planned"] * 2


def test_delete_planned_but_not_held(people_db: Database) -> None:
    """A session planned by mistake drops out of the list; a held one must be corrected."""
    wrong = sessions.plan_session(people_db, DOCTOR, PLAN)
    held = sessions.plan_session(people_db, DOCTOR, replace(PLAN, session_date=date(2016, 1, 12)))
    sessions.log_session(people_db, DOCTOR, held, REPORT, confirmed=True)
    sessions.delete_session(people_db, DOCTOR, wrong)
    assert [row.id for row in sessions.list_sessions(people_db)] == [held]
    with pytest.raises(UserError, match="correct its log instead"):
        sessions.delete_session(people_db, DOCTOR, held)
    assert sessions.session_detail(people_db, held).status == "held"


def test_cancelled_session_is_not_waiting_to_be_logged_or_entered(people_db: Database) -> None:
    """A printed process form of a cancelled session is no longer an outstanding sheet, and
    the session no longer waits to be logged."""
    ids = _weekly(people_db, 2)
    for sid in ids:
        printed.record_printed(people_db, DOCTOR, f"S-{sid[:4]}", "process", sid)
    later = PLAN.session_date + timedelta(days=30)
    assert len(after_session.sessions_to_log(people_db, later)) == 2
    sessions.cancel_session(people_db, DOCTOR, ids[0], "holiday")
    assert [row.id for row in after_session.sessions_to_log(people_db, later)] == [ids[1]]
    assert [sheet.record_key for sheet in printed.not_entered(people_db)] == [ids[1]]
    assert today.overview(people_db, later).sessions_to_log == 1
