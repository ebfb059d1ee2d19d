"""Bringing a database to the newest schema with Alembic, with a copy made first.

Opening a database at head must be quick (it happens at every start-up), so the check reads
``alembic_version`` with one plain query and compares it with the newest migration's file
name; Alembic itself is imported only when an upgrade is due. ``head_revision`` needs
neither SQLAlchemy nor Alembic, so start-up can compare revisions before loading either.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    """Alembic's configuration, pointing at the migrations shipped with the app."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows.

    Migration files are named ``NNNN_title.py`` with ``NNNN`` their revision id, one line of
    history in order (tests check both), so the largest prefix is the head.
    """
    return max(
        path.name[:4] for path in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def known_revisions() -> set[str]:
    """Every schema revision this version of the app knows (a newer program's are not)."""
    versions = (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return {path.name[:4] for path in versions}


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, or None for an empty database."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Upgrades the database to head; an existing SQLite file is copied beside itself first.

    Each migration runs in its own transaction. On SQLite, foreign keys are switched off
    while tables are rebuilt (batch mode) and checked afterwards, as SQLite prescribes for
    schema changes; the pragma only takes effect outside a transaction.
    """
    current = current_revision(engine)
    if current == head_revision():
        return
    from alembic import command

    from db.backup import backup_sqlite

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
