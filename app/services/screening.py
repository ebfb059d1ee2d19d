"""Screening against the inclusion criteria, and signed consent, before enrolment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.history import check_revision
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.services.entered_in_error import note_entered_in_error
from app.validation import Findings
from db.database import Database
from db.models import Consent, Person, Screening, StaffMember


@dataclass(frozen=True)
class ScreeningData:
    """One screening: each criterion of the role met or not, the PSP score, who and when."""

    person: str
    role: str
    screened_on: date
    criteria: dict[str, bool]
    assessor: str | None = None
    psp_score: int | None = None
    notes: str = ""


def check_screening(data: ScreeningData, today: date) -> Findings:
    """Unknown or missing criteria are errors; a criterion not met is a warning to confirm."""
    found = Findings()
    if data.role not in codes.SCREENING_CRITERIA:
        found.error(
            "unknown_role",
            "role",
            translate("screening", "Only peers and consumers are screened, not {role!r}.").format(
                role=data.role
            ),
        )
        return found
    criteria = codes.SCREENING_CRITERIA[data.role]
    unknown = sorted(set(data.criteria) - set(criteria.code_names()))
    missing = [c for c in criteria.code_names() if c not in data.criteria]
    if unknown:
        found.error(
            "unknown_criterion",
            "criteria",
            translate("screening", "Unknown criteria: {names}.").format(names=", ".join(unknown)),
        )
    if missing:
        found.error(
            "missing_criterion",
            "criteria",
            translate("screening", "Say whether each criterion is met: {names}.").format(
                names=", ".join(missing)
            ),
        )
    if data.screened_on > today:
        found.error(
            "screened_in_future",
            "screened_on",
            translate("screening", "The screening date {day} is in the future.").format(
                day=data.screened_on
            ),
        )
    if data.psp_score is not None and not 1 <= data.psp_score <= 100:
        found.error(
            "psp_range",
            "psp_score",
            translate("screening", "A PSP score lies between 1 and 100, not {score}.").format(
                score=data.psp_score
            ),
        )
    if data.role == "peer" and data.psp_score is not None:
        above = data.psp_score > codes.PSP_THRESHOLD
        if data.criteria.get("psp_above_50") is not None and data.criteria["psp_above_50"] != above:
            found.error(
                "psp_mismatch",
                "psp_score",
                translate(
                    "screening", "The PSP score {score} does not agree with 'PSP score above 50'."
                ).format(score=data.psp_score),
            )
    for code in criteria.code_names():
        if data.criteria.get(code) is False:
            found.warning(
                "criterion_not_met",
                code,
                translate("screening", "Criterion not met: {label}.").format(
                    label=criteria[code].en
                ),
            )
    return found


def record_screening(
    db: Database, actor: Account, data: ScreeningData, confirmed: bool = False
) -> str:
    """Saves a screening; criteria not met must be confirmed by the user."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    check_screening(data, date.today()).raise_if_blocking(confirmed)
    with db.transaction(actor.username) as session:
        person = lookup.person(session, data.person)
        screening = Screening(
            person_id=person.id,
            role=data.role,
            screened_on=data.screened_on,
            criteria=dict(data.criteria),
            assessor_id=lookup.staff(session, data.assessor).id if data.assessor else None,
            psp_score=data.psp_score,
            notes=data.notes,
        )
        session.add(screening)
        session.flush()
        return screening.id


def record_consent(
    db: Database, actor: Account, person_code: str, kind: str, signed_on: date
) -> None:
    """Records a signed informed consent or service and group activity agreement."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    if kind not in codes.CONSENT_KINDS:
        raise UserError(
            translate("screening", "{value!r} is not a known consent form.").format(value=kind)
        )
    if signed_on > date.today():
        raise UserError(
            translate("screening", "The signing date {day} is in the future.").format(day=signed_on)
        )
    with db.transaction(actor.username) as session:
        person = lookup.person(session, person_code)
        stmt = select(Consent).where(
            Consent.person_id == person.id, Consent.kind == kind, Consent.signed_on == signed_on
        )
        if session.scalars(stmt).first() is None:
            session.add(Consent(person_id=person.id, kind=kind, signed_on=signed_on))


def consents_of(db: Database, person_code: str) -> dict[str, date]:
    """The latest signing date of each consent form the person has signed."""
    with db.reading() as session:
        person = lookup.person(session, person_code)
        rows = session.execute(
            select(Consent.kind, Consent.signed_on)
            .where(Consent.person_id == person.id, Consent.deleted.is_(False))
            .order_by(Consent.signed_on)
        ).all()
        return dict(rows)


def latest_screening(
    db: Database, actor: Account, person_code: str, role: str
) -> ScreeningData | None:
    """The person's most recent screening for the role, if any."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        row = session.scalars(
            select(Screening)
            .where(Screening.person_id == person.id, Screening.role == role,
                   Screening.deleted.is_(False))
            .order_by(Screening.screened_on.desc())
        ).first()  # fmt: skip
        if row is None:
            return None
        assessor = session.get(StaffMember, row.assessor_id) if row.assessor_id else None
        return ScreeningData(
            person_code,
            role,
            row.screened_on,
            dict(row.criteria),
            assessor.name if assessor else None,
            row.psp_score,
            row.notes,
        )


