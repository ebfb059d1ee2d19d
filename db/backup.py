"""Consistent copies of a SQLite database, taken while the app may be using it."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from db.engine import connect_file, engine_key
from db.keyring import copy_beside


def backup_sqlite(engine: Engine, destination: Path) -> Path:
    """Copies the database with SQLite's online backup API, then syncs the copy to disk.

    The copy is written beside the destination and renamed into place, so a crash
    never leaves a half-written file under the final name. An encrypted database gives an
    encrypted copy under the same key, with the key file copied beside it, so the copy
    opens on its own with the same passwords.
    """
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("only a SQLite database file can be backed up this way")
    key = engine_key(engine)
    destination = destination.expanduser().resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    source = connect_file(engine.url.database, key)
    try:
        target = connect_file(partial, key)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    if key is not None:
        copy_beside(Path(engine.url.database), destination)
    os.replace(partial, destination)
    return destination
