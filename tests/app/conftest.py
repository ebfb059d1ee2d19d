"""Fixtures the exchange tests share."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange import project
from db.database import Database


@pytest.fixture
def pm(tmp_path: Path) -> Database:
    """The project manager's database, with the project created."""
    db = Database.open(tmp_path / "pm.sqlite")
    project.create_project(db, "Chaoyang project", tmp_path / "project.json")
    return db
