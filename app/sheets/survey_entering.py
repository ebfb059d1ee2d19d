"""Entering a survey interview sheet read back: the answers ticked become the interview's.

Each question of the sheet has a box per answer (yes, no, not assessed), named by the
layout with the question's instrument and item (``printouts.sheet_layout``). The sheet
does not carry the interview's date (it is written by hand), so the person gives it. An
answer already recorded for that day that the sheet contradicts is a conflict the person
must resolve, named by the question's words in the user's language, never overwritten
silently. Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app import codes
from app.errors import UserError
from app.i18n import language, translate
from app.permissions import Account
from app.services import surveys
from app.sheets.entering import SheetConflict, decided_marks, keep_pages, one_record
from app.sheets.reading import ReadPage
from db.database import Database


@dataclass(frozen=True)
class SurveySheet:
    """What a person's survey pages say, as the person decided them."""

    person: str
    answers: tuple[tuple[str, str, str], ...]
    """(instrument, item, answer code) of each question with one answer ticked."""


def question(instrument_item: str) -> str:
    """A question's words in the user's language (never its code)."""
    from printouts.survey_texts import SURVEY_TEXTS

    _, _, item = instrument_item.partition("/")
    text = SURVEY_TEXTS.get(item)
    if text is None:
        return item.replace("_", " ")
    return text.zh if language() == "zh" else text.en


def _answer_words(answer: str) -> str:
    return codes.SURVEY_ANSWERS[answer].label(language())


def decided(pages: Sequence[ReadPage], choices: dict[tuple[int, str], bool]) -> SurveySheet:
    """The answers of a person's survey pages; ``choices`` holds the person's decision for
    (page number in ``pages``, box name) and must cover every uncertain box. A question
    with two answers ticked is refused, naming the question."""
    by_header = {c.en: c.code for c in codes.SURVEY_ANSWERS}
    ticked: dict[str, list[str]] = {}
    for mark, chosen in decided_marks(pages, choices, lambda mark: question(mark.label)):
        header, _, key = mark.name.partition("|")
        if header in by_header and "/" in key:
            answers = ticked.setdefault(key, [])
            if chosen:
                answers.append(by_header[header])
    person = one_record(pages)
    for key, answers in ticked.items():
        if len(answers) > 1:
            raise UserError(
                translate(
                    "sheets", "More than one answer is ticked for “{question}”: keep one."
                ).format(question=question(key))
            )
    found = tuple(
        (key.partition("/")[0], key.partition("/")[2], answers[0])
        for key, answers in ticked.items()
        if answers
    )
    return SurveySheet(person, found)


def differences(db: Database, actor: Account, sheet: SurveySheet, day: date) -> tuple[str, ...]:
    """Each answer already recorded for the person on that day that the sheet contradicts,
    in words."""
    recorded = {
        (a.instrument, a.item): a.answer
        for a in surveys.list_answers(db, actor)
        if a.person == sheet.person and a.answered_on == day
    }
    found = []
    for instrument, item, answer in sheet.answers:
        before = recorded.get((instrument, item))
        if before is not None and before != answer:
            found.append(
                translate("sheets", "“{question}”: recorded as {before}, ticked {after}.").format(
                    question=question(f"{instrument}/{item}"),
                    before=_answer_words(before),
                    after=_answer_words(answer),
                )
            )
    return tuple(found)


def enter(
    db: Database,
    actor: Account,
    pages: Sequence[ReadPage],
    sheet: SurveySheet,
    day: date,
    use_sheet: bool = False,
) -> int:
    """Records the sheet's answers as the person's interview of ``day`` (its other details
    kept when it was recorded already) and keeps the page images; how many answers.
    A contradiction with answers of that day is refused unless ``use_sheet``."""
    if not sheet.answers:
        raise UserError(translate("sheets", "No answer is ticked on the sheet."))
    found = differences(db, actor, sheet, day)
    if found and not use_sheet:
        heading = translate("sheets", "Answers of that day are already recorded differently:")
        raise SheetConflict(found, heading)
    interview = surveys.interview_of(db, actor, sheet.person, day) or surveys.Interview(
        sheet.person, day, surveys.cared_for_role(db, sheet.person)
    )
    answers = [surveys.Answer(sheet.person, i, q, a, day) for i, q, a in sheet.answers]
    count = surveys.record_survey(db, actor, interview, answers)
    keep_pages(db, actor, pages, answered_on=day.isoformat(),
               answers=[list(a) for a in sheet.answers])  # fmt: skip
    return count
