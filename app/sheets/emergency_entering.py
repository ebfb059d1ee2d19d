"""Entering an emergency form read back: its ticks become the event's category and kind.

The form is printed filled from a reported event (its code in the QR code), with the
event's category and kind printed ticked; a box ticked in pen says what the paper holds.
The layout names the boxes by the field and the option (``printouts.sheet_layout``), so
"Kind of event|Self-harm" is the option Self-harm of the kind. The boxes as the person
decided them are compared with the event: a sheet that says otherwise is a conflict the
person must resolve (the sheet is right), never an overwrite, and then the event is
corrected through ``app.services.emergencies`` with its rules (the reporter or a
community doctor, an open report). The handwritten fields (what happened, action taken,
follow-up, an "Other" kind written in) are kept as images with the page.

A blank form carries the code of the event it will become (``app.printing``): read
back, it creates that event from its ticks (``create``), when and where it happened
given by the person, its handwritten fields kept with it to be typed in later.
Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from app import access, codes
from app.codes import CodeList
from app.errors import UserError
from app.i18n import language, translate
from app.permissions import Account, Capability
from app.services import emergencies
from app.sheets.entering import SheetConflict, decided_marks, keep_pages, one_box_each, one_record
from app.sheets.reading import ReadMark, ReadPage
from db.database import Database
from printouts.forms import CATEGORY

KIND = "Kind of event"
FIELDS: dict[str, CodeList] = {CATEGORY.en: codes.EVENT_CATEGORIES, KIND: codes.EVENT_KINDS}
"""The form's choice fields by their English label (the boxes' names), and their lists."""


@dataclass(frozen=True)
class EmergencySheet:
    """What an emergency form says, as the person decided its boxes."""

    event_id: str
    category: str | None
    kind: str | None


def _field_words(label: str) -> str:
    if label == KIND:
        return translate("sheets", "Kind of event")
    return translate("sheets", "Adverse event or behavioural emergency")


def _option_words(code_list: CodeList, code: str | None) -> str:
    if code is None:
        return translate("sheets", "nothing")
    return code_list[code].label(language())


def mark_words(mark: ReadMark) -> str:
    """A mark as the person reads it: its box in words, else its printed label."""
    return box_words(mark.name) or mark.label


def box_words(name: str) -> str | None:
    """What an emergency form's box stands for in the user's language (its option), or
    None for a box of another form."""
    label, _, option = name.partition("|")
    code_list = FIELDS.get(label)
    if code_list is None:
        return None
    found = next((c for c in code_list if c.en == option), None)
    return found.label(language()) if found is not None else option


def decided(pages: Sequence[ReadPage], choices: dict[tuple[int, str], bool]) -> EmergencySheet:
    """The category and kind ticked on the form; ``choices`` holds the person's decision
    for (page number in ``pages``, box name) and must cover every uncertain box. Two
    options ticked in one field are refused, naming the field."""
    ticked: dict[str, list[str]] = {label: [] for label in FIELDS}
    for mark, chosen in decided_marks(pages, choices, mark_words):
        label, _, option = mark.name.partition("|")
        code_list = FIELDS.get(label)
        if code_list is None or not chosen:
            continue
        found = next((c.code for c in code_list if c.en == option), None)
        if found is not None:
            ticked[label].append(found)
    key = one_record(pages)
    one_box_each(ticked, _field_words)
    category, kind = ticked[CATEGORY.en], ticked[KIND]
    return EmergencySheet(key, category[0] if category else None, kind[0] if kind else None)


def is_new(db: Database, event_id: str) -> bool:
    """Whether the form is a blank one whose event is not reported yet."""
    return all(e.id != event_id for e in emergencies.list_events(db))


def event_row(db: Database, event_id: str) -> emergencies.EventRow:
    row = next((e for e in emergencies.list_events(db) if e.id == event_id), None)
    if row is None:
        raise UserError(
            translate("emergencies", "No emergency event has the key {key}.").format(key=event_id)
        )
    return row


def differences(db: Database, sheet: EmergencySheet) -> tuple[str, ...]:
    """Each way the form as decided contradicts the event as reported, in words (a
    category the report left open and the sheet ticks is no contradiction; none for a
    new event)."""
    if is_new(db, sheet.event_id):
        return ()
    row = event_row(db, sheet.event_id)
    found = []
    for label, before, after in (
        (CATEGORY.en, row.category, sheet.category),
        (KIND, row.kind, sheet.kind),
    ):
        if before != after and before is not None:  # a field left open is filled in
            found.append(
                translate("sheets", "“{field}”: reported as {before}, ticked {after}.").format(
                    field=_field_words(label),
                    before=_option_words(FIELDS[label], before),
                    after=_option_words(FIELDS[label], after),
                )
            )
    return tuple(found)


def filled_in(db: Database, sheet: EmergencySheet) -> str:
    """The category the report left open and the sheet ticks, in words ("" if none)."""
    if is_new(db, sheet.event_id):
        return ""
    row = event_row(db, sheet.event_id)
    if row.category is not None or sheet.category is None:
        return ""
    return translate("sheets", "“{field}” is open in the report: it becomes {after}.").format(
        field=_field_words(CATEGORY.en),
        after=_option_words(codes.EVENT_CATEGORIES, sheet.category),
    )


def refusal(db: Database, actor: Account, sheet: EmergencySheet) -> str:
    """Why the actor may not enter the event's form, in words ("" if they may)."""
    if is_new(db, sheet.event_id):
        if actor.can(Capability.REPORT_EMERGENCIES):
            return ""
        return translate("sheets", "Your account may not report emergencies.")
    if emergencies.may_change(db, actor, sheet.event_id):
        return ""
    return translate(
        "sheets",
        "Only the person who reported this event or a community doctor may keep its form "
        "with the report.",
    )


