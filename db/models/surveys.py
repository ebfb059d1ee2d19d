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
