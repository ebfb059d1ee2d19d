"""The audit log: checking its keyed chain against the records and the head kept outside,
and reading it with filters for the viewer.

``verify_chain`` names each kind of tampering: an entry edited (its MAC no longer
matches, even if the unkeyed hashes were recomputed), entries removed (a gap in their
places), entries deleted at the end or all of them (the key file's head is ahead of the
database, or records have no entries left), and a record changed, added or removed
without its audit entry (its stored state no longer matches the hash in its newest entry).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, String, func, select, text
from sqlalchemy.orm import Session

from app import access
from app.i18n import translate
from app.permissions import Account, Capability
from db import audit_chain, audit_head
from db.audit_chain import GENESIS, Head, hash_entry, mac_of, record_hash
from db.base import Base, Travelling
from db.database import Database
from db.location import keyring_path
from db.models import AuditEntry

CHECK_BATCH = 2000  # entries (or records) read at a time, and checked between progress reports
SHOWN = 20  # findings of one kind named one by one; the rest are counted
HASH_COLUMN = "audit_newest_hash"


UUID_LIKE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)


@dataclass(frozen=True)
class AuditRow:
    """One entry as the viewer shows it."""

    id: int
    at: datetime
    username: str
    action: str
    table_name: str
    record_id: str
    detail: str
    record: str = ""
    """The record as people know it (a person's code, a session's day and community), when
    it can be found; never the bare key."""


@dataclass
class ChainReport:
    """What a check of the audit log found: breaks (tampering) and notes (facts to know)."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """Whether nothing was found that tampering would explain."""
        return not self.problems


class _Findings:
    """Problems of one kind, the first SHOWN named and the rest counted."""

    def __init__(self) -> None:
        self.named: list[str] = []
        self.more = 0

    def add(self, problem: str) -> None:
        if len(self.named) < SHOWN:
            self.named.append(problem)
        else:
            self.more += 1

    def lines(self) -> list[str]:
        if not self.more:
            return self.named
        return [*self.named, translate("audit", "… and {n} more like these").format(n=self.more)]


@dataclass
class _Walk:
    """The state of a walk through the chain, entry by entry."""

    key: bytes | None
    previous: str = GENESIS
    unkeyed: int = 0
    seq: int = 0
    keyed_from: datetime | None = None
    macs_at: dict[int, str] = field(default_factory=dict)
    breaks: _Findings = field(default_factory=_Findings)


def verify_chain(
    db: Database, actor: Account, progress: Callable[[int, int], None] | None = None
) -> ChainReport:
    """Checks every entry's place and MAC, the head kept in the key file, and every record
    this installation owns against the hash in its newest entry.

    Years of work make millions of entries: they and the records are read in batches, and
    ``progress`` hears (read, to read) after each; if it raises (a cancel), checking stops.
    """
    access.require(db, actor, Capability.MANAGE_ACCOUNTS)
    report = ChainReport()
    installation = db.installation()
    site = installation.site_code if installation else None
    held = audit_head.read(keyring_path(db.file)) if db.file and db.key else None
    with db.reading() as session:
        connection = session.connection()
        key = _audit_key(connection, report)
        entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        records = _record_count(connection, site)
        tick = _ticker(progress, entries + records)
        walk = _Walk(key, macs_at={held.count: ""} if held else {})
        table = AuditEntry.__table__
        stmt = select(table).order_by(table.c.id).execution_options(yield_per=CHECK_BATCH)
        for entry in connection.execute(stmt):
            _check_entry(walk, entry)
            tick()
        report.problems += walk.breaks.lines()
        report.problems += _check_head(walk, held, entries)
        report.problems += _check_records(connection, key, site, entries, tick)
    report.notes += _notes(walk, db, held)
    if progress is not None:
        progress(entries + records, entries + records)
    return report


def _audit_key(connection: Connection, report: ChainReport) -> bytes | None:
    """The key to check the MACs with; a missing or unopenable one is itself a finding when
    keyed entries exist (every one of them then fails its check too)."""
    try:
        key = audit_chain.audit_key(connection, create=False)
    except audit_chain.AuditKeyError as error:
        report.problems.append(translate("audit", "the audit key does not open ({reason}): no "
                                         "entry can be checked").format(reason=error))  # fmt: skip
        return None
    if key is None and audit_chain.head(connection) is not None:
        report.problems.append(translate("audit", "the audit key has been removed from the "
                                         "database: no entry can be checked"))  # fmt: skip
    return key


def _ticker(progress: Callable[[int, int], None] | None, total: int) -> Callable[[], None]:
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % CHECK_BATCH == 0:
            progress(done, total)

    return tick


def _check_entry(walk: _Walk, entry: Any) -> None:
    """One entry: the unkeyed chain before the keyed one began, its place and MAC after."""
    if entry.mac is None:
        if walk.seq:
            walk.breaks.add(translate("audit", "audit entry {id}: has no MAC though keyed "
                                      "entries come before it (written outside the program)")
                            .format(id=entry.id))  # fmt: skip
            return
        expected = hash_entry(walk.previous, entry)
        if entry.prev_hash != walk.previous or entry.hash != expected:
            walk.breaks.add(translate("audit", "audit entry {id}: changed, or an entry before "
                                      "it removed").format(id=entry.id))  # fmt: skip
        walk.unkeyed += 1
        walk.previous = entry.hash or expected
        return
    expected_seq = (walk.seq or walk.unkeyed) + 1
    seq = entry.seq or 0
    if walk.seq == 0:
        walk.keyed_from = entry.at
    if seq > expected_seq:
        walk.breaks.add(translate("audit", "audit entries no. {first} to {last} are missing "
                                  "(deleted)").format(first=expected_seq,
                                                      last=seq - 1))  # fmt: skip
    if walk.key is None or entry.mac != mac_of(walk.key, entry):
        walk.breaks.add(translate("audit", "audit entry {id} (no. {seq}): changed: its MAC does "
                                  "not match (edited, or the chain recomputed without the key)")
                        .format(id=entry.id, seq=seq))  # fmt: skip
    elif entry.prev_hash != walk.previous and seq == expected_seq:
        walk.breaks.add(translate("audit", "audit entry {id} (no. {seq}): does not follow the "
                                  "entry before it (that one was changed)")
                        .format(id=entry.id, seq=seq))  # fmt: skip
    if seq in walk.macs_at:
        walk.macs_at[seq] = entry.mac
    walk.seq, walk.previous = max(seq, walk.seq), entry.mac


def _check_head(walk: _Walk, held: Head | None, entries: int) -> list[str]:
    """The database against the head the key file holds: truncated, emptied or rewritten."""
    if held is None or held.count == 0:
        return []
    if entries == 0:
        return [translate("audit", "every audit entry has been deleted: the key file records "
                          "{count} entries").format(count=held.count)]  # fmt: skip
    if walk.seq < held.count:
        return [translate("audit", "the last {n} audit entries are missing: the key file records "
                          "{count} entries, the database holds {held} (deleted at the end, or an "
                          "older copy of the database put in place)").format(
            n=held.count - walk.seq, count=held.count, held=walk.seq)]  # fmt: skip
    if walk.macs_at.get(held.count) != held.mac:
        return [translate("audit", "the audit log is not the one the key file records: entry "
                          "no. {count} has another MAC (the log was rewritten)").format(
            count=held.count)]  # fmt: skip
    return []


def _owned_tables() -> list[str]:
    return sorted(m.class_.__tablename__ for m in Base.registry.mappers
                  if issubclass(m.class_, Travelling))  # fmt: skip


def _record_count(connection: Connection, site: str | None) -> int:
    if site is None:
        return 0
    return sum(connection.execute(text(f'SELECT count(*) FROM "{t}" WHERE owner_site = :s'),
                                  {"s": site}).scalar() or 0 for t in _owned_tables())  # fmt: skip


NEWEST = (
    "SELECT a.record_id, a.record_hash FROM audit_entry a JOIN (SELECT max(id) AS id "
    "FROM audit_entry WHERE table_name = :t AND record_hash IS NOT NULL GROUP BY record_id) n "
    "ON a.id = n.id"
)
"""Each record's newest entry that carries its hash."""


