"""The pre-service needs interview with a peer, consumer or caregiver (migration 0014)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Travelling


class NeedsInterview(Travelling, Base):
    """What a person hopes for from the service, when and what they would like to do, and
    what worries them, asked before the service starts."""

    __tablename__ = "needs_interview"

    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    interviewed_on: Mapped[date] = mapped_column(Date)
    interviewer_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"))
    hopes: Mapped[str] = mapped_column(Text, default="")
    preferred_times: Mapped[str] = mapped_column(Text, default="")
    preferred_activities: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
