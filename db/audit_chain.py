"""The keyed chain of the audit log: each entry's MAC covers its content and the MAC before.

Every entry carries its place in the chain (``seq``, 1, 2, 3, …), the MAC of the entry
before (``prev_hash``) and its own MAC (``mac``): HMAC-SHA256 under the audit key of all
of these and its content. An entry about a record also carries a keyed hash of the
record's state after the change (``record_hash``, over the row's stored columns), so a
record changed without an audit entry no longer matches its newest entry.

The audit key is 32 random bytes made once per database and kept in it (``exchange_key``,
purpose ``audit_key``):

- An encrypted database (SQLCipher) keeps it sealed (libsodium SecretBox) under a key
  derived from the database key with keyed BLAKE2b and a purpose label. A re-key seals
  it again for the new key on the re-keyed copy (``reseal_in_file``), so the chain stays
  valid and is never recomputed: the log is only ever appended to.
- A plain database (tests, scratch files, a PostgreSQL hub) has no database key: it keeps
  the audit key as it is. Whoever can edit such a file can read the key and recompute the
  chain, so there the chain detects accidents and edits made outside the program only
  where its head (the newest MAC and the entry count) is held elsewhere: in the bundles
  the project manager received (and, beside an encrypted file, in the key file).

Even on an encrypted database, someone holding the database key (any user's password
reaches it) can recompute the chain; what they cannot change are the heads already
written to the key file and sent to the project manager.

Entries written before the keyed chain existed (revision 0010) keep their unkeyed SHA-256
chain (``hash_entry``); the first keyed entry of such a database chains onto the last of
them, and the migration wrote one ``baseline`` entry per existing record, so every record
has an entry with its hash. A later migration that gives an audited table a column with a
value (not NULL) in existing rows must write new baselines (``write_baseline``): the
record hash leaves NULL columns out, so a column added empty changes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Integer, String, Text, bindparam, column, inspect, text
from sqlalchemy import table as table_clause

from db.base import UTCDateTime
from db.engine import connect_file, engine_key

GENESIS = "0" * 64
PURPOSE = "audit_key"
CLEAR, SEALED = "clear/1:", "sealed/1:"
BASELINE_BATCH = 1000  # records read, hashed and written at a time by a migration
_ENTRIES = table_clause(
    "audit_entry", column("at", UTCDateTime), column("username", String),
    column("action", String), column("table_name", String), column("record_id", String),
    column("detail", Text), column("record_hash", String), column("seq", Integer),
    column("prev_hash", String), column("mac", String),
)
"""The audit columns as of revision 0010, typed, for writing from hooks and migrations."""
_KEYS = table_clause("exchange_key", column("purpose", String), column("value", Text),
                     column("created_at", UTCDateTime))  # fmt: skip


def entry_hash(prev_hash: str, at: Any, username: str, action: str, table: str,
               record_id: str, detail: str) -> str:  # fmt: skip
    """SHA-256 of the previous hash and the entry's content: the unkeyed chain of entries
    written before revision 0010, still checked for them."""
    content = json.dumps([prev_hash, _stamp(at), username, action, table, record_id, detail],
                         ensure_ascii=False, separators=(",", ":"))  # fmt: skip
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def hash_entry(previous: str, entry: Any) -> str:
    """The unkeyed hash an entry from before the keyed chain must carry."""
    return entry_hash(previous, entry.at, entry.username, entry.action, entry.table_name,
                      entry.record_id, entry.detail or "")  # fmt: skip


def _stamp(at: Any) -> str:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if isinstance(at, datetime) and at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.isoformat() if hasattr(at, "isoformat") else str(at)


def entry_mac(key: bytes, seq: int, prev: str, at: Any, username: str, action: str,
              table: str, record_id: str, detail: str, record_hash: str | None) -> str:  # fmt: skip
    """The keyed MAC of one entry in its place after ``prev``."""
    content = _COMPACT.encode([seq, prev, _stamp(at), username, action, table, record_id,
                               detail or "", record_hash or ""])  # fmt: skip
    return hmac.digest(key, b"audit entry\x00" + content.encode("utf-8"), "sha256").hex()


def mac_of(key: bytes, entry: Any) -> str:
    """The MAC an entry (a row or model with the audit columns) must carry."""
    return entry_mac(key, entry.seq, entry.prev_hash or "", entry.at, entry.username,
                     entry.action, entry.table_name, entry.record_id, entry.detail or "",
                     entry.record_hash)  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_RECORD = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                           default=_plain)  # fmt: skip
"""The encoders ``json.dumps`` would make for these options, made once: the chain writes an
entry and a record hash per row of a bulk import."""


def record_hash(key: bytes, row: Mapping[str, Any]) -> str:
    """A keyed hash of a record's stored state: its columns as the driver returns them, NULL
    ones left out. Keyed, so an erased name cannot be guessed back from an older hash."""
    values = {name: value for name, value in row.items() if value is not None}
    content = _RECORD.encode(values)
    return hmac.digest(key, b"audit record\x00" + content.encode("utf-8"), "sha256").hex()


def rows_by_id(connection: Connection, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored rows with these keys, as the driver returns them (no type conversion, the
    same values ``verify`` reads back)."""
    found: dict[str, dict[str, Any]] = {}
    stmt = text(f'SELECT * FROM "{table}" WHERE id IN :ids').bindparams(
        bindparam("ids", expanding=True))  # fmt: skip
    for start in range(0, len(ids), 500):
        result = connection.execute(stmt, {"ids": list(ids[start : start + 500])})
        names = list(result.keys())
        for row in result:
            values = dict(zip(names, row, strict=True))
            found[str(values["id"])] = values
    return found


