"""Encryption at rest: what a stolen file shows, passwords, lock-out, recovery, conversion."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.backups import describe, take_backup
from app.errors import UserError
from app.services import accounts, people, site
from app.services.setup import SetupData
from app.site_door import SiteDoor
from db.database import Database
from db.keyring import keyring_path
from db.models import AuditEntry
from tests import helpers

NAME, CODE = "张秘密人", "CONSUMER-QX7"
SETUP = SetupData("CY01", "Chaoyang", "TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1),
                  "Dr Li", "li", "first-pass-1")  # fmt: skip


def _secrets_in(path: Path) -> list[str]:
    data = path.read_bytes()
    return [s for s in (NAME, CODE) if s.encode("utf-8") in data]


def _add_person(db: Database) -> None:
    people.add_person(db, people.PersonData(CODE, "TJH"), "consumer", date(2016, 1, 1))
    people.set_contact(db, CODE, people.ContactData(name=NAME, phone="13800000000"))


@pytest.fixture
def encrypted(db_path: Path) -> Path:
    """A site set up encrypted, holding one named consumer; closed."""
    door = SiteDoor(db_path)
    door.set_up(SETUP)
    assert door.db is not None
    _add_person(door.db)
    door.close()
    return db_path


def _audit(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "user_account"))
        return [(r.action, r.username, r.detail) for r in rows]


def test_no_name_or_code_in_the_file_its_wal_or_its_backups(db_path: Path) -> None:
    """Given an encrypted site with a named consumer, neither name nor code is in the bytes of
    the database, its write-ahead log while open, or a backup."""
    door = SiteDoor(db_path)
    door.set_up(SETUP)
    assert door.db is not None
    _add_person(door.db)
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and _secrets_in(wal) == []
    backup = take_backup(door.db, db_path.parent / "backups")
    assert keyring_path(backup).is_file()
    assert describe(backup, door.db.key).counts["person"] == 1
    door.close()
    assert _secrets_in(db_path) == [] and _secrets_in(backup) == []
    reopened = _open(db_path)
    assert people.contact_of(reopened, CODE).name == NAME  # type: ignore[union-attr]
    reopened.close()


def _open(path: Path, user: str = "li", password: str = "first-pass-1") -> Database:
    door = SiteDoor(path)
    door.sign_in(user, password)
    assert door.db is not None
    return door.db


def test_wrong_password_and_unknown_user_get_one_message_and_change_nothing(
    encrypted: Path,
) -> None:
    """A wrong password and an unknown user read the same; the database file is untouched."""
    before = encrypted.read_bytes()
    messages = []
    for user, password in (("li", "wrong-pass-9"), ("nobody", "first-pass-1")):
        door = SiteDoor(encrypted)
        with pytest.raises(UserError) as error:
            door.sign_in(user, password)
        messages.append(str(error.value))
        assert door.db is None
    assert messages[0] == messages[1] == "The user name or password is wrong."
    assert encrypted.read_bytes() == before


def test_wrong_passwords_lock_the_account_before_the_database_opens(encrypted: Path) -> None:
    """Five wrong passwords lock the account in the key file: even the right one is refused;
    the failures reach the audit log at the next opening."""
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(UserError, match="wrong"):
            SiteDoor(encrypted).sign_in("li", "wrong-pass-9")
    with pytest.raises(UserError, match="locked for"):
        SiteDoor(encrypted).sign_in("li", "first-pass-1")
    ring = json.loads(keyring_path(encrypted).read_text(encoding="utf-8"))
    ring["failures"]["li"]["locked_until"] = "2000-01-01T00:00:00+00:00"  # fifteen minutes on
    keyring_path(encrypted).write_text(json.dumps(ring), encoding="utf-8")
    db = _open(encrypted)
    actions = [a for a, user, detail in _audit(db) if user == "li" and "key file" in detail]
    assert actions.count("sign_in_failed") == accounts.MAX_FAILURES
    assert "account_locked" in actions and "sign_in_refused" in actions
    db.close()


def test_recovery_key_opens_and_sets_a_new_password(encrypted: Path) -> None:
    """The recovery key (typed loosely) opens the database and sets a new password, which opens
    it from then on; the old password no longer does."""
    ring = json.loads(keyring_path(encrypted).read_text(encoding="utf-8"))
    assert "recovery" in ring
    door = SiteDoor(encrypted)
    with pytest.raises(UserError, match="recovery key is wrong"):
        door.recover("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH", "li", "new-pass-22")
    assert door.db is None


def test_recovery_with_the_key_from_set_up(db_path: Path) -> None:
    """Set-up's recovery key, lower case with spaces, sets li's new password."""
    door = SiteDoor(db_path)
    door.set_up(SETUP)
    recovery = door.new_recovery_key
    assert recovery is not None and len(recovery.replace("-", "")) == 40
    door.close()
    door = SiteDoor(db_path)
    account = door.recover(recovery.lower().replace("-", " "), "li", "new-pass-22")
    assert account.username == "li"
    assert ("password_reset", "li", "with the recovery key") in _audit(door.db)  # type: ignore[arg-type]
    door.close()
    with pytest.raises(UserError, match="wrong"):
        SiteDoor(db_path).sign_in("li", "first-pass-1")
    _open(db_path, "li", "new-pass-22").close()


def test_changing_a_password_rewraps_without_reencrypting(encrypted: Path) -> None:
    """A password change rewraps the key: the old password stops opening, the new one opens,
    and the database file's first page (its salt and header) is unchanged."""
    first_page = encrypted.read_bytes()[:4096]
    db = _open(encrypted)
    li = accounts.sign_in(db, "li", "first-pass-1")
    accounts.change_own_password(db, li, "first-pass-1", "second-pass-2")
    db.close()
    assert encrypted.read_bytes()[:4096] == first_page
    with pytest.raises(UserError, match="wrong"):
        SiteDoor(encrypted).sign_in("li", "first-pass-1")
    _open(encrypted, "li", "second-pass-2").close()


