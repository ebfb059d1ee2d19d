"""Alembic environment: batch mode for SQLite, one transaction per migration."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, create_engine

import db.models  # noqa: F401  (registers every table on the metadata)
from db.base import Base

config = context.config


def run_migrations(connection: object) -> None:
    """Runs the migrations on an open connection."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transaction_per_migration=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Uses the caller's connection when the app passes one, else an engine given (as
    pytest-alembic's runner does) or the configured URL."""
    given = config.attributes.get("connection")
    if given is not None and not isinstance(given, Engine):
        run_migrations(given)
        return
    engine = given or create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        run_migrations(connection)
        connection.commit()


run_online()
