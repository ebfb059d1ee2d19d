"""Participants: demographics, roles over time, status changes, caregivers and contacts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app import codes
from app.errors import UserError
from app.i18n import translate
from app.permissions import Capability, can, require
from app.services import lookup
from app.services.site import check_code
from app.validation import Findings
from db.database import Database
from db.models import CaregiverLink, Community, Contact, Enrolment, Person, StatusChange


@dataclass(frozen=True)
class PersonData:
    """Who a person is, without name or contact details (those live in ``ContactData``)."""

    code: str
    community: str
    sex: str | None = None
    birth_date: date | None = None
    education: str | None = None
    marital_status: str | None = None
    working: bool | None = None
    diagnosis: str | None = None


@dataclass(frozen=True)
class ContactData:
    """Name and contact details, kept at the site."""

    name: str = ""
    phone: str = ""
    address: str = ""
    emergency_contact: str = ""


@dataclass(frozen=True)
class PersonRow:
    """A person as lists show them: demographics and current role."""

    id: str
    code: str
    community: str
    role: str | None
    enrolled_on: date | None
    left_on: date | None
    status: str | None
    sex: str | None
    birth_date: date | None
    education: str | None
    marital_status: str | None
    working: bool | None
    diagnosis: str | None
    caregiver_of: str | None


def check_person(data: PersonData, today: date) -> Findings:
    """Errors in a person's demographics: unknown codes and impossible birth dates."""
    found = Findings()
    for field_name, value, code_list in (
        ("sex", data.sex, codes.SEXES),
        ("education", data.education, codes.EDUCATION),
        ("marital_status", data.marital_status, codes.MARITAL_STATUSES),
        ("diagnosis", data.diagnosis, codes.DIAGNOSES),
    ):
        if value is not None and value not in code_list:
            found.error(
                "unknown_code",
                field_name,
                translate("people", "{value!r} is not a known {what}.").format(
                    value=value, what=code_list.name
                ),
            )
    if data.birth_date is not None and data.birth_date > today:
        found.error(
            "birth_in_future",
            "birth_date",
            translate("people", "The birth date {day} is in the future.").format(
                day=data.birth_date
            ),
        )
    return found


def save_person(session: Session, data: PersonData, today: date) -> Person:
    """Creates or updates the person with this code inside the caller's transaction."""
    check_code(data.code, translate("people", "Person"))
    check_person(data, today).raise_if_blocking(confirmed=True)
    community = lookup.community(session, data.community)
    person = session.scalars(select(Person).where(Person.code == data.code)).first()
    if person is None:
        person = Person(code=data.code)
        session.add(person)
    person.community_id = community.id
    person.sex = data.sex
    person.birth_date = data.birth_date
    person.education = data.education
    person.marital_status = data.marital_status
    person.working = data.working
    person.diagnosis = data.diagnosis
    person.deleted = False
    session.flush()
    return person


def enrol_in(
    session: Session,
    person: Person,
    role: str,
    community: Community,
    enrolled_on: date,
    left_on: date | None = None,
) -> Enrolment:
    """Starts (or updates) the person's period in a role, inside the caller's transaction."""
    if role not in codes.ROLES:
        raise UserError(translate("people", "{role!r} is not a known role.").format(role=role))
    if left_on is not None and left_on < enrolled_on:
        raise UserError(
            translate("people", "Left on {left} is before enrolled on {enrolled}.").format(
                left=left_on, enrolled=enrolled_on
            )
        )
    stmt = select(Enrolment).where(
        Enrolment.person_id == person.id,
        Enrolment.role == role,
        Enrolment.enrolled_on == enrolled_on,
    )
    enrolment = session.scalars(stmt).first()
    if enrolment is None:
        enrolment = Enrolment(person_id=person.id, role=role, enrolled_on=enrolled_on)
        session.add(enrolment)
    enrolment.community_id = community.id
    enrolment.left_on = left_on
    enrolment.deleted = False
    session.flush()
    return enrolment


def add_person(
    db: Database,
    data: PersonData,
    role: str,
    enrolled_on: date,
    contact: ContactData | None = None,
    user: str = "system",
) -> str:
    """Registers a person with a first role and, if given, their contact details."""
    with db.transaction(user) as session:
        person = save_person(session, data, date.today())
        enrol_in(session, person, role, lookup.community(session, data.community), enrolled_on)
        if contact is not None:
            save_contact(session, person, contact)
        return person.id


def enrol(
    db: Database, person_code: str, role: str, enrolled_on: date, user: str = "system"
) -> str:
    """Gives a person a new role, as when a consumer becomes a peer."""
    with db.transaction(user) as session:
        person = lookup.person(session, person_code)
        community = session.get_one(Community, person.community_id)
        return enrol_in(session, person, role, community, enrolled_on).id


