"""Encryption at rest of a site's database file: set-up, opening, conversion, recovery and
re-keying.

The file is encrypted with SQLCipher under a random key; the key file beside it (see
db/keyring.py) holds that key sealed for each user and for the recovery key. Opening
with a password that does not unwrap counts towards the account's lock-out in the key
file, since the database (and its audit log) cannot be written before it is open; those
events move into the audit log at the next opening.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access
from app.errors import StorageError, UserError, storage_error
from app.i18n import translate
from app.permissions import Account, Capability
from app.services.accounts import LOCK_MINUTES, MAX_FAILURES, record_event, wrong_password
from app.site_file import is_encrypted, read_keyring
from db import keyring
from db.base import utc_now
from db.database import Database
from db.encryption import InUse, encrypt_file, holds_data, is_plain, rekey_file
from db.engine import WrongKey
from db.file_lock import EXCLUSIVE_WAIT, Busy, FileLock
from db.files import IO_ERROR, replaced_when_done, sync_folder
from db.keyring import Keyring, WrongSecret, keyring_path
from db.later import Write
from db.models import UserAccount

SETUP_SUFFIX = ".setup"


def check_readable(path: Path) -> None:
    """A clear message for a file that is neither plain SQLite nor has its key file."""
    if holds_data(path) and not is_plain(path) and not is_encrypted(path):
        raise UserError(translate(
            "encryption", "Cannot open the database {file}: it is not a database, or it is "
            "encrypted and its key file {keys} is missing (put it back from the backups "
            "folder).").format(file=path, keys=keyring_path(path).name))  # fmt: skip


def open_with_password(path: Path, username: str, password: str) -> Database:
    """Opens the encrypted file with the key the user's password unwraps.

    Refused while the key file holds the account locked; a password that does not unwrap
    counts towards the lock-out. Unknown users get the same message as wrong passwords.
    """
    ring = read_keyring(path)
    name, now = username.strip(), utc_now()
    locked = _locked_until(ring, name)
    if locked is not None and locked > now:
        with keyring.updating(keyring_path(path)) as fresh:
            fresh.note(now.isoformat(), name, "sign_in_refused", "locked (key file)")
        minutes = max(1, int((locked - now).total_seconds() // 60) + 1)
        raise UserError(translate(
            "accounts", "Too many wrong passwords: this account is locked for {n} minutes."
        ).format(n=minutes))  # fmt: skip
    try:
        slot = ring.slots.get(name)
        if slot is None:
            raise WrongSecret
        key = keyring.unwrap(password, slot)
    except WrongSecret:
        try:
            with keyring.updating(keyring_path(path)) as fresh:
                _count_failure(fresh, name, now)
        except OSError as error:
            raise _uncounted(error, keyring_path(path)) from error
        raise wrong_password() from None
    return _open_keyed(path, key, name)


def _uncounted(error: OSError, place: Path) -> UserError:
    """A failed sign-in the key file could not count: refused, saying why it was not counted
    (a full disk), not as a wrong key file."""
    cause = storage_error(error, place) or StorageError(IO_ERROR, str(place))
    return StorageError(cause.kind, cause.place, translate(
        "encryption", "The sign-in failed and could not be counted: {cause}").format(
            cause=cause))  # fmt: skip


def open_with_recovery_key(path: Path, recovery_key: str) -> Database:
    """Opens the encrypted file with the key the recovery key unwraps."""
    return _open_keyed(path, unwrap_recovery(path, recovery_key))


def unwrap_recovery(path: Path, recovery_key: str) -> bytes:
    """The database key the recovery key unwraps; a wrong key is noted for the audit log."""
    ring = read_keyring(path)
    try:
        if ring.recovery is None:
            raise WrongSecret
        return keyring.unwrap(keyring.normalise_recovery_key(recovery_key), ring.recovery)
    except WrongSecret:
        with keyring.updating(keyring_path(path)) as fresh:
            fresh.note(utc_now().isoformat(), keyring.UNKNOWN_USER, "recovery_failed",
                       "wrong recovery key")  # fmt: skip
        raise UserError(translate("encryption", "The recovery key is wrong: check each group "
                                  "of five against the recovery sheet.")) from None  # fmt: skip


def _locked_until(ring: Keyring, name: str) -> datetime | None:
    text = ring.failures.get(name, {}).get("locked_until")
    return datetime.fromisoformat(text) if text else None


def _count_failure(ring: Keyring, name: str, now: datetime) -> None:
    """Counts a wrong password for a user of the key file; locks after MAX_FAILURES. A name
    with no slot is noted as "?", never as typed (it may be a password)."""
    if name not in ring.slots:
        ring.note(now.isoformat(), keyring.UNKNOWN_USER, "sign_in_failed",
                  "no key slot (key file)")  # fmt: skip
        return
    state = ring.failures.setdefault(name, {"count": 0, "locked_until": None})
    state["count"] = int(state.get("count", 0)) + 1
    ring.note(now.isoformat(), name, "sign_in_failed", f"attempt {state['count']} (key file)")
    if state["count"] >= MAX_FAILURES:
        state["count"] = 0
        state["locked_until"] = (now + timedelta(minutes=LOCK_MINUTES)).isoformat()
        ring.note(now.isoformat(), name, "account_locked", f"{LOCK_MINUTES} minutes (key file)")


def _open_keyed(path: Path, key: bytes, signed_in: str | None = None) -> Database:
    """Opens with the key, finishing a set-up or conversion a crash cut short, then moves
    the key file's pending events into the audit log."""
    unfinished = path.with_name(path.name + SETUP_SUFFIX)
    if not holds_data(path) and holds_data(unfinished):
        os.replace(unfinished, path)
    if not holds_data(path):
        raise UserError(translate(
            "encryption", "The database file {file} is missing, though its key file is there. "
            "Put the database back from a backup.").format(file=path))  # fmt: skip
    encrypt_file(path, key)  # a conversion cut off before the encrypted file took its place
    try:
        db = Database.open(path, key)
    except WrongKey:
        raise UserError(translate("encryption", "The key file does not belong to the database "
                                  "{file}.").format(file=path.name)) from None  # fmt: skip
    _settle_key_file(db, keyring_path(path), signed_in)
    return db