def _records(connection: Connection, table: str, site: str) -> Iterator[dict[str, Any]]:
    """The table's rows of this site, each with the hash in its newest entry, in batches."""
    stmt = text(f'SELECT r.*, h.record_hash AS {HASH_COLUMN} FROM "{table}" r LEFT JOIN '
                f"({NEWEST}) h ON h.record_id = r.id WHERE r.owner_site = :s")  # fmt: skip
    result = connection.execute(stmt.execution_options(yield_per=CHECK_BATCH),
                                {"t": table, "s": site})  # fmt: skip
    names = list(result.keys())
    for row in result:
        yield dict(zip(names, row, strict=True))


def _check_records(
    connection: Connection, key: bytes | None, site: str | None, entries: int,
    tick: Callable[[], None],
) -> list[str]:  # fmt: skip
    """Every record against its newest entry's hash: changed, added or removed unaudited."""
    if site is None or key is None:
        return []
    changed, missing, removed = _Findings(), _Findings(), _Findings()
    for table in _owned_tables():
        for row in _records(connection, table, site):
            tick()
            expected = row.pop(HASH_COLUMN)
            name = _name(table, row)
            if expected is None:
                missing.add(translate("audit", "{record}: has no audit entry (added outside the "
                                      "program, or its entries deleted)")
                            .format(record=name))  # fmt: skip
            elif expected != record_hash(key, row):
                changed.add(translate("audit", "{record}: changed without an audit entry")
                            .format(record=name))  # fmt: skip
        gone = text(f'SELECT n.record_id FROM ({NEWEST}) n LEFT JOIN "{table}" r '
                    "ON r.id = n.record_id WHERE r.id IS NULL")  # fmt: skip
        for (record_id,) in connection.execute(gone, {"t": table}):
            removed.add(translate("audit", "{record}: removed without an audit entry")
                        .format(record=f"{table} {record_id}"))  # fmt: skip
    if entries == 0 and missing.named:
        return [translate("audit", "the audit log is empty, yet the database holds records: its "
                          "entries were deleted")]  # fmt: skip
    return changed.lines() + missing.lines() + removed.lines()


