"""Storage faults on demand, as SQLite tests itself: the n-th write, fsync or rename fails.

``failing_io(n, errno)`` counts every write to a file opened for writing (through
``open``, ``io.open`` and so ``Path.write_*``, zipfile, ReportLab and pandas), every
``os.write``, ``os.fsync`` and every ``os.replace`` / ``os.rename``, and from the n-th on
raises OSError with that errno: a full disk stays full, so what follows the first failure
fails too, cleanup included (removing a file is never refused).

SQLite writes below Python, so ``sqlite_full(pages)`` lets every database the program
opens grow by only so many pages (``PRAGMA max_page_count``): the next page it needs
fails with SQLite's own "database or disk is full".
"""

from __future__ import annotations

import builtins
import io
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest

import db.engine


@dataclass
class Fault:
    """Fails every storage operation from the ``at``-th on with ``errno``."""

    at: int
    errno: int
    seen: int = 0
    raised: int = 0

    def step(self, place: object) -> None:
        self.seen += 1
        if self.seen >= self.at:
            self.raised += 1
            raise OSError(self.errno, os.strerror(self.errno), os.fspath(place)
                          if isinstance(place, str | os.PathLike) else None)  # fmt: skip

    @property
    def hit(self) -> bool:
        return self.raised > 0


class _Writing:
    """A file opened for writing whose every write first asks the fault."""

    def __init__(self, file: Any, fault: Fault) -> None:
        self._file, self._fault = file, fault

    def write(self, data: Any) -> int:
        self._fault.step(getattr(self._file, "name", None))
        return int(self._file.write(data))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __enter__(self) -> _Writing:
        self._file.__enter__()
        return self

    def __exit__(self, *exc: object) -> Any:
        return self._file.__exit__(*exc)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._file)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)


def _writes(mode: str) -> bool:
    return any(flag in mode for flag in "wax+")


@contextmanager
def failing_io(at: int, errno: int) -> Iterator[Fault]:
    """Within the block, the ``at``-th write, fsync or rename and all after it fail."""
    fault = Fault(at, errno)
    real_open, real_write, real_fsync = io.open, os.write, os.fsync
    real_replace, real_rename = os.replace, os.rename

    def opening(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        opened = real_open(file, mode, *args, **kwargs)
        return _Writing(opened, fault) if _writes(mode) else opened

    def writing(fd: int, data: Any) -> int:
        fault.step(None)
        return real_write(fd, data)

    def syncing(fd: Any) -> None:
        fault.step(None)
        real_fsync(fd)

    def replacing(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        fault.step(dst)
        real_replace(src, dst, *args, **kwargs)

    def renaming(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        fault.step(dst)
        real_rename(src, dst, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builtins, "open", opening)
        patch.setattr(io, "open", opening)
        patch.setattr(os, "write", writing)
        patch.setattr(os, "fsync", syncing)
        patch.setattr(os, "replace", replacing)
        patch.setattr(os, "rename", renaming)
        yield fault


@dataclass
class PageBudget:
    """How many pages each database may grow by."""

    pages: int


@contextmanager
def sqlite_full(pages: int) -> Iterator[PageBudget]:
    """Within the block, every SQLite connection (plain or SQLCipher) may add only ``pages``
    pages to its file; the next one fails with SQLITE_FULL."""
    budget = PageBudget(pages)
    real_connect, real_apply_key = sqlite3.connect, db.engine._apply_key

    def limit(connection: Any) -> None:
        count = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {count + budget.pages}")

    def connecting(*args: Any, **kwargs: Any) -> Any:
        connection = real_connect(*args, **kwargs)
        limit(connection)
        return connection

    def applying_key(connection: Any, key: bytes) -> None:
        real_apply_key(connection, key)
        limit(connection)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sqlite3, "connect", connecting)
        patch.setattr(sqlite3.dbapi2, "connect", connecting)
        patch.setattr(db.engine, "_apply_key", applying_key)
        yield budget
