"""Participants: demographics, roles over time, status changes, caregivers and contacts."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app import access, codes, name_forms
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
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
    former_codes: tuple[str, ...] = ()
    """Codes the person had before a correction, oldest first: still found by search."""


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
    actor: Account,
    data: PersonData,
    role: str,
    enrolled_on: date,
    contact: ContactData | None = None,
) -> str:
    """Registers a person with a first role and, if given, their contact details."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    with db.transaction(actor.username) as session:
        person = save_person(session, data, date.today())
        enrol_in(session, person, role, lookup.community(session, data.community), enrolled_on)
        if contact is not None:
            save_contact(session, person, contact)
        return person.id


def enrol(db: Database, actor: Account, person_code: str, role: str, enrolled_on: date) -> str:
    """Gives a person a new role, as when a consumer becomes a peer."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    with db.transaction(actor.username) as session:
        person = lookup.person(session, person_code)
        community = session.get_one(Community, person.community_id)
        return enrol_in(session, person, role, community, enrolled_on).id


def set_contact(db: Database, actor: Account, person_code: str, contact: ContactData) -> None:
    """Records the person's name and contact details."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    with db.transaction(actor.username) as session:
        save_contact(session, lookup.person(session, person_code), contact)


def contact_for(db: Database, actor: Account, person_code: str) -> ContactData | None:
    """The person's name and contact details, if recorded, for roles allowed to see them."""
    access.require(db, actor, Capability.SEE_CONTACTS)
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
    actor: Account,
    person_code: str,
    role: str,
    status: str,
    effective_on: date,
    reason: str = "",
) -> None:
    """Puts a person's current enrolment on leave, back to active, or ends it (quit).

    Quitting needs a reason and closes the enrolment on that date.
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    if status not in codes.STATUSES:
        raise UserError(
            translate("people", "{status!r} is not a known status.").format(status=status)
        )
    if status == "quit" and not reason.strip():
        raise UserError(translate("people", "Say why the person quit."))
    with db.transaction(actor.username) as session:
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


def become_peer(db: Database, actor: Account, person_code: str, on: date, reason: str = "") -> None:
    """Ends the consumer role and starts the peer role on the same day, in one transaction.

    ``on`` is the first day as a peer. The consumer period's left_on is the first day out,
    so it is ``on`` as well: the last day as a consumer is the day before, and on no day is
    the person both a consumer and a peer, or neither (attendance and counts stay exact).
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    with db.transaction(actor.username) as session:
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


def current_enrolments(
    session: Session, person_ids: Collection[str], role: str, on: date
) -> dict[str, Enrolment]:
    """``current_enrolment`` of many people in one query, by person (those with none left out)."""
    if not person_ids:
        return {}
    stmt = select(Enrolment).where(
        Enrolment.person_id.in_(person_ids),
        Enrolment.role == role,
        Enrolment.deleted.is_(False),
        Enrolment.enrolled_on <= on,
        or_(Enrolment.left_on.is_(None), Enrolment.left_on > on),
    )
    found: dict[str, Enrolment] = {}
    for enrolment in session.scalars(stmt.order_by(Enrolment.enrolled_on.desc())):
        found.setdefault(enrolment.person_id, enrolment)
    return found


def statuses_on(session: Session, enrolment_ids: Collection[str], on: date) -> dict[str, str]:
    """Each enrolment's status on the day, by key: the latest change on or before it, else active.

    One query for all of them, so a form with many people costs no more than one with few.
    """
    if not enrolment_ids:
        return {}
    stmt = (
        select(StatusChange.enrolment_id, StatusChange.status)
        .where(
            StatusChange.enrolment_id.in_(enrolment_ids),
            StatusChange.deleted.is_(False),
            StatusChange.effective_on <= on,
        )
        .order_by(StatusChange.effective_on.desc(), StatusChange.created_at.desc())
    )
    latest: dict[str, str] = {}
    for key, status in session.execute(stmt):
        latest.setdefault(key, status)
    return {key: latest.get(key) or "active" for key in enrolment_ids}


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
    """Every live person with the role they hold on the day (default today), by code.

    This is the list behind pickers and codes, open to every account, so it carries no
    diagnosis; ``registry`` and ``person_detail`` give it to roles that may see it.
    """
    with db.reading() as session:
        rows = _person_rows(session, on or date.today(), community_code=community_code)
    return [replace(row, diagnosis=None) for row in rows]