@dataclass(frozen=True)
class ScreeningRow:
    """A recorded screening as the person's detail shows it."""

    role: str
    screened_on: date
    criteria: dict[str, bool]
    assessor: str
    psp_score: int | None
    notes: str
    id: str = ""
    revision: int = 0


@dataclass(frozen=True)
class ScreeningDetails:
    """A person's screenings (newest first) and the consent forms they signed."""

    screenings: list[ScreeningRow]
    consents: dict[str, date]


def screening_for(db: Database, actor: Account, person_code: str) -> ScreeningDetails:
    """The person's screenings and consents, for roles allowed to see clinical details.

    Peers are refused here, not only by a missing button, so no other screen can leak them.
    """
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        stmt = (
            select(Screening, StaffMember.name, StaffMember.code)
            .outerjoin(StaffMember, Screening.assessor_id == StaffMember.id)
            .where(Screening.person_id == person.id, Screening.deleted.is_(False))
            .order_by(Screening.screened_on.desc(), Screening.created_at.desc())
        )
        rows = [
            ScreeningRow(s.role, s.screened_on, dict(s.criteria), _assessor(name, code),
                         s.psp_score, s.notes, s.id, s.revision)
            for s, name, code in session.execute(stmt)
        ]  # fmt: skip
    return ScreeningDetails(rows, consents_of(db, person_code))


def _assessor(name: str | None, code: str | None) -> str:
    """How an assessor is named on screen: name and code, or nothing when not recorded."""
    return f"{name} ({code})" if code else ""


@dataclass(frozen=True)
class ScreeningRecord:
    """A screening as its form is filled in, with the revision it was read at."""

    id: str
    data: ScreeningData
    revision: int


def screening_record(db: Database, actor: Account, screening_id: str) -> ScreeningRecord:
    """One screening, as its form shows it (assessor by code), for the roles that see it."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        row = _live(session, screening_id)
        person = session.get_one(Person, row.person_id)
        assessor = session.get(StaffMember, row.assessor_id) if row.assessor_id else None
        data = ScreeningData(
            person.code,
            row.role,
            row.screened_on,
            dict(row.criteria),
            assessor.code if assessor else None,
            row.psp_score,
            row.notes,
        )
        return ScreeningRecord(row.id, data, row.revision)


def correct_screening(
    db: Database,
    actor: Account,
    screening_id: str,
    data: ScreeningData,
    confirmed: bool = False,
    expected_revision: int | None = None,
) -> None:
    """Corrects a screening by the rules of recording one (criteria not met are confirmed)."""
    _require_may_correct(db, actor)
    check_screening(data, date.today()).raise_if_blocking(confirmed)
    with db.transaction(actor.username) as session:
        row = _live(session, screening_id)
        check_revision(session, row, expected_revision)
        person = lookup.person(session, data.person).id
        assessor = lookup.staff(session, data.assessor).id if data.assessor else None
        row.person_id, row.role, row.screened_on = person, data.role, data.screened_on
        row.criteria, row.assessor_id = dict(data.criteria), assessor
        row.psp_score, row.notes = data.psp_score, data.notes


def screening_entered_in_error(
    db: Database,
    actor: Account,
    screening_id: str,
    reason: str,
    expected_revision: int | None = None,
) -> None:
    """Marks a screening entered in error, with the reason."""
    _require_may_correct(db, actor)
    with db.transaction(actor.username) as session:
        note_entered_in_error(session, reason)
        row = _live(session, screening_id)
        check_revision(session, row, expected_revision)
        row.deleted = True


def _require_may_correct(db: Database, actor: Account) -> None:
    """Whoever screens and may see screenings."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    access.require(db, actor, Capability.SEE_CLINICAL)


def _live(session: Session, screening_id: str) -> Screening:
    row = session.get(Screening, screening_id)
    if row is None or row.deleted:
        raise UserError(
            translate("screening", "No screening has the key {key}.").format(key=screening_id)
        )
    return row
