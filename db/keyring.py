"""The key file beside an encrypted database: the database key, sealed once per user.

The database key is 32 random bytes. Each user's slot holds an X25519 key pair: the private
key sealed (PyNaCl's SecretBox) under a key derived from the user's password with argon2id,
the public key in the clear, and the database key sealed to that public key (SealedBox).
So changing a password re-wraps one small key and the database is never re-encrypted, and
a re-key can seal a new database key to every remaining user without their passwords. One
more slot, of the same form, belongs to the recovery key printed at set-up. Each slot's
public key is bound to its user name by a MAC under the database key, so someone who can
write the file but does not hold the key cannot slip their own public key into a slot.

The file also keeps, in the clear, the site's name for the sign-in heading, failed unwrap
attempts per user (lock-out must hold before the database can be opened), the events to
move into the audit log at the next opening, and the audit chain's head (the entry count
and newest MAC, ``db.audit_head``), so entries deleted at the end of the log show. Every
change is made under an inter-process lock (the window and a command-line job may both
write it) and written whole.

Format 1 (before re-keying) sealed the database key itself under each password; such slots
still open and are replaced by the new form at their user's next sign-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.files import FILE_MODE, sync_folder, write_text
from db.location import keyring_path

FORMAT = 2
READABLE_FORMATS = (1, 2)
SLOT_FORMAT = 2
KEY_BYTES = 32
RECOVERY_GROUPS, GROUP_LENGTH = 8, 5  # 40 base32 characters: 200 random bits
RECOVERY_NAME = ""
"""The name the recovery slot's public key is bound to (no user name is empty)."""
MAX_PENDING = 500
UNKNOWN_USER = "?"
"""What notes say instead of a name that has no slot: it may be a mistyped password."""
LOCK_TIMEOUT = 60.0
NEXT_SUFFIX = ".next"
FINGERPRINT_BYTES = 65536

MODERATE = (3, 256 * 1024 * 1024)
"""libsodium's argon2id OPSLIMIT_MODERATE and MEMLIMIT_MODERATE (about a second each)."""
KDF_COST: tuple[int, int] = MODERATE
"""The (ops, memory) of new slots, and the least a slot may keep: a slot below it is
re-wrapped at its user's next sign-in. Only the test suite lowers it."""


class KeyringError(Exception):
    """The key file is missing, damaged or not ours."""


class WrongSecret(Exception):
    """The password or recovery key does not unwrap the database key."""


def new_database_key() -> bytes:
    """A fresh random database key, used as SQLCipher's raw key."""
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """A fresh recovery key in groups of five letters and digits, as printed on the sheet."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_GROUPS * GROUP_LENGTH * 5 // 8))
    plain = text.decode("ascii")
    return "-".join(plain[i : i + GROUP_LENGTH] for i in range(0, len(plain), GROUP_LENGTH))


def normalise_recovery_key(text: str) -> str:
    """The key as typed, forgiving spaces, dashes, lower case and look-alike digits."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans("018", "OIB"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(slot: dict[str, Any], name: str) -> bytes:
    return base64.b64decode(slot[name], validate=True)


def _derive(secret: str, slot: dict[str, Any]) -> bytes:
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox

    return argon2id.kdf(SecretBox.KEY_SIZE, secret.encode("utf-8"), _unb64(slot, "salt"),
                        opslimit=int(slot["ops"]), memlimit=int(slot["mem"]))  # fmt: skip


def _binding(name: str, public: bytes, key: bytes) -> str:
    """The MAC that ties a slot's public key to its user under the sealed key."""
    message = b"peer-support key slot\x00" + name.encode("utf-8") + b"\x00" + public
    return _b64(hmac.digest(key, message, "sha256"))


def wrap(secret: str, key: bytes, name: str) -> dict[str, Any]:
    """A new slot for ``name``: a fresh key pair whose private half is sealed under a key
    derived from the secret at full cost, and ``key`` sealed to its public half."""
    from nacl.public import PrivateKey
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox
    from nacl.utils import random

    private = PrivateKey.generate()
    ops, mem = KDF_COST
    salt = _b64(random(argon2id.SALTBYTES))
    slot = {"format": SLOT_FORMAT, "kdf": "argon2id", "salt": salt, "ops": ops, "mem": mem}
    slot["private"] = _b64(bytes(SecretBox(_derive(secret, slot)).encrypt(bytes(private))))
    return _sealed(slot, bytes(private.public_key), key, name)


def _sealed(slot: dict[str, Any], public: bytes, key: bytes, name: str) -> dict[str, Any]:
    """The slot with ``key`` sealed to its public key, and the binding under that key."""
    from nacl.public import PublicKey, SealedBox

    box = SealedBox(PublicKey(public)).encrypt(key)
    return {**slot, "public": _b64(public), "sealed": _b64(bytes(box)),
            "bound": _binding(name, public, key)}  # fmt: skip


