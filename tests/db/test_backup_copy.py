"""A backup is the database file copied as it is when it is settled, and a consistent copy
however another program writes meanwhile."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from db import backup as db_backup
from db.engine import connect_file


def _site(path: Path, rows: int = 2000) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany("INSERT INTO note (text) VALUES (?)",
                               [("x" * 200,)] * rows)  # fmt: skip
        connection.commit()


def _count(path: Path) -> int:
    with closing(connect_file(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return int(connection.execute("SELECT count(*) FROM note").fetchone()[0])


def test_a_settled_database_is_copied_as_a_file_not_page_by_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nothing waiting in the log, the online backup (decrypt, re-encrypt) is not used."""
    _site(tmp_path / "site.sqlite")
    monkeypatch.setattr(db_backup, "STEP_PAGES", 1)  # many progress reports
    reports: list[tuple[int, int]] = []
    copied = db_backup.backup_file(tmp_path / "site.sqlite", None, tmp_path / "copy.sqlite",
                                   lambda done, total: reports.append((done, total)))  # fmt: skip
    assert _count(copied) == 2000
    size = (tmp_path / "site.sqlite").stat().st_size
    assert reports[-1] == (size, size)  # bytes of the file: the byte copy ran


def test_a_write_during_the_copy_neither_enters_nor_damages_it(tmp_path: Path) -> None:
    """Another program commits and checkpoints mid-copy: the copy is the state it started from."""
    site = tmp_path / "site.sqlite"
    _site(site)
    written: list[tuple[int, int, int]] = []
    other_program = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], timeout=0)\n"
        "c.execute(\"INSERT INTO note (text) VALUES ('later')\"); c.commit()\n"
        "print(*c.execute('PRAGMA wal_checkpoint(TRUNCATE)').fetchone())\n"
    )

    def meanwhile(_done: int, _total: int) -> None:
        if not written:
            done = subprocess.run([sys.executable, "-c", other_program, str(site)],
                                  capture_output=True, text=True, check=True)  # fmt: skip
            written.append(tuple(int(n) for n in done.stdout.split()))  # type: ignore[arg-type]

    original = db_backup.STEP_PAGES
    db_backup.STEP_PAGES = 4
    try:
        copied = db_backup.backup_file(site, None, tmp_path / "copy.sqlite", meanwhile)
    finally:
        db_backup.STEP_PAGES = original
    assert written and written[0][0] == 1  # the checkpoint could not touch the file
    assert _count(copied) == 2000
    assert _count(site) == 2001


def test_changes_waiting_in_the_log_are_copied_too(tmp_path: Path) -> None:
    """A reader elsewhere keeps the log from being emptied: the online backup copies it all."""
    site = tmp_path / "site.sqlite"
    _site(site)
    reader = sqlite3.connect(site)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM note").fetchone()
    with closing(sqlite3.connect(site)) as writer:
        writer.execute("INSERT INTO note (text) VALUES ('in the log')")
        writer.commit()
    copied = db_backup.backup_file(site, None, tmp_path / "copy.sqlite")
    reader.close()
    assert _count(copied) == 2001