@dataclass(frozen=True)
class _Period:
    """An enrolment as the lists need it: plain values, no ORM object to load."""

    id: str
    role: str
    enrolled_on: date
    left_on: date | None


def _person_rows(
    session: Session, on: date, community_code: str | None = None, person_id: str | None = None
) -> list[PersonRow]:
    """Rows of live people from four flat queries, so tens of thousands load in a moment.

    Reading columns instead of ORM objects keeps the registry quick on a site PC.
    """
    stmt = (
        select(Person.id, Person.code, Community.code, Person.sex, Person.birth_date,
               Person.education, Person.marital_status, Person.working, Person.diagnosis,
               Person.former_codes)
        .join(Community, Person.community_id == Community.id)
        .where(Person.deleted.is_(False))
        .order_by(Person.code)
    )  # fmt: skip
    periods_stmt = select(
        Enrolment.person_id, Enrolment.id, Enrolment.role, Enrolment.enrolled_on, Enrolment.left_on
    ).where(Enrolment.deleted.is_(False))
    if community_code is not None:
        stmt = stmt.where(Community.code == community_code)
    if person_id is not None:
        stmt = stmt.where(Person.id == person_id)
        periods_stmt = periods_stmt.where(Enrolment.person_id == person_id)
    periods: dict[str, list[_Period]] = {}
    for owner, *values in session.execute(periods_stmt.order_by(Enrolment.enrolled_on)):
        periods.setdefault(owner, []).append(_Period(*values))
    caregivers = dict(
        session.execute(
            select(CaregiverLink.caregiver_id, Person.code)
            .join(Person, CaregiverLink.cared_for_id == Person.id)
            .where(CaregiverLink.deleted.is_(False))
        ).all()
    )
    statuses = _statuses_on(session, on)
    rows = []
    for pid, code, community, *demographics, former in session.execute(stmt):
        role, enrolled_on, left_on, status = _current(periods.get(pid, []), on, statuses)
        rows.append(
            PersonRow(pid, code, community, role, enrolled_on, left_on, status, *demographics,
                      caregiver_of=caregivers.get(pid),
                      former_codes=tuple(json.loads(former)) if former else ())
        )  # fmt: skip
    return rows


def _statuses_on(session: Session, on: date) -> dict[str, str]:
    """Each enrolment's status on the day, in one query (lists stay quick with many people)."""
    rows = session.execute(
        select(StatusChange.enrolment_id, StatusChange.status)
        .where(StatusChange.deleted.is_(False), StatusChange.effective_on <= on)
        .order_by(StatusChange.effective_on, StatusChange.created_at)
    ).all()
    return dict(rows)  # later changes overwrite earlier ones


def _current(
    live: list[_Period], on: date, statuses: dict[str, str]
) -> tuple[str | None, date | None, date | None, str | None]:
    """Role, enrolled on, left on and status of the period that describes the person on the day.

    That is the latest period covering the day; failing that the latest one begun by then,
    which shows as quit as it has ended; failing that the first one still to come, without
    a status. (A person who quit and came back later is "quit" in between.)
    """
    begun = [p for p in live if p.enrolled_on <= on]
    current = [p for p in begun if p.left_on is None or p.left_on > on]
    period = (current or begun or live[:1] or [None])[-1]
    if period is None:
        return None, None, None, None
    status = None
    if period in current:
        status = statuses.get(period.id, "active")
    elif period.left_on is not None and period.left_on <= on:
        status = "quit"
    return period.role, period.enrolled_on, period.left_on, status


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
    """A person as the registry shows them to one viewer.

    Diagnosis is blank, and name and phone are empty, for roles not allowed to see them:
    the service leaves them out, so hiding a column is never the only guard.
    """

    person: PersonRow
    name: str
    age: int | None
    phone: str = ""


def age_on(birth: date | None, on: date) -> int | None:
    """Age in completed years on the day."""
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def registry(db: Database, actor: Account, on: date | None = None) -> list[RegistryRow]:
    """Everyone, with diagnosis blanked and names left out for roles that may not see them."""
    on = on or date.today()
    with db.reading() as session:
        rows = _person_rows(session, on)
        contacts = _contacts_seen(session, actor)
    return [_registry_row(row, actor, on, contacts.get(row.id, ("", ""))) for row in rows]


