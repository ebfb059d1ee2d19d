"""Bringing a database to the newest schema with Alembic, with a copy made first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from db.backup import backup_sqlite

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    """Alembic's configuration, pointing at the migrations shipped with the app."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Upgrades the database to head; an existing SQLite file is copied beside itself first.

    Each migration runs in its own transaction. On SQLite, foreign keys are switched off
    while tables are rebuilt (batch mode) and checked afterwards, as SQLite prescribes for
    schema changes; the pragma only takes effect outside a transaction.
    """
    current = current_revision(engine)
    if current == head_revision():
        return
    sqlite = engine.dialect.name == "sqlite"
    if sqlite and current is not None and engine.url.database:
        backup_sqlite(engine, Path(f"{engine.url.database}.before-{head_revision()}.bak"))
    config = alembic_config()
    with engine.connect() as connection:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if connection.in_transaction():
            connection.commit()
        if sqlite:
            driver = connection.connection.driver_connection
            problems = driver.execute("PRAGMA foreign_key_check").fetchall()
            driver.execute("PRAGMA foreign_keys=ON")
            if problems:
                raise RuntimeError(f"schema upgrade broke foreign keys: {problems[:5]}")
    engine.dispose()
