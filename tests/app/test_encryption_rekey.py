"""Re-keying: a new database key for the accounts that remain, none for those that left,
safe against a failure or a crash at any step."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.backups import describe, take_backup
from app.errors import UserError
from app.permissions import Account
from app.services import encryption, people
from app.services.setup import SetupData
from app.site_door import SiteDoor
from db import keyring
from db.database import Database
from db.engine import WrongKey, connect_file
from db.keyring import keyring_path
from db.models import AuditEntry, UserAccount
from tests.conftest import CHEAP_KDF
from tests.helpers import DOCTOR, create_account

ROOT = Path(__file__).resolve().parents[2]
SETUP = SetupData("CY01", "Chaoyang", "TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1),
                  "Dr Li", "li", "first-pass-1")  # fmt: skip
LI = Account("li", "Dr Li", "community_doctor")
WANG = Account("wang", "Wang", "peer")
PEOPLE = 5
FSYNCS = 5  # the re-keyed copy, the new key file and its folder, the two renames' folder


def _add_user(door: SiteDoor, name: str, password: str, role: str = "peer") -> None:
    """An account that has signed in once while the key was unlocked, so it has a slot."""
    assert door.db is not None
    create_account(door.db, name, password, role)
    door.sign_in(name, password)


def _deactivate(db: Database, name: str) -> None:
    """The account as disabling leaves it; its slot is deliberately left in the key file."""
    with db.transaction("li") as session:
        session.execute(update(UserAccount).where(UserAccount.username == name)
                        .values(active=False))  # fmt: skip


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted site with PEOPLE consumers; li (doctor), wang (peer) and zhao (peer,
    disabled) have slots. Made once; each test works on a copy."""
    path = tmp_path_factory.mktemp("prepared") / "site.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyring, "KDF_COST", CHEAP_KDF)
        door = SiteDoor(path)
        door.set_up(SETUP)
        assert door.db is not None
        for number in range(PEOPLE):
            people.add_person(door.db, DOCTOR, people.PersonData(f"C{number}", "TJH"), "consumer",
                              date(2016, 1, 1))  # fmt: skip
        _add_user(door, "wang", "peer-pass-1")
        _add_user(door, "zhao", "peer-pass-2")
        _deactivate(door.db, "zhao")
        door.close()
    return path


@pytest.fixture
def site(prepared: Path, db_path: Path) -> SiteDoor:
    """A copy of the prepared site, li signed in."""
    for source in (prepared, keyring_path(prepared)):
        shutil.copy(source, db_path.with_name(source.name))
    door = SiteDoor(db_path)
    door.sign_in("li", "first-pass-1")
    return door


def _people_seen_by(path: Path, user: str, password: str) -> int | None:
    """How many people the user sees after signing in; None if they cannot sign in."""
    door = SiteDoor(path)
    try:
        door.sign_in(user, password)
    except UserError:
        return None
    assert door.db is not None
    try:
        return len(people.list_people(door.db))
    finally:
        door.close()


def _actions(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry.action)))


def test_rekey_keeps_active_accounts_and_locks_out_the_rest(site: SiteDoor, tmp_path: Path) -> None:
    """After a re-key the active accounts open the database with their passwords; a disabled
    account's slot is gone, and neither its password, nor its slot in a copy of the old key
    file, nor the old recovery key opens the re-keyed file. The open database goes on."""
    db, path = site.db, site.file
    assert db is not None and path is not None
    old_key, old_keys = db.key, tmp_path / "old.keys"
    shutil.copy(keyring_path(path), old_keys)
    result = encryption.rekey(db, LI)
    assert result.need_reset == [] and db.key not in (None, old_key)
    people.add_person(db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 1, 1))
    assert "database_rekeyed" in _actions(db)
    new_key = db.key
    site.close()
    assert set(keyring.load(keyring_path(path)).slots) == {"li", "wang"}
    stolen = keyring.unwrap("peer-pass-2", keyring.load(old_keys).slots["zhao"])
    assert stolen == old_key
    with pytest.raises(WrongKey):
        connect_file(path, stolen).close()
    assert _people_seen_by(path, "zhao", "peer-pass-2") is None
    assert _people_seen_by(path, "li", "first-pass-1") == PEOPLE + 1
    assert _people_seen_by(path, "wang", "peer-pass-1") == PEOPLE + 1
    assert encryption.unwrap_recovery(path, result.recovery_key) == new_key
    old_recovery = keyring.load(old_keys).recovery
    assert old_recovery is not None and old_recovery != keyring.load(keyring_path(path)).recovery


def test_an_older_backup_keeps_its_own_key_file(site: SiteDoor) -> None:
    """A backup taken before the re-key opens with the passwords and key file beside it."""
    assert site.db is not None
    backup = take_backup(site.db, site.db.file.parent / "backups")  # type: ignore[union-attr]
    encryption.rekey(site.db, LI)
    old = keyring.unwrap("first-pass-1", keyring.load(keyring_path(backup)).slots["li"])
    assert old != site.db.key
    assert describe(backup, old).counts["person"] == PEOPLE
    site.close()


