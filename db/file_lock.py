"""Shared and exclusive locks on a lock file beside a database file (``FILE.lock``).

Every program or window that has a database file open holds a shared lock on it; a restore
takes the exclusive lock, so it never replaces a file (or deletes the -wal of a file) that
someone else is using. The operating system drops a process's locks when it ends, so a
killed program leaves no stale lock behind. ``flock`` on Linux and macOS, ``LockFileEx`` on
Windows: both lock per open file, so two openings in one process also exclude each other.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from db.files import FILE_MODE

SHARED_WAIT = 10.0
"""Seconds an opening waits while a restore holds the file."""
EXCLUSIVE_WAIT = 5.0
"""Seconds a restore waits for others to close the file before it refuses."""
POLL = 0.05


class Busy(Exception):
    """Someone else holds the lock in a mode that excludes the one asked for."""


def lock_path(database: Path) -> Path:
    """The lock file of a database file."""
    return database.with_name(database.name + ".lock")


class FileLock:
    """One lock on a database's lock file, shared or exclusive, held until released."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self._fd: int | None = None
        self.exclusive = False

    @property
    def held(self) -> bool:
        """Whether this lock is held now."""
        return self._fd is not None

    def acquire(self, exclusive: bool, wait: float) -> None:
        """Takes the lock (after releasing one held in the other mode), trying for ``wait``
        seconds; Busy if others still hold it then."""
        self.release()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        deadline = time.monotonic() + wait
        while not _try_lock(fd, exclusive):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise Busy(str(self.path))
            time.sleep(POLL)
        self._fd, self.exclusive = fd, exclusive

    def release(self) -> None:
        """Lets the lock go; closing the file does it even where unlocking failed."""
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("internal", ctypes.c_void_p), ("internal_high", ctypes.c_void_p),
                    ("offset", wintypes.DWORD), ("offset_high", wintypes.DWORD),
                    ("event", wintypes.HANDLE)]  # fmt: skip

    _kernel32 = ctypes.windll.kernel32
    _FAIL_IMMEDIATELY, _EXCLUSIVE = 0x1, 0x2

    def _try_lock(fd: int, exclusive: bool) -> bool:
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())))

    def _unlock(fd: int) -> None:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        _kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_Overlapped()))

else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
