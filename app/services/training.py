"""Training courses for peers, their sessions and attendance per peer."""

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
from db.base import new_uuid
from db.database import Database
from db.models import Community, Person, TrainingAttendance, TrainingCourse, TrainingSession


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
    course = CourseData(kind, title, starts_on, ends_on, community)
    check_course(course)
    with db.transaction(actor.username) as session:
        record = TrainingCourse(id=new_uuid())
        _fill_course(session, record, course)
        session.add(record)
        return record.id


@dataclass(frozen=True)
class CourseData:
    """A course as its form is filled in."""

    kind: str
    title: str
    starts_on: date
    ends_on: date | None = None
    community: str | None = None


def check_course(course: CourseData) -> None:
    """A known kind, a title, and an end not before the start."""
    if course.kind not in codes.TRAINING_KINDS:
        raise UserError(
            translate("training", "{value!r} is not a known kind of training.").format(
                value=course.kind
            )
        )
    if not course.title.strip():
        raise UserError(translate("training", "The course needs a title."))
    if course.ends_on is not None and course.ends_on < course.starts_on:
        raise UserError(translate("training", "The course ends before it starts."))


def _fill_course(session: Session, record: TrainingCourse, course: CourseData) -> None:
    community = lookup.community(session, course.community).id if course.community else None
    record.kind, record.title = course.kind, course.title.strip()
    record.starts_on, record.ends_on = course.starts_on, course.ends_on
    record.community_id = community


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
    data = MeetingData(held_on, topic, attended, absent, trainer)
    return record_training_session(db, actor, course_id, data)


def record_training_session(db: Database, actor: Account, course_id: str, data: MeetingData) -> str:
    """Records one meeting of a course, every field of its form, and who attended it."""
    access.require(db, actor, Capability.RECORD_TRAINING)
    check_meeting(data)
    with db.transaction(actor.username) as session:
        course = _course(session, course_id)
        meeting = TrainingSession(id=new_uuid(), course_id=course.id)
        _fill_meeting(session, meeting, data)
        return meeting.id


@dataclass(frozen=True)
class MeetingData:
    """One meeting of a course as its form is filled in."""

    held_on: date
    topic: str
    attended: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    trainer: str = ""
    workshop: str | None = None
    """Which of the six pre-service workshops (WORKSHOPS)."""
    formats: tuple[str, ...] = ()
    """Coursework, sharing, role play, storytelling (TRAINING_FORMATS)."""
    minutes: int | None = None
    trainer_profession: str | None = None


def check_meeting(data: MeetingData) -> None:
    """A topic, known codes, a sensible length, and nobody both present and absent."""
    if not data.topic.strip():
        raise UserError(translate("training", "The training session needs a topic."))
    for value, code_list in ((data.workshop, codes.WORKSHOPS),
                             (data.trainer_profession, codes.PROFESSIONS),
                             *((f, codes.TRAINING_FORMATS) for f in data.formats)):  # fmt: skip
        if value is not None and value not in code_list:
            raise UserError(translate("training", "{value!r} is not a known {what}.").format(
                value=value, what=code_list.name))  # fmt: skip
    if data.minutes is not None and not 1 <= data.minutes <= 480:
        raise UserError(translate("training", "A training session lasts 1 to 480 minutes."))
    both = sorted(set(data.attended) & set(data.absent))
    if both:
        raise UserError(translate("training", "Marked both present and absent: {codes}.").format(
            codes=", ".join(both)))  # fmt: skip


def _fill_meeting(session: Session, meeting: TrainingSession, data: MeetingData) -> None:
    """Writes the meeting and makes its attendance marks exactly those given; every code is
    looked up first, so the meeting is written in one flush."""
    marks = {code: True for code in data.attended} | {code: False for code in data.absent}
    people = {lookup.person(session, code).id: present for code, present in marks.items()}
    rows = list(session.scalars(select(TrainingAttendance).where(
        TrainingAttendance.training_session_id == meeting.id)))  # fmt: skip
    meeting.held_on, meeting.topic, meeting.trainer = data.held_on, data.topic, data.trainer
    meeting.workshop, meeting.formats = data.workshop, list(data.formats)
    meeting.minutes, meeting.trainer_profession = data.minutes, data.trainer_profession
    session.add(meeting)
    for row in rows:
        row.deleted = row.person_id not in people
        if not row.deleted:
            row.present = people.pop(row.person_id)
    for person_id, present in people.items():
        session.add(TrainingAttendance(training_session_id=meeting.id, person_id=person_id,
                                       present=present))  # fmt: skip


def _course(session: Session, course_id: str) -> TrainingCourse:
    course = session.get(TrainingCourse, course_id)
    if course is None or course.deleted:
        raise UserError(
            translate("training", "No training course has the key {key}.").format(key=course_id)
        )
    return course


