"""Importing survey answers from CSV or Excel, all or nothing, without duplicates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app import access, codes
from app.i18n import translate
from app.imports.csv_reading import (
    Checked,
    Columns,
    ImportResult,
    Progress,
    Row,
    RowProblem,
    open_table,
)
from app.permissions import Account, Capability
from app.services import people, surveys
from db.database import Database

HEADER = ["person_code", "instrument", "item", "answer", "date"]
OPTIONAL = ("reason",)
COLUMNS = Columns(tuple(HEADER), OPTIONAL, {
    "person_code": ("编号",), "instrument": ("评估工具",), "item": ("问题",),
    "answer": ("回答",), "date": ("日期", "评估日期"), "reason": ("原因", "未评估原因"),
})  # fmt: skip
"""The answers' columns; the Chinese headings are the window's words."""
ANSWER_ALIASES = {"未评估": "not_assessed"}


@dataclass
class CheckedAnswers(Checked):
    """The preview, with the answers to save if nothing is wrong."""

    answers: list[surveys.Answer] = field(default_factory=list)


def check_surveys(
    db: Database, actor: Account, path: Path, report: Progress | None = None
) -> CheckedAnswers:
    """Reads the answers (CSV or .xlsx) and finds every problem, writing nothing."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    checked = CheckedAnswers(open_table(path, COLUMNS))
    roles = people.roles_by_person(db)
    today = date.today()
    good = []
    for row in checked.table.rows(report):
        answer = _check(row, roles, today)
        checked.keep(row)
        if answer is not None:
            good.append((row.line, answer))
    checked.problems.add(_duplicates(good, checked.table.shown.get("person_code", ""),
                                     checked.table.unit))  # fmt: skip
    checked.answers = [answer for _, answer in good]
    return checked


def import_surveys(
    db: Database, actor: Account, path: Path, report: Progress | None = None,
    checked: CheckedAnswers | None = None,
) -> ImportResult:  # fmt: skip
    """Reads the answers, refuses the file whole on any problem, else saves them together
    (the preview's answers when ``checked`` is given). ``report`` may cancel; then nothing
    is written."""
    access.require(db, actor, Capability.RECORD_SURVEYS)
    if checked is None:
        first = None if report is None else lambda d, t: report(d, 2 * t)
        checked = check_surveys(db, actor, path, first)
        total = checked.table.total
        tell = None if report is None else lambda d, t: report(total + d * total // t, 2 * total)
    else:
        tell = report
    checked.problems.refuse(path)
    good = checked.answers
    before = {_key(a): (a.answer, a.reason) for a in surveys.list_answers(db, actor)}
    surveys.record_answers(db, actor, good, tell)
    new = sum(1 for a in good if _key(a) not in before)
    same = sum(1 for a in good if before.get(_key(a)) == (a.answer, a.reason))
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


def _duplicates(lines: list[tuple[int, surveys.Answer]], column: str,
                unit: str) -> list[RowProblem]:  # fmt: skip
    """The same person, item and date twice in one file is ambiguous, so it is refused."""
    seen: dict[tuple[str, str, str, date], int] = {}
    problems = []
    for line, answer in lines:
        key = _key(answer)
        if key in seen:
            problems.append(
                RowProblem(
                    line,
                    column,
                    answer.person,
                    translate("imports", "the same answer is on line {other}").format(
                        other=seen[key]
                    ),
                    unit,
                )
            )
        seen.setdefault(key, line)
    return problems
