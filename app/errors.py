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
