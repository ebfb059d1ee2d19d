"""Fixtures the exchange tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange import project
from db.database import Database


@pytest.fixture
def pm_recovery_key(tmp_path: Path) -> tuple[Database, str]:
    """The project manager's database, with the project created, and the recovery key that
    opens the project key's recovery copy."""
    db = Database.open(tmp_path / "pm.sqlite")
    return db, project.create_project(db, "Chaoyang project", tmp_path / "project.json")[1]


@pytest.fixture
def pm(pm_recovery_key: tuple[Database, str]) -> Database:
    """The project manager's database, with the project created."""
    return pm_recovery_key[0]
