"""The installation itself and the communities it serves."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Travelling, UTCDateTime, utc_now


class Installation(Base):
    """This database's own identity: one row, never exported.

    ``kind`` is "site" for a center's database and "project" for the project manager's.
    """

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_code: Mapped[str] = mapped_column(String(32))
    site_name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="site")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Community(Travelling, Base):
    """A community served by a site, such as Tuanjiehu 团结湖."""

    __tablename__ = "community"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
