"""Pre-filled paper sheets handed out, so the site can see which are not entered yet."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now


class PrintedSheet(Base):
    """One pre-filled form printed for a record; local to the site, never exported."""

    __tablename__ = "printed_sheet"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(48), index=True)
    form: Mapped[str] = mapped_column(String(32))
    record_key: Mapped[str] = mapped_column(String(64))
    username: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
