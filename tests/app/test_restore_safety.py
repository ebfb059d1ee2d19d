"""A restore never loses or hides a change: exclusive access, checked candidates, withdrawals
kept, copies rotated and erased, damaged files reported, leftovers cleaned."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import backups
from app.audit import verify_chain
from app.backups import backup_name, restore_in_place, rotate, take_backup
from app.errors import UserError
from app.services import people, site, withdrawal
from app.site_door import SiteDoor
from db.database import Database
from db.engine import connect_file
from db.migrate import current_revision, head_revision
from db.models import Contact, Person
from tests.helpers import DOCTOR, run

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys, time
from datetime import date
from app.services import people
from db.database import Database
from db.engine import connect_file
from db.migrate import current_revision, head_revision
from tests.helpers import DOCTOR
db = Database.open(sys.argv[1])
for n in range(5):
    people.add_person(db, DOCTOR, people.PersonData(f"W{n}", "TJH"), "consumer", date(2016, 1, 1))
print("saved", flush=True)
time.sleep(120)
"""


@pytest.fixture(autouse=True)
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A restore waits half a second, not five, for others to close the file."""
    monkeypatch.setattr(backups, "EXCLUSIVE_WAIT", 0.5)


def _codes(db_path: Path) -> set[str]:
    db = Database.open(db_path)
    try:
        return {r.code for r in people.list_people(db)}
    finally:
        db.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_is_refused_while_another_program_has_the_database_open(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another process saving: refused with one line, its saves and its -wal all kept; once
    it has closed, the same restore works."""
    copy = take_backup(people_db, tmp_path / "b", date(2026, 11, 24))
    people_db.close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "saved"
        code, out, err = run(capsys, "--db", str(db_path), "restore", str(copy), "--yes",
                             "--folder", str(tmp_path / "b"))  # fmt: skip
        assert code == 1
        assert err.strip() == ("error: The database is open in another program or window: "
                               "close it there first.")  # fmt: skip
        assert Path(f"{db_path}-wal").exists()
        assert {f"W{n}" for n in range(5)} <= _codes(db_path)
        assert not list((tmp_path / "b").glob("*before-restore*"))
    finally:
        writer.kill()
        writer.wait()
    code, out, _ = run(capsys, "--db", str(db_path), "restore", str(copy), "--yes",
                       "--folder", str(tmp_path / "b"))  # fmt: skip
    assert code == 0 and "Restored." in out
    assert "W0" not in _codes(db_path)


def test_a_second_window_on_the_file_stops_the_restore_and_the_first_keeps_working(
    people_db: Database, db_path: Path, tmp_path: Path
) -> None:
    """The window restoring lets its own lock go for the swap, but not anyone else's."""
    copy = take_backup(people_db, tmp_path / "b", date(2026, 11, 24))
    other = Database.open(db_path)
    with pytest.raises(UserError, match="open in another program or window"):
        restore_in_place(people_db, DOCTOR, copy, tmp_path / "b")
    people.add_person(people_db, DOCTOR, people.PersonData("C9", "TJH"), "consumer",
                      date(2016, 1, 1))  # fmt: skip
    other.close()
    done = restore_in_place(people_db, DOCTOR, copy, tmp_path / "b")
    assert "C9" not in {r.code for r in people.list_people(people_db)}
    assert done.kept.exists() and done.withdrawals == []


def _other_database(path: Path, code: str, name: str) -> Database:
    db = Database.open(path)
    site.init_site(db, code, name)
    return db


def _refused(capsys: pytest.CaptureFixture[str], db_path: Path, candidate: Path, folder: Path,
             ) -> str:  # fmt: skip
    """Restores the candidate from the command line; the error line, after checking that
    nothing changed."""
    before = _digest(db_path)
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(candidate), "--yes",
                       "--folder", str(folder))  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert _digest(db_path) == before
    assert not list(folder.glob("*before-restore*"))
    return err


