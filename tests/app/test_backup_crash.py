"""The closing backup of an encrypted database killed mid-copy (a crash, a power cut) leaves
the previous backup and the database as they were; the next backup succeeds."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from db.backup import backup_file
from db.engine import connect_file

ROOT = Path(__file__).resolve().parents[2]
KEY = bytes(range(32))
ROWS = 3_000  # about 12 MB: three steps of the copy

# Runs in a child process: the backup kills its own process with SIGKILL once the copy has
# told its progress ``stop`` times, or just before its Nth fsync when ``stop`` is negative.
CHILD = """
import os, signal, sys
from pathlib import Path
from db.backup import backup_file

stop, calls = int(sys.argv[3]), [0, 0]

def progress(done, total):
    calls[0] += 1
    if calls[0] == stop:
        os.kill(os.getpid(), signal.SIGKILL)

real_fsync = os.fsync

def fsync(fd):
    calls[1] += 1
    if calls[1] == -stop:
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(fd)

os.fsync = fsync
backup_file(Path(sys.argv[1]), bytes(range(32)), Path(sys.argv[2]), progress)
"""


def _rows(path: Path) -> list[tuple[int, str]]:
    with closing(connect_file(path, KEY)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute("SELECT id, body FROM note ORDER BY id").fetchall()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """An encrypted database in WAL mode with rows; its first backup taken."""
    path = tmp_path / "site.sqlite"
    with closing(connect_file(path, KEY)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
        connection.executemany("INSERT INTO note (body) VALUES (?)",
                               [(f"{n:04d}" + "记" * 1300,) for n in range(ROWS)])  # fmt: skip
        connection.commit()
    backup_file(path, KEY, tmp_path / "backups" / "close.sqlite")
    with closing(connect_file(path, KEY)) as connection:  # a change since that backup
        connection.execute("DELETE FROM note WHERE id > 10")
        connection.commit()
    return path


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("stop", [1, 2, -1])
def test_killed_mid_copy_leaves_the_last_backup_and_the_database(site: Path, stop: int) -> None:
    """Killed after one or two steps of the copy, or before the copy's fsync: the last backup
    still opens with the key with all its rows, the database has its rows and is sound."""
    destination = site.parent / "backups" / "close.sqlite"
    done = subprocess.run([sys.executable, "-c", CHILD, str(site), str(destination), str(stop)],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, check=False, timeout=120)  # fmt: skip
    assert done.returncode == -9, done.stderr
    assert (site.parent / "backups" / "close.sqlite.partial").exists()  # killed mid-way
    assert len(_rows(destination)) == ROWS
    assert len(_rows(site)) == 10
    backup_file(site, KEY, destination)  # the next backup replaces what was left
    assert _rows(destination) == _rows(site)
    assert sorted(p.name for p in destination.parent.iterdir()) == ["close.sqlite"]
