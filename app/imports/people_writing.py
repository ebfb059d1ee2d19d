"""Writing a checked roster: in batches, new people and enrolments as bulk inserts.

People are found by their codes and enrolments by person, role and day with one query per
batch, as ``people.save_person`` and ``people.enrol_in`` would one at a time. New records,
nearly all of a first roster, go in one statement per batch (``db.hooks.insert_new``, which
writes their versions and audit entries as a flush would); existing ones are changed
through the session, so their changes are versioned and audited field by field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import lookup, people
from db.base import ordered_uuid
from db.hooks import insert_new
from db.models import CaregiverLink, Community, Enrolment, Person

if TYPE_CHECKING:
    from app.imports.people_csv import PersonLine

QUERY = 500
"""Keys looked up per query."""


@dataclass
class Counts:
    """People new, updated and unchanged by the import."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)
    """(caregiver, cared for) codes, linked once every person is written."""
    unchanged_caregivers: set[str] = field(default_factory=set)


def write_batch(session: Session, batch: Sequence[PersonLine], communities: dict[str, str],
                counts: Counts) -> None:  # fmt: skip
    """Writes one batch of checked lines in the caller's transaction."""
    found = _by_code(session, [line.data.code for line in batch])
    with session.no_autoflush:
        enrolled = _enrolments(session, [p.id for p in found.values()])
    new_people: list[dict[str, Any]] = []
    new_enrolments: list[dict[str, Any]] = []
    for line in batch:
        community_id = communities[line.data.community]
        person = found.get(line.data.code)
        if person is None:
            person_id = ordered_uuid()
            new_people.append(_person_row(person_id, line.data, community_id))
            counts.new += 1
            changed = True
        else:
            person_id = person.id
            _fill(person, line.data, community_id)
            changed = session.is_modified(person)
        enrolment = enrolled.get((person_id, line.role, line.enrolled_on))
        if enrolment is None:
            new_enrolments.append({"person_id": person_id, "role": line.role,
                                   "enrolled_on": line.enrolled_on, "community_id": community_id,
                                   "left_on": line.left_on})  # fmt: skip
            changed = True
        else:
            enrolment.community_id, enrolment.left_on = community_id, line.left_on
            enrolment.deleted = False
            changed = changed or session.is_modified(enrolment)
        if person is not None:
            counts.updated += changed
            counts.unchanged += not changed
            if not changed and line.caregiver_of:
                counts.unchanged_caregivers.add(line.data.code)
        if line.caregiver_of:
            counts.links.append((line.data.code, line.caregiver_of))
    insert_new(session, Person, new_people)
    insert_new(session, Enrolment, new_enrolments)
    session.flush()


def link_caregivers(session: Session, counts: Counts, final: bool = False) -> None:
    """Links each caregiver written so far to the person they care for; a new link changes
    the caregiver. A person further on in the file waits for the ``final`` call."""
    pairs, counts.links = counts.links, []
    for start in range(0, len(pairs), QUERY):
        chunk = pairs[start : start + QUERY]
        ids = _ids(session, {code for pair in chunk for code in pair})
        ready = []
        for pair in chunk:
            if pair[1] not in ids:
                if not final:
                    counts.links.append(pair)
                    continue
                ids[pair[1]] = lookup.person(session, pair[1]).id  # by a code corrected since
            ready.append(pair)
        _link(session, ready, ids, counts)


def _link(session: Session, pairs: list[tuple[str, str]], ids: dict[str, str],
          counts: Counts) -> None:  # fmt: skip
    wanted = [(ids[a], ids[b]) for a, b in pairs]
    stmt = select(CaregiverLink).where(CaregiverLink.caregiver_id.in_([a for a, _ in wanted]))
    existing = {(link.caregiver_id, link.cared_for_id): link for link in session.scalars(stmt)}
    new_links = []
    for (code, _), key in zip(pairs, wanted, strict=True):
        link = existing.get(key)
        changed = link is None or link.deleted
        if link is None:
            new_links.append({"caregiver_id": key[0], "cared_for_id": key[1],
                              "relationship_to": ""})  # fmt: skip
            existing[key] = CaregiverLink()  # the same pair twice is linked once
        elif link.deleted:
            link.deleted = False
        if code in counts.unchanged_caregivers:
            counts.unchanged_caregivers.discard(code)
            if changed:
                counts.unchanged -= 1
                counts.updated += 1
    insert_new(session, CaregiverLink, new_links)


def communities(session: Session) -> dict[str, str]:
    """Community code → id."""
    return {c.code: c.id for c in session.scalars(select(Community))}


def _ids(session: Session, codes: Iterable[str]) -> dict[str, str]:
    wanted = list(codes)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), QUERY):
        stmt = select(Person.code, Person.id).where(Person.code.in_(wanted[start : start + QUERY]))
        found |= {code: pid for code, pid in session.execute(stmt)}
    return found


def _person_row(person_id: str, data: people.PersonData, community_id: str) -> dict[str, Any]:
    return {"id": person_id, "code": data.code, "community_id": community_id, "sex": data.sex,
            "birth_date": data.birth_date, "education": data.education,
            "marital_status": data.marital_status, "working": data.working,
            "diagnosis": data.diagnosis, "consent_withdrawn_on": None,
            "former_codes": None}  # fmt: skip


def _fill(person: Person, data: people.PersonData, community_id: str) -> None:
    person.community_id = community_id
    person.sex = data.sex
    person.birth_date = data.birth_date
    person.education = data.education
    person.marital_status = data.marital_status
    person.working = data.working
    person.diagnosis = data.diagnosis
    person.deleted = False


def _by_code(session: Session, wanted: list[str]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), QUERY):
        chunk = wanted[start : start + QUERY]
        found |= {p.code: p for p in session.scalars(select(Person).where(Person.code.in_(chunk)))}
    return found


def _enrolments(session: Session, ids: list[str]) -> dict[tuple[str, str, date], Enrolment]:
    found: dict[tuple[str, str, date], Enrolment] = {}
    for start in range(0, len(ids), QUERY):
        stmt = select(Enrolment).where(Enrolment.person_id.in_(ids[start : start + QUERY]))
        found |= {(e.person_id, e.role, e.enrolled_on): e for e in session.scalars(stmt)}
    return found
