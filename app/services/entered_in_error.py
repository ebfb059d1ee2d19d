"""Marking a record entered in error: kept, with its history, but gone from lists and reports.

On paper a wrong entry is crossed out and initialled; here the record is marked deleted, and
the reason given is kept with the change, where its History shows it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import UserError
from app.history import note_change
from app.i18n import translate


def note_entered_in_error(session: Session, reason: str) -> None:
    """Gives this transaction's change the reason the record was entered in error."""
    if not reason.strip():
        raise UserError(translate("corrections", "Say why the record was entered in error."))
    note = translate("corrections", "Entered in error: {reason}")
    note_change(session, note.format(reason=reason.strip()))