def _kek(database_key: bytes) -> bytes:
    from nacl.encoding import RawEncoder
    from nacl.hash import blake2b

    return blake2b(b"audit key", key=database_key, person=b"ps-audit-key",
                   digest_size=32, encoder=RawEncoder)  # fmt: skip


def _stored(raw: bytes, database_key: bytes | None) -> str:
    if database_key is None:
        return CLEAR + base64.b64encode(raw).decode("ascii")
    from nacl.secret import SecretBox

    sealed = bytes(SecretBox(_kek(database_key)).encrypt(raw))
    return SEALED + base64.b64encode(sealed).decode("ascii")


class AuditKeyError(RuntimeError):
    """The audit key is missing, damaged, or sealed under another database key."""


def _opened(value: str, database_key: bytes | None) -> bytes:
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox

    try:
        if value.startswith(CLEAR):
            return base64.b64decode(value.removeprefix(CLEAR), validate=True)
        if database_key is None:
            raise AuditKeyError("the audit key is sealed, and this database has no key")
        sealed = base64.b64decode(value.removeprefix(SEALED), validate=True)
        return SecretBox(_kek(database_key)).decrypt(sealed)
    except (CryptoError, ValueError) as error:
        raise AuditKeyError(f"the audit key does not open: {error}") from None


def _select_key(connection: Connection) -> str | None:
    return connection.execute(text("SELECT value FROM exchange_key WHERE purpose = :p"),
                              {"p": PURPOSE}).scalar()  # fmt: skip


def audit_key(connection: Connection, create: bool = True) -> bytes | None:
    """This database's audit key; made (and stored) the first time when ``create`` (in a
    transaction that writes), and then sealed if it was kept as it is in a database that
    has since been encrypted. AuditKeyError when it does not open. Read anew for each
    transaction, never kept per engine: a restore may put another database under it.
    """
    database_key = engine_key(connection.engine)
    value = _select_key(connection)
    if value is None:
        if not create:
            return None
        raw = secrets.token_bytes(32)
        connection.execute(_KEYS.insert().values(purpose=PURPOSE, created_at=datetime.now(UTC),
                                                 value=_stored(raw, database_key)))  # fmt: skip
    else:
        raw = _opened(value, database_key)
        if create and database_key is not None and value.startswith(CLEAR):
            connection.execute(text("UPDATE exchange_key SET value = :v WHERE purpose = :p"),
                               {"p": PURPOSE, "v": _stored(raw, database_key)})  # fmt: skip
    return raw


