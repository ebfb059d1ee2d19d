"""Enrolling a person in one step: demographics, contact, screening, consent and role.

Everything is written in one transaction, so an enrolment refused for any reason leaves
nothing half-entered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from app import access
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup, people, screening
from app.services.people import ContactData, PersonData
from app.services.screening import ScreeningData
from app.validation import Findings
from db.database import Database
from db.models import Consent, Person, Screening


@dataclass(frozen=True)
class EnrolmentData:
    """What the enrolment flow collects."""

    person: PersonData
    role: str
    enrolled_on: date
    contact: ContactData = field(default_factory=ContactData)
    screening: ScreeningData | None = None
    consents: dict[str, date] = field(default_factory=dict)
    cares_for: str | None = None


def check_enrolment(data: EnrolmentData, today: date) -> Findings:
    """Every rule of the enrolment; criteria not met are warnings to confirm."""
    found = people.check_person(data.person, today)
    if data.enrolled_on > today:
        found.error(
            "enrolled_in_future",
            "enrolled_on",
            translate("enrolment", "The enrolment date {day} is in the future.").format(
                day=data.enrolled_on
            ),
        )
    if data.role == "caregiver" and not data.cares_for:
        found.error(
            "no_cared_for",
            "cares_for",
            translate("enrolment", "Choose the person this caregiver cares for."),
        )
    if data.role != "caregiver" and data.screening is None:
        found.error(
            "no_screening", "screening", translate("enrolment", "Record the screening first.")
        )
    if data.screening is not None:
        found.problems += screening.check_screening(data.screening, today).problems
    for kind, signed in data.consents.items():
        if signed > today:
            found.error(
                "consent_in_future",
                kind,
                translate("enrolment", "The consent date {day} is in the future.").format(
                    day=signed
                ),
            )
    return found


def enrol_person(db: Database, actor: Account, data: EnrolmentData, confirmed: bool = False) -> str:
    """Writes the whole enrolment and returns the person's key."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    check_enrolment(data, date.today()).raise_if_blocking(confirmed)
    with db.transaction(actor.username) as session:
        taken = session.scalars(select(Person).where(Person.code == data.person.code)).first()
        if taken is not None and not taken.deleted:
            raise UserError(
                translate("enrolment", "The code {code} is already in use.").format(
                    code=data.person.code
                )
            )
        person = people.save_person(session, data.person, date.today())
        community = lookup.community(session, data.person.community)
        people.enrol_in(session, person, data.role, community, data.enrolled_on)
        people.save_contact(session, person, data.contact)
        if data.screening is not None:
            session.flush()  # the person is looked up by code in the screening
            row = Screening()
            screening.fill_screening(session, row, data.screening)
            session.add(row)
        for kind, signed in data.consents.items():
            session.add(Consent(person_id=person.id, kind=kind, signed_on=signed))
        if data.cares_for:
            people.link_caregiver(session, person, lookup.person(session, data.cares_for))
        return person.id
