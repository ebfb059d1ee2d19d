"""The audit log: checking its hash chain, and reading it with filters for the viewer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from db.audit_chain import GENESIS, hash_entry
from db.database import Database
from db.models import AuditEntry

CHECK_BATCH = 2000  # entries read at a time, and checked between progress reports


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


def verify_chain(db: Database, progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Every break in the chain, e.g. "audit entry 17: changed, or an entry before it removed".

    Years of work make millions of entries: they are read in batches, and ``progress``
    hears (entries checked, entries) after each; if it raises (a cancel), checking stops.
    """
    problems = []
    previous = GENESIS
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        entries = session.scalars(
            select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=CHECK_BATCH)
        )
        for checked, entry in enumerate(entries, 1):
            if progress is not None and checked % CHECK_BATCH == 0:
                progress(checked, total)
            expected = hash_entry(previous, entry)
            if entry.prev_hash != previous or entry.hash != expected:
                problems.append(f"audit entry {entry.id}: changed, or an entry before it removed")
            previous = entry.hash or expected
    if progress is not None:
        progress(total, total)
    return problems


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
        return [AuditRow(e.id, e.at, e.username, e.action, e.table_name, e.record_id,
                         e.detail or "") for e in session.scalars(stmt)]  # fmt: skip