def reseal_in_file(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Seals the audit key again for a new database key, on the re-keyed copy (already under
    the new key) before it takes the database's place, as ``project_key.reseal_in_file``."""
    with closing(connect_file(path, new_key)) as connection:
        row = connection.execute("SELECT value FROM exchange_key WHERE purpose = ?",
                                 (PURPOSE,)).fetchone()  # fmt: skip
        if row is None:
            return
        value = _stored(_opened(row[0], old_key), new_key)
        connection.execute("UPDATE exchange_key SET value = ? WHERE purpose = ?", (value, PURPOSE))
        connection.commit()


@dataclass(frozen=True)
class Head:
    """The newest entry's place in the chain and its MAC: what is kept outside the database."""

    count: int
    mac: str


def head(connection: Connection) -> Head | None:
    """The chain's head as the database holds it; None before the first keyed entry."""
    row = connection.execute(text("SELECT seq, mac FROM audit_entry WHERE mac IS NOT NULL "
                                  "ORDER BY id DESC LIMIT 1")).first()  # fmt: skip
    return Head(int(row[0]), str(row[1])) if row else None


def link_after(connection: Connection) -> tuple[int, str]:
    """The seq and MAC the next entry follows: the head, or the unkeyed chain's last hash (and
    its length) in a database from before the keyed chain, or nothing at all."""
    found = head(connection)
    if found is not None:
        return found.count, found.mac
    count = connection.execute(text("SELECT count(*) FROM audit_entry")).scalar() or 0
    newest = text("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    last = connection.execute(newest).scalar()
    return int(count), str(last or GENESIS)


def mac_at(connection: Connection, count: int) -> str | None:
    """The MAC of the entry at this place in the chain, if there is one."""
    value = connection.execute(text("SELECT mac FROM audit_entry WHERE seq = :s"),
                               {"s": count}).scalar()  # fmt: skip
    return None if value is None else str(value)


def append(
    connection: Connection, key: bytes, entries: Iterable[dict[str, Any]],
    after: Head | None = None,
) -> Head | None:  # fmt: skip
    """Writes entries (at, username, action, table_name, record_id, detail, record_hash) at
    the end of the chain, each with its place and MAC; returns the new head. ``after`` is
    the head this transaction wrote last, if any (saves reading it again)."""
    seq, previous = (after.count, after.mac) if after else link_after(connection)
    rows = []
    for entry in entries:
        seq += 1
        mac = entry_mac(key, seq, previous, entry["at"], entry["username"], entry["action"],
                        entry["table_name"], entry["record_id"], entry["detail"],
                        entry["record_hash"])  # fmt: skip
        rows.append({**entry, "seq": seq, "prev_hash": previous, "mac": mac})
        previous = mac
    if not rows:
        return after
    connection.execute(_ENTRIES.insert(), rows)
    return Head(seq, previous)


def travelling_tables(connection: Connection) -> list[str]:
    """The tables of records that travel (they carry an owner site and a revision), as the
    database has them: usable from a migration, where the models may be newer."""
    inspector = inspect(connection)
    return sorted(
        name for name in inspector.get_table_names()
        if {"owner_site", "revision"} <= {c["name"] for c in inspector.get_columns(name)}
    )  # fmt: skip


def write_baseline(connection: Connection, site_code: str, detail: str) -> int:
    """One ``baseline`` entry for each record this installation owns, with its hash: the state
    the keyed chain starts from (after a migration). Returns how many."""
    key = audit_key(connection)
    assert key is not None
    now, written = datetime.now(UTC), 0
    for table in travelling_tables(connection):
        result = connection.execute(text(f'SELECT * FROM "{table}" WHERE owner_site = :s '
                                         "ORDER BY id"), {"s": site_code})  # fmt: skip
        names = list(result.keys())
        for batch in result.partitions(BASELINE_BATCH):
            rows = [dict(zip(names, row, strict=True)) for row in batch]
            append(connection, key, [{
                "at": now, "username": "system", "action": "baseline", "table_name": table,
                "record_id": str(row["id"]), "detail": detail,
                "record_hash": record_hash(key, row)} for row in rows])  # fmt: skip
            written += len(rows)
    return written
