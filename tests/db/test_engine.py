"""Where the database lives and how SQLite is set up for safety."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from db.database import Database
from db.engine import database_url
from db.location import default_database_path


def test_default_file_is_in_the_user_data_folder(isolated_home: Path) -> None:
    """With no --db, the database is one file in the user's data folder."""
    path = default_database_path()
    assert path.name == "peer-support.sqlite"
    assert str(path).startswith(str(isolated_home))


def test_paths_and_urls_are_both_accepted(tmp_path: Path) -> None:
    """A plain path becomes an absolute SQLite URL; a URL is taken as it is."""
    assert database_url(tmp_path / "a.sqlite").database == str(tmp_path / "a.sqlite")
    assert str(database_url("postgresql://u@h/db")) == "postgresql://u@h/db"


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(db: Database) -> None:
    """Every connection uses WAL, enforces foreign keys and syncs fully on commit."""
    with db.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_opening_creates_folder_and_file(tmp_path: Path) -> None:
    """Opening a path in a folder that does not exist yet creates both."""
    target = tmp_path / "new" / "folder" / "site.sqlite"
    Database.open(target).close()
    assert target.exists()
