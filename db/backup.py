"""Consistent copies of a SQLite database, taken while the app may be using it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine

from db.engine import connect_file, engine_key
from db.files import make_folder, replaced_when_done
from db.keyring import copy_beside

STEP_PAGES = 1024  # pages copied between progress reports: 4 MiB at SQLite's page size
_ONE_AT_A_TIME = threading.Lock()  # two copies to one file would share its partial file


def backup_sqlite(
    engine: Engine, destination: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Copies the database with SQLite's online backup API, then syncs the copy to disk.

    The copy is written beside the destination (owner-only), synced and renamed into place,
    so a crash never leaves a half-written file under the final name. An encrypted database gives an
    encrypted copy under the same key, with the key file copied beside it, so the copy
    opens on its own with the same passwords. ``progress`` hears (pages copied, pages in
    all) as the copy goes; if it raises (the user cancelled), the half-written copy is
    removed and the error goes on, leaving the destination as it was.
    """
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("only a SQLite database file can be backed up this way")
    return backup_file(Path(engine.url.database), engine_key(engine), destination, progress)


def backup_file(
    database: Path,
    key: bytes | None,
    destination: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """``backup_sqlite`` of a database file no engine has open (a restore holds it locked)."""
    destination = destination.expanduser().resolve()
    make_folder(destination.parent)

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    with _ONE_AT_A_TIME, replaced_when_done(destination) as partial:
        with (
            closing(connect_file(database, key)) as source,
            closing(connect_file(partial, key)) as target,
        ):
            source.backup(target, pages=STEP_PAGES, progress=step)
            target.execute("PRAGMA journal_mode=DELETE")
        if key is not None:
            copy_beside(database, destination)
    return destination
