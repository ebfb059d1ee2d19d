"""Supervision of peers by community doctors and psychologists."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Travelling


class Supervision(Travelling, Base):
    """One supervision: before/after a session, as needed, group or online."""

    __tablename__ = "supervision"

    community_id: Mapped[str] = mapped_column(ForeignKey("community.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    session_id: Mapped[str | None] = mapped_column(ForeignKey("activity_session.id"))
    topics: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Migration 0013: how long it lasted, the peers' difficulties raised and the guidance
    # given, and whether it was audio-recorded (None: not said, or recorded before).
    minutes: Mapped[int | None] = mapped_column(Integer)
    difficulties: Mapped[str | None] = mapped_column(Text, default="")
    guidance: Mapped[str | None] = mapped_column(Text, default="")
    audio_recorded: Mapped[bool | None] = mapped_column(Boolean)


class SupervisionSupervisor(Travelling, Base):
    """One of the supervisors of a supervision, with their profession (migration 0014; the
    one supervisor of a supervision recorded before became its first such row)."""

    __tablename__ = "supervision_supervisor"
    __table_args__ = (UniqueConstraint("supervision_id", "staff_id"),)

    supervision_id: Mapped[str] = mapped_column(ForeignKey("supervision.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff_member.id"))
    profession: Mapped[str | None] = mapped_column(String(32))
    """Their profession at the supervision (a PROFESSIONS code)."""


class SupervisionAttendee(Travelling, Base):
    """A peer or staff member who attended a supervision."""

    __tablename__ = "supervision_attendee"
    __table_args__ = (
        UniqueConstraint("supervision_id", "person_id"),
        UniqueConstraint("supervision_id", "staff_id"),
    )

    supervision_id: Mapped[str] = mapped_column(ForeignKey("supervision.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))

    supervision: Mapped[Supervision] = relationship()
