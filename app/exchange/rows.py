"""Turning travelling rows into plain JSON values and back, with every value checked."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text, Time
from sqlalchemy.orm import Mapper

from db.base import Base, Travelling, UTCDateTime

STAY_AT_SITE = {"contact"}  # names and contact details never leave the site


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


def from_json(model: type[Travelling], values: dict[str, Any]) -> dict[str, Any]:
    """Checked Python values for a row of the model; ValueError names the bad column."""
    mapper: Mapper[Any] = model.__mapper__  # type: ignore[attr-defined]
    known = {c.key for c in mapper.columns}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown columns {sorted(unknown)}")
    result = {}
    for column in mapper.columns:
        if column.key not in values:
            raise ValueError(f"column {column.key} is missing")
        result[column.key] = _convert(column, values[column.key])
    uuid.UUID(result["id"])
    if result["revision"] < 1:
        raise ValueError("revision must be 1 or more")
    return result


def _convert(column: Any, value: Any) -> Any:
    if value is None:
        if not column.nullable:
            raise ValueError(f"column {column.key} may not be empty")
        return None
    kind = column.type
    try:
        if isinstance(kind, UTCDateTime | DateTime):
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError("timestamps carry their time zone")
            return parsed
        if isinstance(kind, Date):
            return date.fromisoformat(value)
        if isinstance(kind, Time):
            return time.fromisoformat(value)
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise ValueError("not true or false")
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("not a whole number")
            return value
        if isinstance(kind, JSON):
            if not isinstance(value, list | dict):
                raise ValueError("not a list or mapping")
            return value
        if isinstance(kind, String | Text):
            if not isinstance(value, str):
                raise ValueError("not text")
            if getattr(kind, "length", None) and len(value) > kind.length:
                raise ValueError("text too long")
            return value
    except (TypeError, ValueError) as error:
        raise ValueError(f"column {column.key}: {error}") from None
    return value
