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

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.services import surveys
from db.hooks import insert_new
from db.models import Enrolment, Person, SurveyAnswer

QUERY = 500
"""Keys looked up per query."""
Key = tuple[str, str, str, date]
"""An answer's identity: person id, instrument, item, date."""


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
    keyed = [((ids[a.person], a.instrument, a.item, a.answered_on), a) for a in answers]
    earlier = _earlier(session, [key for key, _ in keyed])
    new: list[dict[str, Any]] = []
    with session.no_autoflush:
        for key, answer in keyed:
            row = earlier.get(key)
            if row is None:
                new.append({"person_id": key[0], "instrument": answer.instrument,
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


def _earlier(session: Session, keys: list[Key]) -> dict[Key, SurveyAnswer]:
    """The stored answers with these keys (person, instrument, item, date), deleted or not:
    only those, not every answer of the people named, which grows with each round."""
    found = {}
    columns = tuple_(SurveyAnswer.person_id, SurveyAnswer.instrument, SurveyAnswer.item,
                     SurveyAnswer.answered_on)  # fmt: skip
    for start in range(0, len(keys), QUERY):
        stmt = select(SurveyAnswer).where(columns.in_(keys[start : start + QUERY]))
        found |= {(a.person_id, a.instrument, a.item, a.answered_on): a
                  for a in session.scalars(stmt)}  # fmt: skip
    return found
