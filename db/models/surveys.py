"""Answers to the yes/no evaluation interviews."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Travelling


class SurveyAnswer(Travelling, Base):
    """One person's answer to one item of one instrument on one date."""

    __tablename__ = "survey_answer"
    __table_args__ = (UniqueConstraint("person_id", "instrument", "item", "answered_on"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    instrument: Mapped[str] = mapped_column(String(32))
    item: Mapped[str] = mapped_column(String(48))
    answer: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date] = mapped_column(Date)


class SurveyInterview(Travelling, Base):
    """The interview the answers of one person on one date came from (migration 0013):
    whose caregiver was asked, who asked in what role, and what else was said."""

    __tablename__ = "survey_interview"
    __table_args__ = (UniqueConstraint("person_id", "answered_on"),)

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    answered_on: Mapped[date] = mapped_column(Date)
    cared_for_role: Mapped[str | None] = mapped_column(String(16))
    interviewer_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    interviewer_role: Mapped[str | None] = mapped_column(String(32))
    comments: Mapped[str] = mapped_column(Text, default="")
