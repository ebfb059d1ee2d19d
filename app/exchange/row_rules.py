"""The rules a travelling record keeps wherever it is written: typed at a site, arriving in
a bundle at the project manager, or found by ``check``.

A confirmed site's signature says who sent a row, not that the row is sound: its codes
must be the service's codes (``app.codes``), its dates plausible, and it may not have been
changed before it was made. Each rule works on the row's JSON values (as a bundle carries
them, and as ``check`` reads them back), and says what is wrong in one phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Date, Table, and_, or_, select, true
from sqlalchemy.orm import Session

from app import codes

EARLIEST = date(1900, 1, 1)
"""No record of the service, and nobody in it, is older than this."""
YEARS_AHEAD = 10
"""Plans may lie ahead; not further than this."""
CLOCK_SLACK = timedelta(days=1)
"""A site's clock may run ahead of the hub's by this much."""

ATTENDANCE_KINDS = ("consumer", "peer", "staff")
PEER_PARTS = ("lead", "assist")

_CODES: dict[tuple[str, str], Collection[str]] = {
    ("activity_template", "topic"): codes.TOPICS,
    ("activity_session", "venue"): codes.VENUES,
    ("activity_session", "topic"): codes.TOPICS,
    ("activity_session", "held_venue"): codes.VENUES,
    ("activity_session", "held_topic"): codes.TOPICS,
    ("activity_session", "status"): codes.SESSION_STATUSES,
    ("activity_session", "cancel_reason"): codes.CANCEL_REASONS,
    ("person", "sex"): codes.SEXES,
    ("person", "education"): codes.EDUCATION,
    ("person", "marital_status"): codes.MARITAL_STATUSES,
    ("person", "diagnosis"): codes.DIAGNOSES,
    ("staff_member", "profession"): codes.PROFESSIONS,
    ("training_course", "kind"): codes.TRAINING_KINDS,
    ("training_session", "workshop"): codes.WORKSHOPS,
    ("training_session", "trainer_profession"): codes.PROFESSIONS,
    ("attendance", "kind"): ATTENDANCE_KINDS,
    ("consent", "kind"): codes.CONSENT_KINDS,
    ("emergency_event", "kind"): codes.EVENT_KINDS,
    ("emergency_event", "category"): codes.EVENT_CATEGORIES,
    ("enrolment", "role"): codes.ROLES,
    ("screening", "role"): codes.SCREENED_ROLES,
    ("screening", "referral"): codes.REFERRALS,
    ("screening", "diagnosis_found"): codes.DIAGNOSES,
    ("screening", "decision"): codes.ELIGIBILITY,
    ("needs_interview", "role"): codes.ROLES,
    ("supervision_supervisor", "profession"): codes.PROFESSIONS,
    ("session_peer", "part"): PEER_PARTS,
    ("supervision", "kind"): codes.SUPERVISION_KINDS,
    ("survey_answer", "instrument"): codes.INSTRUMENTS,
    ("survey_answer", "answer"): codes.SURVEY_ANSWERS,
    ("survey_interview", "cared_for_role"): codes.CARED_FOR_ROLES,
    ("survey_interview", "interviewer_role"): codes.PROFESSIONS,
    ("status_change", "status"): codes.STATUSES,
}
_CODE_LISTS: dict[tuple[str, str], Collection[str]] = {
    ("activity_template", "formats"): codes.FORMATS,
    ("activity_session", "formats"): codes.FORMATS,
    ("training_session", "formats"): codes.TRAINING_FORMATS,
}
_PAST_ONLY = {("person", "birth_date"), ("consent", "signed_on"), ("status_change", "effective_on"),
              ("screening", "decided_on"), ("needs_interview", "interviewed_on")}  # fmt: skip

Rule = Callable[[dict[str, Any], date], str | None]


def problem(table: Table, row: dict[str, Any], today: date | None = None) -> str | None:
    """What is wrong with a row (its JSON values by column), or None when it is sound."""
    day = today or date.today()
    for rule in rules(table):
        found = rule(row, day)
        if found is not None:
            return found
    return None


@cache
def rules(table: Table) -> tuple[Rule, ...]:
    """Every rule of a table's rows, made once per table."""
    made: list[Rule] = []
    for column in table.columns:
        key = (table.name, column.key)
        if key in _CODES:
            made.append(_known(column.key, _CODES[key]))
        if key in _CODE_LISTS:
            made.append(_known_list(column.key, _CODE_LISTS[key]))
        if isinstance(column.type, Date):
            made.append(_plausible(column.key, key in _PAST_ONLY))
    if table.name == "survey_answer":
        made.append(_survey_item)
    if table.name == "screening":
        made += [_criteria, _evidence, _decision]
    if "created_at" in table.c and "updated_at" in table.c:
        made.append(_timestamps)
    return tuple(made)


def _known(column: str, allowed: Collection[str]) -> Rule:
    def rule(row: dict[str, Any], _day: date) -> str | None:
        value = row.get(column)
        if value is None or value in allowed:
            return None
        return f"unknown {column} {_shown(value)}"

    return rule


def _known_list(column: str, allowed: Collection[str]) -> Rule:
    def rule(row: dict[str, Any], _day: date) -> str | None:
        values = row.get(column) or []
        unknown = [v for v in values if not isinstance(v, str) or v not in allowed]
        return f"unknown {column} {_shown(unknown)}" if unknown else None

    return rule


