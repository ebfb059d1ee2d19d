"""Answers to the yes/no evaluation interviews (satisfaction and perceived benefit)."""

from __future__ import annotations

from collections.abc import Callable
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
from db.models import CaregiverLink, Enrolment, Person, StaffMember, SurveyAnswer, SurveyInterview


@dataclass(frozen=True)
class Answer:
    """One person's answer to one item of one instrument on one date."""

    person: str
    instrument: str
    item: str
    answer: str
    answered_on: date
    reason: str = ""
    id: str = field(default="", compare=False)
    """The stored answer's key, once saved (lists give it, for its detail view)."""
    revision: int = field(default=0, compare=False)
    cared_for_role: str | None = field(default=None, compare=False)
    """For a caregiver's answer, as lists give it: whose caregiver was asked (the question
    reads for a peer or a consumer)."""


@dataclass(frozen=True)
class Interview:
    """The interview one person's answers on one date came from."""

    person: str
    answered_on: date
    cared_for_role: str | None = None
    """For a caregiver: whether they care for a peer or a consumer (the questions differ)."""
    interviewer: str | None = None
    """The staff code of who asked."""
    interviewer_role: str | None = None
    """The interviewer's role in the interview (a profession code)."""
    comments: str = ""


def check_interview(interview: Interview, answers: list[Answer]) -> Findings:
    """Known codes; answers of the interview's person and day; a caregiver asked only the
    questions for a caregiver of a peer, or of a consumer, as they are."""
    found = Findings()
    for field_name, value, code_list in (
        ("cared_for_role", interview.cared_for_role, codes.CARED_FOR_ROLES),
        ("interviewer_role", interview.interviewer_role, codes.PROFESSIONS),
    ):
        if value is not None and value not in code_list:
            found.error("unknown_code", field_name, translate(
                "surveys", "{value!r} is not a known {what}.").format(
                value=value, what=code_list.name))  # fmt: skip
    for answer in answers:
        if (answer.person, answer.answered_on) != (interview.person, interview.answered_on):
            found.error("other_interview", "answers", translate(
                "surveys", "An answer of {person} on {day} is not of this interview.").format(
                person=answer.person, day=answer.answered_on))  # fmt: skip
        whose = codes.CARED_FOR_ITEMS.get(answer.item)
        if whose and interview.cared_for_role and whose != interview.cared_for_role:
            found.error("other_caregivers_question", "answers", translate(
                "surveys", "“{item}” is asked of a {whose}'s caregiver only.").format(
                item=answer.item, whose=whose))  # fmt: skip
    return found


def record_survey(db: Database, actor: Account, interview: Interview, answers: list[Answer]) -> int:
    """Saves an interview and its answers together (all or none); how many answers."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    found = check_interview(interview, answers)
    for answer in answers:
        found.problems.extend(check_answer(answer, date.today()).problems)
    found.raise_if_blocking(confirmed=True)
    with db.transaction(actor.username) as session:
        person = lookup.person(session, interview.person)
        row = session.scalars(select(SurveyInterview).where(
            SurveyInterview.person_id == person.id,
            SurveyInterview.answered_on == interview.answered_on)).first()  # fmt: skip
        if row is None:
            row = SurveyInterview(person_id=person.id, answered_on=interview.answered_on)
            session.add(row)
        row.cared_for_role, row.comments = interview.cared_for_role, interview.comments.strip()
        row.interviewer_role, row.deleted = interview.interviewer_role, False
        row.interviewer_id = (
            lookup.staff(session, interview.interviewer).id if interview.interviewer else None
        )
        for answer in answers:
            save_answer(session, answer)
    return len(answers)


def interview_of(db: Database, actor: Account, person: str, day: date) -> Interview | None:
    """The interview of a person on a day, if one was recorded."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    with db.reading() as session:
        found = session.execute(
            select(SurveyInterview, StaffMember.code)
            .join(Person, SurveyInterview.person_id == Person.id)
            .outerjoin(StaffMember, SurveyInterview.interviewer_id == StaffMember.id)
            .where(Person.code == person, SurveyInterview.answered_on == day,
                   SurveyInterview.deleted.is_(False))
        ).first()  # fmt: skip
    if found is None:
        return None
    row, staff = found
    return Interview(person, day, row.cared_for_role, staff, row.interviewer_role, row.comments)


def cared_for_role(db: Database, person: str) -> str | None:
    """Whether a caregiver cares for a peer or a consumer, from their links: the role the
    people they care for were last enrolled in (None if not a caregiver, or both)."""
    with db.reading() as session:
        caregiver = lookup.person(session, person)
        roles = set(session.scalars(
            select(Enrolment.role)
            .join(CaregiverLink, CaregiverLink.cared_for_id == Enrolment.person_id)
            .where(CaregiverLink.caregiver_id == caregiver.id,
                   CaregiverLink.deleted.is_(False), Enrolment.deleted.is_(False),
                   Enrolment.role.in_(("peer", "consumer")))))  # fmt: skip
    return roles.pop() if len(roles) == 1 else None