def unwrap(secret: str, slot: dict[str, Any]) -> bytes:
    """The key sealed in the slot; WrongSecret if the secret is not the one it was sealed with."""
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox
    from nacl.secret import SecretBox

    try:
        if slot_format(slot) == 1:
            return SecretBox(_derive(secret, slot)).decrypt(_unb64(slot, "box"))
        private = SecretBox(_derive(secret, slot)).decrypt(_unb64(slot, "private"))
        return SealedBox(PrivateKey(private)).decrypt(_unb64(slot, "sealed"))
    except (CryptoError, KeyError, ValueError, TypeError):
        raise WrongSecret from None


def slot_format(slot: dict[str, Any]) -> int:
    """1 for a slot that seals the database key under the password itself, 2 for a key pair."""
    return int(slot.get("format", 1))


def needs_upgrade(slot: dict[str, Any]) -> bool:
    """Whether the slot is of the old form or derived more cheaply than the program now does:
    its user's next sign-in replaces it."""
    ops, mem = KDF_COST
    return slot_format(slot) < SLOT_FORMAT or int(slot["ops"]) < ops or int(slot["mem"]) < mem


def resealed(slot: dict[str, Any], name: str, old: bytes, new: bytes) -> dict[str, Any] | None:
    """The slot holding the new key instead of the old one, without its user's secret; None
    for an old-form slot or one whose public key is not bound to this name under the old key."""
    if slot_format(slot) < SLOT_FORMAT:
        return None
    try:
        public = _unb64(slot, "public")
        bound = hmac.compare_digest(str(slot["bound"]), _binding(name, public, old))
    except (KeyError, ValueError, TypeError):
        return None
    return _sealed(slot, public, new, name) if bound else None


@dataclass
class Keyring:
    """The key file's contents."""

    site_code: str
    site_name: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    recovery: dict[str, Any] | None = None
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)
    pending: list[dict[str, str]] = field(default_factory=list)
    audit: dict[str, Any] | None = None
    """The audit chain's head: {"count": n, "mac": hex}; absent in files from before."""

    def note(self, at: str, username: str, action: str, detail: str) -> None:
        """Keeps an account event for the audit log, which cannot be written yet. A name with
        no slot is kept as "?": it may be a password typed into the user-name field."""
        user = username if username in self.slots else UNKNOWN_USER
        self.pending.append({"at": at, "user": user, "action": action, "detail": detail})
        del self.pending[:-MAX_PENDING]

    def to_json(self, **extra: str) -> str:
        data = {"format": FORMAT, "site_code": self.site_code, "site_name": self.site_name,
                "slots": self.slots, "recovery": self.recovery, "failures": self.failures,
                "pending": self.pending, "audit": self.audit, **extra}  # fmt: skip
        return json.dumps(data, ensure_ascii=False, indent=1)


def _parse(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") not in READABLE_FORMATS:
        raise KeyringError(f"{path.name}: key file format {data.get('format')!r} is unknown")
    return dict(data)


KDF_BOUNDS = ((1, 10), (8192, 1024 * 1024 * 1024))
"""The argon2id (ops, memory) a slot may ask for: libsodium's least up to ten passes and
1 GiB (above its SENSITIVE cost). A slot asking for more would hang sign-in, or exhaust
memory, before the password could even be checked."""


def _check_costs(slots: list[dict[str, Any]]) -> None:
    (least_ops, most_ops), (least_mem, most_mem) = KDF_BOUNDS
    for slot in slots:
        ops, mem = slot.get("ops"), slot.get("mem")
        if type(ops) is not int or type(mem) is not int:
            raise ValueError("a slot's key derivation cost is not a whole number")
        if not (least_ops <= ops <= most_ops and least_mem <= mem <= most_mem):
            raise ValueError(f"a slot asks for a key derivation cost out of bounds (ops {ops}, "
                             f"memory {mem} bytes)")  # fmt: skip


def load(path: Path) -> Keyring:
    """Reads the key file (either format); KeyringError names the file when it cannot be used."""
    try:
        data = _parse(path)
        ring = Keyring(str(data["site_code"]), str(data["site_name"]), dict(data["slots"]),
                       data.get("recovery"), dict(data.get("failures") or {}),
                       list(data.get("pending") or []), data.get("audit"))  # fmt: skip
        _check_costs([*ring.slots.values(), *([ring.recovery] if ring.recovery else [])])
        return ring
    except FileNotFoundError:
        raise KeyringError(f"the key file {path} is missing") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyringError(f"the key file {path} is damaged: {error}") from None


def save(keyring: Keyring, path: Path) -> None:
    """Writes the key file whole: a crash leaves the old file or the new, never half. A change
    to a key file others may use goes through ``updating``, which holds its lock."""
    write_text(path, keyring.to_json())


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Holds the key file's inter-process lock: the window and a command-line job (or two
    windows) never both read, change and write it, so neither loses the other's change."""
    from filelock import FileLock, Timeout

    lock = FileLock(path.with_name(path.name + ".lock"), timeout=LOCK_TIMEOUT, mode=FILE_MODE,
                    is_singleton=True)  # fmt: skip
    try:
        lock.acquire()
    except Timeout:
        raise KeyringError(f"the key file {path} is held by another program") from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def updating(path: Path) -> Iterator[Keyring]:
    """The key file's contents for the block to change, saved when it ends, under the lock."""
    with locked(path):
        keyring = load(path)
        yield keyring
        save(keyring, path)