def test_another_sites_backup_is_refused_naming_whose_it_is(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people_db.close()
    other = _other_database(tmp_path / "other" / "cy02.sqlite", "CY02", "Sanlitun")
    copy = take_backup(other, tmp_path / "theirs", date(2026, 11, 24))
    other.close()
    err = _refused(capsys, db_path, copy, tmp_path / "kept")
    assert "This backup is of site CY02 (Sanlitun), not of this site CY01." in err


def test_a_backup_of_another_set_up_with_the_same_code_is_refused(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people_db.close()
    time.sleep(0.01)  # a later set-up time
    other = _other_database(tmp_path / "other" / "again.sqlite", "CY01", "Chaoyang again")
    copy = take_backup(other, tmp_path / "theirs", date(2026, 11, 24))
    other.close()
    assert "another installation of site CY01" in _refused(capsys, db_path, copy, tmp_path / "k")


def test_the_project_managers_backup_is_refused(
    people_db: Database, db_path: Path, tmp_path: Path, pm: Database,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    people_db.close()
    copy = take_backup(pm, tmp_path / "hub", date(2026, 11, 24))
    pm.close()
    err = _refused(capsys, db_path, copy, tmp_path / "kept")
    assert "This backup is of the project manager's database" in err and "CY01" in err


def test_a_backup_of_a_newer_schema_is_refused(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = take_backup(people_db, tmp_path / "b", date(2026, 11, 24))
    people_db.close()
    connection = sqlite3.connect(copy)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    assert "made by a newer version of the program" in _refused(capsys, db_path, copy,
                                                                 tmp_path / "b")  # fmt: skip


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    for n in range(middle - 2048, middle + 2048):
        data[n] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = take_backup(people_db, tmp_path / "b", date(2026, 11, 24))
    people_db.close()
    _flip_middle(copy)
    assert "is damaged" in _refused(capsys, db_path, copy, tmp_path / "b")


def test_check_reports_a_damaged_file_in_one_line(
    people_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = take_backup(people_db, tmp_path / "b", date(2026, 11, 24))
    _flip_middle(copy)
    code, out, err = run(capsys, "--db", str(copy), "check")
    assert code == 1 and "Traceback" not in out + err
    assert out.count("\n") == 1 and "damaged" in out


def _contact_name(db: Database, code: str) -> str:
    with db.reading() as session:
        person = session.scalars(select(Person).where(Person.code == code)).one()
        contact = session.scalars(select(Contact).where(Contact.person_id == person.id)).first()
        return contact.name if contact else ""


def test_a_restore_applies_later_withdrawals_again_and_says_so(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Backup, withdraw C1, restore: C1's name is not back, and the restore names C1."""
    people.set_contact(people_db, DOCTOR, "C1", people.ContactData("王小明", "13800000000"))
    copy = take_backup(people_db, tmp_path / "elsewhere", date(2026, 11, 24))
    withdrawal.withdraw_consent(people_db, DOCTOR, "C1", date(2026, 11, 25))
    ledger = withdrawal.ledger_path(db_path).read_text(encoding="utf-8")
    assert "C1" in ledger and "王小明" not in ledger and "138" not in ledger
    people_db.close()
    code, out, _ = run(capsys, "--db", str(db_path), "restore", str(copy), "--yes",
                       "--folder", str(tmp_path / "kept"))  # fmt: skip
    assert code == 0
    assert "1 consent withdrawal made after this backup was applied again: C1" in out
    again = Database.open(db_path)
    try:
        assert _contact_name(again, "C1") == ""
        assert withdrawal.withdrawn_on(again, "C1") == date(2026, 11, 25)
    finally:
        again.close()


def test_a_withdrawal_erases_the_person_from_the_backups_beside_the_database(
    people_db: Database, db_path: Path
) -> None:
    """Each kept copy is re-written without the name, keeping its date; restoring one of
    them then has nothing to apply again."""
    people.set_contact(people_db, DOCTOR, "C1", people.ContactData("王小明", "13800000000"))
    folder = db_path.parent / "backups"
    copy = take_backup(people_db, folder, date(2026, 11, 24))
    stick = take_backup(people_db, db_path.parent / "stick", date(2026, 11, 24))
    os.utime(copy, (1_700_000_000, 1_700_000_000))
    withdrawal.withdraw_consent(people_db, DOCTOR, "C1", date(2026, 11, 25),
                                backups_in=[stick.parent])  # fmt: skip
    assert "王小明".encode() not in copy.read_bytes()
    assert "王小明".encode() not in stick.read_bytes()
    assert b"13800000000" not in copy.read_bytes()
    assert copy.stat().st_mtime == 1_700_000_000
    assert backups.describe(copy).counts["person"] == 6
    assert not list(folder.glob("*.partial*")) and not list(folder.glob("*.bak"))
    done = restore_in_place(people_db, DOCTOR, copy, folder)
    assert done.withdrawals == [] and _contact_name(people_db, "C1") == ""


def test_before_restore_copies_rotate_with_the_backups(tmp_path: Path) -> None:
    """A copy kept by a restore weeks ago goes as a backup of that day would."""
    today = date(2026, 11, 24)
    for n in range(40):
        (tmp_path / backup_name(today - timedelta(days=n))).write_bytes(b"x")
    old = tmp_path / f"peer-support-before-restore-{today - timedelta(days=35)}-101500.sqlite"
    recent = tmp_path / f"peer-support-before-restore-{today}-101500.sqlite"
    for path in (old, recent):
        path.write_bytes(b"x")
    rotate(tmp_path, today)
    assert recent.exists() and not old.exists()
    assert len(list(tmp_path.glob("*.sqlite"))) <= 7 + 4 + 1


def test_leftovers_of_killed_runs_are_cleaned_at_the_next_opening(
    people_db: Database, db_path: Path
) -> None:
    """Only when no one else has the file open, never the live file, nor one written in
    the last minute (a failed sign-in writes the key file without opening the database)."""
    people_db.close()
    folder = db_path.parent / "backups"
    folder.mkdir()
    left = [db_path.with_name(db_path.name + s) for s in (".restoring", ".rekeying",
                                                          ".keys.partial")]  # fmt: skip
    stale = folder / "peer-support-2026-11-24.sqlite.partial"
    fresh = db_path.with_name(db_path.name + ".keys.partial.fresh.partial")
    hour_ago = time.time() - 3601

    def leave(paths: list[Path]) -> None:
        for path in paths:
            path.write_bytes(b"half")
            os.utime(path, (hour_ago, hour_ago))

    leave([*left, stale])
    fresh.write_bytes(b"being written")
    first = Database.open(db_path)
    assert not any(p.exists() for p in (*left, stale)) and fresh.exists()
    leave(left)
    second = Database.open(db_path)  # the first still has it open: nothing is removed
    assert all(p.exists() for p in left)
    second.close()
    first.close()
    again = Database.open(db_path)
    assert not any(p.exists() for p in left) and "C1" in {r.code for r in people.list_people(again)}
    again.close()


def test_an_encrypted_site_keeps_withdrawals_through_its_backups_and_a_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Encrypted: the backup beside the database is re-written encrypted without the name;
    a backup kept elsewhere is restored with the withdrawal applied again."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "first-pass-1")
    db_file = tmp_path / "site" / "site.sqlite"
    assert run(capsys, "--db", str(db_file), "init", "--site", "CY01", "--name", "Chaoyang",
               "--user", "li")[0] == 0  # fmt: skip
    door = SiteDoor(db_file)
    account = door.sign_in("li", "first-pass-1")
    db = door.db
    assert db is not None and db.key is not None
    site.add_community(db, account, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    people.add_person(db, account, people.PersonData("C1", "TJH"), "consumer", date(2016, 1, 1))
    people.set_contact(db, account, "C1", people.ContactData("王小明", "13800000000"))
    beside = take_backup(db, db_file.parent / "backups", date(2026, 11, 24))
    elsewhere = take_backup(db, tmp_path / "stick", date(2026, 11, 24))
    withdrawal.withdraw_consent(db, account, "C1", date(2026, 11, 25))
    with closing(connect_file(beside, db.key, read_only=True)) as connection:
        assert connection.execute("SELECT name FROM contact").fetchall() == [("",)]
    door.close()
    code, out, err = run(capsys, "--db", str(db_file), "--user", "li", "restore",
                         str(elsewhere), "--yes")  # fmt: skip
    assert code == 0, err
    assert "1 consent withdrawal made after this backup was applied again: C1" in out
    door = SiteDoor(db_file)
    door.sign_in("li", "first-pass-1")
    assert door.db is not None and _contact_name(door.db, "C1") == ""
    report = verify_chain(door.db, account)  # the restore is in the log, not a truncation
    assert report.problems == []
    door.close()
    foreign = tmp_path / "foreign.sqlite"
    with closing(connect_file(foreign, os.urandom(32))) as connection:
        connection.execute("CREATE TABLE installation (site_code TEXT)")
        connection.commit()
    code, _, err = run(capsys, "--db", str(db_file), "--user", "li", "restore", str(foreign),
                       "--yes")  # fmt: skip
    assert code == 1 and "does not open with this database's key" in err


def test_an_older_versions_backup_is_restored_upgraded_with_later_withdrawals(
    tmp_path: Path,
) -> None:
    """A database saved at an older schema is this installation's backup: restored, it is
    upgraded, and a withdrawal made since is applied again; the copy made before the
    live file's upgrade is erased too."""
    saved = ROOT / "tests" / "migrations" / "databases" / "revision-0008.sqlite"
    db_file = tmp_path / "site" / "site.sqlite"
    db_file.parent.mkdir()
    shutil.copy(saved, db_file)
    db = Database.open(db_file)  # upgraded, with a copy of revision 0008 beside it
    [upgrade_copy] = db_file.parent.glob("site.sqlite.before-*.bak")
    withdrawal.withdraw_consent(db, DOCTOR, "TJH-C3", date(2026, 11, 25))
    assert "王3".encode() not in upgrade_copy.read_bytes()
    assert "王4".encode() in upgrade_copy.read_bytes()
    done = restore_in_place(db, DOCTOR, saved, tmp_path / "kept")
    assert done.withdrawals == ["TJH-C3"]
    assert _contact_name(db, "TJH-C3") == "" and _contact_name(db, "TJH-C4") == "王4"
    assert current_revision(db.engine) == head_revision()
    db.close()