def enter(
    db: Database,
    actor: Account,
    pages: Sequence[ReadPage],
    sheet: EmergencySheet,
    use_sheet: bool = False,
) -> bool:
    """Keeps the form's page images with the event; whether the event was corrected.

    Only who may correct the event (its reporter or a community doctor) enters its form,
    even one that agrees with it: keeping a page adds to the report. A category the
    report left open is filled in from the sheet. A form that differs from the event is
    refused as a conflict unless ``use_sheet`` says the sheet is right; then the event is
    corrected by the reporting rules (a report not yet closed). No kind ticked is
    refused: every event has one.
    """
    access.require(db, actor, Capability.REPORT_EMERGENCIES)
    emergencies.require_may_change(db, actor, sheet.event_id)  # even a page that agrees
    found = differences(db, sheet)
    if found and not use_sheet:
        heading = translate("sheets", "The event is already reported differently:")
        raise SheetConflict(found, heading)
    row = event_row(db, sheet.event_id)
    if found or row.category != sheet.category:
        if sheet.kind is None:
            raise UserError(translate("sheets", "Tick what kind of event it was."))
        report = emergencies.EventReport(
            community=row.community,
            occurred_at=row.occurred_at,
            kind=row.kind,
            description=row.description,
            action_taken=row.action_taken,
            people=row.people,
            place=row.place,
            session_id=row.session_id,
            reported_by=row.reported_by,
            reported_to=row.reported_to,
            category=row.category,
            handed_over_at=row.handed_over_at,
        )
        fixed = replace(report, kind=sheet.kind, category=sheet.category)
        emergencies.correct_event(db, actor, sheet.event_id, fixed)
    keep_pages(db, actor, pages, category=sheet.category, kind=sheet.kind)
    return row.category != sheet.category or row.kind != sheet.kind


def create(
    db: Database,
    actor: Account,
    pages: Sequence[ReadPage],
    sheet: EmergencySheet,
    community: str,
    occurred_at: datetime,
) -> str:
    """Reports the event a blank form was printed for, from its ticks, by the reporting
    rules (a kind, a past moment); keeps the page images; returns the event's key.

    What happened and the action taken are written by hand on the form: the report says
    so, and their images are kept with it to be typed in when someone has time.
    """
    if sheet.kind is None:
        raise UserError(translate("sheets", "Tick what kind of event it was."))
    written = translate("sheets", "Written by hand on the paper form kept with this report.")
    report = emergencies.EventReport(
        community=community,
        occurred_at=occurred_at,
        kind=sheet.kind,
        description=written,
        action_taken=written,
        category=sheet.category,
    )
    key = emergencies.report_event(db, actor, report, key=sheet.event_id)
    keep_pages(db, actor, pages, category=sheet.category, kind=sheet.kind)
    return key
