"""Training courses for peers, their sessions and attendance per peer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from db.base import new_uuid
from db.database import Database
from db.models import Person, TrainingAttendance, TrainingCourse, TrainingSession


@dataclass(frozen=True)
class CourseRow:
    """A course with how many sessions it had and how many attendances."""

    id: str
    kind: str
    title: str
    starts_on: date
    sessions: int
    attendances: int


def add_course(
    db: Database,
    actor: Account,
    kind: str,
    title: str,
    starts_on: date,
    ends_on: date | None = None,
    community: str | None = None,
) -> str:
    """Creates a pre-service or continuing training course."""
    access.require(db, actor, Capability.RECORD_TRAINING)
    if kind not in codes.TRAINING_KINDS:
        raise UserError(
            translate("training", "{value!r} is not a known kind of training.").format(value=kind)
        )
    if not title.strip():
        raise UserError(translate("training", "The course needs a title."))
    if ends_on is not None and ends_on < starts_on:
        raise UserError(translate("training", "The course ends before it starts."))
    with db.transaction(actor.username) as session:
        course = TrainingCourse(
            id=new_uuid(),
            kind=kind,
            title=title.strip(),
            starts_on=starts_on,
            ends_on=ends_on,
            community_id=lookup.community(session, community).id if community else None,
        )
        session.add(course)
        return course.id


def add_training_session(
    db: Database,
    actor: Account,
    course_id: str,
    held_on: date,
    topic: str,
    attended: tuple[str, ...] = (),
    absent: tuple[str, ...] = (),
    trainer: str = "",
) -> str:
    """Records one meeting of a course and which peers attended it."""
    access.require(db, actor, Capability.RECORD_TRAINING)
    if not topic.strip():
        raise UserError(translate("training", "The training session needs a topic."))
    with db.transaction(actor.username) as session:
        course = session.get(TrainingCourse, course_id)
        if course is None or course.deleted:
            raise UserError(
                translate("training", "No training course has the key {key}.").format(key=course_id)
            )
        meeting = TrainingSession(
            id=new_uuid(), course_id=course.id, held_on=held_on, topic=topic, trainer=trainer
        )
        marks = {code: True for code in attended} | {code: False for code in absent}
        people = {code: lookup.person(session, code).id for code in marks}
        session.add(meeting)
        for code, present in marks.items():
            session.add(
                TrainingAttendance(
                    training_session_id=meeting.id, person_id=people[code], present=present
                )
            )
        return meeting.id


def list_courses(db: Database) -> list[CourseRow]:
    """Every live course, newest first, with its counts."""
    with db.reading() as session:
        meetings = session.execute(
            select(TrainingSession.id, TrainingSession.course_id).where(
                TrainingSession.deleted.is_(False)
            )
        ).all()
        course_of = dict(meetings)
        sessions: dict[str, int] = {}
        for _, course_id in meetings:
            sessions[course_id] = sessions.get(course_id, 0) + 1
        attendances: dict[str, int] = {}
        for meeting_id in session.scalars(
            select(TrainingAttendance.training_session_id).where(
                TrainingAttendance.present.is_(True), TrainingAttendance.deleted.is_(False)
            )
        ):
            course_id = course_of.get(meeting_id)
            if course_id:
                attendances[course_id] = attendances.get(course_id, 0) + 1
        stmt = (
            select(TrainingCourse)
            .where(TrainingCourse.deleted.is_(False))
            .order_by(TrainingCourse.starts_on.desc())
        )
        return [
            CourseRow(
                c.id, c.kind, c.title, c.starts_on, sessions.get(c.id, 0), attendances.get(c.id, 0)
            )
            for c in session.scalars(stmt)
        ]


@dataclass(frozen=True)
class MeetingRow:
    """One meeting of a course with who attended and who did not."""

    id: str
    held_on: date
    topic: str
    trainer: str
    attended: tuple[str, ...]
    absent: tuple[str, ...]


def course_sessions(db: Database, course_id: str) -> list[MeetingRow]:
    """The meetings of a course in date order, with attendance per peer."""
    with db.reading() as session:
        meetings = session.scalars(
            select(TrainingSession)
            .where(TrainingSession.course_id == course_id, TrainingSession.deleted.is_(False))
            .order_by(TrainingSession.held_on)
        ).all()
        marks = session.execute(
            select(TrainingAttendance.training_session_id, Person.code, TrainingAttendance.present)
            .join(Person, TrainingAttendance.person_id == Person.id)
            .where(TrainingAttendance.deleted.is_(False))
            .order_by(Person.code)
        ).all()
    by_meeting: dict[str, list[tuple[str, bool]]] = {}
    for meeting_id, code, present in marks:
        by_meeting.setdefault(meeting_id, []).append((code, present))
    return [
        MeetingRow(
            m.id, m.held_on, m.topic, m.trainer,
            tuple(c for c, here in by_meeting.get(m.id, []) if here),
            tuple(c for c, here in by_meeting.get(m.id, []) if not here),
        )
        for m in meetings
    ]  # fmt: skip


@dataclass(frozen=True)
class MeetingDetail:
    """One training meeting with its course, for the attendance sheet."""

    course_title: str
    course_kind: str
    meeting: MeetingRow


def meeting_detail(db: Database, meeting_id: str) -> MeetingDetail:
    """The meeting and its course."""
    with db.reading() as session:
        meeting = session.get(TrainingSession, meeting_id)
        if meeting is None or meeting.deleted:
            raise UserError(
                translate("training", "No training session has the key {key}.").format(
                    key=meeting_id
                )
            )
        course = session.get_one(TrainingCourse, meeting.course_id)
        title, kind = course.title, course.kind
    row = next(m for m in course_sessions(db, course.id) if m.id == meeting_id)
    return MeetingDetail(title, kind, row)
