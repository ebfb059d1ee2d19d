"""Emergency Event Forms: required fields, acknowledgement, follow-up and closing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.errors import UserError, ValidationFailed
from app.services import accounts, emergencies
from db.database import Database
from tests import helpers

WHEN = datetime(2016, 1, 5, 2, 30, tzinfo=UTC)
REPORT = emergencies.EventReport(
    community="TJH",
    occurred_at=WHEN,
    kind="self_harm",
    description="C1 scratched his arm during the activity",
    action_taken="Stopped the activity, called the doctor and family",
    people=("C1",),
    reported_to="D1",
)


@pytest.fixture
def doctor_db(people_db: Database) -> Database:
    accounts.add_staff(people_db, helpers.DOCTOR, "D1", "李医生", "community_doctor")
    return people_db


def test_report_acknowledge_follow_up_close(doctor_db: Database) -> None:
    """An event goes from reported to acknowledged to closed, keeping every follow-up."""
    eid = emergencies.report_event(doctor_db, REPORT)
    assert emergencies.list_events(doctor_db)[0].state == "reported"
    with pytest.raises(UserError, match="Acknowledge"):
        emergencies.follow_up(doctor_db, eid, "", close=True)
    emergencies.acknowledge(doctor_db, eid, "D1")
    emergencies.follow_up(doctor_db, eid, "Visited at home")
    emergencies.follow_up(doctor_db, eid, "Stable again", close=True)
    [row] = emergencies.list_events(doctor_db)
    assert (row.state, row.people, row.acknowledged_by, row.reported_to) == (
        "closed",
        ("C1",),
        "D1",
        "D1",
    )
    assert "Visited at home" in row.follow_up and "Stable again" in row.follow_up


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("description", "  ", "no_description"),
        ("action_taken", "", "no_action"),
        ("kind", "fight", "unknown_code"),
        ("occurred_at", datetime.now(UTC) + timedelta(hours=2), "event_in_future"),
    ],
)
def test_incomplete_report_is_refused(
    doctor_db: Database, field: str, value: object, code: str
) -> None:
    """No description, no action, an unknown kind or a future time: refused, nothing saved."""
    from dataclasses import replace

    with pytest.raises(ValidationFailed) as caught:
        emergencies.report_event(doctor_db, replace(REPORT, **{field: value}))
    assert code in {p.code for p in caught.value.problems}
    assert emergencies.list_events(doctor_db) == []