def _settle_key_file(db: Database, path: Path, signed_in: str | None) -> None:
    """Moves the key file's pending events into the audit log and clears the failures of the
    user who got in. The events leave the key file only once the audit log holds them; while
    another program writes, that waits (``db.later``) and the sign-in goes on."""
    ring = keyring.load(path)
    events = list(ring.pending)
    if not events and signed_in not in ring.failures:
        return

    def record(session: Session) -> None:
        for event in events:
            detail = f"{event.get('detail', '')}; at {event.get('at', '?')}"
            record_event(session, event.get("user", "?"), event.get("action", "?"), detail)

    def forget() -> None:
        with keyring.updating(path) as fresh:
            fresh.pending = [event for event in fresh.pending if event not in events]
            fresh.failures.pop(signed_in or "", None)

    db.later.now_or_later(Write("system", record, forget))


def create_encrypted(
    path: Path, username: str, password: str, fill: Callable[[Database], None]
) -> tuple[Database, str]:
    """A new encrypted database at path, set up by ``fill``; returns it and the recovery key.

    Built under a temporary name and put in place after its key file is written, so a crash
    leaves either no site (set-up starts again) or a complete one. A plain file already at
    path may only be an empty one (made by opening before set-up); it is replaced.
    """
    if is_encrypted(path):
        raise UserError(translate("setup", "This database is already set up."))
    if holds_data(path):
        existing = Database.open(path)
        try:
            if existing.installation() is not None:
                raise UserError(translate("setup", "This database is already set up."))
        finally:
            existing.close()
    key, recovery = keyring.new_database_key(), keyring.new_recovery_key()
    building = path.with_name(path.name + SETUP_SUFFIX)
    _remove_with_journals(building)
    db = Database.open(building, key)
    try:
        fill(db)
        installation = db.installation()
    except BaseException:
        db.close()
        _remove_with_journals(building)
        raise
    db.close()
    code, name = (installation.site_code, installation.site_name) if installation else ("", "")
    ring = keyring.new_keyring(code, name, username.strip(), password, recovery, key)
    keyring.save(ring, keyring_path(path))
    _remove_with_journals(path)
    os.replace(building, path)
    sync_folder(path.parent)
    return Database.open(path, key), recovery


