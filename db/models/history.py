"""The versions of every record, so a correction keeps what it crossed out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now


class RecordVersion(Base):
    """One change to one travelling record: the changed fields before and after.

    Written by the session hooks with every change a site makes (not with merges at the
    hub), never travels, and is what the History tab and Undo read. The changes of one
    transaction share a ``change_id``, so Undo puts back everything one save did. Kept
    beside the audit chain rather than in it, so erasing a withdrawn person's details can
    erase them here too without breaking the chain.
    """

    __tablename__ = "record_version"
    __table_args__ = (Index("ix_record_version_table_name_record_id", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    change_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    username: Mapped[str] = mapped_column(String(64))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    old_values: Mapped[str] = mapped_column(Text, default="{}")
    new_values: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")
