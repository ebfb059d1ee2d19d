"""Rows of a site on schema 0013 merge at a hub on 0014: a supervision's one supervisor
becomes the same supervisor row the site's own upgrade makes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from app.exchange.older_rows import SUPERVISOR_ROWS, split_supervisors, supervisor_row_id
from app.services import accounts
from db.database import Database
from db.models import StaffMember
from tests.helpers import DOCTOR

MIGRATION = (Path(__file__).resolve().parents[2] / "migrations" / "versions"
             / "0014_screening_needs_supervisors.py")  # fmt: skip


def test_the_hub_keys_supervisor_rows_as_the_site_upgrade_does() -> None:
    """The migration and the hub derive the same key from a supervision's key."""
    spec = importlib.util.spec_from_file_location("m0014", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.SUPERVISOR_ROWS == SUPERVISOR_ROWS
    assert module.supervisor_row_id("abc") == supervisor_row_id("abc")


def test_an_older_supervision_row_gives_its_supervisor_row(people_db: Database) -> None:
    """The supervisor leaves the supervision row and comes back as a row of its own, with
    the staff member's profession; rows of schema 0014 and other tables are left alone."""
    accounts.add_staff(people_db, DOCTOR, "Y1", "杨医生", "psychiatrist")
    with people_db.reading() as session:
        staff = session.query(StaffMember).one().id
    row = {"id": "s-1", "supervisor_id": staff, "owner_site": "CY01", "revision": 3,
           "created_at": "2016-02-01T00:00:00", "updated_at": "2016-02-02T00:00:00",
           "deleted": False}  # fmt: skip
    with people_db.engine.connect() as connection:
        assert split_supervisors(connection, "0014", "supervision", [dict(row)]) == []
        assert split_supervisors(connection, "0013", "activity_session", [dict(row)]) == []
        rows = [dict(row)]
        [made] = split_supervisors(connection, "0013", "supervision", rows)
    assert "supervisor_id" not in rows[0]
    assert made["id"] == supervisor_row_id("s-1")
    assert (made["supervision_id"], made["staff_id"], made["profession"]) == (
        "s-1", staff, "psychiatrist")  # fmt: skip
    assert (made["revision"], made["owner_site"]) == (3, "CY01")


def test_the_hub_holds_screening_rows_to_the_sheet_s_rules() -> None:
    """A bundle's screening row with an unknown code, evidence of another criterion or a
    decision without who and when is refused by its row's rule."""
    from datetime import date

    from app.exchange.row_rules import problem
    from db.models import NeedsInterview, Screening, SupervisionSupervisor

    table, today = Screening.__table__, date(2026, 1, 1)
    sound = {"role": "peer", "criteria": {"insight": True}, "decision": "eligible",
             "decided_by_id": "k", "decided_on": "2025-12-01", "referral": "poster",
             "evidence": {"insight": "psychiatrist_interview"}}  # fmt: skip
    assert problem(table, sound, today) is None
    changes: list[tuple[dict[str, object], str | None]] = [
        ({"referral": "radio"}, "unknown referral"),
        ({"decision": "maybe"}, "unknown decision"),
        ({"evidence": {"insight": "rumour"}}, "unknown evidence"),
        ({"evidence": {"psp": "medical_record"}}, "unknown evidence"),
        ({"decided_by_id": None}, "decision without who decided"),
        ({"decided_on": "2026-06-01"}, "in the future"),
        ({"role": "caregiver", "criteria": {}, "evidence": {}}, None),
    ]
    for change, said in changes:
        found = problem(table, {**sound, **change}, today)
        assert (found is None) if said is None else (said in (found or "")), (change, found)
    assert "unknown role" in (problem(NeedsInterview.__table__, {"role": "x"}, today) or "")
    assert "unknown profession" in (
        problem(SupervisionSupervisor.__table__, {"profession": "x"}, today) or ""
    )
