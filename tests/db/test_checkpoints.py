"""A save does not wait for the write-ahead log to be moved into the file: a worker does it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import text

from db import checkpoints
from db.database import Database

MARKER = "moved-into-the-file-7f3a"


def _write(db: Database, value: str) -> None:
    with db.transaction() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS probe (value TEXT)"))
        session.execute(text("INSERT INTO probe VALUES (:value)"), {"value": value})


def _in_file(db: Database) -> bool:
    assert db.file is not None
    return MARKER.encode() in Path(db.file).read_bytes()


def test_a_commit_leaves_the_log_even_past_a_thousand_pages(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite would move the log into the file at the commit that passes 1,000 pages,
    keeping the save waiting; here no commit does, whatever its size."""
    monkeypatch.setattr(checkpoints.Checkpoints, "committed", lambda _self: None)
    _write(db, MARKER + "x" * (6 * 2**20))  # 6 MiB: 1,500 pages of the log
    assert not _in_file(db)


def test_the_worker_moves_the_log_into_the_file_after_a_commit(db: Database) -> None:
    _write(db, MARKER)
    deadline = time.monotonic() + 10
    while not _in_file(db) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _in_file(db)


def test_closing_stops_the_worker_and_leaves_the_file_whole(db: Database) -> None:
    _write(db, MARKER)
    db.close()
    assert _in_file(db)
    assert not Path(f"{db.file}-wal").exists()  # the last connection emptied the log
