"""Writing checked bundle rows with the driver's own ``executemany``.

The statements are compiled once per table and dialect by SQLAlchemy, so the same code
writes to SQLite and to PostgreSQL; the rows arrive already checked and in their stored
form (``app.exchange.rows``), so nothing is converted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, UniqueConstraint, bindparam, insert, select, update
from sqlalchemy.engine import Dialect

Row = tuple[Any, ...]  # a table's values in column order


@dataclass(frozen=True)
class Statement:
    """A compiled statement and where each of its parameters sits in a row."""

    sql: str
    names: tuple[str, ...]
    order: tuple[int, ...]
    positional: bool

    def run(self, connection: Connection, rows: list[Row]) -> None:
        """Executes the statement once per row, in one call to the driver."""
        if not rows:
            return
        params: list[Any]
        if self.positional and self.order == tuple(range(len(rows[0]))):
            params = rows
        elif self.positional:
            params = [tuple(row[i] for i in self.order) for row in rows]
        else:
            pairs = list(zip(self.names, self.order, strict=True))
            params = [{name: row[i] for name, i in pairs} for row in rows]
        connection.exec_driver_sql(self.sql, params)


def _compiled(statement: Any, table: Table, dialect: Dialect) -> Statement:
    compiled = statement.compile(dialect=dialect)
    names = tuple(compiled.positiontup or compiled.binds)
    keys = [c.key for c in table.columns]
    order = tuple(keys.index(name.removeprefix("v_")) for name in names)
    return Statement(str(compiled), names, order, bool(compiled.positional))


@cache
def insert_statement(table: Table, dialect: Dialect) -> Statement:
    """INSERT of a whole row."""
    values = {c.key: bindparam(f"v_{c.key}") for c in table.columns}
    return _compiled(insert(table).values(values), table, dialect)


@cache
def update_statement(table: Table, dialect: Dialect) -> Statement:
    """UPDATE of every column of the row with the same key."""
    values = {c.key: bindparam(f"v_{c.key}") for c in table.columns if c.key != "id"}
    where = table.c.id == bindparam("v_id")
    return _compiled(update(table).where(where).values(values), table, dialect)


def existing(connection: Connection, table: Table, ids: list[str]) -> dict[str, tuple[int, str]]:
    """Revision and owner site of each of the ids already in the table."""
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(ids), LOOKUP_BATCH):
        chunk = ids[start : start + LOOKUP_BATCH]
        lookup = _lookup_statement(table, connection.dialect, len(chunk))
        params = tuple(chunk) if lookup.positional else {f"k{i}": v for i, v in enumerate(chunk)}
        for key, revision, owner in connection.exec_driver_sql(lookup.sql, params):
            found[key] = (revision, owner)
    return found


LOOKUP_BATCH = 500


@cache
def _lookup_statement(table: Table, dialect: Dialect, count: int) -> Statement:
    """SELECT of the revision and owner of ``count`` ids, compiled once per batch size.

    Compiled here rather than left to SQLAlchemy's expanding IN, which renders every
    parameter anew on each execution.
    """
    marks = [bindparam(f"k{i}") for i in range(count)]
    stmt = select(table.c.id, table.c.revision, table.c.owner_site).where(table.c.id.in_(marks))
    compiled = stmt.compile(dialect=dialect)
    names = tuple(f"k{i}" for i in range(count))
    return Statement(str(compiled), names, tuple(range(count)), bool(compiled.positional))


def has_unique_code(table: Table) -> bool:
    """Whether the table's ``code`` is unique (per site): people and staff."""
    return any(
        isinstance(constraint, UniqueConstraint) and "code" in constraint.columns
        for constraint in table.constraints
    )


def release_codes(connection: Connection, table: Table, rows: dict[str, str]) -> None:
    """Moves the stored codes of rows about to get a new code (``rows``: key -> new code)
    out of the way, so that codes swapped or handed on between records of one bundle
    batch never meet the unique constraint half-way; the update then writes the new ones.
    """
    ids = list(rows)
    moving: list[dict[str, str]] = []
    for start in range(0, len(ids), LOOKUP_BATCH):
        chunk = ids[start : start + LOOKUP_BATCH]
        stmt = select(table.c.id, table.c.code).where(table.c.id.in_(chunk))
        for key, code in connection.execute(stmt):
            if code != rows[key]:
                moving.append({"b_id": key, "b_code": "~" + key.replace("-", "")[:31]})
    if moving:
        stmt = update(table).where(table.c.id == bindparam("b_id"))
        connection.execute(stmt.values(code=bindparam("b_code")), moving)
