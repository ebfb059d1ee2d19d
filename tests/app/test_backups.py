"""Rotating backups, what a backup holds, and restoring without losing the current data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.backups import backup_name, describe, restore, rotate, take_backup
from app.services import people
from db.database import Database
from main import main


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
    people.add_person(people_db, people.PersonData("C9", "TJH"), "consumer", date(2016, 1, 1))
    people_db.close()
    kept = restore(db_path, copy, folder)
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