def set_contact(db: Database, person_code: str, contact: ContactData, user: str = "system") -> None:
    """Records the person's name and contact details."""
    with db.transaction(user) as session:
        save_contact(session, lookup.person(session, person_code), contact)


def contact_of(db: Database, person_code: str) -> ContactData | None:
    """The person's name and contact details, if recorded."""
    with db.reading() as session:
        person = lookup.person(session, person_code)
        found = session.scalars(select(Contact).where(Contact.person_id == person.id)).first()
        if found is None or found.deleted:
            return None
        return ContactData(found.name, found.phone, found.address, found.emergency_contact)


def save_contact(session: Session, person: Person, data: ContactData) -> None:
    """Writes the person's name and contact details inside the caller's transaction."""
    contact = session.scalars(select(Contact).where(Contact.person_id == person.id)).first()
    if contact is None:
        contact = Contact(person_id=person.id)
        session.add(contact)
    contact.name = data.name
    contact.phone = data.phone
    contact.address = data.address
    contact.emergency_contact = data.emergency_contact
    contact.deleted = False


def link_caregiver(
    session: Session, caregiver: Person, cared_for: Person, relationship_to: str = ""
) -> None:
    """Links a caregiver to the person they care for, inside the caller's transaction."""
    if caregiver.id == cared_for.id:
        raise UserError(translate("people", "A person cannot be their own caregiver."))
    stmt = select(CaregiverLink).where(
        CaregiverLink.caregiver_id == caregiver.id, CaregiverLink.cared_for_id == cared_for.id
    )
    link = session.scalars(stmt).first()
    if link is None:
        link = CaregiverLink(caregiver_id=caregiver.id, cared_for_id=cared_for.id)
        session.add(link)
    link.relationship_to = relationship_to
    link.deleted = False


def change_status(
    db: Database,
    person_code: str,
    role: str,
    status: str,
    effective_on: date,
    reason: str = "",
    user: str = "system",
) -> None:
    """Puts a person's current enrolment on leave, back to active, or ends it (quit).

    Quitting needs a reason and closes the enrolment on that date.
    """
    if status not in codes.STATUSES:
        raise UserError(
            translate("people", "{status!r} is not a known status.").format(status=status)
        )
    if status == "quit" and not reason.strip():
        raise UserError(translate("people", "Say why the person quit."))
    with db.transaction(user) as session:
        person = lookup.person(session, person_code)
        enrolment = current_enrolment(session, person.id, role, effective_on)
        if enrolment is None:
            raise UserError(
                translate("people", "{code} is not enrolled as {role} on {day}.").format(
                    code=person_code, role=role, day=effective_on
                )
            )
        session.add(
            StatusChange(
                enrolment_id=enrolment.id, status=status, effective_on=effective_on, reason=reason
            )
        )
        if status == "quit":
            enrolment.left_on = effective_on


def become_peer(
    db: Database, person_code: str, on: date, reason: str = "", user: str = "system"
) -> None:
    """Ends the consumer role and starts the peer role on the same day, in one transaction.

    The consumer enrolment's left_on is the first day out, so the person is never both.
    """
    with db.transaction(user) as session:
        person = lookup.person(session, person_code)
        consumer = current_enrolment(session, person.id, "consumer", on)
        if consumer is None:
            raise UserError(
                translate("people", "{code} is not enrolled as consumer on {day}.").format(
                    code=person_code, day=on
                )
            )
        session.add(
            StatusChange(
                enrolment_id=consumer.id, status="quit", effective_on=on,
                reason=reason or translate("people", "became a peer"),
            )
        )  # fmt: skip
        consumer.left_on = on
        community = session.get_one(Community, consumer.community_id)
        enrol_in(session, person, "peer", community, on)


def current_enrolment(session: Session, person_id: str, role: str, on: date) -> Enrolment | None:
    """The person's enrolment in the role that covers the day (left_on is the first day out)."""
    stmt = select(Enrolment).where(
        Enrolment.person_id == person_id,
        Enrolment.role == role,
        Enrolment.deleted.is_(False),
        Enrolment.enrolled_on <= on,
        or_(Enrolment.left_on.is_(None), Enrolment.left_on > on),
    )
    return session.scalars(stmt.order_by(Enrolment.enrolled_on.desc())).first()


def status_on(session: Session, enrolment: Enrolment, on: date) -> str:
    """The enrolment's status on the day: the latest change on or before it, else active."""
    stmt = (
        select(StatusChange.status)
        .where(
            StatusChange.enrolment_id == enrolment.id,
            StatusChange.deleted.is_(False),
            StatusChange.effective_on <= on,
        )
        .order_by(StatusChange.effective_on.desc(), StatusChange.created_at.desc())
    )
    return session.scalars(stmt).first() or "active"


