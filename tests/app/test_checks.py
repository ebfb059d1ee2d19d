"""The check command: a sound database passes, each kind of damage is named."""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import text

from app.checks import run_checks
from app.services import sessions
from db.database import Database
from main import main
from tests.helpers import DOCTOR

PLAN = sessions.SessionPlan(
    "TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center", "social_skills", "P1",
    ("P2",), ("lecture",),
)  # fmt: skip
REPORT = sessions.SessionReport(time(9), time(10, 30), ("C1",), (), ("P1", "P2"))


@pytest.fixture
def held(people_db: Database) -> str:
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.log_session(people_db, DOCTOR, sid, REPORT)
    return sid


def corrupt(db: Database, sql: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text(sql))


def test_sound_database_has_no_problems(people_db: Database, held: str) -> None:
    """A database built through the services passes every check."""
    assert run_checks(people_db) == []


def test_the_checks_big_page_cache_is_given_back(people_db: Database) -> None:
    """The check reads with a large page cache; the connection it used goes back to the
    pool with SQLite's usual one, not holding 128 MiB for every later read."""
    with people_db.reading() as session:
        usual = session.execute(text("PRAGMA cache_size")).scalar()
    assert run_checks(people_db) == []
    with people_db.reading() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == usual


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("UPDATE activity_session SET actual_end = '08:00:00.000000'", "not after the start"),
        ("UPDATE activity_session SET session_date = '2999-01-01'", "future"),
        ("UPDATE activity_session SET topic = 'Social skills'", "unknown topic"),
        ("UPDATE activity_session SET formats = '[\"dancing\"]'", "unknown formats"),
        ("UPDATE activity_session SET status = 'cancelled', cancel_reason = NULL", "cancelled"),
        ("UPDATE enrolment SET left_on = '2000-01-01'", "before enrolling"),
        (
            "UPDATE enrolment SET enrolled_on = '2017-01-01' WHERE role = 'consumer'",
            "was not enrolled",
        ),
        (
            "UPDATE enrolment SET community_id = (SELECT id FROM community WHERE code = 'MZD') "
            "WHERE role = 'consumer'",
            "was not enrolled",
        ),
        ("UPDATE community SET revision = 0", "revision 0"),
        ("UPDATE person SET deleted = 1 WHERE code = 'C1'", "deleted person C1"),
        ("DELETE FROM installation", "installation: missing"),
    ],
)
def test_each_kind_of_damage_is_named(
    people_db: Database, held: str, sql: str, expected: str
) -> None:
    """Damage made behind the services' back is found and described."""
    corrupt(people_db, sql)
    problems = run_checks(people_db)
    assert any(expected in p for p in problems), problems


def test_broken_foreign_key_is_found(people_db: Database, held: str) -> None:
    """A row pointing at a missing record is reported by table."""
    with people_db.engine.connect() as connection:
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA foreign_keys=OFF")
        driver.execute("UPDATE attendance SET person_id = 'gone' WHERE kind = 'consumer'")
        driver.execute("PRAGMA foreign_keys=ON")
    assert any(p.startswith("attendance:") for p in run_checks(people_db))


def test_check_and_backup_commands(
    people_db: Database,
    held: str,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """check exits 0 when sound and 1 when not; backup writes a sound copy while open."""
    assert main(["--db", str(db_path), "check"]) == 0
    out = tmp_path / "copies" / "backup.sqlite"
    with people_db.reading() as session:  # another reader has the database open
        session.execute(text("SELECT count(*) FROM person")).scalar()
        assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    copy = sqlite3.connect(out)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT count(*) FROM person").fetchone() == (6,)
    copy.close()
    assert not list(out.parent.glob("*.partial"))
    corrupt(people_db, "UPDATE enrolment SET left_on = '2000-01-01'")
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 1
    captured = capsys.readouterr()
    assert "before enrolling" in captured.out and "problem(s) found" in captured.err


def test_row_rules_find_exactly_what_reading_every_row_finds(
    people_db: Database, held: str
) -> None:
    """Rows looked at by the database first (codes by their distinct values, dates and
    timestamps compared in SQL) give the same problems as giving every row every rule."""
    from sqlalchemy import select

    from app.checks import row_rules
    from app.exchange import row_rules as rules
    from app.exchange.rows import travelling_models

    for sql in (
        "UPDATE person SET birth_date = '2999-01-01' WHERE code = 'C1'",
        "UPDATE person SET sex = 'x' WHERE code = 'C2'",
        "UPDATE activity_session SET formats = '[\"dancing\"]'",
        "UPDATE community SET updated_at = '1890-01-01 00:00:00.000000'",
        "UPDATE enrolment SET created_at = '1850-01-01 00:00:00.000000', "
        "updated_at = '1850-01-02 00:00:00.000000'",
        "UPDATE enrolment SET left_on = '1800-01-01' WHERE role = 'peer'",
    ):
        corrupt(people_db, sql)
    with people_db.reading() as session:
        found = row_rules(session)
        every_row = []
        for model in travelling_models():
            table = model.__table__
            for row in session.execute(select(table)).mappings():
                for rule in rules.rules(table):  # type: ignore[arg-type]
                    problem = rule(dict(row), date.today())
                    if problem is not None:
                        every_row.append(f"{table.name} {row['id']}: {problem}")
    assert sorted(found) == sorted(every_row)
    assert {p.split()[0] for p in found} >= {"person", "activity_session", "community",
                                             "enrolment"}  # fmt: skip
