"""Session hooks that keep travelling records honest and write the audit log.

Every flush stamps new travelling rows with this installation's site, raises the revision
and update time of changed ones, refuses hard deletes and records each change in the
audit log, so no service can forget to.

The entries are written after the flush (``after_flush``), when the rows are stored: each
record's entry then carries the keyed hash of the row as stored, the very values
``verify`` reads back, and every entry gets its place and MAC in the keyed chain
(``db.audit_chain``). Entries a service adds itself (account events, refusals, merges)
join the same chain in the order they were added, before the flush's record entries.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from db import audit_chain
from db.base import Travelling, new_uuid, ordered_uuid, utc_now
from db.models.audit import AuditEntry
from db.models.history import RecordVersion

SKIP_COLUMNS = {"updated_at", "revision"}


class HardDeleteError(RuntimeError):
    """A travelling record was deleted outright instead of being marked deleted."""


class ReadOnlyRecord(RuntimeError):
    """At the project manager, a site's record changed other than by merging its bundles."""


def _changed_columns(obj: Travelling) -> list[str]:
    state = inspect(obj)
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in SKIP_COLUMNS and state.attrs[attr.key].history.has_changes()
    ]


META_COLUMNS = {"id", "owner_site", "created_at", "updated_at", "revision"}
"""Columns every travelling record has, kept by the hooks: not part of a record's versions."""

PENDING, HEAD, AUDIT_KEY = "audit_pending", "audit_head", "audit_key"
"""session.info keys: entries to write after the flush; the chain's head once written; the
audit key once read (the last two for one transaction)."""
RECORD_ACTIONS = frozenset({"create", "update", "delete"})
"""The entries the hooks write for a record's change: they carry its hash."""


def _audit(session: Session, action: str, obj: Travelling, detail: str = "") -> None:
    session.info.setdefault(PENDING, []).append({
        "at": utc_now(), "username": session.info.get("user", "system"), "action": action,
        "table_name": type(obj).__tablename__, "record_id": obj.id, "detail": detail,
        "record_hash": None,
    })  # fmt: skip


VERSIONS, CHANGE_ID, CHANGE_NOTE = "versions_pending", "change_id", "change_note"
"""session.info keys: versions to write after the flush; the transaction's change key; the
reason given for its changes (``app.history.note_change``)."""


def _plain(value: Any) -> Any:
    """A column value as JSON keeps it: dates as ISO text."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


_VALUES = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
"""What ``json.dumps(..., ensure_ascii=False, sort_keys=True)`` writes, without making an
encoder for every call (a bulk import writes hundreds of thousands)."""


def _version(session: Session, action: str, obj: Travelling, changed: list[str] | None) -> None:
    """Keeps the record's changed fields before and after (all of a new one's), for History
    and Undo; not for merges: a site's versions stay at the site."""
    if session.info.get("merging", False):
        return
    old, new = ({}, _created_values(obj)) if changed is None else _before_and_after(obj, changed)
    session.info.setdefault(VERSIONS, []).append({
        "table_name": type(obj).__tablename__, "record_id": obj.id, "revision": obj.revision,
        "action": action, "old_values": _VALUES.encode(old), "new_values": _VALUES.encode(new),
    })  # fmt: skip


@cache
def _created_keys(model: type[Travelling]) -> tuple[str, ...]:
    """The columns a new record's version keeps: all but the hooks' own and the marker."""
    return tuple(
        attr.key
        for attr in inspect(model).column_attrs
        if attr.key not in META_COLUMNS and attr.key != "deleted"
    )


def _created_values(obj: Travelling) -> dict[str, Any]:
    return {key: _plain(getattr(obj, key)) for key in _created_keys(type(obj))}