def enrolled_people(db: Database, role: str, community_code: str, on: date) -> list[PersonRow]:
    """Everyone enrolled in the role in the community on the day, by code."""
    return [
        row
        for row in list_people(db, community_code=community_code, on=on)
        if row.role == role and row.status != "quit"
    ]


def list_people(
    db: Database, community_code: str | None = None, on: date | None = None
) -> list[PersonRow]:
    """Every live person with the role they hold on the day (default today), by code."""
    on = on or date.today()
    with db.reading() as session:
        stmt = select(Person, Community.code).join(Community, Person.community_id == Community.id)
        stmt = stmt.options(selectinload(Person.enrolments))
        stmt = stmt.where(Person.deleted.is_(False)).order_by(Person.code)
        if community_code is not None:
            stmt = stmt.where(Community.code == community_code)
        caregivers = dict(
            session.execute(
                select(CaregiverLink.caregiver_id, Person.code)
                .join(Person, CaregiverLink.cared_for_id == Person.id)
                .where(CaregiverLink.deleted.is_(False))
            ).all()
        )
        statuses = _statuses_on(session, on)
        return [
            _row(person, community, on, caregivers.get(person.id), statuses)
            for person, community in session.execute(stmt)
        ]


def _statuses_on(session: Session, on: date) -> dict[str, str]:
    """Each enrolment's status on the day, in one query (lists stay quick with many people)."""
    rows = session.execute(
        select(StatusChange.enrolment_id, StatusChange.status)
        .where(StatusChange.deleted.is_(False), StatusChange.effective_on <= on)
        .order_by(StatusChange.effective_on, StatusChange.created_at)
    ).all()
    return dict(rows)  # later changes overwrite earlier ones


def _row(
    person: Person, community: str, on: date, caregiver_of: str | None, statuses: dict[str, str]
) -> PersonRow:
    live = [e for e in person.enrolments if not e.deleted]
    current = [e for e in live if e.enrolled_on <= on and (e.left_on is None or e.left_on > on)]
    enrolment = (current or live or [None])[-1]
    status = None
    if enrolment is not None and enrolment in current:
        status = statuses.get(enrolment.id, "active")
    elif enrolment is not None and enrolment.left_on is not None and enrolment.left_on <= on:
        status = "quit"
    return PersonRow(
        id=person.id,
        code=person.code,
        community=community,
        role=enrolment.role if enrolment else None,
        enrolled_on=enrolment.enrolled_on if enrolment else None,
        left_on=enrolment.left_on if enrolment else None,
        status=status,
        sex=person.sex,
        birth_date=person.birth_date,
        education=person.education,
        marital_status=person.marital_status,
        working=person.working,
        diagnosis=person.diagnosis,
        caregiver_of=caregiver_of,
    )


def roles_by_person(db: Database) -> dict[str, set[str]]:
    """Every role each live person has ever held, by code."""
    with db.reading() as session:
        rows = session.execute(
            select(Person.code, Enrolment.role)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(Person.deleted.is_(False), Enrolment.deleted.is_(False))
        ).all()
    roles: dict[str, set[str]] = {}
    for code, role in rows:
        roles.setdefault(code, set()).add(role)
    return roles


@dataclass(frozen=True)
class RegistryRow:
    """A person as the registry shows them to one viewer: clinical and contact data only
    for roles allowed to see them."""

    person: PersonRow
    name: str
    age: int | None


def age_on(birth: date | None, on: date) -> int | None:
    """Age in completed years on the day."""
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def registry(db: Database, viewer_role: str, on: date | None = None) -> list[RegistryRow]:
    """Everyone, with diagnosis blanked and names left out for roles that may not see them."""
    on = on or date.today()
    clinical = can(viewer_role, Capability.SEE_CLINICAL)
    names: dict[str, str] = {}
    if can(viewer_role, Capability.SEE_CONTACTS):
        with db.reading() as session:
            names = dict(
                session.execute(
                    select(Contact.person_id, Contact.name).where(Contact.deleted.is_(False))
                ).all()
            )
    return [
        RegistryRow(
            person=row if clinical else replace(row, diagnosis=None),
            name=names.get(row.id, ""),
            age=age_on(row.birth_date, on),
        )
        for row in list_people(db, on=on)
    ]


def contact_for(db: Database, person_code: str, viewer_role: str) -> ContactData | None:
    """The person's contact details, for roles allowed to see them."""
    require(viewer_role, Capability.SEE_CONTACTS)
    return contact_of(db, person_code)