def _meeting(session: Session, meeting_id: str) -> TrainingSession:
    meeting = session.get(TrainingSession, meeting_id)
    if meeting is None or meeting.deleted:
        raise UserError(
            translate("training", "No training session has the key {key}.").format(key=meeting_id)
        )
    return meeting


@dataclass(frozen=True)
class CourseRecord:
    """A course as its form shows it, with the revision it was read at."""

    id: str
    data: CourseData
    revision: int


def course_record(db: Database, course_id: str) -> CourseRecord:
    """One course, as its form shows it."""
    with db.reading() as session:
        c = _course(session, course_id)
        community = session.get(Community, c.community_id) if c.community_id else None
        data = CourseData(c.kind, c.title, c.starts_on, c.ends_on,
                          community.code if community else None)  # fmt: skip
        return CourseRecord(c.id, data, c.revision)


def correct_course(
    db: Database,
    actor: Account,
    course_id: str,
    course: CourseData,
    expected_revision: int | None = None,
) -> None:
    """Corrects a course by the rules of creating one."""
    access.require(db, actor, Capability.RECORD_TRAINING)
    check_course(course)
    with db.transaction(actor.username) as session:
        record = _course(session, course_id)
        check_revision(session, record, expected_revision)
        _fill_course(session, record, course)


def course_entered_in_error(
    db: Database, actor: Account, course_id: str, reason: str, expected_revision: int | None = None
) -> None:
    """Marks a course, its meetings and their attendance entered in error, with the reason."""
    access.require(db, actor, Capability.RECORD_TRAINING)
    with db.transaction(actor.username) as session:
        note_entered_in_error(session, reason)
        record = _course(session, course_id)
        check_revision(session, record, expected_revision)
        meetings = list(session.scalars(
            select(TrainingSession).where(TrainingSession.course_id == course_id)))  # fmt: skip
        marks = _marks(session, [m.id for m in meetings])
        for row in (record, *meetings, *marks):
            row.deleted = True


@dataclass(frozen=True)
class MeetingRecord:
    """A meeting as its form shows it, with the revision it was read at."""

    id: str
    course_id: str
    course_title: str
    data: MeetingData
    revision: int
    part_ids: tuple[str, ...]
    """Its attendance marks, whose changes the History shows with it."""


def meeting_record(db: Database, meeting_id: str) -> MeetingRecord:
    """One meeting of a course with its attendance, as its form shows it."""
    with db.reading() as session:
        meeting = _meeting(session, meeting_id)
        course = session.get_one(TrainingCourse, meeting.course_id)
        marks = _marks(session, [meeting_id])
        codes_of = dict(session.execute(select(Person.id, Person.code).where(
            Person.id.in_([m.person_id for m in marks]))).all())  # fmt: skip
        live = sorted((codes_of[m.person_id], m.present) for m in marks if not m.deleted)
        data = MeetingData(meeting.held_on, meeting.topic,
                           tuple(c for c, here in live if here),
                           tuple(c for c, here in live if not here), meeting.trainer,
                           meeting.workshop, tuple(meeting.formats or ()), meeting.minutes,
                           meeting.trainer_profession)  # fmt: skip
        return MeetingRecord(meeting.id, course.id, course.title, data, meeting.revision,
                             tuple(m.id for m in marks))  # fmt: skip


def correct_training_session(
    db: Database,
    actor: Account,
    meeting_id: str,
    data: MeetingData,
    expected_revision: int | None = None,
) -> None:
    """Corrects a meeting and its attendance by the rules of recording one."""
    access.require(db, actor, Capability.RECORD_TRAINING)
    check_meeting(data)
    with db.transaction(actor.username) as session:
        meeting = _meeting(session, meeting_id)
        check_revision(session, meeting, expected_revision)
        _fill_meeting(session, meeting, data)


def training_session_entered_in_error(
    db: Database, actor: Account, meeting_id: str, reason: str, expected_revision: int | None = None
) -> None:
    """Marks a meeting and its attendance entered in error, with the reason."""
    access.require(db, actor, Capability.RECORD_TRAINING)
    with db.transaction(actor.username) as session:
        note_entered_in_error(session, reason)
        meeting = _meeting(session, meeting_id)
        check_revision(session, meeting, expected_revision)
        meeting.deleted = True
        for mark in _marks(session, [meeting_id]):
            mark.deleted = True


def _marks(session: Session, meeting_ids: list[str]) -> list[TrainingAttendance]:
    return list(session.scalars(select(TrainingAttendance).where(
        TrainingAttendance.training_session_id.in_(meeting_ids))))  # fmt: skip


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
        meeting = _meeting(session, meeting_id)
        course = session.get_one(TrainingCourse, meeting.course_id)
        title, kind = course.title, course.kind
    row = next(m for m in course_sessions(db, course.id) if m.id == meeting_id)
    return MeetingDetail(title, kind, row)
