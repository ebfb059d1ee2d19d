"""Databases saved at every released revision (scripts/migration_databases.py) reach head whole."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.audit import verify_chain
from app.checks import run_checks
from app.services import people, sessions
from app.services.withdrawal import withdrawn_on
from db.database import Database
from db.migrate import current_revision, head_revision

SAVED = Path(__file__).resolve().parent / "databases"
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")


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
    assert {t: after[t] for t in before} == before
    c3 = next(r for r in people.list_people(db) if r.code == "TJH-C3")
    assert (c3.birth_date, c3.role, c3.caregiver_of) == (date(1973, 3, 10), "consumer", None)
    assert people.contact_of(db, "TJH-C3") == people.ContactData("王3", "13800000003")
    assert people.contact_of(db, "MZD-C5") is None  # erased before the files were saved
    themes = {s.theme for s in sessions.list_sessions(db)}
    assert themes == {"使用微信", "唱歌"}
    assert withdrawn_on(db, "MZD-C5") == (date(2016, 9, 1) if revision >= "0007" else None)
    assert verify_chain(db) == []
    assert run_checks(db) == []
    db.close()
