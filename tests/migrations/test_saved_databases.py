"""Databases saved at every released revision (scripts/migration_databases.py) reach head whole."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app.audit import verify_chain
from app.checks import run_checks
from app.services import people, sessions, supervision
from app.services.withdrawal import withdrawn_on
from db.audit_chain import GENESIS, entry_hash
from db.database import Database
from db.migrate import current_revision, head_revision
from tests.helpers import DOCTOR

SAVED = Path(__file__).resolve().parent / "databases"
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
             "0012", "0013", "0014")  # fmt: skip


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]  # fmt: skip
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    connection.close()
    return counts


def test_every_released_revision_has_a_saved_database() -> None:
    """A new revision needs its saved database (run scripts/migration_databases.py)."""
    saved = sorted(p.stem.removeprefix("revision-") for p in SAVED.glob("revision-*.sqlite"))
    assert saved == list(REVISIONS)
    assert head_revision() in REVISIONS


@pytest.mark.parametrize("revision", REVISIONS)
def test_saved_database_reaches_head_with_nothing_lost(revision: str, tmp_path: Path) -> None:
    """Every row is still there after the upgrade, and the records read as they were written."""
    path = tmp_path / "old.sqlite"
    shutil.copy(SAVED / f"revision-{revision}.sqlite", path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            revision,
        )
    connection.close()
    before = _counts(path)
    assert before["person"] == 6 and before["attendance"] > 0

    db = Database.open(path)
    assert current_revision(db.engine) == head_revision()
    after = _counts(path)
    grown = {"audit_entry", "exchange_key"}  # 0010's keyed chain: its key, anchor, baselines
    assert {t: after[t] for t in before if t not in grown} == {
        t: n for t, n in before.items() if t not in grown
    }
    assert all(after[t] >= before[t] for t in grown & before.keys())
    c3 = next(r for r in people.list_people(db) if r.code == "TJH-C3")
    assert (c3.birth_date, c3.role, c3.caregiver_of) == (date(1973, 3, 10), "consumer", None)
    assert people.contact_for(db, DOCTOR, "TJH-C3") == people.ContactData("王3", "13800000003")
    assert people.contact_for(db, DOCTOR, "MZD-C5") is None  # erased before the files were saved
    themes = {s.theme for s in sessions.list_sessions(db)}
    assert themes == {"使用微信", "唱歌"}
    assert withdrawn_on(db, "MZD-C5") == (date(2016, 9, 1) if revision >= "0007" else None)
    [held] = supervision.list_supervision(db)
    # 0014 moved the one supervisor into a row of its own, with the profession
    assert supervision.Supervisor("D1", "community_doctor") in (
        supervision.supervision_record(db, held.id).data.supervisors
    )
    assert verify_chain(db, DOCTOR).problems == []
    assert run_checks(db) == []
    db.close()


def test_entries_from_before_the_keyed_chain_are_noted_and_guarded(tmp_path: Path) -> None:
    """Upgraded from 0009: a note says where the keyed chain began; an old entry edited and
    its unkeyed chain recomputed is then found where the keyed chain takes over."""
    path = tmp_path / "old.sqlite"
    shutil.copy(SAVED / "revision-0009.sqlite", path)
    db = Database.open(path)
    report = verify_chain(db, DOCTOR)
    assert report.problems == []
    assert any(note.startswith("Entries 1 to ") for note in report.notes)
    people.add_person(db, DOCTOR, people.PersonData("TJH-C9", "TJH"), "consumer", date(2017, 1, 1))
    with db.engine.begin() as connection:
        rows = connection.execute(text(
            "SELECT id, at, username, action, table_name, record_id, detail FROM audit_entry "
            "WHERE mac IS NULL ORDER BY id")).all()  # fmt: skip
        previous = GENESIS
        for row in rows:
            detail = "edited" if row.id == rows[3].id else row.detail
            current = entry_hash(previous, row.at, row.username, row.action, row.table_name,
                                 row.record_id, detail)  # fmt: skip
            connection.execute(text("UPDATE audit_entry SET detail = :d, prev_hash = :p, "
                                    "hash = :h WHERE id = :i"),
                               {"d": detail, "p": previous, "h": current, "i": row.id})  # fmt: skip
            previous = current
    [problem] = verify_chain(db, DOCTOR).problems
    assert problem.startswith(f"audit entry {rows[-1].id + 1} (no. {len(rows) + 1}): does not "
                              "follow the entry before it")  # fmt: skip
    db.close()
