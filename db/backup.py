"""Consistent copies of a SQLite database, taken while the app may be using it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def backup_sqlite(engine: Engine, destination: Path) -> Path:
    """Copies the database with SQLite's online backup API, then syncs the copy to disk.

    The copy is written beside the destination and renamed into place, so a crash
    never leaves a half-written file under the final name.
    """
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("only a SQLite database file can be backed up this way")
    destination = destination.expanduser().resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(engine.url.database)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)
    return destination
