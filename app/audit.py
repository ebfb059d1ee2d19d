"""The audit log: checking its hash chain, and reading it with filters for the viewer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from db.audit_chain import GENESIS, hash_entry
from db.database import Database
from db.models import AuditEntry


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


def verify_chain(db: Database) -> list[str]:
    """Every break in the chain, e.g. "audit entry 17: changed, or an entry before it removed"."""
    problems = []
    previous = GENESIS
    with db.reading() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            expected = hash_entry(previous, entry)
            if entry.prev_hash != previous or entry.hash != expected:
                problems.append(f"audit entry {entry.id}: changed, or an entry before it removed")
            previous = entry.hash or expected
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
