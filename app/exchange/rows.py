"""Turning travelling rows into plain JSON values and back, with every value checked.

A bundle's rows are checked column by column and turned straight into the parameters the
database driver takes, by a plan made once per table and database dialect. That keeps the
import close to the speed of a plain ``executemany`` (benchmarks/bench_import.py) while no
value reaches the database unchecked.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, String, Table, Text, Time
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapper

from db.base import Base, Travelling, UTCDateTime, naive_utc

STAY_AT_SITE = {"contact"}  # names and contact details never leave the site
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def travelling_models() -> list[type[Travelling]]:
    """Every travelling table that bundles carry, parents before children."""
    by_table = {
        m.class_.__tablename__: m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Travelling)
    }
    return [by_table[t.name] for t in Base.metadata.sorted_tables
            if t.name in by_table and t.name not in STAY_AT_SITE]  # fmt: skip


def to_json(row: Travelling) -> dict[str, Any]:
    """A row's columns as JSON values: dates and times as ISO text."""
    mapper: Mapper[Any] = row.__mapper__  # type: ignore[attr-defined]
    values: dict[str, Any] = {}
    for column in mapper.columns:
        value = getattr(row, column.key)
        if isinstance(value, (date, datetime, time)):
            value = value.isoformat()
        values[column.key] = value
    return values


Convert = Callable[[Any], Any]


@dataclass(frozen=True)
class RowPlan:
    """How one table's JSON rows become checked database parameters, in column order."""

    table: Table
    keys: tuple[str, ...]
    steps: tuple[tuple[str, Convert], ...]
    optional: frozenset[str] = frozenset()
    """Nullable columns a site on an older schema may not send yet: they arrive empty."""
    _key_set: frozenset[str] = field(init=False, repr=False)
    _values: Callable[[dict[str, Any]], tuple[Any, ...]] = field(init=False, repr=False)
    _converts: tuple[Convert, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Made once per plan: checking a row is then one C-level pass over its values.
        object.__setattr__(self, "_key_set", frozenset(self.keys))
        getter = operator.itemgetter(*self.keys)
        values = getter if len(self.keys) > 1 else (lambda raw: (getter(raw),))
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "_converts", tuple(convert for _, convert in self.steps))

    def index(self, key: str) -> int:
        """The position of a column in the checked values."""
        return self.keys.index(key)

    def check(self, raw: dict[str, Any]) -> tuple[Any, ...]:
        """The row's values ready for the driver; ValueError names the bad column."""
        if raw.keys() != self._key_set:
            unknown = sorted(set(raw) - self._key_set)
            if unknown:
                raise ValueError(f"unknown columns {unknown}")
            missing = [key for key in self.keys if key not in raw]
            if not set(missing) <= self.optional:
                raise ValueError(f"column {next(k for k in missing if k not in self.optional)} "
                                 "is missing")  # fmt: skip
            raw = {**raw, **dict.fromkeys(missing)}
        return tuple(map(operator.call, self._converts, self._values(raw)))


@cache
def row_plan(table: Table, dialect: Dialect) -> RowPlan:
    """The plan of a travelling table for a database dialect (made once, then reused)."""
    columns = list(table.columns)
    steps = tuple((c.key, _step(c, dialect)) for c in columns)
    optional = frozenset(c.key for c in columns if c.nullable and not c.primary_key)
    return RowPlan(table, tuple(c.key for c in columns), steps, optional)


def _step(column: Column[Any], dialect: Dialect) -> Convert:
    """Checks one JSON value of the column and hands the driver its stored form.

    Text and timestamps, most of a bundle's values, take a short path when they are
    well formed; anything else goes through the general check, which names the problem.
    """
    kind = column.type
    if isinstance(kind, UTCDateTime):
        # The timestamp is made naive UTC here, so the driver gets the stored form of
        # the underlying DateTime without converting it a second time.
        general = _general(column, _timestamp, kind.impl_instance, dialect)
        store = _timestamp_store(kind.impl_instance.dialect_impl(dialect).bind_processor(dialect))
        parse = datetime.fromisoformat

        as_text = store is _iso_text

        def timestamp(value: Any) -> Any:
            try:
                parsed = parse(value)
            except (TypeError, ValueError):
                return general(value)
            if parsed.tzinfo is not UTC:
                return general(value)
            if as_text and _plain_utc_iso(value):
                # Already validated by the parse: the stored text is a rearrangement.
                fraction = value[19:26] if len(value) == 32 else ".000000"
                return f"{value[:10]} {value[11:19]}{fraction}"
            return store(parsed.replace(tzinfo=None))

        return timestamp
    general = _general(column, _checker(column), kind, dialect)
    if isinstance(kind, Boolean) and _stores_as(kind, dialect, {True: 1, False: 0}):
        flags = {True: 1, False: 0}

        def flag(value: Any) -> Any:
            if value is True or value is False:
                return flags[value]
            return general(value)

        return flag
    if isinstance(kind, String | Text) and column.key != "id" and _no_processor(kind, dialect):
        length = getattr(kind, "length", None) or 0

        def text(value: Any) -> Any:
            if type(value) is str and (not length or len(value) <= length):
                return value
            return general(value)

        return text
    return general


