"""Consistent copies of a SQLite database, taken while the app may be using it."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from db.engine import connect_file, engine_key
from db.keyring import copy_beside

STEP_PAGES = 1024  # pages copied between progress reports: 4 MiB at SQLite's page size
_ONE_AT_A_TIME = threading.Lock()  # two copies to one file would share its partial file


def backup_sqlite(
    engine: Engine, destination: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Copies the database with SQLite's online backup API, then syncs the copy to disk.

    The copy is written beside the destination and renamed into place, so a crash
    never leaves a half-written file under the final name. An encrypted database gives an
    encrypted copy under the same key, with the key file copied beside it, so the copy
    opens on its own with the same passwords. ``progress`` hears (pages copied, pages in
    all) as the copy goes; if it raises (the user cancelled), the half-written copy is
    removed and the error goes on, leaving the destination as it was.
    """
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("only a SQLite database file can be backed up this way")
    key = engine_key(engine)
    destination = destination.expanduser().resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    with _ONE_AT_A_TIME:
        return _copy(engine.url.database, key, destination, progress)


def _copy(
    database: str, key: bytes | None, destination: Path, progress: Callable[[int, int], None] | None
) -> Path:
    """Copies through a partial file, which only this copy uses while it holds the lock."""
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    try:
        source = connect_file(database, key)
        try:
            target = connect_file(partial, key)
            try:
                source.backup(target, pages=STEP_PAGES, progress=step)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if key is not None:
        copy_beside(Path(database), destination)
    os.replace(partial, destination)
    return destination

