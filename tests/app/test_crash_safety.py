"""Killed with SIGKILL mid-way, a save, an export or a backup leaves no half-done work:
the database passes its integrity check and the operation is wholly there or absent."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SAVES = """
import sys
sys.path.insert(0, {root!r})
from datetime import date
from app.services import people
from db.database import Database
db = Database.open({db!r})
n = 0
while True:
    people.add_person(db, people.PersonData(f"X{{n}}", "TJH"), "consumer", date(2016, 1, 1))
    print(f"saved X{{n}}", flush=True)
    n += 1
"""


def _sound(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return connection


@pytest.mark.parametrize("delay", [0.5, 1.2])
def test_sigkill_during_saves(db_path: Path, people_db: object, delay: float) -> None:
    """Every save reported before the kill is there; a person is never half-saved."""
    child = subprocess.Popen([sys.executable, "-c", SAVES.format(root=str(ROOT), db=str(db_path))],
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    confirmed = {line.split()[1] for line in out.splitlines() if line.startswith("saved ")}
    connection = _sound(db_path)
    codes = {row[0] for row in connection.execute("SELECT code FROM person WHERE code LIKE 'X%'")}
    assert confirmed <= codes and len(codes - confirmed) <= 1
    orphans = connection.execute(
        "SELECT count(*) FROM person WHERE code LIKE 'X%' AND id NOT IN "
        "(SELECT person_id FROM enrolment)"
    ).fetchone()[0]
    assert orphans == 0  # a person and their enrolment are saved together or not at all


BACKUP = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from db.backup import backup_sqlite
from db.database import Database
db = Database.open({db!r})
backup_sqlite(db.engine, Path({out!r}))
"""


@pytest.mark.parametrize("delay", [0.05, 0.2])
def test_sigkill_during_backup(db_path: Path, people_db: object, tmp_path: Path,
                               delay: float) -> None:  # fmt: skip
    """A backup killed mid-way leaves either no file under its name or a sound one."""
    out = tmp_path / "copy.sqlite"
    script = BACKUP.format(root=str(ROOT), db=str(db_path), out=str(out))
    child = subprocess.Popen([sys.executable, "-c", script])
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    _sound(db_path)
    if out.exists():
        assert _sound(out).execute("SELECT count(*) FROM person").fetchone()[0] == 6
