"""Which sessions changed since a list was read, from the audit log.

Every change a service makes to a record writes an audit entry numbered in order
(``db.hooks``), so the entries after a mark name each changed session, attendance row,
session peer, person or community; a list of 100,000 sessions then reads again only the
sessions those touch, never the whole list.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select, union

from db.database import Database
from db.models import ActivitySession, Attendance, AuditEntry, Community, Person, SessionPeer


@dataclass(frozen=True)
class SessionChanges:
    """The sessions touched by the audit entries after one mark up to another."""

    mark: int
    """The newest entry read: the next look starts after it."""
    session_ids: frozenset[str]


def mark(db: Database) -> int:
    """The newest audit entry now: a list read after this sees every change up to it."""
    with db.engine.connect() as connection:
        return int(connection.scalar(select(func.max(AuditEntry.id))) or 0)


def _touched(table: str, after: int, upto: int) -> Select[tuple[str]]:
    return select(AuditEntry.record_id).where(
        AuditEntry.id > after, AuditEntry.id <= upto, AuditEntry.table_name == table
    )


def since(db: Database, after: int) -> SessionChanges:
    """The sessions whose plan, status, peers or attendance changed after the mark, and
    those led by a person or held in a community that changed (a code or name shown)."""
    with db.engine.connect() as connection:
        upto = int(connection.scalar(select(func.max(AuditEntry.id))) or 0)
        if upto <= after:
            return SessionChanges(upto, frozenset())
        people = _touched(Person.__tablename__, after, upto)
        touched = union(
            _touched(ActivitySession.__tablename__, after, upto),
            select(Attendance.session_id).where(
                Attendance.id.in_(_touched(Attendance.__tablename__, after, upto))),
            select(SessionPeer.session_id).where(
                SessionPeer.id.in_(_touched(SessionPeer.__tablename__, after, upto))),
            select(SessionPeer.session_id).where(
                SessionPeer.person_id.in_(people), SessionPeer.part == "lead"),
            select(ActivitySession.id).where(ActivitySession.community_id.in_(
                _touched(Community.__tablename__, after, upto))),
        )  # fmt: skip
        found = frozenset(str(sid) for sid in connection.scalars(touched))
    return SessionChanges(upto, found)
