"""Turning a plain SQLite file into a SQLCipher-encrypted one, and an encrypted one to a new
key, safe against a crash.

The encrypted (or re-keyed) copy is written beside the file, synced, checked (integrity and
the row count of every table) and renamed over the original, so at any moment the name
holds either the old database or the finished new one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from db.engine import connect_file
from db.files import sync_folder
from db.location import keyring_path

HEADER = b"SQLite format 3\x00"
PARTIAL = ".encrypting"
REKEYING = ".rekeying"


class InUse(Exception):
    """Another connection is reading or writing the database, so it cannot be replaced."""


def is_plain(path: Path) -> bool:
    """Whether the file is a readable, unencrypted SQLite database (an encrypted one looks
    like random bytes from the first byte on)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(HEADER)) == HEADER
    except FileNotFoundError:
        return False


def holds_data(path: Path) -> bool:
    """Whether the file exists and is not empty."""
    return path.is_file() and path.stat().st_size > 0


def _counts(connection: object, schema: str = "main") -> dict[str, int]:
    tables = [row[0] for row in connection.execute(  # type: ignore[attr-defined]
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")]  # fmt: skip
    return {t: connection.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]  # type: ignore[attr-defined]
            for t in tables}  # fmt: skip


def encrypt_file(path: Path, key: bytes) -> None:
    """Encrypts the plain database at path in place with the key; nothing if already done."""
    if not is_plain(path):
        return
    partial = path.with_name(path.name + PARTIAL)
    partial.unlink(missing_ok=True)
    source = connect_file(path)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("PRAGMA journal_mode=DELETE")  # the plain -wal file goes now
        expected = _counts(source)
        version = source.execute("PRAGMA user_version").fetchone()[0]
    finally:
        source.close()
    import sqlcipher3.dbapi2 as sqlcipher

    plain = sqlcipher.connect(str(path))
    try:
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), f"x'{key.hex()}'"))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    _verify(partial, key, expected)
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    os.replace(partial, path)
    sync_folder(path.parent)


def _verify(path: Path, key: bytes, expected: dict[str, int]) -> None:
    """Refuses an encrypted copy that is damaged or lost a row."""
    copy = connect_file(path, key)
    try:
        check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        found = _counts(copy)
    finally:
        copy.close()
    if check != "ok" or found != expected:
        path.unlink(missing_ok=True)
        raise RuntimeError(f"the encrypted copy of {path.name} did not check out: {check}")


def rekey_file(path: Path, old: bytes, new: bytes, write_next_keys: Callable[[Path], Path]) -> None:
    """Puts the encrypted database at path under a new key, with its new key file.

    Nothing may have the database open. A copy is re-keyed with SQLCipher's rekey beside it
    and checked; ``write_next_keys(copy)`` then writes the new key file beside the key file
    (naming the copy by its fingerprint) and returns where. The copy replaces the database,
    then the new key file the old one. A crash before the first rename leaves the old pair;
    after it, ``keyring.finish_rekey`` at the next opening sees the database is the re-keyed
    copy and moves the new key file into place. Either way the file opens with its key file.
    """
    copy = path.with_name(path.name + REKEYING)
    for extra in ("", "-journal"):
        Path(f"{copy}{extra}").unlink(missing_ok=True)
    try:
        following = _rekeyed_copy(path, copy, old, new, write_next_keys)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    os.replace(copy, path)
    sync_folder(path.parent)
    os.replace(following, keyring_path(path))
    sync_folder(path.parent)


def _rekeyed_copy(
    path: Path, copy: Path, old: bytes, new: bytes, write_next_keys: Callable[[Path], Path]
) -> Path:
    """Writes and checks the re-keyed copy, then the new key file; returns where that is."""
    with closing(connect_file(path, old)) as source:
        if source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            raise InUse(str(path))
        expected = _counts(source)
        with closing(connect_file(copy, old)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # SQLCipher re-keys outside WAL
            target.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    with open(copy, "rb") as handle:
        os.fsync(handle.fileno())
    _verify(copy, new, expected)
    return write_next_keys(copy)