def _remove_with_journals(path: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{extra}").unlink(missing_ok=True)


def convert(db: Database, username: str, password: str) -> tuple[Database, str]:
    """Encrypts a plain site database in place; returns it opened and the recovery key.

    The password must have been checked (``accounts.sign_in``) first. The key file is
    written before the file is encrypted: a crash in between leaves the plain file, which
    the next opening with that password finishes encrypting. Plain backups beside it
    (the backups folder and copies made before upgrades) are encrypted too.
    """
    path = db.file
    installation = db.installation()
    if path is None or db.key is not None or installation is None:
        raise ValueError("only a plain, set-up SQLite site database is converted")
    key, recovery = keyring.new_database_key(), keyring.new_recovery_key()
    ring = keyring.new_keyring(installation.site_code, installation.site_name,
                               username.strip(), password, recovery, key)  # fmt: skip
    db.close()
    keyring.save(ring, keyring_path(path))
    encrypt_file(path, key)
    opened = Database.open(path, key)
    _reseal_sheet_images(path, None, key)
    for copy in plain_copies(path):
        encrypt_file(copy, key)
        keyring.copy_beside(path, copy)
    with opened.transaction(username.strip()) as session:
        record_event(session, username.strip(), "database_encrypted", path.name)
    return opened, recovery


def plain_copies(path: Path) -> list[Path]:
    """Unencrypted copies of the database beside it: rotating backups and pre-upgrade copies."""
    candidates = [*path.parent.glob(f"{path.name}.before-*.bak"),
                  *(path.parent / "backups").glob("*.sqlite")]  # fmt: skip
    return [copy for copy in candidates if is_plain(copy)]


def ensure_slot(db: Database, username: str, password: str) -> None:
    """Gives a user who just signed in (password checked) a slot if they have none yet, and
    a new one if theirs is of the old form or derived below today's cost."""
    if db.key is None or db.file is None:
        return
    path, name = keyring_path(db.file), username.strip()
    slot = keyring.load(path).slots.get(name)
    if slot is not None and not keyring.needs_upgrade(slot):
        return
    keyring.set_slot(path, name, password, db.key)
    action = "key_slot_added" if slot is None else "key_slot_upgraded"
    db.later.now_or_later(Write(name, lambda session: record_event(session, name, action,
                                                                   path.name)))  # fmt: skip


def replace_recovery_key(db: Database, actor: Account, recovery: str | None = None) -> str:
    """A new recovery key (``recovery``, already on a sheet, or a fresh one) in place of the
    old one, which opens this database no more."""
    access.require(db, actor, Capability.MANAGE_ACCOUNTS)
    if db.key is None or db.file is None:
        raise UserError(translate("encryption", "This database is not encrypted, so it has no "
                                  "recovery key."))  # fmt: skip
    recovery = recovery or keyring.new_recovery_key()
    path = keyring_path(db.file)
    with db.transaction(actor.username) as session:  # a full disk refuses the entry first:
        record_event(session, actor.username, "recovery_key_replaced", path.name)
        session.flush()  # then the key file is left as it was, with its old recovery key
        keyring.set_recovery(path, recovery, db.key)
    return recovery


@dataclass(frozen=True)
class RekeyResult:
    """What a re-key leaves to do: print the new recovery sheet, reset these passwords."""

    recovery_key: str
    need_reset: list[str]
    """Active accounts whose slot could not be carried over (the old form, from before
    re-keying existed): they open the database again once their password is reset."""


def rekey(db: Database, actor: Account) -> RekeyResult:
    """Puts the database under a new random key, for when someone who knew a password left.

    The new key is sealed to every active account's public key (no password needed), every
    other slot is dropped, and a new recovery key replaces the old one. Backups made before
    keep the key file beside them and open as they did. ``db`` works on the re-keyed file
    afterwards. Crash-safe: see ``db.encryption.rekey_file``.
    """
    access.require(db, actor, Capability.MANAGE_ACCOUNTS)
    if db.key is None or db.file is None:
        raise UserError(translate("encryption", "This database is not encrypted, so it has no "
                                  "key to change."))  # fmt: skip
    path, old, new = db.file, db.key, keyring.new_database_key()
    recovery, active = keyring.new_recovery_key(), _active_usernames(db)
    db.close()
    try:
        with _alone_with(path):
            lost = _rekey_file_and_keys(path, old, new, active, recovery)
    except BaseException as error:
        keyring.finish_rekey(path)  # what the next opening would do: the old pair or the new
        _reopen_with_either(db, new, old)
        if isinstance(error, InUse):
            raise UserError(translate(
                "encryption", "The database is open in another program: close it there, "
                "then change the key.")) from None  # fmt: skip
        raise
    db.reopen(new)
    _reseal_sheet_images(path, old, new)
    with db.transaction(actor.username) as session:
        detail = f"{path.name}; slots lost: {', '.join(lost) or 'none'}"
        record_event(session, actor.username, "database_rekeyed", detail)
    return RekeyResult(recovery, lost)


def _reseal_sheet_images(path: Path, old: bytes | None, new: bytes) -> None:
    """The page images kept beside the database (``app.sheets.store``), sealed under the
    new key. Not crash-safe as the file is: a crash midway leaves some under the old key."""
    from app.sheets.store import SUFFIX, rewrap

    rewrap(path.with_name(path.name + SUFFIX), old, new)


@contextmanager
def _alone_with(path: Path) -> Iterator[None]:
    """The database's lock held exclusively (db.file_lock), as a restore holds it: no other
    program or window has the file open while its copy is re-keyed and renamed over it."""
    lock = FileLock(path)
    try:
        lock.acquire(exclusive=True, wait=EXCLUSIVE_WAIT)
    except Busy:
        raise InUse(str(path)) from None
    try:
        yield
    finally:
        lock.release()


def _rekey_file_and_keys(
    path: Path, old: bytes, new: bytes, active: set[str], recovery: str
) -> list[str]:
    """Re-keys the file and its key file under the key file's lock; who lost their slot."""
    keys = keyring_path(path)
    with keyring.locked(keys):
        ring, lost = keyring.rekeyed(keyring.load(keys), old, new, active, recovery)
        rekey_file(path, old, new, lambda copy: _finish_copy(copy, keys, ring, old, new))
    return lost


def _finish_copy(copy: Path, keys: Path, ring: Keyring, old: bytes, new: bytes) -> Path:
    """Before the re-keyed copy takes the database's place: a hub's project key and the audit
    key sealed again under the new key (the audit chain stays valid, never recomputed), then
    the new key file naming the copy."""
    from app.exchange.project_key import reseal_in_file
    from db import audit_chain

    reseal_in_file(copy, old, new)
    audit_chain.reseal_in_file(copy, old, new)
    return keyring.save_next(ring, keys, keyring.fingerprint(copy))


def _reopen_with_either(db: Database, new: bytes, old: bytes) -> None:
    try:
        db.reopen(new)
    except WrongKey:
        db.reopen(old)


def _active_usernames(db: Database) -> set[str]:
    with db.reading() as session:
        return set(session.scalars(select(UserAccount.username).where(UserAccount.active)))


def write_recovery_sheet_for(
    db: Database, recovery: str, out: Path | IO[bytes], language: str
) -> None:
    """The recovery sheet of this database's site, as a PDF to print."""
    from printouts.recovery_sheet import write_recovery_sheet

    installation = db.installation()
    code, name = (installation.site_code, installation.site_name) if installation else ("", "")
    keys = keyring_path(db.file).name if db.file else ""
    if not isinstance(out, Path):
        write_recovery_sheet(recovery, code, name, keys, date.today(), language, out)
        return
    with replaced_when_done(out) as partial:  # owner-only, and never half a sheet
        write_recovery_sheet(recovery, code, name, keys, date.today(), language, partial)