def _before_and_after(obj: Travelling, changed: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The changed columns' values as stored before this flush, and as they will be."""
    state = inspect(obj)
    old: dict[str, Any] = {}
    for key in changed:
        history = state.attrs[key].history
        old[key] = _plain(history.deleted[0]) if history.deleted else None
    return old, {key: _plain(getattr(obj, key)) for key in changed}


def _write_versions(session: Session) -> None:
    versions = session.info.pop(VERSIONS, [])
    if not versions:
        return
    change_id = session.info.setdefault(CHANGE_ID, new_uuid())
    now, user = utc_now(), session.info.get("user", "system")
    note = session.info.get(CHANGE_NOTE, "")
    for version in versions:
        version.update(change_id=change_id, at=now, username=user, note=note)
    session.connection().execute(insert(RecordVersion), versions)
    session.info["change_written"] = True


def _write_added_entries(session: Session) -> None:
    """Writes the entries services added themselves at the end of the chain, in the order
    they were added, instead of letting the flush insert them unchained."""
    added = [o for o in session.new if isinstance(o, AuditEntry) and o.mac is None]
    if not added:
        return
    added.sort(key=lambda o: inspect(o).insert_order)
    for entry in added:
        session.expunge(entry)
    _append(session, [{"at": entry.at or utc_now(), "username": entry.username,
                       "action": entry.action, "table_name": entry.table_name,
                       "record_id": entry.record_id, "detail": entry.detail or "",
                       "record_hash": None} for entry in added])  # fmt: skip


def _key(session: Session) -> bytes:
    """The audit key, read once per transaction."""
    if AUDIT_KEY not in session.info:
        session.info[AUDIT_KEY] = audit_chain.audit_key(session.connection())
    return bytes(session.info[AUDIT_KEY])


def _append(session: Session, entries: list[dict[str, Any]]) -> None:
    """Writes at the end of the chain; within a transaction the head it wrote last is the
    chain's head (nobody else writes before it ends), so it is not read again."""
    session.info[HEAD] = audit_chain.append(session.connection(), _key(session), entries,
                                            session.info.get(HEAD))  # fmt: skip


def after_flush(session: Session, _context: Any) -> None:
    """Writes the flush's record entries at the end of the chain, each with the keyed hash
    of its row as stored."""
    _write_versions(session)
    _write_entries(session, session.info.pop(PENDING, []))


def _write_entries(session: Session, pending: list[dict[str, Any]]) -> None:
    """Appends entries to the chain; a record's entry with the hash of its row as stored."""
    if not pending:
        return
    connection, key = session.connection(), _key(session)
    wanted: dict[str, list[str]] = {}
    for entry in pending:
        if entry["action"] in RECORD_ACTIONS:
            wanted.setdefault(entry["table_name"], []).append(entry["record_id"])
    rows = {table: audit_chain.rows_by_id(connection, table, ids) for table, ids in wanted.items()}
    for entry in pending:
        row = rows.get(entry["table_name"], {}).get(entry["record_id"])
        if entry["action"] in RECORD_ACTIONS and row is not None:
            entry["record_hash"] = audit_chain.record_hash(key, row)
    _append(session, pending)


def before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Stamps, versions and audits every travelling record in the flush."""
    session.info[PENDING] = []  # what a failed flush left is not to be written
    session.info[VERSIONS] = []
    _write_added_entries(session)
    merging = session.info.get("merging", False)
    now = utc_now()
    for obj in list(session.deleted):
        if isinstance(obj, Travelling):
            raise HardDeleteError(f"{type(obj).__name__} {obj.id} must be marked deleted")
    for obj in list(session.new):
        if not isinstance(obj, Travelling):
            continue
        obj.id = obj.id or new_uuid()
        if not merging:
            obj.owner_site = obj.owner_site or session.info["site_code"]
            obj.created_at = obj.updated_at = now
            obj.revision = 1
            obj.deleted = bool(obj.deleted)
        _audit(session, "create", obj)
        _version(session, "create", obj, None)
    read_only = session.info.get("kind") == "project" and not merging
    for obj in list(session.dirty):
        if not isinstance(obj, Travelling) or not session.is_modified(obj):
            continue
        if read_only and obj.owner_site != session.info.get("site_code"):
            raise ReadOnlyRecord(
                f"{type(obj).__name__} {obj.id} belongs to site {obj.owner_site}; "
                "it changes only through that site's bundles"
            )
        changed = _changed_columns(obj)
        if not changed:
            continue
        if not merging:
            obj.revision = (obj.revision or 0) + 1
            obj.updated_at = now
        action = "delete" if "deleted" in changed and obj.deleted else "update"
        _audit(session, action, obj, ",".join(sorted(changed)))
        _version(session, action, obj, changed)


def insert_new(session: Session, model: type[Travelling], rows: list[dict[str, Any]]) -> None:
    """Writes many new records in one statement, with what a flush of as many new objects
    writes: each stamped like ``before_flush`` does, its ``create`` version and its audit
    entry with the hash of its row as stored. For bulk imports, where building an object
    per row and a unit of work per flush cost more than the rows themselves.

    ``rows`` hold the record's columns (``id`` optional); they are stamped in place.
    """
    if not rows:
        return
    session.flush()  # what the session holds goes first, as it would have
    merging = session.info.get("merging", False)
    now, site_code = utc_now(), session.info.get("site_code")
    for row in rows:
        row["id"] = row.get("id") or ordered_uuid()
        row["deleted"] = bool(row.get("deleted"))
        if not merging:
            row.update(owner_site=row.get("owner_site") or site_code, created_at=now,
                       updated_at=now, revision=1)  # fmt: skip
    table = inspect(model).local_table  # its columns are named as the model's attributes
    session.connection().execute(insert(table), rows)
    name, user = table.name, session.info.get("user", "system")
    if not merging:
        keys = _created_keys(model)
        session.info[VERSIONS] = [{
            "table_name": name, "record_id": row["id"], "revision": row["revision"],
            "action": "create", "old_values": "{}",
            "new_values": _VALUES.encode({key: _plain(row.get(key)) for key in keys}),
        } for row in rows]  # fmt: skip
        _write_versions(session)
    _write_entries(session, [{
        "at": now, "username": user, "action": "create", "table_name": name,
        "record_id": row["id"], "detail": "", "record_hash": None} for row in rows])  # fmt: skip
