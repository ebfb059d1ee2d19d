"""Writing checked survey answers: a batch at a time, new answers as one bulk insert.

People are found by their codes and earlier answers by person with one query per batch, as
``surveys.save_answer`` would one at a time. New answers go in one statement per batch
(``db.hooks.insert_new``, which writes their versions and audit entries as a flush would);
earlier ones are changed through the session, so their changes are versioned and audited.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import surveys
from db.hooks import insert_new
from db.models import Enrolment, Person, SurveyAnswer

QUERY = 500
"""Keys looked up per query."""


@dataclass
class Counts:
    """Answers new, changed and unchanged by the import."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0


def roles_of(session: Session, codes: Iterable[str]) -> dict[str, set[str]]:
    """Every role each of these live people has ever held, by code."""
    wanted, roles = list(codes), {}
    for start in range(0, len(wanted), QUERY):
        stmt = (select(Person.code, Enrolment.role)
                .join(Enrolment, Enrolment.person_id == Person.id)
                .where(Person.code.in_(wanted[start : start + QUERY]),
                       Person.deleted.is_(False), Enrolment.deleted.is_(False)))  # fmt: skip
        for code, role in session.execute(stmt):
            roles.setdefault(code, set()).add(role)
    return roles


def write_batch(session: Session, answers: Sequence[surveys.Answer], counts: Counts) -> None:
    """Writes one batch of checked answers in the caller's transaction."""
    ids = _ids(session, {a.person for a in answers})
    earlier = _earlier(session, list(set(ids.values())))
    new: list[dict[str, Any]] = []
    with session.no_autoflush:
        for answer in answers:
            person_id = ids[answer.person]
            row = earlier.get((person_id, answer.instrument, answer.item, answer.answered_on))
            if row is None:
                new.append({"person_id": person_id, "instrument": answer.instrument,
                            "item": answer.item, "answered_on": answer.answered_on,
                            "answer": answer.answer, "reason": answer.reason})  # fmt: skip
                continue
            row.answer, row.reason, row.deleted = answer.answer, answer.reason, False
            changed = session.is_modified(row)
            counts.updated += changed
            counts.unchanged += not changed
    counts.new += len(new)
    insert_new(session, SurveyAnswer, new)
    session.flush()


def _ids(session: Session, codes: Iterable[str]) -> dict[str, str]:
    wanted, found = list(codes), {}
    for start in range(0, len(wanted), QUERY):
        stmt = select(Person.code, Person.id).where(
            Person.code.in_(wanted[start : start + QUERY]), Person.deleted.is_(False))  # fmt: skip
        found |= {code: pid for code, pid in session.execute(stmt)}
    return found


def _earlier(
    session: Session, person_ids: list[str]
) -> dict[tuple[str, str, str, date], SurveyAnswer]:
    found = {}
    for start in range(0, len(person_ids), QUERY):
        stmt = select(SurveyAnswer).where(
            SurveyAnswer.person_id.in_(person_ids[start : start + QUERY]))  # fmt: skip
        found |= {(a.person_id, a.instrument, a.item, a.answered_on): a
                  for a in session.scalars(stmt)}  # fmt: skip
    return found
