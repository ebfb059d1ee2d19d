"""Pre-filled sheets printed at the site, and which of them still wait to be entered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.permissions import Account
from db.database import Database
from db.models import ActivitySession, EmergencyEvent, PrintedSheet

# Forms whose paper copy is filled in by hand and later typed in, with the check that
# tells whether their record has been completed since.
SESSION_FORMS = ("process", "attendance")


@dataclass(frozen=True)
class WaitingSheet:
    """A printed sheet whose record is not complete yet."""

    code: str
    form: str
    record_key: str
    printed_at: datetime


def record_printed(db: Database, actor: Account, code: str, form: str, record_key: str) -> None:
    """Remembers that a pre-filled sheet went out on paper, and who printed it."""
    with db.transaction(actor.username) as session:
        session.add(
            PrintedSheet(code=code, form=form, record_key=record_key, username=actor.username)
        )


def reserved(db: Database, form: str, code: str = "", key: str = "") -> str | None:
    """The key a blank form was printed with (by its printed ``code``), or the code for
    a ``key``; None when no blank form of ``form`` was printed so."""
    with db.reading() as session:
        stmt = select(PrintedSheet).where(PrintedSheet.form == form)
        if code:
            stmt = stmt.where(PrintedSheet.code == code)
        if key:
            stmt = stmt.where(PrintedSheet.record_key == key)
        found = session.scalars(stmt.limit(1)).first()
        if found is None:
            return None
        return found.record_key if code else found.code


def not_entered(db: Database) -> list[WaitingSheet]:
    """Sheets printed for sessions still not logged or emergencies not yet closed."""
    with db.reading() as session:
        sheets = session.scalars(select(PrintedSheet).order_by(PrintedSheet.printed_at)).all()
        planned = set(
            session.scalars(
                select(ActivitySession.id).where(
                    ActivitySession.status == "planned", ActivitySession.deleted.is_(False)
                )
            )
        )
        open_events = set(session.scalars(
            select(EmergencyEvent.id).where(EmergencyEvent.closed_at.is_(None),
                                            EmergencyEvent.deleted.is_(False))))  # fmt: skip
    waiting: dict[tuple[str, str], WaitingSheet] = {}
    for sheet in sheets:
        still_open = (sheet.form in SESSION_FORMS and sheet.record_key in planned) or (
            sheet.form == "emergency" and sheet.record_key in open_events
        )
        if still_open:
            waiting[(sheet.form, sheet.record_key)] = WaitingSheet(
                sheet.code, sheet.form, sheet.record_key, sheet.printed_at
            )
    return list(waiting.values())