def _plausible(column: str, past_only: bool) -> Rule:
    def rule(row: dict[str, Any], day: date) -> str | None:
        value = _as_date(row.get(column))
        if value is None:
            return None
        latest = day if past_only else day.replace(year=day.year + YEARS_AHEAD, day=1)
        if value < EARLIEST:
            return f"{column} {value} is before {EARLIEST.year}"
        if value > latest:
            return f"{column} {value} is in the future" if past_only else (
                f"{column} {value} is more than {YEARS_AHEAD} years ahead")  # fmt: skip
        return None

    return rule


def _survey_item(row: dict[str, Any], _day: date) -> str | None:
    items = codes.INSTRUMENTS.get(row.get("instrument") or "", ())
    if row.get("item") in items:
        return None
    return f"unknown item {_shown(row.get('item'))} of {_shown(row.get('instrument'))}"


def _criteria(row: dict[str, Any], _day: date) -> str | None:
    criteria = row.get("criteria")
    known = codes.SCREENING_CRITERIA.get(row.get("role") or "")
    if criteria is None or known is None:
        return None
    if not isinstance(criteria, dict):
        return "criteria are not a mapping"
    unknown = [k for k, v in criteria.items() if k not in known or v not in (True, False, None)]
    return f"unknown criteria {_shown(unknown)}" if unknown else None


def _evidence(row: dict[str, Any], _day: date) -> str | None:
    evidence = row.get("evidence")
    if evidence is None:
        return None
    if not isinstance(evidence, dict):
        return "evidence is not a mapping"
    known = codes.SCREENING_CRITERIA.get(row.get("role") or "", ())
    unknown = [k for k, v in evidence.items() if k not in known or v not in codes.EVIDENCE_SOURCES]
    return f"unknown evidence {_shown(unknown)}" if unknown else None


def _decision(row: dict[str, Any], _day: date) -> str | None:
    """A decision names who decided and when (screening's rule, ``check_screening``)."""
    if row.get("decision") is None:
        return None
    if not row.get("decided_by_id") or not row.get("decided_on"):
        return "decision without who decided and when"
    return None


def _timestamps(row: dict[str, Any], day: date) -> str | None:
    created, updated = _as_time(row.get("created_at")), _as_time(row.get("updated_at"))
    if created is None or updated is None:
        return None
    if updated < created:
        return "updated before it was created"
    latest = datetime.combine(day, datetime.max.time(), UTC) + CLOCK_SLACK
    if created.year < EARLIEST.year or updated > latest:
        return "created or updated at an impossible time"
    return None


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_time(value: Any) -> datetime | None:
    if value is None:
        return None
    stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def stored_problems(session: Session, tables: list[Table]) -> Iterator[str]:
    """Each stored row that breaks a rule, one line each, for ``check``.

    Only the rows that may break a rule are read and given the rules (``_suspects``): a
    site's million attendance rows are looked at by the database, not one by one here.
    """
    today = date.today()
    for table in tables:
        if not rules(table):
            continue
        suspect = _suspects(session, table, today)
        if suspect is None:
            continue
        for row in session.execute(select(table).where(suspect)).mappings():
            values = dict(row)
            for rule in rules(table):
                found = rule(values, today)
                if found is not None:
                    yield f"{table.name} {row['id']}: {found}"


def _suspects(session: Session, table: Table, today: date) -> Any:
    """A condition true of every row of the table that may break one of its rules (and of
    few others), or None when no row can: each column's distinct codes are checked here,
    dates and timestamps are compared by the database, lists of codes are looked at on
    their own column, and a screening's rows are all given the rules."""
    found: list[Any] = []
    for column in table.columns:
        key = (table.name, column.key)
        if key in _CODES:
            allowed = _CODES[key]
            values = session.execute(select(column).distinct()).scalars()
            bad = [v for v in values if v is not None and v not in allowed]
            if bad:
                found.append(column.in_(bad))
        if key in _CODE_LISTS:
            check = _known_list(column.key, _CODE_LISTS[key])
            rows = session.execute(select(table.c.id, column))
            wrong = [row_id for row_id, value in rows if check({column.key: value}, today)]
            if wrong:
                found.append(table.c.id.in_(wrong))
        if isinstance(column.type, Date):
            past_only = key in _PAST_ONLY
            latest = today if past_only else today.replace(year=today.year + YEARS_AHEAD, day=1)
            found.append(or_(column < EARLIEST, column > latest))
    if table.name == "survey_answer":
        pairs = session.execute(select(table.c.instrument, table.c.item).distinct())
        for instrument, item in pairs:
            if _survey_item({"instrument": instrument, "item": item}, today) is not None:
                found.append(and_(table.c.instrument == instrument, table.c.item == item))
    if table.name == "screening":
        found.append(true())  # a few rows a person: each is given the rules
    if "created_at" in table.c and "updated_at" in table.c:
        created, updated = table.c.created_at, table.c.updated_at
        latest_time = datetime.combine(today, datetime.max.time(), UTC) + CLOCK_SLACK
        found.append(or_(updated < created, created < datetime(EARLIEST.year, 1, 1, tzinfo=UTC),
                         updated > latest_time))  # fmt: skip
    return or_(*found) if found else None
