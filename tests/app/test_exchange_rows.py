"""The checks a bundle's rows pass on their way into the database, column by column."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import DateTime
from sqlalchemy.dialects import postgresql, sqlite

from app.exchange.rows import row_plan
from db.models import Attendance

ROW = {
    "id": "2813aca4-048a-4db3-9f3c-2be693930a37",
    "owner_site": "CY01",
    "created_at": "2026-12-02T15:56:49.564927+08:00",
    "updated_at": "2026-12-02T07:56:49+00:00",
    "revision": 2,
    "deleted": False,
    "session_id": "684692cf-59ad-4954-aa68-86372fabe94a",
    "kind": "peer",
    "person_id": "db269a77-ac82-451e-98d1-e70826480c35",
    "staff_id": None,
    "present": True,
}


def _checked(dialect: object, **changes: object) -> dict[str, object]:
    plan = row_plan(Attendance.__table__, dialect)
    return dict(zip(plan.keys, plan.check({**ROW, **changes}), strict=True))


def test_timestamps_are_stored_in_utc_as_sqlalchemy_writes_them() -> None:
    """Any offset becomes UTC, in exactly the text SQLAlchemy itself stores on SQLite."""
    dialect = sqlite.dialect()
    stored = DateTime().dialect_impl(dialect).bind_processor(dialect)
    values = _checked(dialect)
    assert values["created_at"] == stored(datetime(2026, 12, 2, 7, 56, 49, 564927))
    assert values["updated_at"] == stored(datetime(2026, 12, 2, 7, 56, 49))
    assert values["present"] == 1


def test_postgresql_gets_naive_utc_datetimes() -> None:
    """On PostgreSQL the driver takes the datetime itself, normalised to UTC."""
    values = _checked(postgresql.dialect())
    assert values["created_at"] == datetime(2026, 12, 2, 7, 56, 49, 564927)
    assert values["created_at"].tzinfo is None
    assert datetime.fromisoformat(ROW["updated_at"]).tzinfo is UTC


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"created_at": "2026-12-02T07:56:49"}, "column created_at: timestamps carry"),
        ({"created_at": "yesterday"}, "column created_at"),
        ({"created_at": 20261202}, "column created_at"),
        ({"id": "2813ACA4-048A-4DB3-9F3C-2BE693930A37"}, "column id: not a record key"),
        ({"revision": 0}, "column revision: revision must be 1 or more"),
        ({"revision": True}, "column revision: not a whole number"),
        ({"present": "yes"}, "column present: not true or false"),
        ({"kind": 5}, "column kind: not text"),
        ({"kind": "p" * 500}, "column kind: text too long"),
        ({"session_id": None}, "column session_id may not be empty"),
        ({"extra": 1}, "unknown columns ['extra']"),
    ],
)
def test_a_bad_value_is_refused_with_its_column(changes: dict[str, object], named: str) -> None:
    """Each kind of impossible value names the column it is in."""
    with pytest.raises(ValueError, match=named.replace("[", r"\[").replace("]", r"\]")):
        _checked(sqlite.dialect(), **changes)


def test_a_missing_column_is_named() -> None:
    """A row without one of the table's columns is refused by that column's name."""
    plan = row_plan(Attendance.__table__, sqlite.dialect())
    row = {k: v for k, v in ROW.items() if k != "present"}
    with pytest.raises(ValueError, match="column present is missing"):
        plan.check(row)


def test_a_nullable_column_a_site_does_not_send_yet_arrives_empty() -> None:
    """A site still on an older schema sends no column that a later version added; a
    nullable one arrives empty instead of refusing the whole bundle."""
    plan = row_plan(Attendance.__table__, sqlite.dialect())
    row = {k: v for k, v in ROW.items() if k != "staff_id"}
    checked = dict(zip(plan.keys, plan.check(row), strict=True))
    assert checked["staff_id"] is None and checked["present"] == 1
