"""Withdrawal of consent: erasing a person's details at the site, keeping what the rules keep.

The retention rules (README, "Withdrawal of consent") keep the person's code, roles,
communities, dates of enrolment and status, attendance and yes/no answers, and the
anonymous demographics the evaluation counts; the birth date is cut to its year. Names,
contact details and the free text written about the person go. Every change raises the
rows' revisions, so the next bundle carries the erasure to the project manager.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Text, or_, select
from sqlalchemy.orm import Session

from app import access
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from db.base import Base, Travelling
from db.database import Database
from db.models import (
    AuditEntry,
    Consent,
    Contact,
    Enrolment,
    Person,
    Screening,
    StatusChange,
    SurveyAnswer,
)

ERASED = "—"  # what replaces the person's name inside other people's free text


def withdraw_consent(db: Database, actor: Account, person_code: str, on: date) -> date:
    """Erases the person's personal details and marks their consent withdrawn on the day.

    Returns the day recorded, so that a caller can tell success from a refusal shown.
    """
    access.require(db, actor, Capability.WITHDRAW_CONSENT)
    with db.transaction(actor.username) as session:
        person = lookup.person(session, person_code)
        if person.consent_withdrawn_on is not None:
            raise UserError(
                translate("withdrawal", "{code} withdrew consent on {day} already.").format(
                    code=person_code, day=person.consent_withdrawn_on
                )
            )
        name = _erase_contact(session, person)
        if len(name) >= 2:  # a one-letter name would blank unrelated words
            _erase_name_in_texts(session, name)
        _erase_own_texts(session, person)
        if person.birth_date is not None:
            person.birth_date = birth_year_only(person.birth_date)
        for consent in session.scalars(select(Consent).where(Consent.person_id == person.id)):
            consent.withdrawn_on = consent.withdrawn_on or on
        person.consent_withdrawn_on = on
        session.add(AuditEntry(username=actor.username, action="withdraw", table_name="person",
                               record_id=person.id, detail=f"consent withdrawn {on}"))  # fmt: skip
    return on


def withdrawn_on(db: Database, person_code: str) -> date | None:
    """The day the person withdrew consent, or None while consent stands."""
    with db.reading() as session:
        return lookup.person(session, person_code).consent_withdrawn_on


def birth_year_only(birth: date) -> date:
    """The birth date the project keeps: 1 July of the year, so ages are at most half a year off."""
    return date(birth.year, 7, 1)


def _erase_contact(session: Session, person: Person) -> str:
    """Blanks the contact row (it never travels) and returns the name it held."""
    contact = session.scalars(select(Contact).where(Contact.person_id == person.id)).first()
    if contact is None:
        return ""
    name = contact.name.strip()
    contact.name = contact.phone = contact.address = contact.emergency_contact = ""
    contact.deleted = True
    return name


def _erase_name_in_texts(session: Session, name: str) -> None:
    """Replaces the name wherever someone wrote it in a travelling record's free text."""
    for model in _travelling_models():
        columns = [c for c in model.__table__.columns if isinstance(c.type, Text)]
        if not columns:
            continue
        stmt = select(model).where(or_(*(c.contains(name, autoescape=True) for c in columns)))
        for row in session.scalars(stmt):
            for column in columns:
                value = getattr(row, column.key)
                if value and name in value:
                    setattr(row, column.key, value.replace(name, ERASED))


def _travelling_models() -> list[type[Travelling]]:
    return [
        m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Travelling) and m.class_ is not Contact
    ]


def _erase_own_texts(session: Session, person: Person) -> None:
    """Blanks the notes and reasons written about the person; the coded facts stay."""
    for screening in session.scalars(select(Screening).where(Screening.person_id == person.id)):
        screening.notes = ""
    changes = select(StatusChange).join(Enrolment, StatusChange.enrolment_id == Enrolment.id)
    for change in session.scalars(changes.where(Enrolment.person_id == person.id)):
        change.reason = ""
    answers = select(SurveyAnswer).where(SurveyAnswer.person_id == person.id)
    for answer in session.scalars(answers):
        answer.reason = ""
