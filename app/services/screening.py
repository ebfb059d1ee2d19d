"""Screening against the inclusion criteria, and signed consent, before enrolment."""

from __future__ import annotations

from dataclasses import dataclass, field
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

NO_CRITERIA = codes.CodeList("no criteria")


@dataclass(frozen=True)
class ScreeningData:
    """One screening sheet: each criterion of the role met or not with its source of
    evidence, the PSP score, how the person came, the team psychiatrist's assessment, the
    diagnosis found and the decision with who decided and when; a caregiver's sheet says
    instead whom they care for and whether they may be contacted for follow-up."""

    person: str
    role: str
    screened_on: date
    criteria: dict[str, bool]
    assessor: str | None = None
    psp_score: int | None = None
    notes: str = ""
    referral: str | None = None
    """How the person came (a REFERRALS code)."""
    referral_other: str = ""
    psychiatrist: str | None = None
    """The team psychiatrist's staff code."""
    psychiatrist_assessment: str = ""
    evidence: dict[str, str] = field(default_factory=dict)
    """Criterion code → EVIDENCE_SOURCES code."""
    compassionate: bool | None = None
    practical_skills: bool | None = None
    diagnosis_found: str | None = None
    decision: str | None = None
    """An ELIGIBILITY code; needs ``decided_by`` and ``decided_on``."""
    decided_by: str | None = None
    decided_on: date | None = None
    follow_up_contact: bool | None = None
    cared_for: str | None = None
    """A caregiver's: the person cared for, by code."""


def criteria_of(role: str) -> codes.CodeList:
    """The inclusion criteria of a role (none for caregivers)."""
    return codes.SCREENING_CRITERIA.get(role, NO_CRITERIA)


def check_screening(data: ScreeningData, today: date) -> Findings:
    """Unknown or missing criteria are errors; a criterion not met is a warning to confirm."""
    found = Findings()
    if data.role not in codes.SCREENED_ROLES:
        found.error(
            "unknown_role",
            "role",
            translate(
                "screening", "Only peers, consumers and caregivers are screened, not {role!r}."
            ).format(role=data.role),
        )
        return found
    criteria = criteria_of(data.role)
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
    _check_sheet(data, criteria, found)
    _check_decision(data, today, found)
    return found


def _check_sheet(data: ScreeningData, criteria: codes.CodeList, found: Findings) -> None:
    """How the person came, the evidence, the diagnosis and the role's own questions."""
    if data.referral is not None and data.referral not in codes.REFERRALS:
        found.error(
            "unknown_referral",
            "referral",
            translate("screening", "{value!r} is not a known way of coming.").format(
                value=data.referral
            ),
        )
    if data.referral == "other" and not data.referral_other.strip():
        found.error("referral_other", "referral_other",
                    translate("screening", "Say how the person came."))  # fmt: skip
    wrong = sorted(c for c, source in data.evidence.items()
                   if c not in criteria or source not in codes.EVIDENCE_SOURCES)  # fmt: skip
    if wrong:
        found.error(
            "unknown_evidence",
            "evidence",
            translate("screening", "Unknown source of evidence for: {names}.").format(
                names=", ".join(wrong)
            ),
        )
    if data.diagnosis_found is not None and data.diagnosis_found not in codes.DIAGNOSES:
        found.error(
            "unknown_diagnosis",
            "diagnosis_found",
            translate("screening", "{value!r} is not a known diagnosis.").format(
                value=data.diagnosis_found
            ),
        )
    peer_only = data.compassionate is not None or data.practical_skills is not None
    if data.role != "peer" and peer_only:
        found.error(
            "peer_only",
            "compassionate",
            translate("screening", "Only peers are asked about compassion and practical skills."),
        )
    if data.role == "caregiver" and not data.cared_for:
        found.error(
            "no_cared_for",
            "cared_for",
            translate("screening", "Choose the person this caregiver cares for."),
        )
    if data.role != "caregiver" and (data.cared_for or data.follow_up_contact is not None):
        found.error(
            "caregiver_only",
            "cared_for",
            translate(
                "screening", "Only a caregiver's sheet names the person cared for and follow-up."
            ),
        )


def _check_decision(data: ScreeningData, today: date, found: Findings) -> None:
    """A decision names who decided and when: on or after the screening, not in the future."""
    if data.decision is None:
        if data.decided_by or data.decided_on:
            found.error(
                "no_decision",
                "decision",
                translate(
                    "screening", "Say whether the person is eligible, or leave who and when empty."
                ),
            )
        return
    if data.decision not in codes.ELIGIBILITY:
        found.error(
            "unknown_decision",
            "decision",
            translate("screening", "{value!r} is not a known decision.").format(
                value=data.decision
            ),
        )
    if not data.decided_by:
        found.error(
            "no_decider",
            "decided_by",
            translate("screening", "Say who decided whether the person is eligible."),
        )
    if data.decided_on is None:
        found.error(
            "no_decision_date",
            "decided_on",
            translate("screening", "Say when the eligibility was decided."),
        )
    elif data.decided_on < data.screened_on or data.decided_on > today:
        found.error(
            "decision_date",
            "decided_on",
            translate(
                "screening", "The decision date {day} is before the screening or in the future."
            ).format(day=data.decided_on),
        )
    if data.decision == "eligible" and False in data.criteria.values():
        found.warning(
            "eligible_not_met",
            "decision",
            translate("screening", "Decided eligible although not every criterion is met."),
        )


