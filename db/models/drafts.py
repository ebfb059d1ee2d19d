"""Forms being filled in, saved as they are typed so nothing is lost; never exported."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now


class Draft(Base):
    """The unfinished content of one form for one user, as plain JSON."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("username", "form", "subject"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    form: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
