"""Errors a user can meet and act on; each carries a message fit to show as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.validation import Problem


class UserError(Exception):
    """A mistake or an impossible request, explained in one clear message."""


class WrongPassword(UserError):
    """A password (or user name) that did not match; one message for both, to leak nothing."""


class NotFound(UserError):
    """A code or key that names no record."""


class ValidationFailed(UserError):
    """A record breaks rules; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


class NeedsConfirmation(UserError):
    """A record has warnings the user must confirm before it is written."""

    def __init__(self, warnings: list[Problem]) -> None:
        self.warnings = warnings
        super().__init__("; ".join(w.message for w in warnings))


class Cancelled(Exception):
    """The user stopped long work; nothing was changed.

    Not a UserError: it is no mistake to explain, and callers that turn user errors into
    refusals must let it through.
    """


class StorageError(UserError):
    """The disk refused to be written or read (full, failing, read-only, not ours): nothing
    half-written is left, and the message names the cause and the place."""

    def __init__(self, kind: str, place: str | None, message: str | None = None) -> None:
        from app.i18n import translate

        self.kind, self.place = kind, place
        where = place or translate("storage", "the database")
        messages = {
            "full": translate("storage", "the disk is full: cannot write {place}"),
            "io": translate("storage", "the disk cannot be read or written (I/O error): {place}"),
            "denied": translate("storage", "permission denied: {place}"),
            "read-only": translate("storage", "the disk is read-only: cannot write {place}"),
        }
        super().__init__(message or messages[kind].format(place=where))


def storage_error(error: BaseException, place: object = None) -> StorageError | None:
    """The error as a StorageError if a full, failing, read-only or forbidden disk is behind
    it (``place`` names the file when the error does not, e.g. the database); else None."""
    from db.files import storage_failure

    if isinstance(error, StorageError):
        return error
    found = storage_failure(error)
    if found is None:
        return None
    kind, named = found
    where = named or (str(place) if place is not None else None)
    if kind == "io" and where is not None and _no_room(where):
        kind = "full"  # SQLite says "disk I/O error" when its -shm file finds no room
    return StorageError(kind, where)


def _no_room(place: str) -> bool:
    """Whether the disk holding ``place`` has (next to) no space left."""
    import shutil
    from pathlib import Path

    folder = next((p for p in Path(place).parents if p.exists()), None)
    try:
        return folder is not None and shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False