def _check_staff(session: Session, data: ScreeningData) -> None:
    """Only a psychiatrist gives the psychiatrist's assessment; only a psychiatrist or a
    community doctor decides eligibility."""
    if data.psychiatrist:
        member = lookup.staff(session, data.psychiatrist)
        if member.profession != "psychiatrist":
            raise UserError(translate(
                "screening", "{name} is not a psychiatrist: choose the team psychiatrist."
            ).format(name=member.name))  # fmt: skip
    if data.decided_by:
        member = lookup.staff(session, data.decided_by)
        if member.profession not in codes.DECIDING_PROFESSIONS:
            raise UserError(translate(
                "screening",
                "{name} may not decide eligibility: a psychiatrist or a community doctor does.",
            ).format(name=member.name))  # fmt: skip


def fill_screening(session: Session, row: Screening, data: ScreeningData) -> None:
    """Writes a checked screening's values into its row (new or corrected)."""
    _check_staff(session, data)

    def staff(code: str | None) -> str | None:
        return lookup.staff(session, code).id if code else None

    row.person_id = lookup.person(session, data.person).id
    row.role, row.screened_on, row.criteria = data.role, data.screened_on, dict(data.criteria)
    row.assessor_id, row.psp_score, row.notes = staff(data.assessor), data.psp_score, data.notes
    row.referral = data.referral
    row.referral_other = data.referral_other if data.referral == "other" else ""
    row.psychiatrist_id = staff(data.psychiatrist)
    row.psychiatrist_assessment = data.psychiatrist_assessment
    row.evidence = dict(data.evidence)
    row.compassionate, row.practical_skills = data.compassionate, data.practical_skills
    row.diagnosis_found, row.decision = data.diagnosis_found, data.decision
    row.decided_by_id, row.decided_on = staff(data.decided_by), data.decided_on
    row.follow_up_contact = data.follow_up_contact
    row.cared_for_id = lookup.person(session, data.cared_for).id if data.cared_for else None


def record_screening(
    db: Database, actor: Account, data: ScreeningData, confirmed: bool = False
) -> str:
    """Saves a screening; criteria not met must be confirmed by the user."""
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    check_screening(data, date.today()).raise_if_blocking(confirmed)
    with db.transaction(actor.username) as session:
        screening = Screening()
        fill_screening(session, screening, data)
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


def _latest(session: Session, person_id: str, role: str, day: date | None = None
            ) -> Screening | None:  # fmt: skip
    """The person's latest screening for the role that is not crossed out, on ``day`` if
    given: the newest day first, then the last recorded."""
    query = select(Screening).where(Screening.person_id == person_id, Screening.role == role,
                                    Screening.deleted.is_(False))  # fmt: skip
    if day is not None:
        query = query.where(Screening.screened_on == day)
    return session.scalars(
        query.order_by(Screening.screened_on.desc(), Screening.created_at.desc())
    ).first()


def latest_screening(
    db: Database, actor: Account, person_code: str, role: str
) -> ScreeningData | None:
    """The person's most recent screening for the role, if any (staff by code)."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        row = _latest(session, person.id, role)
        return None if row is None else _data(session, row)


def latest_screening_id(db: Database, actor: Account, person_code: str, role: str) -> str | None:
    """The key of the person's most recent screening for the role, if any."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        return session.scalars(
            select(Screening.id)
            .where(Screening.person_id == person.id, Screening.role == role,
                   Screening.deleted.is_(False))
            .order_by(Screening.screened_on.desc(), Screening.created_at.desc())
        ).first()  # fmt: skip


def _data(session: Session, row: Screening) -> ScreeningData:
    """A stored screening as the form takes it: staff and people by code."""

    def staff(key: str | None) -> str | None:
        found = session.get(StaffMember, key) if key else None
        return found.code if found else None

    cared_for = session.get(Person, row.cared_for_id) if row.cared_for_id else None
    return ScreeningData(
        session.get_one(Person, row.person_id).code, row.role, row.screened_on,
        dict(row.criteria), staff(row.assessor_id), row.psp_score, row.notes,
        referral=row.referral, referral_other=row.referral_other or "",
        psychiatrist=staff(row.psychiatrist_id),
        psychiatrist_assessment=row.psychiatrist_assessment or "",
        evidence=dict(row.evidence or {}), compassionate=row.compassionate,
        practical_skills=row.practical_skills, diagnosis_found=row.diagnosis_found,
        decision=row.decision, decided_by=staff(row.decided_by_id), decided_on=row.decided_on,
        follow_up_contact=row.follow_up_contact,
        cared_for=cared_for.code if cared_for else None,
    )  # fmt: skip


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
    decision: str | None = None
    """Eligible or not (an ELIGIBILITY code), None when not decided yet."""
    follow_up_contact: bool | None = None
    """A caregiver's sheet: willing to be contacted for follow-up."""


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
                         s.psp_score, s.notes, s.id, s.revision, s.decision,
                         s.follow_up_contact)
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
        data = _data(session, row)
        return ScreeningRecord(row.id, data, row.revision)


def screening_on(
    db: Database, actor: Account, person_code: str, role: str, day: date
) -> ScreeningRecord | None:
    """The person's screening for the role on that day (the latest recorded), if any."""
    access.require(db, actor, Capability.SEE_CLINICAL)
    with db.reading() as session:
        person = lookup.person(session, person_code)
        row = _latest(session, person.id, role, day)
        return None if row is None else ScreeningRecord(row.id, _data(session, row), row.revision)


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
        fill_screening(session, row, data)


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