def _contacts_seen(session: Session, actor: Account) -> dict[str, tuple[str, str]]:
    """Names and phones by person key as the role sees them: both for those who may see
    contacts, the name in the site's form for peers (``name_forms``), nothing for others."""
    if actor.can(Capability.SEE_CONTACTS):
        return _names_and_phones(session)
    if not name_forms.sees_names(actor):
        return {}
    return {pid: (name_forms.shown_name(actor, name), "")
            for pid, (name, _phone) in _names_and_phones(session).items()}  # fmt: skip


def _names_and_phones(session: Session) -> dict[str, tuple[str, str]]:
    """Every recorded name and phone by person key, in one query."""
    stmt = select(Contact.person_id, Contact.name, Contact.phone).where(Contact.deleted.is_(False))
    return {pid: (name, phone) for pid, name, phone in session.execute(stmt)}


def names_by_code(db: Database, actor: Account, person_codes: Collection[str]) -> dict[str, str]:
    """The recorded names of these people by code, in the form the role sees them; none
    for roles that see codes only."""
    if not name_forms.sees_names(actor):
        return {}
    wanted = set(person_codes)
    with db.reading() as session:
        stmt = (
            select(Person.code, Contact.name)
            .join(Contact, Contact.person_id == Person.id)
            .where(Contact.deleted.is_(False), Person.deleted.is_(False))
        )
        found = {code: name for code, name in session.execute(stmt) if code in wanted}
    return name_forms.shown_names(actor, found)


def _registry_row(
    row: PersonRow, actor: Account, on: date, contact: tuple[str, str]
) -> RegistryRow:
    """One person as this viewer may see them."""
    clinical = actor.can(Capability.SEE_CLINICAL)
    return RegistryRow(
        person=row if clinical else replace(row, diagnosis=None),
        name=contact[0],
        age=age_on(row.birth_date, on),
        phone=contact[1],
    )


def code_in_use(db: Database, code: str) -> bool:
    """Whether a live person already has the code, so a form can say so before the save."""
    with db.reading() as session:
        stmt = select(Person.id).where(Person.code == code, Person.deleted.is_(False))
        return session.scalars(stmt).first() is not None


@dataclass(frozen=True)
class StatusEntry:
    """One recorded status change of a role period; the reason only for clinical viewers."""

    status: str
    effective_on: date
    reason: str


@dataclass(frozen=True)
class RolePeriod:
    """A period in a role, with its status changes in date order."""

    role: str
    community: str
    enrolled_on: date
    left_on: date | None
    changes: tuple[StatusEntry, ...]


@dataclass(frozen=True)
class CaregiverEntry:
    """A caregiver link the person is part of, on either side."""

    caregiver: str
    cared_for: str
    relationship: str


@dataclass(frozen=True)
class PersonDetail:
    """Everything about a person one viewer may see, except contact and screening details,
    which have their own services so that refusing them is explicit."""

    row: RegistryRow
    periods: tuple[RolePeriod, ...]
    caregivers: tuple[CaregiverEntry, ...]
    revision: int = 0
    """The person record's revision as read, handed back with an edit (``person_edit``)."""
    record_ids: tuple[str, ...] = ()
    """The keys of the person's record, contact details and role periods, for History."""


def person_detail(
    db: Database, actor: Account, person_code: str, on: date | None = None
) -> PersonDetail:
    """The person's current row, role history and caregiver links, as the viewer may see them.

    Reasons for leave and quitting often tell of illness, so they follow SEE_CLINICAL too.
    """
    on = on or date.today()
    clinical = actor.can(Capability.SEE_CLINICAL)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        row = _person_rows(session, on, person_id=person.id)[0]
        contact = _contacts_seen(session, actor).get(person.id, ("", ""))
        return PersonDetail(
            row=_registry_row(row, actor, on, contact),
            periods=_periods_of(session, person.id, clinical),
            caregivers=_links_of(session, person.id),
            revision=person.revision,
            record_ids=_records_of(session, person.id),
        )


def _records_of(session: Session, person_id: str) -> tuple[str, ...]:
    """The keys of the person's own record, contact details, role periods with their status
    changes, and caregiver links."""
    contacts = select(Contact.id).where(Contact.person_id == person_id)
    periods = list(session.scalars(select(Enrolment.id).where(Enrolment.person_id == person_id)))
    changes = select(StatusChange.id).where(StatusChange.enrolment_id.in_(periods))
    links = select(CaregiverLink.id).where(or_(CaregiverLink.caregiver_id == person_id,
                                               CaregiverLink.cared_for_id == person_id))
    return (person_id, *session.scalars(contacts), *periods, *session.scalars(changes),
            *session.scalars(links))  # fmt: skip


