"""What a site waits for at closing and when checking, on the 100,000-session site.

- The closing backup of an encrypted site, against copying the same file and syncing it,
  written as every file here is: beside its place, then renamed over the copy before.
  (On this machine's virtual disk, copying 900 MiB to a new file that then replaces the
  last copy takes 0.6 s or 1.5-2.5 s from one turn to the next, while overwriting one file
  in place stays near 0.6 s: a baseline that overwrote in place swung the ratio from 1.03
  to 2.32 between runs with no change to the backup.)
- ``check`` on the encrypted site, against SQLite's own integrity and foreign-key checks
  on the same file with the same page cache.

Each figure and its baseline are timed alternately, five times each (nine for the copies of
the file, which the disk's moods spread widely), each going first every other time
(median ± spread).

Run: .venv/bin/python benchmarks/bench_maintenance.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import big_site
from big_site import working_copy
from table import Row, interleaved, report

from app.checks import CHECK_CACHE_KIB, run_checks
from db import backup as db_backup
from db.database import Database
from db.engine import connect_file

KEY = big_site.KEY
REPEAT = 5
DISK_REPEAT = 9
"""A copy of 900 MiB takes 0.6 s or twice that as the disk happens to be: more turns."""


def sqlite_own_checks(path: Path) -> None:
    """SQLite's integrity and foreign-key checks on the encrypted file, through SQLCipher,
    with the page cache ``check`` gives them: what is left is the cost of its own rules."""
    with closing(connect_file(path, KEY)) as connection:
        connection.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        connection.execute("PRAGMA integrity_check").fetchall()
        connection.execute("PRAGMA foreign_key_check").fetchall()


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "encrypted").mkdir()
        site = working_copy(work / "encrypted", big_site.encrypted_cached())
        copy_to = work / "copy.sqlite"
        size = site.stat().st_size / 2**20

        def copy_file() -> None:
            partial = copy_to.with_suffix(".partial")
            shutil.copyfile(site, partial)
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, copy_to)

        made = interleaved(lambda: db_backup.backup_file(site, KEY, work / "b.sqlite"), copy_file,
                           DISK_REPEAT)  # fmt: skip
        db = Database.open(site, KEY)
        try:
            checked = interleaved(lambda: run_checks(db), lambda: sqlite_own_checks(site),
                                  REPEAT)  # fmt: skip
        finally:
            db.close()
    return [
        Row(f"closing backup, encrypted {size:.0f} MiB", "s", made[0], made[2], "<= 1.5",
            made[1], made[3]),
        Row("check, 100,000 sessions, encrypted", "s", checked[0], checked[2], "<= 3", checked[1],
            checked[3]),
    ]  # fmt: skip


if __name__ == "__main__":
    report(rows)
