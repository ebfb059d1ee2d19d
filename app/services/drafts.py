"""Drafts of forms being filled in: saved as typed, offered back, removed once saved.

A draft lives in the database (not in a side file) so it shares the database's crash
safety: a power cut mid-way loses at most the last keystrokes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from db.base import utc_now
from db.database import Database
from db.models import Draft


@dataclass(frozen=True)
class SavedDraft:
    """A draft offered back to its user."""

    form: str
    subject: str
    content: dict[str, Any]
    saved_at: datetime


def save_draft(
    db: Database, username: str, form: str, content: dict[str, Any], subject: str = ""
) -> None:
    """Keeps the form's current content, replacing the previous draft of the same form."""
    with db.transaction(username) as session:
        draft = session.scalars(
            select(Draft).where(
                Draft.username == username, Draft.form == form, Draft.subject == subject
            )
        ).first()
        if draft is None:
            draft = Draft(username=username, form=form, subject=subject)
            session.add(draft)
        draft.content = dict(content)
        draft.saved_at = utc_now()


def load_draft(db: Database, username: str, form: str, subject: str = "") -> SavedDraft | None:
    """The user's draft of the form, if one was left."""
    with db.reading() as session:
        draft = session.scalars(
            select(Draft).where(
                Draft.username == username, Draft.form == form, Draft.subject == subject
            )
        ).first()
        if draft is None:
            return None
        return SavedDraft(draft.form, draft.subject, dict(draft.content), draft.saved_at)


def discard_draft(db: Database, username: str, form: str, subject: str = "") -> None:
    """Removes the draft once the form is saved for real or the user throws it away."""
    with db.transaction(username) as session:
        for draft in session.scalars(
            select(Draft).where(
                Draft.username == username, Draft.form == form, Draft.subject == subject
            )
        ):
            session.delete(draft)
