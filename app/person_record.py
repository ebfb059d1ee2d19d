"""Everything the site holds about one person, gathered as display strings for their printout.

A person may ask to see their whole record; this collects it from every service that
holds part of it, so that the printout (``printouts.person_record``) stays a pure writer.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app import access, codes
from app.codes import CodeList
from app.permissions import Account, Capability
from app.services import emergencies, lookup, needs, people, screening, surveys
from app.services.withdrawal import withdrawn_on
from db.database import Database
from db.models import ActivitySession, Attendance, Community, SessionPeer

Rows = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class PersonRecord:
    """A person's record as plain strings: identity fields and one table per kind of record."""

    code: str
    identity: dict[str, str]
    periods: Rows
    screenings: Rows
    needs: Rows
    consents: Rows
    sessions: Rows
    surveys: Rows
    emergencies: Rows
    caregivers: Rows


def _label(code_list: CodeList, value: str | None, language: str) -> str:
    if not value:
        return ""
    if value not in code_list:
        return value
    item = code_list[value]
    return item.en if language == "en" else f"{item.zh} {item.en}"


def _yes_no(value: bool | None, language: str) -> str:
    if value is None:
        return ""
    return _label(codes.SURVEY_ANSWERS, "yes" if value else "no", language)


def gather(db: Database, actor: Account, person_code: str, language: str) -> PersonRecord:
    """The person's whole record; only roles allowed to see clinical details may have it."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    access.require(db, actor, Capability.SEE_CONTACTS)
    detail = people.person_detail(db, actor, person_code)
    return PersonRecord(
        code=person_code,
        identity=_identity(db, actor, person_code, detail, language),
        periods=_periods(detail, language),
        screenings=_screenings(db, actor, person_code, language),
        needs=_needs(db, actor, person_code),
        consents=tuple(
            (_label(codes.CONSENT_KINDS, kind, language), day.isoformat())
            for kind, day in screening.consents_of(db, person_code).items()
        ),
        sessions=_sessions(db, person_code, language),
        surveys=tuple(
            (
                a.answered_on.isoformat(),
                a.instrument,
                a.item,
                _label(codes.SURVEY_ANSWERS, a.answer, language),
                a.reason,
            )
            for a in sorted(surveys.list_answers(db, actor), key=lambda a: a.answered_on)
            if a.person == person_code
        ),
        emergencies=tuple(
            (
                e.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                _label(codes.EVENT_KINDS, e.kind, language),
                e.description,
                e.action_taken,
            )
            for e in emergencies.list_events(db)
            if person_code in e.people
        ),
        caregivers=tuple((c.caregiver, c.cared_for, c.relationship) for c in detail.caregivers),
    )


def _identity(
    db: Database, actor: Account, code: str, detail: people.PersonDetail, language: str
) -> dict[str, str]:
    row = detail.row.person
    contact = people.contact_for(db, actor, code) or people.ContactData()
    withdrawn = withdrawn_on(db, code)
    return {
        "code": code, "name": contact.name, "phone": contact.phone,
        "address": contact.address, "emergency_contact": contact.emergency_contact,
        "community": row.community,
        "sex": _label(codes.SEXES, row.sex, language),
        "birth_date": row.birth_date.isoformat() if row.birth_date else "",
        "education": _label(codes.EDUCATION, row.education, language),
        "marital_status": _label(codes.MARITAL_STATUSES, row.marital_status, language),
        "working": _yes_no(row.working, language),
        "diagnosis": _label(codes.DIAGNOSES, row.diagnosis, language),
        "withdrawn": withdrawn.isoformat() if withdrawn else "",
    }  # fmt: skip


def _periods(detail: people.PersonDetail, language: str) -> Rows:
    rows = []
    for period in detail.periods:
        left = period.left_on.isoformat() if period.left_on else ""
        rows.append((_label(codes.ROLES, period.role, language), period.community,
                     period.enrolled_on.isoformat(), left, ""))  # fmt: skip
        for change in period.changes:
            status = _label(codes.STATUSES, change.status, language)
            rows.append(("", "", change.effective_on.isoformat(), status, change.reason))
    return tuple(rows)


def _screenings(db: Database, actor: Account, code: str, language: str) -> Rows:
    rows = []
    for found in screening.screening_for(db, actor, code).screenings:
        criteria = codes.SCREENING_CRITERIA.get(found.role)
        unmet = [
            _label(criteria, name, language) if criteria else name
            for name, met in found.criteria.items()
            if not met
        ]
        said = "; ".join(filter(None, (_label(codes.ELIGIBILITY, found.decision, language),
                                       found.notes)))  # fmt: skip
        rows.append((found.screened_on.isoformat(), _label(codes.ROLES, found.role, language),
                     "" if found.psp_score is None else str(found.psp_score),
                     "; ".join(unmet), said))  # fmt: skip
    return tuple(rows)


def _needs(db: Database, actor: Account, code: str) -> Rows:
    """The person's needs interviews, oldest first."""
    talks = reversed(needs.needs_of(db, actor, code))
    return tuple((t.data.interviewed_on.isoformat(), t.data.hopes, t.data.preferred_times,
                  t.data.preferred_activities, t.data.concerns) for t in talks)  # fmt: skip


def _sessions(db: Database, code: str, language: str) -> Rows:
    """Sessions the person attended or helped lead, oldest first."""
    with db.reading() as session:
        person = lookup.person(session, code)
        attended = select(Attendance.session_id).where(
            Attendance.person_id == person.id,
            Attendance.present.is_(True),
            Attendance.deleted.is_(False),
        )
        led = select(SessionPeer.session_id).where(
            SessionPeer.person_id == person.id, SessionPeer.deleted.is_(False)
        )
        stmt = (
            select(ActivitySession, Community.code)
            .join(Community, ActivitySession.community_id == Community.id)
            .where(
                ActivitySession.deleted.is_(False),
                ActivitySession.id.in_(attended.union(led)),
            )
            .order_by(ActivitySession.session_date)
        )
        return tuple(
            (s.session_date.isoformat(), community, _label(codes.TOPICS, s.topic, language),
             s.held_theme or s.theme)
            for s, community in session.execute(stmt)
        )  # fmt: skip
