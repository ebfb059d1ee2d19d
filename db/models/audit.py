"""The audit log: who created, changed or deleted what, and when. Append-only, local."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now


class AuditEntry(Base):
    """One change to one record (or one account event), written with the change.

    Each entry carries its place in the chain and a keyed MAC over its content and the
    MAC before, so removing or editing an entry breaks the chain where it happened; an
    entry about a record carries the keyed hash of the record's new state
    (``db.audit_chain``, ``app.audit.verify_chain``). ``hash`` is the unkeyed chain of
    entries written before revision 0010.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_table_name_record_id", "table_name", "record_id"),)
    """Each record's newest entry, found per table when ``verify`` compares the records."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    mac: Mapped[str | None] = mapped_column(String(64))
    record_hash: Mapped[str | None] = mapped_column(String(64))
