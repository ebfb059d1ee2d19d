"""The key file beside an encrypted database: the database key, wrapped once per user.

The database key is 32 random bytes. Each user's slot holds it sealed (PyNaCl's SecretBox)
under a key derived from that user's password with argon2id; one more slot holds it under
the recovery key printed at set-up. So changing a password re-wraps 32 bytes and the
database itself is never re-encrypted. The file also keeps, in the clear, the site's name
for the sign-in heading, failed unwrap attempts per user (lock-out must hold before the
database can be opened) and the events to move into the audit log at the next opening.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.location import keyring_path

FORMAT = 1
KEY_BYTES = 32
RECOVERY_GROUPS, GROUP_LENGTH = 8, 5  # 40 base32 characters: 200 random bits
MAX_PENDING = 500
CHEAP_KDF_VARIABLE = "PEER_SUPPORT_TEST_CHEAP_KDF"


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


def _kdf_cost() -> tuple[int, int]:
    """argon2id's cost: libsodium's "moderate" level, or the minimum when tests ask for it."""
    from nacl.pwhash import argon2id

    if os.environ.get(CHEAP_KDF_VARIABLE) == "1":
        return argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN
    return argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(secret: str, slot: dict[str, Any]) -> bytes:
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox

    salt = base64.b64decode(slot["salt"])
    return argon2id.kdf(SecretBox.KEY_SIZE, secret.encode("utf-8"), salt,
                        opslimit=int(slot["ops"]), memlimit=int(slot["mem"]))  # fmt: skip


def wrap(secret: str, key: bytes) -> dict[str, Any]:
    """A slot holding the key sealed under a key derived from the secret."""
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox
    from nacl.utils import random

    ops, mem = _kdf_cost()
    slot: dict[str, Any] = {"kdf": "argon2id", "salt": _b64(random(argon2id.SALTBYTES)),
                            "ops": ops, "mem": mem}  # fmt: skip
    slot["box"] = _b64(bytes(SecretBox(_derive(secret, slot)).encrypt(key)))
    return slot


def unwrap(secret: str, slot: dict[str, Any]) -> bytes:
    """The key sealed in the slot; WrongSecret if the secret is not the one it was sealed with."""
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox

    try:
        return SecretBox(_derive(secret, slot)).decrypt(base64.b64decode(slot["box"]))
    except (CryptoError, KeyError, ValueError, TypeError):
        raise WrongSecret from None


@dataclass
class Keyring:
    """The key file's contents."""

    site_code: str
    site_name: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    recovery: dict[str, Any] | None = None
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)
    pending: list[dict[str, str]] = field(default_factory=list)

    def note(self, at: str, username: str, action: str, detail: str) -> None:
        """Keeps an account event for the audit log, which cannot be written yet."""
        self.pending.append({"at": at, "user": username, "action": action, "detail": detail})
        del self.pending[:-MAX_PENDING]

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "site_code": self.site_code,
                           "site_name": self.site_name, "slots": self.slots,
                           "recovery": self.recovery, "failures": self.failures,
                           "pending": self.pending}, ensure_ascii=False, indent=1)  # fmt: skip


def load(path: Path) -> Keyring:
    """Reads the key file; KeyringError names the file when it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise KeyringError(f"{path.name}: key file format {data.get('format')!r} is unknown")
        return Keyring(str(data["site_code"]), str(data["site_name"]), dict(data["slots"]),
                       data.get("recovery"), dict(data.get("failures") or {}),
                       list(data.get("pending") or []))  # fmt: skip
    except FileNotFoundError:
        raise KeyringError(f"the key file {path} is missing") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyringError(f"the key file {path} is damaged: {error}") from None


def save(keyring: Keyring, path: Path) -> None:
    """Writes the key file atomically: a crash leaves the old file or the new, never half."""
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(keyring.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Makes a rename in the folder survive a power cut (POSIX; Windows has no folder fsync)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def copy_beside(db_file: Path, copy: Path) -> None:
    """Puts the database's key file beside a copy of the database, if it has one."""
    source = keyring_path(db_file)
    if source.is_file():
        save(load(source), keyring_path(copy))


def set_slot(path: Path, username: str, password: str, key: bytes) -> None:
    """Seals the key for one user under their password, replacing their old slot."""
    keyring = load(path)
    keyring.slots[username] = wrap(password, key)
    keyring.failures.pop(username, None)
    save(keyring, path)


def remove_slot(path: Path, username: str) -> None:
    """Takes a user's slot out of the key file, so their password no longer unwraps the key."""
    keyring = load(path)
    keyring.slots.pop(username, None)
    keyring.failures.pop(username, None)
    save(keyring, path)
