"""Where this installation keeps its files; no SQLAlchemy, so start-up can ask cheaply."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "PeerSupportDesk"
DEFAULT_FILE_NAME = "peer-support.sqlite"


def default_database_path() -> Path:
    """The site database in the user's data folder, as each platform expects it."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def keyring_path(db_file: Path) -> Path:
    """Where the key file of a database file lives: beside it, named FILE.keys."""
    return db_file.with_name(db_file.name + ".keys")
