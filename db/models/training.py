"""Training courses for peers, their sessions and who attended."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Travelling


class TrainingCourse(Travelling, Base):
    """A pre-service or continuing training course."""

    __tablename__ = "training_course"

    community_id: Mapped[str | None] = mapped_column(ForeignKey("community.id"))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingSession(Travelling, Base):
    """One meeting of a course, such as a half-day workshop."""

    __tablename__ = "training_session"

    course_id: Mapped[str] = mapped_column(ForeignKey("training_course.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(String(200))
    trainer: Mapped[str] = mapped_column(String(200), default="")
    # Migration 0013: which of the six pre-service workshops, its formats, how long it
    # lasted and the trainer's profession (None: not said, or recorded before).
    workshop: Mapped[str | None] = mapped_column(String(32))
    formats: Mapped[list[str] | None] = mapped_column(JSON)
    minutes: Mapped[int | None] = mapped_column(Integer)
    trainer_profession: Mapped[str | None] = mapped_column(String(32))

    course: Mapped[TrainingCourse] = relationship()


class TrainingAttendance(Travelling, Base):
    """Whether a peer attended one training session."""

    __tablename__ = "training_attendance"
    __table_args__ = (UniqueConstraint("training_session_id", "person_id"),)

    training_session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=True)

    training_session: Mapped[TrainingSession] = relationship()