def test_a_doctor_resetting_a_password_writes_that_users_slot(encrypted: Path) -> None:
    """A peer without a slot gets one when a community doctor resets their password, and one
    signing in while the key is unlocked; either then opens the database alone."""
    door = SiteDoor(encrypted)
    door.sign_in("li", "first-pass-1")
    assert door.db is not None
    helpers.create_account(door.db, "wang", "peer-pass-1", "peer")
    helpers.create_account(door.db, "zhao", "peer-pass-2", "peer")
    accounts.reset_password(door.db, helpers.DOCTOR, "wang", "peer-pass-3")
    door.sign_in("zhao", "peer-pass-2")  # the key is unlocked: checked against the account
    door.close()
    _open(encrypted, "wang", "peer-pass-3").close()
    _open(encrypted, "zhao", "peer-pass-2").close()


def test_a_plain_site_is_encrypted_at_the_first_sign_in(db: Database, db_path: Path) -> None:
    """A plain site database with a named consumer and a plain backup: the first sign-in with
    a password encrypts both, keeps every row and leaves no plain copy."""
    helpers.create_account(db, "li", "first-pass-1", "community_doctor")
    _add_person(db)
    backup = take_backup(db, db_path.parent / "backups")
    db.close()
    assert _secrets_in(db_path) or _secrets_in(backup)
    door = SiteDoor(db_path)
    door.sign_in("li", "first-pass-1")
    assert door.new_recovery_key is not None and door.db is not None and door.db.key is not None
    assert people.contact_of(door.db, CODE).name == NAME  # type: ignore[union-attr]
    door.close()
    leftovers = [p.name for p in db_path.parent.rglob("*") if p.is_file() and _secrets_in(p)]
    assert leftovers == []
    assert keyring_path(backup).is_file()
    db2 = _open(db_path)
    assert describe(backup, db2.key).counts["person"] == 1
    assert "database_encrypted" in [a for a, _, _ in _audit(db2)]
    db2.close()


def test_plain_file_nobody_signed_in_to_stays_plain(db: Database, db_path: Path) -> None:
    """Scratch and test databases opened without a password stay as they are."""
    site.add_community(db, "MZD", "Maizidian")
    db.close()
    assert db_path.read_bytes().startswith(b"SQLite format 3")
    assert not keyring_path(db_path).exists()


def test_missing_key_file_is_a_clear_message(encrypted: Path) -> None:
    """Without its key file an encrypted database says what is missing and where to find it."""
    keyring_path(encrypted).rename(encrypted.with_name("elsewhere.keys"))
    with pytest.raises(UserError, match=r"key file site\.sqlite\.keys is missing"):
        SiteDoor(encrypted).open_unlocked()
