"""The one SQLite library every file is opened with, chosen without loading SQLAlchemy (the
sign-in window reads the site's name with it before the database layer loads)."""

from __future__ import annotations

import sqlite3
from typing import Any

LEAST_SQLITE = (3, 51, 3)
"""SQLite before 3.51.3 can corrupt a WAL database that two connections write (the
WAL-reset bug, 3.7.0 to 3.51.2): every file, plain or encrypted, goes through one build
at or above it."""


class OldSqlite(Exception):
    """The SQLite library found is too old to share a file safely; nothing was opened."""


def sqlite_module() -> Any:
    """The DB-API module every SQLite file is opened with: SQLCipher's build, unkeyed for a
    plain file, when it is recent enough; else Python's own, if that is; else OldSqlite."""
    try:
        import sqlcipher3.dbapi2 as sqlcipher
    except ImportError:  # pragma: no cover - a dependency; Python's own must do then
        sqlcipher = None
    for module in (sqlcipher, sqlite3):
        if module is not None and tuple(module.sqlite_version_info) >= LEAST_SQLITE:
            return module
    found = sqlcipher.sqlite_version if sqlcipher is not None else sqlite3.sqlite_version
    least = ".".join(map(str, LEAST_SQLITE))
    raise OldSqlite(f"the SQLite library here is version {found}, older than {least}, which "
                    "can damage a database two programs use; install the program again "
                    "(its SQLCipher package brings a newer SQLite)")  # fmt: skip
