"""Turning a plain SQLite file into a SQLCipher-encrypted one, safe against a crash.

The encrypted copy is written beside the file with ``sqlcipher_export``, synced, checked
(integrity and the row count of every table) and renamed over the original, so at any
moment the name holds either the plain database or the finished encrypted one.
"""

from __future__ import annotations

import os
from pathlib import Path

from db.engine import connect_file
from db.keyring import sync_folder

HEADER = b"SQLite format 3\x00"
PARTIAL = ".encrypting"


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