def _general(column: Column[Any], check: Convert, kind: Any, dialect: Dialect) -> Convert:
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    key, nullable = column.key, column.nullable

    def convert(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise ValueError(f"column {key} may not be empty")
        try:
            checked = check(value)
        except (TypeError, ValueError) as error:
            raise ValueError(f"column {key}: {error}") from None
        return checked if process is None else process(checked)

    return convert


def _no_processor(kind: Any, dialect: Dialect) -> bool:
    return kind.dialect_impl(dialect).bind_processor(dialect) is None


def _stores_as(kind: Any, dialect: Dialect, stored: dict[Any, Any]) -> bool:
    """Whether the driver is handed exactly these stored forms of these values."""
    process = kind.dialect_impl(dialect).bind_processor(dialect) or _same
    # Compared with their types too: True == 1 in Python, but not to PostgreSQL.
    return all(
        type(process(value)) is type(form) and process(value) == form
        for value, form in stored.items()
    )


def _plain_utc_iso(value: str) -> bool:
    """Whether a parsed timestamp is written YYYY-MM-DDTHH:MM:SS[.ffffff]+00:00."""
    return (
        (len(value) == 25 or (len(value) == 32 and value[19] == "."))
        and value.endswith("+00:00")
        and value[4] == value[7] == "-"
        and value[10] == "T"
        and value[13] == value[16] == ":"
    )


def _timestamp_store(process: Convert | None) -> Convert:
    """The driver's stored form of a naive timestamp.

    SQLite stores timestamps as ISO text, which ``isoformat`` writes several times faster
    than SQLAlchemy's general formatting; it is used only where both agree.
    """
    if process is None:
        return _same
    samples = [datetime(2015, 9, 1), datetime(2026, 12, 31, 23, 59, 59, 999999)]
    if all(process(d) == d.isoformat(" ", "microseconds") for d in samples):
        return _iso_text
    return process


def _iso_text(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


def _same(value: Any) -> Any:
    return value


def _checker(column: Column[Any]) -> Convert:
    """The check of a JSON value for the column's type: the value, or ValueError."""
    if column.key == "id":
        return _uuid
    if column.key == "revision":
        return _revision
    kind = column.type
    if isinstance(kind, UTCDateTime | DateTime):
        return _timestamp
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, Time):
        return time.fromisoformat
    if isinstance(kind, Boolean):
        return _boolean
    if isinstance(kind, Integer):
        return _integer
    if isinstance(kind, JSON):
        return _structure
    if isinstance(kind, String | Text):
        return _text(getattr(kind, "length", None))
    raise TypeError(f"no check for column {column.key} of type {kind}")


def _uuid(value: Any) -> str:
    if not isinstance(value, str) or UUID_TEXT.fullmatch(value) is None:
        raise ValueError("not a record key (UUID)")
    return value


def _revision(value: Any) -> int:
    if _integer(value) < 1:
        raise ValueError("revision must be 1 or more")
    return int(value)


def _timestamp(value: Any) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("timestamps carry their time zone")
    return naive_utc(parsed)


def _boolean(value: Any) -> bool:
    if value is not True and value is not False:
        raise ValueError("not true or false")
    return bool(value)


def _integer(value: Any) -> int:
    if type(value) is not int:
        raise ValueError("not a whole number")
    if not -(2**63) <= value < 2**63:
        raise ValueError("a number too large to store")
    return value


def _structure(value: Any) -> Any:
    if not isinstance(value, list | dict):
        raise ValueError("not a list or mapping")
    return value


def _text(length: int | None) -> Convert:
    def check(value: Any) -> str:
        if type(value) is not str:
            raise ValueError("not text")
        if length and len(value) > length:
            raise ValueError("text too long")
        return value

    return check
