"""Keys, known sites, export history and received bundles: the exchange's local records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UTCDateTime, utc_now


class ExchangeKey(Base):
    """A key this installation holds: the project's key pair or the site's signing key."""

    __tablename__ = "exchange_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32), unique=True)
    value: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class KnownSite(Base):
    """A site whose bundles the project manager accepts once its key is confirmed."""

    __tablename__ = "known_site"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    verify_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ExportRecord(Base):
    """One bundle a site wrote: its sequence number, when, how many rows, up to which change."""

    __tablename__ = "export_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    high_water: Mapped[datetime | None] = mapped_column(UTCDateTime)
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    audit_count: Mapped[int | None] = mapped_column(Integer)
    """The length of the audit chain this bundle reported, so later bundles can show the
    MAC now at that place (the project manager then sees whether the chain was rewritten)."""


class ReceivedBundle(Base):
    """A bundle the project manager imported, as a receipt."""

    __tablename__ = "received_bundle"
    __table_args__ = (UniqueConstraint("site_code", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_code: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class AuditHeadSeen(Base):
    """A site's audit chain head as one bundle reported it, kept at the project manager for
    every bundle that arrived (again, too), to find a chain that went back or forked."""

    __tablename__ = "audit_head_seen"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_code: Mapped[str] = mapped_column(String(32), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    mac: Mapped[str] = mapped_column(String(64))
    earlier: Mapped[str] = mapped_column(Text, default="{}")
    """JSON: the MAC the site's chain holds now at the places earlier bundles reported."""
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
