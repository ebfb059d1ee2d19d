"""Activity sessions: the plan, what happened, the peers who ran it and who attended."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Travelling


class ActivitySession(Travelling, Base):
    """One group activity, from the Activity Plan Form to the Activity Process Form."""

    __tablename__ = "activity_session"
    # The sessions list reads live sessions in date and time order; the Today and
    # after-session pages read the planned ones up to today after every save.
    __table_args__ = (
        Index("ix_activity_session_date_start", "session_date", "planned_start"),
        Index("ix_activity_session_status_date", "status", "session_date"),
    )

    community_id: Mapped[str] = mapped_column(ForeignKey("community.id"), index=True)
    session_date: Mapped[date] = mapped_column(Date, index=True)
    planned_start: Mapped[time] = mapped_column(Time)
    planned_end: Mapped[time] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(32))
    venue_detail: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(32))
    theme: Mapped[str] = mapped_column(String(200), default="")
    aim: Mapped[str] = mapped_column(Text, default="")
    formats: Mapped[list[str]] = mapped_column(JSON, default=list)
    format_other: Mapped[str] = mapped_column(String(200), default="")
    warm_up: Mapped[str] = mapped_column(Text, default="")
    main_activity: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    # Sessions planned together as a repeating series share this key (None for a single one).
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    cancel_reason: Mapped[str | None] = mapped_column(String(32))
    cancel_note: Mapped[str] = mapped_column(Text, default="")
    actual_start: Mapped[time | None] = mapped_column(Time)
    actual_end: Mapped[time | None] = mapped_column(Time)
    held_theme: Mapped[str] = mapped_column(String(200), default="")
    held_aim: Mapped[str] = mapped_column(Text, default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Added with migration 0013, nullable so that bundles of sites not yet upgraded still
    # merge: the plan's record keeper and the community doctor's or psychologist's direction
    # before the session; the process form's topic and venue as held (None: as planned),
    # whether an adverse event happened (None: logged before the question was asked), the
    # peer who kept the record and the six-weekly hand-over batch.
    record_keeper_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    direction: Mapped[str | None] = mapped_column(Text, default="")
    direction_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    held_topic: Mapped[str | None] = mapped_column(String(32))
    held_venue: Mapped[str | None] = mapped_column(String(32))
    held_venue_detail: Mapped[str | None] = mapped_column(String(200), default="")
    adverse_event: Mapped[bool | None] = mapped_column(Boolean)
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    handover_batch: Mapped[int | None] = mapped_column(Integer)

    peers: Mapped[list[SessionPeer]] = relationship(back_populates="session")


class SessionPeer(Travelling, Base):
    """A peer who leads or assists a session (the plan's lead and assisting peers)."""

    __tablename__ = "session_peer"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("activity_session.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    part: Mapped[str] = mapped_column(String(16))

    session: Mapped[ActivitySession] = relationship(back_populates="peers")


class Attendance(Travelling, Base):
    """Who was at a session: consumers present or absent, peers and staff present.

    Exactly one of ``person_id`` and ``staff_id`` is set.
    """

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        UniqueConstraint("session_id", "staff_id"),
        # Counting consumers present per session reads only this index.
        Index("ix_attendance_kind_present_session", "kind", "present", "session_id"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("activity_session.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    session: Mapped[ActivitySession] = relationship()