def test_only_those_who_manage_accounts_may_rekey(site: SiteDoor) -> None:
    """A peer's re-key is refused and noted in the audit log; the key stays."""
    db = site.db
    assert db is not None
    key = db.key
    with pytest.raises(UserError, match="may not manage accounts"):
        encryption.rekey(db, WANG)
    assert db.key == key and "access_refused" in _actions(db)
    site.close()


def test_an_old_form_slot_is_named_for_a_password_reset(site: SiteDoor) -> None:
    """A user whose slot is still of the first format loses it at a re-key and is named in
    the result, so a community doctor knows whose password to reset."""
    assert site.db is not None and site.file is not None
    keys = keyring_path(site.file)
    data = json.loads(keys.read_text(encoding="utf-8"))
    data["slots"]["wang"] = {"kdf": "argon2id", "salt": "", "ops": 1, "mem": 8192, "box": ""}
    keys.write_text(json.dumps(data), encoding="utf-8")
    result = encryption.rekey(site.db, LI)
    assert result.need_reset == ["wang"]
    site.close()
    assert _people_seen_by(site.file, "wang", "peer-pass-1") is None
    assert _people_seen_by(site.file, "li", "first-pass-1") == PEOPLE


class Stop(Exception):
    """A failure injected between two steps of the re-key."""


@pytest.mark.parametrize("step", range(1, FSYNCS + 1))
def test_a_failure_at_any_step_leaves_a_database_that_opens(
    site: SiteDoor, step: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure before the Nth fsync of the re-key (a full disk, say): the open database
    goes on under whichever key its file has, and it opens afterwards with the passwords,
    with the old key file before the renames and the new one after."""
    db, path = site.db, site.file
    assert db is not None and path is not None
    old_key, calls, real_fsync = db.key, [0], os.fsync

    def fsync(handle: int) -> None:
        calls[0] += 1
        if calls[0] == step:
            raise Stop
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(Stop):
        encryption.rekey(db, LI)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert (db.key == old_key) == (step <= 3)  # the database is replaced after the 3rd
    assert len(people.list_people(db)) == PEOPLE
    site.close()
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith((".next", ".rekeying"))]
    assert leftovers == []
    assert _people_seen_by(path, "wang", "peer-pass-1") == PEOPLE


# Run in a child process: open the database with the key given, re-key it, and kill itself
# with SIGKILL before the Nth fsync, as a power cut would. The child lowers the cost of
# deriving the new recovery key's slot, which is not what is tested here.
CHILD = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from app.permissions import Account
from app.services.encryption import rekey
from db import keyring
from db.database import Database

keyring.KDF_COST = (1, 8192)
calls, stop, real_fsync = [0], int(sys.argv[4]), os.fsync

def fsync(fd):
    calls[0] += 1
    if calls[0] == stop:
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(fd)

os.fsync = fsync
rekey(Database.open(sys.argv[2], bytes.fromhex(sys.argv[3])),
      Account("li", "Dr Li", "community_doctor"))
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("stop", [3, 4])
def test_killed_between_the_renames_the_next_opening_settles_it(site: SiteDoor, stop: int) -> None:
    """Killed with the new key file written but the database not yet replaced (3), or the
    database replaced but not the key file (4): the next sign-in opens the database, with
    the old key in the first case and the new one in the second."""
    assert site.db is not None and site.file is not None
    path, key = site.file, site.db.key
    assert key is not None
    site.close()
    child = [sys.executable, "-c", CHILD, str(ROOT), str(path), key.hex(), str(stop)]
    done = subprocess.run(child, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == -9, done.stderr
    assert keyring.next_path(keyring_path(path)).exists()
    door = SiteDoor(path)
    door.sign_in("wang", "peer-pass-1")
    assert door.db is not None and len(people.list_people(door.db)) == PEOPLE
    assert (door.db.key == key) == (stop == 3)
    door.close()
    assert not keyring.next_path(keyring_path(path)).exists()


def test_rekey_is_refused_while_another_window_has_the_file_open(
    site: SiteDoor, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-key renames a copy over the file and removes its -wal, so, like a restore, it
    needs the file to itself: with a second window on it, one line, and the first window
    goes on under the old key."""
    monkeypatch.setattr(encryption, "EXCLUSIVE_WAIT", 0.2)
    db = site.db
    assert db is not None
    old_key = db.key
    other = SiteDoor(db_path)
    other.sign_in("li", "first-pass-1")
    with pytest.raises(UserError, match="open in another program"):
        encryption.rekey(db, LI)
    assert db.key == old_key
    people.add_person(db, DOCTOR, people.PersonData("C9", "TJH"), "consumer", date(2016, 1, 1))
    other.close()
    assert encryption.rekey(db, LI).need_reset == []
    site.close()
