"""Migrations: an empty database reaches head, models and migrations agree, nothing is lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from app.checks import run_checks
from app.services import accounts, site
from db.base import Base
from db.database import Database
from db.engine import create_database_engine, database_url
from db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from db.models import StaffMember, UserAccount
from tests.helpers import DOCTOR

SAVED_0008 = Path(__file__).resolve().parent / "databases" / "revision-0008.sqlite"


def test_single_head() -> None:
    """The migrations form one line of history."""
    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_empty_database_is_upgraded_to_head(tmp_path: Path) -> None:
    """Opening an empty file creates every table at the newest revision."""
    db = Database.open(tmp_path / "new.sqlite")
    assert current_revision(db.engine) == head_revision()
    db.close()
    tables = {
        row[0]
        for row in sqlite3.connect(tmp_path / "new.sqlite").execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
    }
    assert set(Base.metadata.tables) <= tables


def test_models_match_migrations(tmp_path: Path) -> None:
    """The schema the migrations build is the schema the models describe."""
    db = Database.open(tmp_path / "m.sqlite")
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    db.close()


def test_reopening_at_head_leaves_data_and_makes_no_backup(db: Database, db_path: Path) -> None:
    """Opening a database already at head changes nothing and copies nothing."""
    db.close()
    again = Database.open(db_path)
    assert again.installation() is not None
    assert not list(db_path.parent.glob("*.bak"))
    again.close()


def test_app_never_calls_create_all() -> None:
    """Real databases get their tables from migrations only."""
    sources = Path(__file__).resolve().parents[2]
    for folder in ("app", "db", "ui"):
        for path in (sources / folder).rglob("*.py"):
            assert "create_all" not in path.read_text(encoding="utf-8"), path


def test_upgrade_is_all_or_nothing(tmp_path: Path) -> None:
    """A migration that fails half-way leaves none of its tables behind (transactional DDL)."""
    engine = create_database_engine(database_url(tmp_path / "x.sqlite"))
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE person (id TEXT)")
        connection.commit()
    with pytest.raises(OperationalError):
        upgrade_to_head(engine)
    with engine.connect() as connection:
        names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "community" not in names and "audit_entry" not in names
    assert current_revision(engine) is None


def test_older_database_with_data_is_upgraded_and_copied_first(tmp_path: Path) -> None:
    """A database at revision 0001 holding records reaches head with every record kept."""
    path = tmp_path / "old.sqlite"
    engine = create_database_engine(database_url(path))
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO installation (id, site_code, site_name, kind, created_at) "
            "VALUES (1, 'CY01', 'Chaoyang', 'site', '2016-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO community (id, owner_site, created_at, updated_at, revision, deleted, "
            "code, name_zh, name_en) VALUES ('c1', 'CY01', '2016-01-01 00:00:00', "
            "'2016-01-01 00:00:00', 3, 0, 'TJH', '团结湖', 'Tuanjiehu')"
        )
        connection.commit()
    engine.dispose()

    db = Database.open(path)
    assert current_revision(db.engine) == head_revision()
    assert [c.code for c in site.list_communities(db)] == ["TJH"]
    db.close()
    backups = list(tmp_path.glob("old.sqlite.before-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_audit_entries_before_the_chain_join_it(tmp_path: Path) -> None:
    """Entries written at revision 0004 are chained by the upgrade and verify as intact."""
    from app.audit import verify_chain

    path = tmp_path / "old.sqlite"
    engine = create_database_engine(database_url(path))
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        for n in range(3):
            connection.exec_driver_sql(
                "INSERT INTO audit_entry (at, username, action, table_name, record_id, detail) "
                f"VALUES ('2016-01-0{n + 1} 08:00:00.000000', 'li', 'create', 'person', 'p{n}', '')"
            )
        connection.commit()
    engine.dispose()
    db = Database.open(path)
    assert verify_chain(db, DOCTOR).problems == []
    site.init_site(db, "CY01", "Chaoyang")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu")
    assert verify_chain(db, DOCTOR).problems == []
    db.close()


def test_head_from_file_names_is_alembic_head() -> None:
    """The quick head check at start-up names the same revision Alembic would."""
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_quick_check_still_upgrades_an_old_database(tmp_path: Path) -> None:
    """A database left at an older revision is still brought to head when opened."""
    path = tmp_path / "old.sqlite"
    engine = create_database_engine(database_url(path))
    with engine.connect() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.commit()
    engine.dispose()
    db = Database.open(path)
    assert current_revision(db.engine) == head_revision()
    db.close()


def test_migration_0006_creates_the_sessions_list_indexes(tmp_path: Path) -> None:
    """A database at head has the indexes the sessions list reads by."""
    Database.open(tmp_path / "i.sqlite").close()
    names = {
        row[0]
        for row in sqlite3.connect(tmp_path / "i.sqlite").execute(
            "SELECT name FROM sqlite_master WHERE type='index'"
        )
    }
    assert {"ix_activity_session_date_start", "ix_attendance_kind_present_session"} <= names


def test_sessions_waiting_to_be_logged_are_read_by_their_index(tmp_path: Path) -> None:
    """The Today and after-session pages' query (run after every save) uses migration 0008's
    index instead of scanning every session."""
    from sqlalchemy import event

    from app.services.after_session import sessions_to_log

    db = Database.open(tmp_path / "i.sqlite")
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:
        if "FROM activity_session" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    sessions_to_log(db)
    event.remove(db.engine, "before_cursor_execute", seen)
    db.close()
    statement, parameters = statements[0]
    with sqlite3.connect(tmp_path / "i.sqlite") as connection:
        plan = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    connection.close()
    assert any("ix_activity_session_status_date" in str(row[-1]) for row in plan), plan


def test_professionals_accounts_without_a_staff_record_get_one_at_0009(tmp_path: Path) -> None:
    """Accounts made by ``init --doctor-name`` had no staff record: upgrading links each to
    the unlinked staff record of its name and profession, or makes one, so every
    professional is in the staff pickers; peers' accounts are left alone."""
    path = tmp_path / "old.sqlite"
    shutil.copy(SAVED_0008, path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO user_account (username, display_name, role, password_hash, active, "
            "failed_attempts, created_at) VALUES ('zhou', '周医生', 'psychiatrist', 'x', 1, 0, "
            "'2016-01-01 00:00:00'), ('wang', '王芳', 'peer', 'x', 1, 0, '2016-01-01 00:00:00')"
        )
    connection.close()
    db = Database.open(path)
    with db.reading() as session:
        linked = dict(session.execute(
            select(UserAccount.username, StaffMember.code)
            .outerjoin(StaffMember, StaffMember.id == UserAccount.staff_id)).all())  # fmt: skip
    assert linked == {"li": "D1", "zhou": "ZHOU", "wang": None}
    staff = {s.code: (s.name, s.profession) for s in accounts.list_staff(db)}
    assert staff["ZHOU"] == ("周医生", "psychiatrist")
    assert run_checks(db) == []
    db.close()
