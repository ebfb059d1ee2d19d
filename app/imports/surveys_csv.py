"""Importing survey answers from CSV, all or nothing, without duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app import access, codes
from app.i18n import translate
from app.imports.csv_reading import ImportFailed, ImportResult, Row, RowProblem, read_rows
from app.permissions import Account, Capability
from app.services import people, surveys
from db.database import Database

HEADER = ["person_code", "instrument", "item", "answer", "date"]
OPTIONAL = ("reason",)
ANSWER_ALIASES = {"未评估": "not_assessed"}


def import_surveys(db: Database, actor: Account, path: Path) -> ImportResult:
    """Reads the answers, refuses the file whole on any problem, else saves them together."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    rows = list(read_rows(path, HEADER, OPTIONAL))
    roles = people.roles_by_person(db)
    today = date.today()
    answers = [_check(row, roles, today) for row in rows]
    problems = [p for row in rows for p in row.problems]
    good = [(row.line, a) for row, a in zip(rows, answers, strict=True) if a is not None]
    problems += _duplicates(good)
    if problems:
        raise ImportFailed(path, sorted(problems, key=lambda p: p.line))
    before = {_key(a): (a.answer, a.reason) for a in surveys.list_answers(db, actor)}
    surveys.record_answers(db, actor, [a for _, a in good])
    new = sum(1 for _, a in good if _key(a) not in before)
    same = sum(1 for _, a in good if before.get(_key(a)) == (a.answer, a.reason))
    return ImportResult(
        translate("imports", "answers"), len(good), new, len(good) - new - same, same
    )


def _key(answer: surveys.Answer) -> tuple[str, str, str, date]:
    return (answer.person, answer.instrument, answer.item, answer.answered_on)


def _check(row: Row, roles: dict[str, set[str]], today: date) -> surveys.Answer | None:
    """Every rule of one line; problems are noted on the row."""
    person = row.required("person_code")
    if person is not None and person not in roles:
        row.problem("person_code", translate("imports", "no person has this code"))
    instrument = row.required("instrument")
    item = row.required("item")
    answer = row.code("answer", codes.SURVEY_ANSWERS, ANSWER_ALIASES)
    if answer is None and not row.text("answer"):
        row.problem("answer", translate("imports", "a value is required"))
    answered_on = row.day("date", required=True)
    if instrument and instrument not in codes.INSTRUMENTS:
        row.problem(
            "instrument",
            translate("imports", "not a known instrument; use one of: {choices}").format(
                choices=", ".join(codes.INSTRUMENTS)
            ),
        )
    elif instrument and item and item not in codes.INSTRUMENTS[instrument]:
        row.problem(
            "item",
            translate("imports", "not an item of {instrument}; use one of: {choices}").format(
                instrument=instrument, choices=", ".join(codes.INSTRUMENTS[instrument])
            ),
        )
    elif instrument and person in roles:
        needed = codes.INSTRUMENT_ROLES[instrument]
        if needed not in roles[person]:
            row.problem(
                "instrument",
                translate(
                    "imports", "{instrument} is for a {role}, and {person} never was one"
                ).format(instrument=instrument, role=needed, person=person),
            )
    if answered_on is not None and answered_on > today:
        row.problem("date", translate("imports", "the date is in the future"))
    if row.problems or None in (person, instrument, item, answer, answered_on):
        return None
    assert person and instrument and item and answer and answered_on
    return surveys.Answer(person, instrument, item, answer, answered_on, row.text("reason"))


def _duplicates(lines: list[tuple[int, surveys.Answer]]) -> list[RowProblem]:
    """The same person, item and date twice in one file is ambiguous, so it is refused."""
    seen: dict[tuple[str, str, str, date], int] = {}
    problems = []
    for line, answer in lines:
        key = _key(answer)
        if key in seen:
            problems.append(
                RowProblem(
                    line,
                    "person_code",
                    answer.person,
                    translate("imports", "the same answer is on line {other}").format(
                        other=seen[key]
                    ),
                )
            )
        seen.setdefault(key, line)
    return problems
