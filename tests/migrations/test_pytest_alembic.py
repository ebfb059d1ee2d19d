"""pytest-alembic's standard tests: single head, upgrade, models match, up-down consistency.

Its plugin cannot collect them under pytest 9 (its collector sets ``_nodeid``, which pytest
9 no longer has), so they are called here as plain functions on its own runner.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_alembic import MigrationContext, runner
from pytest_alembic.config import Config
from pytest_alembic.tests import default

from db.engine import create_database_engine, database_url
from db.migrate import alembic_config


@pytest.fixture
def alembic_runner(tmp_path: Path) -> Iterator[MigrationContext]:
    """pytest-alembic's runner on an empty SQLite file, with the app's migrations."""
    engine = create_database_engine(database_url(tmp_path / "alembic.sqlite"))
    with runner(config=Config.from_raw_config(alembic_config()), engine=engine) as context:
        yield context
    engine.dispose()


@pytest.mark.parametrize(
    "check",
    [
        "test_single_head_revision",
        "test_upgrade",
        "test_model_definitions_match_ddl",
        "test_up_down_consistency",
    ],
)
def test_standard_migration_check(alembic_runner: MigrationContext, check: str) -> None:
    """Each standard check passes on the whole migration history."""
    getattr(default, check)(alembic_runner)
