"""A conversion to encryption killed at any step leaves a database that opens, every row in it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.services import people
from app.site_door import SiteDoor
from db.database import Database
from db.encryption import is_plain
from db.keyring import keyring_path
from tests import helpers
from tests.helpers import DOCTOR

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 40
FSYNCS = 6  # the key file, its folder, the encrypted copy, the folder after the rename, then
# the key file again with the audit chain's head (written at the first opening) and its folder

# Run in a child process: kill itself with SIGKILL just before the Nth fsync of the conversion
# (the key file's, the folder's, the encrypted copy's...), as a power cut or a crash would.
CHILD = """
import os, signal, sys
from app.site_door import SiteDoor

calls, stop = [0], int(sys.argv[2])
real_fsync = os.fsync

def fsync(fd):
    calls[0] += 1
    if calls[0] == stop:
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(fd)

os.fsync = fsync
SiteDoor(sys.argv[1]).sign_in("li", "first-pass-1")
"""


@pytest.fixture
def plain_site(db: Database, db_path: Path) -> Path:
    """A plain site database with a doctor and PEOPLE consumers; closed."""
    helpers.create_account(db, "li", "first-pass-1", "community_doctor")
    for number in range(PEOPLE):
        people.add_person(
            db, DOCTOR, people.PersonData(f"C{number:03}", "TJH"), "consumer", date(2016, 1, 1)
        )
    db.close()
    return db_path


def _people_in(path: Path) -> int:
    door = SiteDoor(path)
    if door.encrypted:
        door.sign_in("li", "first-pass-1")
    db = door.open_unlocked()
    assert db is not None
    try:
        return len(people.list_people(db))
    finally:
        door.close()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("stop", range(1, FSYNCS + 2))
def test_sigkill_at_each_step_of_the_conversion(plain_site: Path, stop: int) -> None:
    """Killed before the Nth fsync, the file is the plain database or the encrypted one, and
    opens (the next sign-in finishes the conversion) with every person in it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(plain_site), str(stop)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == (-9 if stop <= FSYNCS else 0), done.stderr
    assert _people_in(plain_site) == PEOPLE
    if keyring_path(plain_site).exists():
        assert not is_plain(plain_site)  # the sign-in above finished what was cut short
