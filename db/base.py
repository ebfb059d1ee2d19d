"""Declarative base, column types and the columns every travelling record carries."""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """A fresh random record key, as text so it reads the same in every database."""
    return str(uuid.uuid4())


_ordered_lock = threading.Lock()
_ordered_last = [0, 0]  # the last key's millisecond and counter


def ordered_uuid() -> str:
    """A fresh record key that sorts after the ones made before it (a UUID version 7, RFC
    9562: the time in milliseconds, then a counter started at random bits).

    For bulk writes: random keys scatter 100,000 new rows over every index on a key (the
    record's own, its references, its audit entries and versions), so each insert touches
    a page outside SQLite's cache and the import slows as it grows.
    """
    with _ordered_lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _ordered_last[0]:
            ms, counter = _ordered_last[0], _ordered_last[1] + 1
        else:
            counter = secrets.randbits(73)  # the top bit clear: room to count on
        _ordered_last[:] = [ms, counter]
    value = (ms << 80) | (0x7 << 76) | ((counter >> 62) << 64) | (0b10 << 62)
    return str(uuid.UUID(int=value | (counter & ((1 << 62) - 1))))


def naive_utc(value: datetime) -> datetime:
    """The UTC wall time of an aware timestamp, as stored; naive input is refused."""
    if value.tzinfo is UTC:
        return value.replace(tzinfo=None)
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(UTC).replace(tzinfo=None)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC as naive values and hands back aware ones.

    SQLite keeps no time zone, so every timestamp is normalised to UTC on the way in.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else naive_utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Base of every model, with stable constraint names for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Travelling:
    """Columns of a record that travels between installations (DESIGN.md, "Records that travel").

    The owner site, timestamps and revision are filled in by the session hooks in
    ``db.session``; services never set them by hand.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    owner_site: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
