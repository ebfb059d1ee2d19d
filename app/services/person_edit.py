"""Correcting a person after enrolment: who they are, their contact details and their code.

The rules of enrolment apply again (``people.check_person``), a refused edit changes
nothing, and an edit made on an older revision than the stored one is refused
(``app.history.check_revision``). Each correction raises the records' revisions, so it
travels in the next bundle; a corrected code keeps the old one findable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access
from app.errors import UserError
from app.history import check_revision
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.services.people import ContactData, PersonData, check_person, save_contact
from app.services.site import check_code
from db.database import Database
from db.models import Community, Contact, Enrolment, Person


@dataclass(frozen=True)
class PersonForm:
    """A person as the edit form starts from, as the viewer may see them.

    ``diagnosis`` is None for viewers who may not see it, and ``contact`` None for viewers
    who may not see contact details; the revisions go back with the edit.
    """

    data: PersonData
    contact: ContactData | None
    revision: int
    contact_revision: int | None
    former_codes: tuple[str, ...]


def person_form(db: Database, actor: Account, person_code: str) -> PersonForm:
    """The person's fields to edit, with the revisions they were read at."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        contact = _contact(session, person)
        clinical = actor.can(Capability.SEE_CLINICAL)
        contacts = actor.can(Capability.SEE_CONTACTS)
        return PersonForm(
            data=PersonData(
                code=person.code,
                community=session.get_one(Community, person.community_id).code,
                sex=person.sex,
                birth_date=person.birth_date,
                education=person.education,
                marital_status=person.marital_status,
                working=person.working,
                diagnosis=person.diagnosis if clinical else None,
            ),
            contact=_contact_data(contact) if contacts else None,
            revision=person.revision,
            contact_revision=contact.revision if contact is not None and contacts else None,
            former_codes=tuple(lookup.former_codes(person)),
        )


def _contact(session: Session, person: Person) -> Contact | None:
    stmt = select(Contact).where(Contact.person_id == person.id)
    return session.scalars(stmt).first()


def _contact_data(contact: Contact | None) -> ContactData:
    if contact is None or contact.deleted:
        return ContactData()
    return ContactData(contact.name, contact.phone, contact.address, contact.emergency_contact)


def edit_person(
    db: Database,
    actor: Account,
    person_code: str,
    data: PersonData,
    contact: ContactData | None = None,
    expected_revision: int | None = None,
    expected_contact_revision: int | None = None,
) -> str:
    """Corrects the person's demographics, community and (if given) contact details.

    The code in ``data`` is ignored: ``correct_code`` changes it. The diagnosis is changed
    only by roles allowed to see it; for others None means "not shown, keep it", and any
    other value different from the stored one is refused. Contact details need
    SEE_CONTACTS. A new community moves the role periods that were in the old one with
    it, as the community was wrong from the start. Returns the person's code.
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    if contact is not None:
        access.require(db, actor, Capability.SEE_CONTACTS)
    clinical = actor.can(Capability.SEE_CLINICAL)
    if not clinical and data.diagnosis is not None:
        with db.reading() as session:
            stored = lookup.person(session, person_code).diagnosis
        if data.diagnosis != stored:
            access.require(db, actor, Capability.SEE_CLINICAL)  # refuses, and audits it
    with db.transaction(actor.username) as session:
        person = lookup.person(session, person_code)
        check_revision(session, person, expected_revision)
        if not clinical and data.diagnosis not in (None, person.diagnosis):
            raise access.refusal(Capability.SEE_CLINICAL)  # changed meanwhile
        if person.consent_withdrawn_on is not None:
            raise UserError(
                translate(
                    "person_edit", "{code} withdrew consent on {day}: their details are not kept."
                ).format(code=person.code, day=person.consent_withdrawn_on)
            )
        diagnosis = data.diagnosis if clinical else person.diagnosis
        check_person(_with(data, person.code, diagnosis), date.today()).raise_if_blocking(True)
        _set_community(session, person, data.community)
        person.sex, person.birth_date = data.sex, data.birth_date
        person.education, person.marital_status = data.education, data.marital_status
        person.working, person.diagnosis = data.working, diagnosis
        if contact is not None:
            _set_contact(session, person, contact, expected_contact_revision)
        return person.code


def _with(data: PersonData, code: str, diagnosis: str | None) -> PersonData:
    return PersonData(code, data.community, data.sex, data.birth_date, data.education,
                      data.marital_status, data.working, diagnosis)  # fmt: skip


def _set_community(session: Session, person: Person, community_code: str) -> None:
    """Moves the person, and their role periods in the old community, to the community."""
    community = lookup.community(session, community_code)
    if community.id == person.community_id:
        return
    stmt = select(Enrolment).where(
        Enrolment.person_id == person.id, Enrolment.community_id == person.community_id
    )
    for enrolment in session.scalars(stmt):
        enrolment.community_id = community.id
    person.community_id = community.id


def _set_contact(
    session: Session, person: Person, contact: ContactData, expected: int | None
) -> None:
    """Writes the contact details when they changed, refusing a stale form."""
    stored = _contact(session, person)
    if stored is not None:
        check_revision(session, stored, expected)
    cleaned = ContactData(*(value.strip() for value in (
        contact.name, contact.phone, contact.address, contact.emergency_contact)))  # fmt: skip
    if cleaned != _contact_data(stored) or (stored is not None and stored.deleted):
        save_contact(session, person, cleaned)


def correct_code(
    db: Database,
    actor: Account,
    old_code: str,
    new_code: str,
    expected_revision: int | None = None,
) -> str:
    """Gives the person a new code, keeping the old one among their former codes.

    The new code must be valid and not any other person's code (a deleted record keeps
    its code). Going back to one of the person's own former codes takes it off that
    list. Returns the new code.
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    new_code = check_code(new_code.strip(), translate("people", "Person"))
    with db.transaction(actor.username) as session:
        person = lookup.person(session, old_code)
        check_revision(session, person, expected_revision)
        if new_code == person.code:
            raise UserError(
                translate("person_edit", "{code} is already this person's code.").format(
                    code=new_code
                )
            )
        _refuse_taken(session, person, new_code)
        earlier = [code for code in lookup.former_codes(person) if code != new_code]
        person.former_codes = json.dumps([*earlier, person.code])
        person.code = new_code
        return new_code


def _refuse_taken(session: Session, person: Person, code: str) -> None:
    """Refuses a code another person has, live or deleted."""
    stmt = select(Person.deleted).where(Person.code == code, Person.id != person.id)
    taken = session.scalars(stmt).first()
    if taken is None:
        return
    if taken:
        message = translate(
            "person_edit", "The code {code} belonged to a deleted record; choose another."
        )
    else:
        message = translate("person_edit", "The code {code} is already in use.")
    raise UserError(message.format(code=code))