def _name(table: str, row: dict[str, Any]) -> str:
    """A record as a person can look it up: its table and its code, or its key."""
    code = row.get("code")
    return f"{table} {code} ({row['id']})" if code else f"{table} {row['id']}"


def _notes(walk: _Walk, db: Database, held: Head | None) -> list[str]:
    notes = []
    if walk.unkeyed and walk.keyed_from is not None:
        notes.append(translate(
            "audit", "Entries 1 to {n} were written before the keyed chain began on {day}: "
            "from then on they cannot be changed unnoticed; before, only their unkeyed chain "
            "guarded them.").format(n=walk.unkeyed, day=walk.keyed_from.date()))  # fmt: skip
    if db.key is None:
        notes.append(translate(
            "audit", "This database is not encrypted: its audit key is stored in it, so the "
            "chain shows deleted entries only against the heads in the bundles sent to the "
            "project manager."))  # fmt: skip
    elif held is None:
        notes.append(translate("audit", "The key file holds no head of the audit chain yet."))
    return notes


def after_restore(db: Database, username: str) -> None:
    """After a restore put an older copy of the database in place: the key file's head goes
    back to the restored log's, and an entry says how long the log was before, so
    ``verify_chain`` does not report the restore as entries deleted, and the log keeps it."""
    if db.file is None or db.key is None:
        return
    key_file = keyring_path(db.file)
    before = audit_head.read(key_file)
    with db.reading() as session:
        now = audit_chain.head(session.connection())
    if before is None or now == before:
        return
    audit_head.rewind(key_file, now)
    with db.transaction(username) as session:
        session.add(AuditEntry(username=username, action="audit_log_restored",
                               table_name="audit_entry", record_id="",
                               detail=f"the log held {before.count} entries before the restore; "
                               f"the restored copy holds {now.count if now else 0}"))  # fmt: skip


def list_entries(
    db: Database,
    user: str | None = None,
    record: str | None = None,
    action: str | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int = 5000,
) -> list[AuditRow]:
    """The newest entries matching the filters (user, record key or code, kind, dates)."""
    with db.reading() as session:
        stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if user:
            stmt = stmt.where(AuditEntry.username == user)
        if record:
            stmt = stmt.where(AuditEntry.record_id.like(f"{record}%"))
        if action:
            stmt = stmt.where(AuditEntry.action == action)
        if start:
            stmt = stmt.where(AuditEntry.at >= datetime.combine(start, datetime.min.time()))
        if end:
            stmt = stmt.where(AuditEntry.at < datetime.combine(end, datetime.max.time()))
        entries = list(session.scalars(stmt))
        names = _record_names(session, entries)
        return [AuditRow(e.id, e.at, e.username, e.action, e.table_name, e.record_id,
                         e.detail or "", names.get((e.table_name, e.record_id))
                         or _readable(e.record_id)) for e in entries]  # fmt: skip


def _readable(record_id: str) -> str:
    """A record named by what people know (a user name) as it is; a bare key as nothing."""
    return "" if UUID_LIKE.fullmatch(record_id) else record_id


def _record_names(session: Session, entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
    """Codes and names of the records the entries name, by (table, key), a query per table."""
    from db.models import ActivitySession, Community, Person, StaffMember, UserAccount

    wanted: dict[str, set[str]] = {}
    for entry in entries:
        if entry.record_id:
            wanted.setdefault(entry.table_name, set()).add(entry.record_id)
    names: dict[tuple[str, str], str] = {}
    lookups: dict[str, Any] = {
        "person": select(Person.id, Person.code),
        "community": select(Community.id, Community.code),
        "staff_member": select(StaffMember.id, StaffMember.code),
        "user_account": select(func.cast(UserAccount.id, String), UserAccount.username),
        "activity_session": select(
            ActivitySession.id, ActivitySession.session_date, Community.code
        ).join(Community, Community.id == ActivitySession.community_id),
    }
    for table, keys in wanted.items():
        stmt = lookups.get(table)
        if stmt is None:
            continue
        key_column = stmt.selected_columns[0]
        for key, *parts in session.execute(stmt.where(key_column.in_(sorted(keys)))):
            names[(table, str(key))] = " ".join(str(part) for part in parts)
    return names