def check_answer(answer: Answer, today: date) -> Findings:
    """Known instrument, item and answer; a reason when not assessed; no future date."""
    found = Findings()
    items = codes.INSTRUMENTS.get(answer.instrument)
    if items is None:
        found.error(
            "unknown_instrument",
            "instrument",
            translate("surveys", "{value!r} is not a known instrument.").format(
                value=answer.instrument
            ),
        )
    elif answer.item not in items:
        found.error(
            "unknown_item",
            "item",
            translate("surveys", "{item!r} is not an item of {instrument}.").format(
                item=answer.item, instrument=answer.instrument
            ),
        )
    if answer.answer not in codes.SURVEY_ANSWERS:
        found.error(
            "unknown_answer",
            "answer",
            translate("surveys", "{value!r} is not yes, no or not_assessed.").format(
                value=answer.answer
            ),
        )
    if answer.answered_on > today:
        found.error(
            "answer_in_future",
            "date",
            translate("surveys", "The date {day} is in the future.").format(day=answer.answered_on),
        )
    return found


def save_answer(session: Session, answer: Answer) -> SurveyAnswer:
    """Writes the answer, replacing an earlier one for the same person, item and date."""
    person = lookup.person(session, answer.person)
    stmt = select(SurveyAnswer).where(
        SurveyAnswer.person_id == person.id,
        SurveyAnswer.instrument == answer.instrument,
        SurveyAnswer.item == answer.item,
        SurveyAnswer.answered_on == answer.answered_on,
    )
    row = session.scalars(stmt).first()
    if row is None:
        row = SurveyAnswer(
            person_id=person.id,
            instrument=answer.instrument,
            item=answer.item,
            answered_on=answer.answered_on,
        )
        session.add(row)
    row.answer = answer.answer
    row.reason = answer.reason
    row.deleted = False
    return row


def record_answers(
    db: Database, actor: Account, answers: list[Answer],
    report: Callable[[int, int], None] | None = None,
) -> int:  # fmt: skip
    """Saves the answers together (all or none) and returns how many; ``report`` is told
    (done, total) and may stop the work by raising, and then nothing is saved."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    today = date.today()
    found = Findings()
    for answer in answers:
        found.problems.extend(check_answer(answer, today).problems)
    found.raise_if_blocking(confirmed=True)
    with db.transaction(actor.username) as session:
        for done, answer in enumerate(answers, start=1):
            save_answer(session, answer)
            if report is not None:
                report(done, len(answers))
    return len(answers)


def list_answers(db: Database, actor: Account) -> list[Answer]:
    """Every live answer, by person, instrument and item."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    with db.reading() as session:
        stmt = (
            select(SurveyAnswer, Person.code, SurveyInterview.cared_for_role)
            .join(Person, SurveyAnswer.person_id == Person.id)
            .outerjoin(SurveyInterview, (SurveyInterview.person_id == SurveyAnswer.person_id)
                       & (SurveyInterview.answered_on == SurveyAnswer.answered_on)
                       & SurveyInterview.deleted.is_(False))
            .where(SurveyAnswer.deleted.is_(False))
            .order_by(Person.code, SurveyAnswer.instrument, SurveyAnswer.item)
        )  # fmt: skip
        return [
            Answer(code, a.instrument, a.item, a.answer, a.answered_on, a.reason, a.id, a.revision,
                   whose)
            for a, code, whose in session.execute(stmt)
        ]  # fmt: skip


def correct_answer(
    db: Database,
    actor: Account,
    answer_id: str,
    answer: Answer,
    expected_revision: int | None = None,
) -> None:
    """Corrects one stored answer (person, question, answer, reason, date) by the same rules."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    check_answer(answer, date.today()).raise_if_blocking(confirmed=True)
    with db.transaction(actor.username) as session:
        row = _live(session, answer_id)
        check_revision(session, row, expected_revision)
        person = lookup.person(session, answer.person)
        clash = session.scalars(select(SurveyAnswer.id).where(
            SurveyAnswer.person_id == person.id, SurveyAnswer.instrument == answer.instrument,
            SurveyAnswer.item == answer.item, SurveyAnswer.answered_on == answer.answered_on,
            SurveyAnswer.id != row.id)).first()  # fmt: skip
        if clash is not None:
            raise UserError(translate(
                "surveys", "{person} already has an answer to this question on {day}.").format(
                person=answer.person, day=answer.answered_on))  # fmt: skip
        row.person_id, row.instrument, row.item = person.id, answer.instrument, answer.item
        row.answer, row.reason, row.answered_on = answer.answer, answer.reason, answer.answered_on


def answer_entered_in_error(
    db: Database, actor: Account, answer_id: str, reason: str, expected_revision: int | None = None
) -> None:
    """Marks one answer entered in error, with the reason: it leaves lists and reports."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    with db.transaction(actor.username) as session:
        note_entered_in_error(session, reason)
        row = _live(session, answer_id)
        check_revision(session, row, expected_revision)
        row.deleted = True


def _live(session: Session, answer_id: str) -> SurveyAnswer:
    row = session.get(SurveyAnswer, answer_id)
    if row is None or row.deleted:
        raise UserError(
            translate("surveys", "No survey answer has the key {key}.").format(key=answer_id)
        )
    return row
