"""Rotating backups, what a backup holds, and restoring without losing the current data."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import backups
from app.backups import (
    backup_name,
    describe,
    restore,
    restore_in_place,
    rotate,
    take_backup,
    take_backups,
)
from app.errors import Cancelled
from app.services import people
from db import backup as db_backup
from db.database import Database
from main import main
from tests.helpers import DOCTOR


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    """Forty days of backups shrink to the last seven days plus one for each earlier week."""
    today = date(2026, 11, 24)
    for n in range(40):
        (tmp_path / backup_name(today - timedelta(days=n))).write_bytes(b"x")
    rotate(tmp_path, today)
    kept = sorted(p.name for p in tmp_path.glob("*.sqlite"))
    assert len(kept) <= 7 + 4 and len(kept) >= 7
    assert backup_name(today) in kept and backup_name(today - timedelta(days=6)) in kept
    assert backup_name(today - timedelta(days=39)) not in kept


def test_backup_describe_and_restore(people_db: Database, db_path: Path, tmp_path: Path) -> None:
    """A backup shows its counts; restoring keeps the current database first."""
    folder = tmp_path / "backups"
    copy = take_backup(people_db, folder, date(2026, 11, 24))
    info = describe(copy)
    assert info.site == "CY01" and info.counts["person"] == 6
    people.add_person(
        people_db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 1, 1)
    )
    people_db.close()
    kept = restore(db_path, copy, folder).kept
    assert describe(kept).counts["person"] == 7
    again = Database.open(db_path)
    assert "C9" not in {r.code for r in people.list_people(again)}
    again.close()


def test_restore_command_shows_before_it_acts(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """restore FILE shows what the backup holds and acts only with --yes."""
    copy = take_backup(people_db, tmp_path / "b", date(2026, 11, 24))
    people_db.close()
    assert main(["--db", str(db_path), "restore", str(copy)]) == 0
    assert "person 6" in capsys.readouterr().out
    assert main(["--db", str(db_path), "restore", str(copy), "--yes", "--folder",
                 str(tmp_path / "b")]) == 0  # fmt: skip
    assert "kept in" in capsys.readouterr().out
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 10)
    assert main(["--db", str(db_path), "restore", str(junk)]) == 1


def _stop_at(when: Callable[[int, int], bool]) -> Callable[[int, int], None]:
    """A progress report that cancels at the first report ``when`` picks."""

    def report(done: int, total: int) -> None:
        if when(done, total):
            raise Cancelled

    return report


def test_backup_reports_progress_to_the_end(
    people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages copied rise step by step until all of them are copied."""
    monkeypatch.setattr(db_backup, "STEP_PAGES", 2)
    heard: list[tuple[int, int]] = []
    take_backup(people_db, tmp_path / "b", progress=lambda d, t: heard.append((d, t)))
    assert len(heard) > 2
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)
    assert heard[-1][0] == heard[-1][1] > 0


def test_cancelled_backup_leaves_the_days_backup_as_it_was(
    people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped half-way, today's earlier backup is still whole and no half copy is left."""
    folder = tmp_path / "b"
    earlier = take_backup(people_db, folder, date(2026, 11, 24))
    people.add_person(
        people_db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 1, 1)
    )
    monkeypatch.setattr(db_backup, "STEP_PAGES", 2)
    with pytest.raises(Cancelled):
        take_backup(people_db, folder, date(2026, 11, 24), _stop_at(lambda d, _t: d > 2))
    assert describe(earlier).counts["person"] == 6
    assert sorted(p.name for p in folder.iterdir()) == [earlier.name]


def test_backups_go_on_past_a_folder_that_cannot_be_written(
    people_db: Database, tmp_path: Path
) -> None:
    """A 'stick' that is not a folder is named in the problems; the other folder is backed up."""
    stick = tmp_path / "stick"
    stick.write_text("a file, not a folder")
    beside = tmp_path / "backups"
    heard: list[tuple[int, int]] = []
    problems = take_backups(people_db, [stick, beside], lambda d, t: heard.append((d, t)))
    assert len(problems) == 1 and str(stick) in problems[0]
    assert describe(next(beside.glob("peer-support-*.sqlite"))).counts["person"] == 6
    assert heard[-1] == (2000, 2000)


def test_a_failing_disk_is_named_in_words_not_sqlites(
    people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's "disk I/O error" reaches the user as the program's sentence, with the folder."""
    import sqlite3

    def failing(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backups, "backup_sqlite", failing)
    [problem] = take_backups(people_db, [tmp_path / "stick"])
    assert "the disk cannot be read or written" in problem and "disk I/O error" not in problem


@pytest.mark.parametrize(
    "when",
    [
        lambda _d, t: t == 2000,  # while the current database is being kept
        lambda d, t: t == 2000 and d > 1000,  # while the backup is being copied in
        lambda _d, t: t == 1,  # at the last moment, all copies made
    ],
    ids=["keeping", "copying", "last"],
)
def test_cancelled_restore_changes_nothing(
    people_db: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    when: Callable[[int, int], bool],
) -> None:
    """Cancelled at any point, the database holds what it held and keeps working; no copy
    made on the way is left behind."""
    folder = tmp_path / "backups"
    copy = take_backup(people_db, folder, date(2026, 11, 24))
    people.add_person(
        people_db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 1, 1)
    )
    monkeypatch.setattr(backups, "CHUNK", 4096)
    with pytest.raises(Cancelled):
        restore_in_place(people_db, DOCTOR, copy, folder, _stop_at(when))
    assert sorted(p.name for p in folder.iterdir()) == [copy.name]
    assert sorted(p.name for p in db_path.parent.glob(f"{db_path.name}*")
                  if not p.name.endswith(("-wal", "-shm", ".lock"))) == [db_path.name]  # fmt: skip
    assert "C9" in {r.code for r in people.list_people(people_db)}
    people.add_person(
        people_db, DOCTOR, people.PersonData("C8", "TJH"), "consumer", date(2016, 1, 2)
    )


def test_restore_reports_progress_to_the_end(
    people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keeping the current database, copying the backup in, then done."""
    folder = tmp_path / "backups"
    copy = take_backup(people_db, folder, date(2026, 11, 24))
    monkeypatch.setattr(backups, "CHUNK", 4096)
    heard: list[tuple[int, int]] = []
    restore_in_place(people_db, DOCTOR, copy, folder, lambda d, t: heard.append((d, t)))
    shares = [d for d, t in heard if t == 2000]
    assert shares == sorted(shares) and shares[-1] == 2000
    assert any(1000 < d < 2000 for d in shares) and heard[-1] == (1, 1)


def test_two_backups_of_one_day_at_once_both_succeed(
    people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two windows closing together: neither copy removes the other's half-written file."""
    monkeypatch.setattr(db_backup, "STEP_PAGES", 1)
    folder = tmp_path / "b"
    failed: list[BaseException] = []

    def back_up() -> None:
        try:
            take_backup(people_db, folder, date(2026, 11, 24))
        except Exception as error:  # handed to the test thread
            failed.append(error)

    threads = [threading.Thread(target=back_up) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == []
    assert describe(folder / backup_name(date(2026, 11, 24))).counts["person"] == 6
