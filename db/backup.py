"""Consistent copies of a SQLite database, taken while the app may be using it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from db.checkpoints import paused
from db.engine import connect_file, engine_key
from db.files import copy_in_steps, make_folder, replaced_when_done
from db.keyring import copy_beside

STEP_PAGES = 1024  # pages copied between progress reports: 4 MiB at SQLite's page size
_ONE_AT_A_TIME = threading.Lock()  # two copies to one file would share its partial file


def backup_sqlite(
    engine: Engine, destination: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Copies the database (its file as it is when nothing waits in the write-ahead log,
    else with SQLite's online backup API), checks the copy opens, and syncs it to disk.

    The copy is written beside the destination (owner-only), synced and renamed into place,
    so a crash never leaves a half-written file under the final name. An encrypted database gives an
    encrypted copy under the same key, with the key file copied beside it, so the copy
    opens on its own with the same passwords. ``progress`` hears (pages copied, pages in
    all) as the copy goes; if it raises (the user cancelled), the half-written copy is
    removed and the error goes on, leaving the destination as it was.
    """
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("only a SQLite database file can be backed up this way")
    with paused(engine):  # the program's own checkpoint would send it page by page
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
        with closing(connect_file(database, key)) as source:
            if not _copied_settled(source, database, partial, progress):
                with closing(connect_file(partial, key)) as target:
                    source.backup(target, pages=STEP_PAGES, progress=step)
        with closing(connect_file(partial, key)) as target:  # opens with the key, or raises
            target.execute("PRAGMA journal_mode=DELETE")
        if key is not None:
            copy_beside(database, destination)
    return destination


def _copied_settled(
    source: Any, database: Path, partial: Path, progress: Callable[[int, int], None] | None
) -> bool:
    """Copies the file's bytes when the whole database is in the file itself; False (and
    nothing copied) while another program's changes wait in the write-ahead log.

    The online backup decrypts and re-encrypts every page of an encrypted database; the
    file as it is, under the same key, is the same copy at the cost of reading it. Once
    the log is emptied into the file, the read transaction held during the copy pins the
    file: SQLite writes the log back into the file only when no reader reads the file
    alone, so whatever another program writes meanwhile stays in the log.
    """
    source.execute("PRAGMA busy_timeout = 0")  # a reader elsewhere: copy page by page now
    busy, _, _ = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    source.execute("PRAGMA busy_timeout = 5000")
    if busy:
        return False
    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        log = database.with_name(database.name + "-wal")
        if log.exists() and log.stat().st_size > 0:
            return False
        copy_in_steps(database, partial, STEP_PAGES * 4096, progress)
        return True
    finally:
        source.execute("ROLLBACK")
