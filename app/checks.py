"""Checks that the database is sound: SQLite's own checks, then the service's rules.

Each rule is one query (set-based: no query per row, rows read as plain tuples, not
objects); each problem is one line naming the table, the record and what
is wrong, so a site can tell the project manager exactly what to look at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date

from sqlalchemy import or_, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from app import codes
from db.base import Base, Travelling
from db.database import Database
from db.models import (
    ActivitySession,
    Attendance,
    EmergencyEvent,
    Enrolment,
    Installation,
    Person,
    SurveyAnswer,
)

Check = Callable[[Session], list[str]]


CHECK_CACHE_KIB = 131072
"""SQLite's page cache while checking: 128 MiB instead of 2, which halves the integrity
check of a 900 MiB encrypted site (36 s -> 19 s), each page decrypted once, not again and
again as it falls out of a small cache; the rules, on their own connection, run a tenth
faster with it too. At most twice this while checking, given back after."""


@contextmanager
def _large_cache(session: Session) -> Iterator[None]:
    """The check's page cache while the checks run, SQLite's usual one given back after."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {before}"))


def sqlite_checks(session: Session) -> list[str]:
    """SQLite's integrity check and foreign key check."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    rows = session.execute(text("PRAGMA integrity_check")).all()
    found = [" ".join(str(r[0]).split()) for r in rows if r[0] != "ok"]  # SQLite may use lines
    problems = [f"integrity: the database file is damaged ({len(found)} problem(s), the first: "
                f"{found[0]}); restore a backup"] if found else []  # fmt: skip
    problems += [
        f"{row[0]}: row {row[1]} points at a missing {row[2]} record"
        for row in session.execute(text("PRAGMA foreign_key_check"))
    ]
    return problems


def installation_present(session: Session) -> list[str]:
    """A database without its identity cannot stamp or export records."""
    if session.scalars(select(Installation)).first() is None:
        return ["installation: missing; run init --site CODE --name NAME"]
    return []


def travelling_columns(session: Session) -> list[str]:
    """Revisions start at 1 and a record is never updated before it was created."""
    problems = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if not issubclass(model, Travelling):
            continue
        table = model.__tablename__
        for row in session.scalars(
            select(model).where((model.revision < 1) | (model.updated_at < model.created_at))
        ):
            problems.append(f"{table} {row.id}: revision {row.revision} or timestamps out of order")
    return problems


def enrolment_dates(session: Session) -> list[str]:
    """Nobody leaves before enrolling."""
    stmt = (
        select(Person.code, Enrolment.role, Enrolment.enrolled_on, Enrolment.left_on)
        .join(Person, Enrolment.person_id == Person.id)
        .where(Enrolment.deleted.is_(False), Enrolment.left_on < Enrolment.enrolled_on)
    )
    return [
        f"enrolment of {code} as {role}: left on {left} before enrolling on {enrolled}"
        for code, role, enrolled, left in session.execute(stmt)
    ]


def session_rules(session: Session) -> list[str]:
    """Held sessions have times in order and are not in the future; cancellations say why."""
    today = date.today()
    problems = []
    a = ActivitySession
    live = session.execute(  # plain rows, not 100,000 objects to build and track
        select(a.id, a.session_date, a.topic, a.venue, a.formats, a.status, a.actual_start,
               a.actual_end, a.cancel_reason).where(a.deleted.is_(False))
    )  # fmt: skip
    for s in live:
        where = f"activity_session {s.id} on {s.session_date}"
        if s.topic not in codes.TOPICS or s.venue not in codes.VENUES:
            problems.append(f"{where}: unknown topic {s.topic!r} or venue {s.venue!r}")
        unknown = [f for f in s.formats if f not in codes.FORMATS]
        if unknown:
            problems.append(f"{where}: unknown formats {unknown}")
        if s.status not in codes.SESSION_STATUSES:
            problems.append(f"{where}: unknown status {s.status!r}")
        if s.status == "held":
            if s.actual_start is None or s.actual_end is None:
                problems.append(f"{where}: held but without actual start and end")
            elif s.actual_end <= s.actual_start:
                problems.append(f"{where}: actual end is not after the start")
            if s.session_date > today:
                problems.append(f"{where}: marked held but dated in the future")
        if s.status == "cancelled" and s.cancel_reason not in codes.CANCEL_REASONS:
            problems.append(f"{where}: cancelled without a known reason")
    return problems


def attendance_enrolled(session: Session) -> list[str]:
    """Consumers at a session were enrolled in its community on its day.

    One query for all attendance: a site's whole history has a million rows, and asking
    for each row's enrolment took minutes.
    """
    covering = (
        select(Enrolment.id)
        .where(
            Enrolment.person_id == Attendance.person_id,
            Enrolment.role == "consumer",
            Enrolment.deleted.is_(False),
            Enrolment.community_id == ActivitySession.community_id,
            Enrolment.enrolled_on <= ActivitySession.session_date,
            or_(Enrolment.left_on.is_(None), Enrolment.left_on > ActivitySession.session_date),
        )
        .exists()
    )
    stmt = (
        select(Attendance.id, ActivitySession.session_date, Person.code)
        .join(ActivitySession, Attendance.session_id == ActivitySession.id)
        .join(Person, Attendance.person_id == Person.id)
        .where(
            Attendance.kind == "consumer",
            Attendance.deleted.is_(False),
            ActivitySession.deleted.is_(False),
            ~covering,
        )
    )
    return [
        f"attendance {key}: {code} was not enrolled as a consumer in the session's community "
        f"on {day}"
        for key, day, code in session.execute(stmt)
    ]


def live_rows_point_at_live_people(session: Session) -> list[str]:
    """A record still in use does not refer to a person marked deleted."""
    problems = []
    for model, column in (
        (Enrolment, Enrolment.person_id),
        (Attendance, Attendance.person_id),
        (SurveyAnswer, SurveyAnswer.person_id),
    ):
        stmt = (
            select(model.id, Person.code)
            .join(Person, column == Person.id)
            .where(model.deleted.is_(False), Person.deleted.is_(True))
        )
        problems += [
            f"{model.__tablename__} {row_id}: refers to deleted person {code}"
            for row_id, code in session.execute(stmt)
        ]
    return problems


def emergency_rules(session: Session) -> list[str]:
    """Known kinds; no event closed before a doctor acknowledged it."""
    problems = []
    e = EmergencyEvent
    live = select(e.id, e.kind, e.closed_at, e.acknowledged_at).where(e.deleted.is_(False))
    for event in session.execute(live):
        if event.kind not in codes.EVENT_KINDS:
            problems.append(f"emergency_event {event.id}: unknown kind {event.kind!r}")
        if event.closed_at is not None and event.acknowledged_at is None:
            problems.append(f"emergency_event {event.id}: closed without acknowledgement")
    return problems


def survey_codes(session: Session) -> list[str]:
    """Answers use known instruments, items and answers."""
    problems = []
    a = SurveyAnswer
    live = select(a.id, a.instrument, a.item, a.answer).where(a.deleted.is_(False))
    for answer in session.execute(live):
        items = codes.INSTRUMENTS.get(answer.instrument, ())
        if answer.item not in items or answer.answer not in codes.SURVEY_ANSWERS:
            problems.append(
                f"survey_answer {answer.id}: unknown {answer.instrument}/{answer.item} "
                f"or answer {answer.answer!r}"
            )
    return problems


def row_rules(session: Session) -> list[str]:
    """Every travelling record keeps the rules a bundle's rows are held to at the project
    manager: known codes, plausible dates, never updated before it was made."""
    from app.exchange import row_rules as rules
    from app.exchange.rows import travelling_models

    tables = [model.__table__ for model in travelling_models()]
    return list(rules.stored_problems(session, tables))  # type: ignore[arg-type]


RULES: tuple[Check, ...] = (
    installation_present,
    travelling_columns,
    enrolment_dates,
    session_rules,
    attendance_enrolled,
    live_rows_point_at_live_people,
    emergency_rules,
    survey_codes,
    row_rules,
)


def run_checks(db: Database) -> list[str]:
    """Every problem found, one line each; an empty list means the database is sound.

    SQLite's own checks read the whole file on a second connection while the rules run
    on this one: each waits mostly inside SQLite, so on two cores the rules take no time
    of their own (a 900 MiB site: 32 s one after the other). A damaged file (SQLite:
    "database disk image is malformed") ends the checks with one line saying so, since
    every later query would fail the same way.
    """
    if db.file is None:  # an in-memory database belongs to its one connection
        return _run(db, (sqlite_checks, *RULES))[0]
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-checks") as pool:
        own = pool.submit(_run, db, (sqlite_checks,))
        rules, _ = _run(db, RULES)
        problems, damaged = own.result()
    return problems if damaged else problems + rules


def _run(db: Database, checks: tuple[Check, ...]) -> tuple[list[str], bool]:
    """The problems ``checks`` find in one reading session, and whether the file proved
    damaged (the checks stop there)."""
    problems: list[str] = []
    with db.reading() as session, _large_cache(session):
        for check in checks:
            try:
                problems += check(session)
            except DatabaseError as error:
                damage = f"the database file is damaged: {error.orig}; restore a backup"
                return [*problems, damage], True
    return problems, False
