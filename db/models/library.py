"""Ready activity plans that peers can start a session from."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Travelling


class ActivityTemplate(Travelling, Base):
    """A reusable activity plan in both languages; the starter set ships with the app.

    ``key`` is stable across installations for the starter set (so re-seeding adds
    nothing twice); a site's own plans get a fresh key.
    """

    __tablename__ = "activity_template"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    topic: Mapped[str] = mapped_column(String(32), index=True)
    formats: Mapped[list[str]] = mapped_column(JSON, default=list)
    title_zh: Mapped[str] = mapped_column(String(200), default="")
    title_en: Mapped[str] = mapped_column(String(200), default="")
    aim_zh: Mapped[str] = mapped_column(Text, default="")
    aim_en: Mapped[str] = mapped_column(Text, default="")
    warm_up_zh: Mapped[str] = mapped_column(Text, default="")
    warm_up_en: Mapped[str] = mapped_column(Text, default="")
    main_activity_zh: Mapped[str] = mapped_column(Text, default="")
    main_activity_en: Mapped[str] = mapped_column(Text, default="")
    closing_zh: Mapped[str] = mapped_column(Text, default="")
    closing_en: Mapped[str] = mapped_column(Text, default="")
    materials_zh: Mapped[str] = mapped_column(Text, default="")
    materials_en: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[int | None] = mapped_column()
    starter: Mapped[bool] = mapped_column(Boolean, default=False)
