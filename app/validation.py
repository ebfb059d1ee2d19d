"""Problems found in a record: errors stop a save, warnings need the user's confirmation."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from app.errors import NeedsConfirmation, ValidationFailed


class Severity(Enum):
    """Whether a problem stops the save or asks for confirmation."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One broken rule: a stable code for tests and screens, the field, a clear message."""

    severity: Severity
    code: str
    field: str
    message: str


@dataclass
class Findings:
    """Collects the problems of one record before deciding whether it may be written."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, code: str, field_name: str, message: str) -> None:
        self.problems.append(Problem(Severity.ERROR, code, field_name, message))

    def warning(self, code: str, field_name: str, message: str) -> None:
        self.problems.append(Problem(Severity.WARNING, code, field_name, message))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def raise_if_blocking(self, confirmed: bool) -> None:
        """Raises on any error, and on warnings the user has not confirmed."""
        if self.errors:
            raise ValidationFailed(self.errors)
        if self.warnings and not confirmed:
            raise NeedsConfirmation(self.warnings)