def _periods_of(session: Session, person_id: str, clinical: bool) -> tuple[RolePeriod, ...]:
    """The person's role periods, oldest first, each with its status changes."""
    enrolments = session.execute(
        select(Enrolment, Community.code)
        .join(Community, Enrolment.community_id == Community.id)
        .where(Enrolment.person_id == person_id, Enrolment.deleted.is_(False))
        .order_by(Enrolment.enrolled_on)
    ).all()
    changes: dict[str, list[StatusEntry]] = {}
    stmt = (
        select(StatusChange)
        .where(
            StatusChange.enrolment_id.in_([e.id for e, _ in enrolments]),
            StatusChange.deleted.is_(False),
        )
        .order_by(StatusChange.effective_on, StatusChange.created_at)
    )
    for change in session.scalars(stmt):
        reason = change.reason if clinical else ""
        entry = StatusEntry(change.status, change.effective_on, reason)
        changes.setdefault(change.enrolment_id, []).append(entry)
    return tuple(
        RolePeriod(e.role, community, e.enrolled_on, e.left_on, tuple(changes.get(e.id, [])))
        for e, community in enrolments
    )


def _links_of(session: Session, person_id: str) -> tuple[CaregiverEntry, ...]:
    """Caregiver links where the person is the caregiver or the one cared for."""
    caregiver = aliased(Person)
    cared_for = aliased(Person)
    stmt = (
        select(caregiver.code, cared_for.code, CaregiverLink.relationship_to)
        .join(caregiver, CaregiverLink.caregiver_id == caregiver.id)
        .join(cared_for, CaregiverLink.cared_for_id == cared_for.id)
        .where(
            CaregiverLink.deleted.is_(False),
            or_(CaregiverLink.caregiver_id == person_id, CaregiverLink.cared_for_id == person_id),
        )
        .order_by(caregiver.code, cared_for.code)
    )
    return tuple(CaregiverEntry(*values) for values in session.execute(stmt))


def return_to(db: Database, actor: Account, person_code: str, role: str, on: date) -> None:
    """Makes the person active in the role again from the day.

    Back from leave is a status change on the current period; back after quitting starts a
    new period, because the old one ended and its dates must stay as they were.
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    with db.transaction(actor.username) as session:
        person = lookup.person(session, person_code)
        enrolment = current_enrolment(session, person.id, role, on)
        if enrolment is not None:
            session.add(StatusChange(enrolment_id=enrolment.id, status="active", effective_on=on))
            return
        ended = session.scalars(
            select(Enrolment)
            .where(
                Enrolment.person_id == person.id,
                Enrolment.role == role,
                Enrolment.deleted.is_(False),
                Enrolment.left_on.is_not(None),
                Enrolment.left_on <= on,
            )
            .order_by(Enrolment.left_on.desc())
        ).first()
        if ended is None:
            raise UserError(
                translate("people", "{code} is not enrolled as {role} on {day}.").format(
                    code=person_code, role=role, day=on
                )
            )
        enrol_in(session, person, role, session.get_one(Community, ended.community_id), on)


CARED_FOR_ROLES = frozenset({"peer", "consumer"})


def add_caregiver(
    db: Database,
    actor: Account,
    caregiver_code: str,
    cared_for_code: str,
    relationship_to: str = "",
) -> None:
    """Links an enrolled caregiver to the peer or consumer they care for.

    Roles are checked so that a link never points the wrong way round.
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    with db.transaction(actor.username) as session:
        caregiver = lookup.person(session, caregiver_code)
        cared_for = lookup.person(session, cared_for_code)
        if "caregiver" not in _roles_ever(session, caregiver.id):
            raise UserError(
                translate("people", "Caregiver: {code} is not enrolled as a caregiver.").format(
                    code=caregiver_code
                )
            )
        if not CARED_FOR_ROLES & _roles_ever(session, cared_for.id):
            raise UserError(
                translate(
                    "people", "Cared for: {code} is not enrolled as a peer or consumer."
                ).format(code=cared_for_code)
            )
        link_caregiver(session, caregiver, cared_for, relationship_to.strip())


def _roles_ever(session: Session, person_id: str) -> set[str]:
    """Every role the person has held."""
    stmt = select(Enrolment.role).where(
        Enrolment.person_id == person_id, Enrolment.deleted.is_(False)
    )
    return set(session.scalars(stmt))
