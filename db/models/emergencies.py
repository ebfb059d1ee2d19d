"""Emergency Event Forms and the community doctor's follow-up."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Travelling, UTCDateTime


class EmergencyEvent(Travelling, Base):
    """Something that happened and needed the community doctor, from report to closure."""

    __tablename__ = "emergency_event"

    community_id: Mapped[str] = mapped_column(ForeignKey("community.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    session_id: Mapped[str | None] = mapped_column(ForeignKey("activity_session.id"))
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)
    action_taken: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(200), default="")
    reported_to_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    acknowledged_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Migration 0013: an adverse event or a behavioural emergency, and when the paper form
    # was handed to the community doctor (None for reports made before).
    category: Mapped[str | None] = mapped_column(String(32))
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class EmergencyPerson(Travelling, Base):
    """A person involved in an emergency event."""

    __tablename__ = "emergency_person"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    event_id: Mapped[str] = mapped_column(ForeignKey("emergency_event.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)

    event: Mapped[EmergencyEvent] = relationship()


class EmergencyAddendum(Travelling, Base):
    """A note added to an emergency event after it was closed: closed reports are not edited."""

    __tablename__ = "emergency_addendum"

    event_id: Mapped[str] = mapped_column(ForeignKey("emergency_event.id"), index=True)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    written_by: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