def copy_beside(db_file: Path, copy: Path) -> None:
    """Puts the database's key file beside a copy of the database, if it has one."""
    source = keyring_path(db_file)
    if source.is_file():
        save(load(source), keyring_path(copy))


def set_slot(path: Path, username: str, password: str, key: bytes) -> None:
    """Seals the key for one user under their password, replacing their old slot."""
    with updating(path) as keyring:
        keyring.slots[username] = wrap(password, key, username)
        keyring.failures.pop(username, None)


def set_recovery(path: Path, recovery: str, key: bytes) -> None:
    """Seals the key under a new recovery key; the old one opens the database no more."""
    with updating(path) as keyring:
        keyring.recovery = wrap(normalise_recovery_key(recovery), key, RECOVERY_NAME)


def new_keyring(
    site_code: str, site_name: str, username: str, password: str, recovery: str, key: bytes
) -> Keyring:
    """The key file of a newly encrypted database: its first user and the recovery key."""
    return Keyring(site_code, site_name, slots={username: wrap(password, key, username)},
                   recovery=wrap(normalise_recovery_key(recovery), key, RECOVERY_NAME))  # fmt: skip


def rekeyed(
    keyring: Keyring, old: bytes, new: bytes, keep: set[str], recovery: str
) -> tuple[Keyring, list[str]]:
    """The key file for the database under a new key: the slots of ``keep`` resealed to the
    new key, every other slot gone, a new recovery slot; and the names in ``keep`` whose slot
    could not be resealed (old form, or not bound to them), who need a password reset."""
    slots: dict[str, dict[str, Any]] = {}
    lost = []
    for name in sorted(keep & keyring.slots.keys()):
        slot = resealed(keyring.slots[name], name, old, new)
        if slot is None:
            lost.append(name)
        else:
            slots[name] = slot
    failures = {name: state for name, state in keyring.failures.items() if name in slots}
    return Keyring(keyring.site_code, keyring.site_name, slots,
                   wrap(normalise_recovery_key(recovery), new, RECOVERY_NAME), failures,
                   list(keyring.pending), keyring.audit), lost  # fmt: skip


def next_path(path: Path) -> Path:
    """Where a re-key writes the new key file before the re-keyed database takes its place."""
    return path.with_name(path.name + NEXT_SUFFIX)


def fingerprint(db_file: Path) -> str:
    """A digest of the start of the database file: a re-keyed copy never shares it with the
    file it replaces (every page is encrypted anew)."""
    with open(db_file, "rb") as handle:
        return hashlib.sha256(handle.read(FINGERPRINT_BYTES)).hexdigest()


def save_next(keyring: Keyring, path: Path, db_fingerprint: str) -> Path:
    """Writes the re-keyed key file beside the key file, naming the database it belongs to by
    its fingerprint; returns where."""
    following = next_path(path)
    write_text(following, keyring.to_json(database=db_fingerprint))
    return following


def finish_rekey(db_file: Path) -> None:
    """Settles a re-key a crash cut short: the new key file takes its place if the re-keyed
    database did, and is dropped if the database is still the one under the old key."""
    path = keyring_path(db_file)
    following = next_path(path)
    if not following.exists():
        return
    with locked(path):
        if not following.exists():
            return
        try:
            belongs = _parse(following).get("database") == fingerprint(db_file)
        except (OSError, ValueError, KeyringError):
            belongs = False  # a next file is complete before the database is replaced
        if belongs:
            os.replace(following, path)
        else:
            following.unlink()
        sync_folder(path.parent)


def remove_slot(path: Path, username: str) -> None:
    """Takes a user's slot out of the key file, so their password no longer unwraps the key."""
    with updating(path) as keyring:
        keyring.slots.pop(username, None)
        keyring.failures.pop(username, None)
