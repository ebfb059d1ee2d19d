"""Writing files so that a crash, an error or a cancel never leaves half of one under its name,
and so that what the program writes is readable by its owner only.

Participant data is in every file the program makes (databases, backups, key files, bundles,
exports, reports), so on Linux and macOS each is made 0600 and each folder it makes 0700,
whatever the umask; main also sets the umask, so SQLite's own files (-wal, -shm) follow.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

FILE_MODE, FOLDER_MODE = 0o600, 0o700


@contextmanager
def replaced_when_done(path: Path) -> Iterator[Path]:
    """A partial file beside ``path`` for the block to write, synced to disk and renamed over
    ``path`` when the block ends; if the block raises (a cancel, a full disk), the partial
    file is removed and an earlier file at ``path`` stays whole.

    The partial file is created empty and owner-only before the block runs, so whatever
    opens it to write (SQLite, zipfile, a spreadsheet writer) keeps that mode.
    """
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    create_owner_only(partial)
    try:
        yield partial
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:  # a rename refused too (a full or read-only folder) leaves nothing
        partial.unlink(missing_ok=True)
        raise
    with suppress(OSError):  # the whole file is in place: raising now would tell the caller
        sync_folder(path.parent)  # it is not (a key file replaced, yet its key not handed on)


def copy_in_steps(
    source: Path, target: Path, step: int, progress: Callable[[int, int], None] | None = None
) -> None:
    """Copies a file ``step`` bytes at a time over ``target`` (an existing file keeps its
    mode), telling ``progress`` (bytes copied, bytes in all) after each step; syncing the
    copy is the caller's (``replaced_when_done`` does it)."""
    total = source.stat().st_size
    done = 0
    if hasattr(os, "sendfile"):  # the kernel copies, as shutil.copyfile does: no bytes pass
        _send_in_steps(source, target, total, step, progress)  # through Python
        return
    with open(source, "rb") as reading, open(target, "wb") as writing:
        while block := reading.read(step):
            writing.write(block)
            done += len(block)
            if progress is not None:
                progress(done, total)


def _send_in_steps(source: Path, target: Path, total: int, step: int,
                   progress: Callable[[int, int], None] | None) -> None:  # fmt: skip
    """``copy_in_steps`` by the kernel. The target is written over in place and cut to
    length at the end rather than emptied first: a file emptied then written makes ext4
    flush it when closed, on top of the caller's fsync."""
    done = 0
    with open(source, "rb") as reading:
        writing = os.open(target, os.O_WRONLY | os.O_CREAT, FILE_MODE)
        try:
            while done < total:
                sent = os.sendfile(writing, reading.fileno(), done, step)
                if sent == 0:  # the file shrank meanwhile: what is there is copied
                    break
                done += sent
                if progress is not None:
                    progress(done, total)
            os.ftruncate(writing, done)
        finally:
            os.close(writing)


def write_bytes(path: Path, data: bytes) -> None:
    """Writes a file made in memory (a previewed PDF) whole, or leaves ``path`` as it was."""
    with replaced_when_done(path) as partial:
        partial.write_bytes(data)


FULL, IO_ERROR, DENIED, READ_ONLY = "full", "io", "denied", "read-only"
"""The kinds of storage failure a user can act on: free space, a failing disk, rights."""

_ERRNO_KINDS = {errno.ENOSPC: FULL, errno.EIO: IO_ERROR, errno.EACCES: DENIED,
                errno.EPERM: DENIED, errno.EROFS: READ_ONLY}  # fmt: skip
if hasattr(errno, "EDQUOT"):  # a user's disk quota is used up (POSIX)
    _ERRNO_KINDS[errno.EDQUOT] = FULL
_SQLITE_KINDS = (("database or disk is full", FULL), ("disk i/o error", IO_ERROR),
                 ("attempt to write a readonly database", READ_ONLY))  # fmt: skip


def storage_failure(error: BaseException) -> tuple[str, str | None] | None:
    """The kind of storage failure behind an error (FULL, IO_ERROR, DENIED, READ_ONLY) and
    the file it names, if any; None for any other error.

    Looks through the chain of causes, so an OSError raised inside a library, SQLite's own
    "database or disk is full" (sqlite3's, sqlcipher3's or SQLAlchemy's wrapping of either)
    are all found in one place.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _ERRNO_KINDS:
            place = current.filename2 if current.filename is None else current.filename
            return _ERRNO_KINDS[current.errno], None if place is None else os.fsdecode(place)
        text = str(getattr(current, "orig", None) or current).lower()
        if type(current).__name__ in ("OperationalError", "DatabaseError"):
            for needle, kind in _SQLITE_KINDS:
                if needle in text:
                    return kind, None
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def create_owner_only(path: Path) -> None:
    """Creates the file empty and owner-only unless it exists: SQLite then opens it as a new
    database and gives its -wal, -shm and -journal files the same mode."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def write_text(path: Path, text: str) -> None:
    """Writes a small text file whole (a key file, settings) through ``replaced_when_done``."""
    with replaced_when_done(path) as partial:
        partial.write_text(text, encoding="utf-8")


def sync_folder(folder: Path) -> None:
    """Makes a rename in the folder survive a power cut (POSIX; Windows has no folder fsync)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def make_folder(folder: Path) -> Path:
    """Makes the folder and any missing parents owner-only; folders already there are left
    as they are (the user's own Documents folder is not ours to change)."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for made in reversed(missing):
        made.mkdir(mode=FOLDER_MODE, exist_ok=True)
        if os.name != "nt":
            os.chmod(made, FOLDER_MODE)  # mkdir's mode is narrowed by the umask, never widened
    return folder


def owner_only_umask() -> None:
    """From now on, files and folders this process makes are its owner's only (POSIX)."""
    if os.name != "nt":
        os.umask(0o077)
