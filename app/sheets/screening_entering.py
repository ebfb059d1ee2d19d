"""Entering a screening sheet read back: its ticks become the person's screening.

The sheet is printed for a person (their code in the QR code), blank or filled from their
latest screening. Each inclusion criterion has a "Met" and a "Not met" box, named by the
layout with the criterion's code (``printouts.sheet_layout``); how the person came, the
peer's own questions, the diagnosis found and the eligibility decision are ticked from
their lists. The screening date is written by hand, so the person gives it. A screening of
that person and day that the sheet contradicts is a conflict the person must resolve,
named in the user's language, never overwritten silently; then it is corrected through
``app.services.screening`` with its rules (whoever screens, criteria not met confirmed).
Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from app import access, codes
from app.codes import CodeList
from app.errors import UserError
from app.i18n import language, translate
from app.permissions import Account, Capability
from app.services import screening
from app.sheets.entering import SheetConflict, decided_marks, keep_pages, one_box_each, one_record
from app.sheets.reading import ReadMark, ReadPage
from db.database import Database

MET, NOT_MET = "Met", "Not met"
FIELDS: dict[str, tuple[str, CodeList]] = {
    "How the person came": ("referral", codes.REFERRALS),
    "Compassionate and willing to help": ("compassionate", codes.YES_NO),
    "Practical skills": ("practical_skills", codes.YES_NO),
    "Diagnosis found": ("diagnosis_found", codes.DIAGNOSES),
    "Eligibility": ("decision", codes.ELIGIBILITY),
}
"""The sheet's choice fields by their English label (the boxes' names): the screening's
field each sets, and its list."""
YES_NO_FIELDS = ("compassionate", "practical_skills")


@dataclass(frozen=True)
class ScreeningSheet:
    """What a screening sheet says, as the person decided its boxes."""

    person: str
    role: str
    """The role the sheet was printed for (its criteria's)."""
    criteria: tuple[tuple[str, bool], ...]
    """(criterion code, met) of each criterion with one box ticked."""
    answers: tuple[tuple[str, str], ...]
    """(screening field, code) of each choice field with one option ticked."""


def _field_words(label: str) -> str:
    words = {
        "How the person came": translate("sheets", "How the person came"),
        "Compassionate and willing to help": translate(
            "sheets", "Compassionate and willing to help"
        ),
        "Practical skills": translate("sheets", "Practical skills"),
        "Diagnosis found": translate("sheets", "Diagnosis found"),
        "Eligibility": translate("sheets", "Eligibility"),
    }
    return words.get(label, label)


def _met_words(met: bool) -> str:
    return translate("sheets", "met") if met else translate("sheets", "not met")


def _criterion_words(role: str, code: str) -> str:
    criteria = codes.SCREENING_CRITERIA.get(role)
    if criteria is None or code not in criteria:
        return code.replace("_", " ")
    return criteria[code].label(language())


def _option(label: str, option: str) -> str | None:
    """The code of a choice field's option named in English, or None."""
    _, code_list = FIELDS[label]
    return next((c.code for c in code_list if c.en == option), None)


def mark_words(mark: ReadMark) -> str:
    """A mark as the person reads it: its box in words, else its printed label."""
    return box_words(mark.name) or mark.label


def box_words(name: str) -> str | None:
    """What a screening sheet's box stands for in the user's language, or None for a box
    of another form."""
    label, _, option = name.partition("|")
    if label in (MET, NOT_MET):
        role, _, code = option.partition("/")
        return translate("sheets", "{criterion}: {answer}").format(
            criterion=_criterion_words(role, code), answer=_met_words(label == MET)
        )
    if label not in FIELDS:
        return None
    code = _option(label, option)
    words = FIELDS[label][1][code].label(language()) if code is not None else option
    return translate("sheets", "{field}: {answer}").format(field=_field_words(label), answer=words)


def decided(pages: Sequence[ReadPage], choices: dict[tuple[int, str], bool]) -> ScreeningSheet:
    """The criteria and choices ticked on the sheet; ``choices`` holds the person's decision
    for (page number in ``pages``, box name) and must cover every uncertain box. A
    criterion ticked both met and not met, or two options of one field, are refused."""
    met: dict[str, list[bool]] = {}
    roles = set()
    ticked: dict[str, list[str]] = {}
    for mark, chosen in decided_marks(pages, choices, mark_words):
        label, _, option = mark.name.partition("|")
        if label in (MET, NOT_MET):
            role, _, option = option.partition("/")
            roles.add(role)
            answers = met.setdefault(option, [])
            if chosen:
                answers.append(label == MET)
        elif label in FIELDS and chosen:
            code = _option(label, option)
            if code is not None:
                ticked.setdefault(label, []).append(code)
    person = one_record(pages, roles)
    for code, answers in met.items():
        if len(answers) > 1:
            raise UserError(
                translate(
                    "sheets", "“{criterion}” is ticked both met and not met: keep one."
                ).format(criterion=_criterion_words(next(iter(roles)), code))
            )
    one_box_each(ticked, _field_words)
    criteria = tuple((code, answers[0]) for code, answers in met.items() if answers)
    answers = tuple((FIELDS[label][0], found[0]) for label, found in ticked.items())
    return ScreeningSheet(person, roles.pop(), criteria, answers)


def recorded(
    db: Database, actor: Account, sheet: ScreeningSheet, day: date
) -> screening.ScreeningRecord | None:
    """The person's screening of that day, as recorded (None if none)."""
    return screening.screening_on(db, actor, sheet.person, sheet.role, day)


def printed_day(db: Database, actor: Account, person: str) -> date | None:
    """The day of the latest screening a filled sheet prints (None for a blank one)."""
    from app.printing import sheet_role

    role = sheet_role(db, "screening", person)
    found = screening.latest_screening(db, actor, person, role)
    return found.screened_on if found else None


def _value(field: str, code: str) -> object:
    return code == "yes" if field in YES_NO_FIELDS else code


def _words(field: str, value: object) -> str:
    if value is None:
        return translate("sheets", "nothing")
    if field in YES_NO_FIELDS:
        value = "yes" if value else "no"
    label = next(k for k, (f, _) in FIELDS.items() if f == field)
    return FIELDS[label][1][str(value)].label(language())


def differences(db: Database, actor: Account, sheet: ScreeningSheet, day: date) -> tuple[str, ...]:
    """Each way the sheet contradicts the person's screening of that day, in words (a
    criterion or field the screening left open and the sheet ticks is no contradiction)."""
    found = recorded(db, actor, sheet, day)
    if found is None:
        return ()
    lines = []
    for code, met in sheet.criteria:
        before = found.data.criteria.get(code)
        if before is not None and before != met:
            lines.append(
                translate("sheets", "“{field}”: recorded as {before}, ticked {after}.").format(
                    field=_criterion_words(sheet.role, code),
                    before=_met_words(before),
                    after=_met_words(met),
                )
            )
    for field, code in sheet.answers:
        before = getattr(found.data, field)
        after = _value(field, code)
        if before is not None and before != after:
            label = next(k for k, (f, _) in FIELDS.items() if f == field)
            lines.append(
                translate("sheets", "“{field}”: recorded as {before}, ticked {after}.").format(
                    field=_field_words(label),
                    before=_words(field, before),
                    after=_words(field, after),
                )
            )
    return tuple(lines)


def _merged(
    actor: Account, sheet: ScreeningSheet, day: date, before: screening.ScreeningData
) -> screening.ScreeningData:
    """The screening as the sheet says it, its other details kept as recorded."""
    data = replace(before, criteria=before.criteria | dict(sheet.criteria))
    for field, code in sheet.answers:
        data = replace(data, **{field: _value(field, code)})
    if data.referral == "other" and not data.referral_other.strip():
        data = replace(data, referral_other=translate("sheets", "Written on the paper sheet kept."))
    if data.decision is not None and data.decided_by is None:  # who ticks it, on that day
        data = replace(data, decided_by=actor.staff_code, decided_on=data.decided_on or day)
    return data


def enter(
    db: Database,
    actor: Account,
    pages: Sequence[ReadPage],
    sheet: ScreeningSheet,
    day: date,
    use_sheet: bool = False,
    confirmed: bool = False,
) -> str:
    """Records the sheet as the person's screening of ``day`` (a screening of that day
    corrected, its other details kept) and keeps the page images; the screening's key.

    A contradiction with the screening of that day is refused unless ``use_sheet`` says
    the sheet is right. A new screening needs every criterion ticked met or not met; a
    criterion not met is a warning to confirm; an eligibility ticked where none was
    decided is decided by the acting account (a psychiatrist or community doctor) on the
    screening day. Whoever may screen may enter the sheet.
    """
    access.require(db, actor, Capability.MANAGE_PEOPLE)
    access.require(db, actor, Capability.SEE_CLINICAL)
    found = differences(db, actor, sheet, day)
    if found and not use_sheet:
        heading = translate("sheets", "A screening of that day is already recorded differently:")
        raise SheetConflict(found, heading)
    role = sheet.role
    before = recorded(db, actor, sheet, day)
    if before is None:
        blank = screening.ScreeningData(sheet.person, role, day, {})
        data = _merged(actor, sheet, day, blank)
        missing = [c for c in screening.criteria_of(role) if c.code not in data.criteria]
        if missing:
            raise UserError(
                translate("sheets", "Tick met or not met for every criterion: {names}.").format(
                    names="; ".join(c.label(language()) for c in missing)
                )
            )
        key = screening.record_screening(db, actor, data, confirmed)
    else:
        key, data = before.id, _merged(actor, sheet, day, before.data)
        if data != before.data:
            screening.correct_screening(db, actor, key, data, confirmed, before.revision)
    keep_pages(db, actor, pages, screened_on=day.isoformat(), role=role,
               criteria=dict(sheet.criteria), answers=dict(sheet.answers))  # fmt: skip
    return key
