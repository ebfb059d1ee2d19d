"""Entering what a person confirmed from read sheets, through the usual services and rules.

A roster's boxes become the session's attendance: a planned session is logged (with the
times the person gives, and the planned peers unless corrected), a held one is compared
with its log and any difference is a conflict the person must choose to resolve, never
an overwrite. Every rule of logging applies (someone not enrolled that day refuses; a
warning asks to confirm). Then the page images are kept with the record (``store``), and
a logged session leaves "printed, not yet entered" by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

from app import access
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import sessions
from app.sheets import marks, store
from app.sheets.reading import ReadMark, ReadPage
from db.database import Database

FORMAT_FIELD = "Format"


@dataclass(frozen=True)
class SessionSheets:
    """What the read pages of one session say, as the person decided them."""

    session_id: str
    present: tuple[str, ...]
    absent: tuple[str, ...]
    formats: tuple[str, ...] | None
    """The formats ticked on a process form (codes), or None when none was read."""


@dataclass(frozen=True)
class Situation:
    """The session as it stands, and what the sheets would change in it."""

    status: str
    day: date
    planned: tuple[time, time]
    peers: tuple[str, ...]
    differences: tuple[str, ...]
    """Each way the sheets differ from what is already logged (a held session)."""


def decided(pages: Sequence[ReadPage], choices: dict[tuple[int, str], bool]) -> SessionSheets:
    """The session's attendance and formats from its pages; ``choices`` holds the person's
    decision for (page number in ``pages``, box name) and must cover every uncertain box."""
    from app import codes

    present, absent, formats, read_formats = [], [], [], False
    options = {c.en: c.code for c in codes.FORMATS}
    for number, page in enumerate(pages):
        for mark in page.marks:
            ticked = choices.get((number, mark.name))
            if ticked is None:
                if mark.state == marks.UNCERTAIN:
                    raise UserError(
                        translate("sheets", "Decide every uncertain mark first ({mark}).").format(
                            mark=mark.label
                        )
                    )
                ticked = mark.state == marks.TICKED
            column, _, key = mark.name.partition("|")
            if page.form == "attendance":
                (present if ticked else absent).append(key)
            elif column == FORMAT_FIELD and key in options:
                read_formats = True
                if ticked:
                    formats.append(options[key])
    return SessionSheets(
        one_record(pages), tuple(present), tuple(absent), tuple(formats) if read_formats else None
    )


def one_record(pages: Sequence[ReadPage], *others: set[str]) -> str:
    """The record every page is of; refused when they are of more than one (or when one of
    ``others``, a set read from the pages such as the role screened, holds more than one)."""
    keys = {p.record_key for p in pages}
    if len(keys) != 1 or any(len(other) != 1 for other in others):
        raise UserError(translate("sheets", "These pages are of more than one record."))
    return keys.pop()


def one_box_each(ticked: dict[str, list[Any]], words: Callable[[str], str]) -> None:
    """Refuses a field with more than one box ticked, naming the field in ``words``."""
    for label, found in ticked.items():
        if len(found) > 1:
            raise UserError(translate(
                "sheets", "More than one box is ticked for “{field}”: keep one."
            ).format(field=words(label)))  # fmt: skip


def situation(db: Database, sheets: SessionSheets) -> Situation:
    """How the session stands against the sheets: what is logged and what would change."""
    detail = sessions.session_detail(db, sheets.session_id)
    plan, report = detail.plan, detail.report
    peers = tuple(p for p in (plan.lead_peer, *plan.assisting_peers) if p)
    differences: list[str] = []
    if report is not None:
        logged = set(report.consumers_present)
        for code in sheets.present:
            if code not in logged:
                differences.append(
                    translate(
                        "sheets", "{code}: logged as not present, ticked on the sheet."
                    ).format(code=code)
                )
        for code in sheets.absent:
            if code in logged:
                differences.append(
                    translate(
                        "sheets", "{code}: logged as present, not ticked on the sheet."
                    ).format(code=code)
                )
        if sheets.formats is not None and set(sheets.formats) != set(report.formats or ()):
            differences.append(translate("sheets", "The formats differ from those logged."))
    return Situation(
        detail.status,
        plan.session_date,
        (plan.planned_start, plan.planned_end),
        peers,
        tuple(differences),
    )


def enter(
    db: Database,
    actor: Account,
    pages: Sequence[ReadPage],
    sheets: SessionSheets,
    times: tuple[time, time] | None = None,
    peers: tuple[str, ...] | None = None,
    use_sheet: bool = False,
    confirmed: bool = False,
    today: date | None = None,
) -> None:
    """Saves the session's attendance from its sheets and keeps the page images.

    A planned session is logged (``times`` as held, default the planned ones); a held one
    whose log differs is refused as a conflict unless ``use_sheet`` says the sheet is
    right, and then its log is corrected (with its history). A cancelled session is
    refused.
    """
    access.require(db, actor, Capability.LOG_SESSIONS)
    now = situation(db, sheets)
    if now.status == "cancelled":
        raise UserError(translate("sheets", "The session was cancelled; its sheet is not entered."))
    if now.status == "planned":
        start, end = times or now.planned
        report = sessions.SessionReport(
            start,
            end,
            sheets.present,
            sheets.absent,
            peers if peers is not None else now.peers,
            formats=sheets.formats,
        )
        sessions.log_session(db, actor, sheets.session_id, report, confirmed, today)
    elif now.differences:
        if not use_sheet:
            raise SheetConflict(now.differences)
        _correct(db, actor, sheets, confirmed, today)
    _keep(db, actor, pages, sheets)


class SheetConflict(UserError):
    """The sheet says otherwise than the record: the person chooses, nothing is changed.

    ``heading`` says which record (a session by default; survey answers, an event)."""

    def __init__(self, differences: Sequence[str], heading: str = "") -> None:
        self.differences = tuple(differences)
        heading = heading or translate("sheets", "The session is already logged differently:")
        super().__init__("\n".join((heading, *differences)))


def _correct(
    db: Database, actor: Account, sheets: SessionSheets, confirmed: bool, today: date | None
) -> None:
    from app.services import session_record

    report = sessions.session_detail(db, sheets.session_id).report
    assert report is not None
    fixed = replace(report, consumers_present=sheets.present, consumers_absent=sheets.absent)
    if sheets.formats is not None:
        fixed = replace(fixed, formats=sheets.formats)
    note = translate("sheets", "Corrected from a paper sheet read back.")
    session_record.correct_log(db, actor, sheets.session_id, fixed, None, confirmed, today, note)


def keep_pages(
    db: Database, actor: Account, pages: Sequence[ReadPage], **confirmed: object
) -> None:
    """Keeps each page's image with its marks as read and what the person confirmed."""
    for page in pages:
        head = {
            "code": page.code,
            "form": page.form,
            "page": page.page,
            "record_key": page.record_key,
            "marks": {m.name: m.state for m in page.marks},
            **confirmed,
        }
        store.save_page(db, actor.username, head, page.image, page.areas)


def _keep(db: Database, actor: Account, pages: Sequence[ReadPage], sheets: SessionSheets) -> None:
    """Keeps each page's image, with the attendance as confirmed."""
    keep_pages(db, actor, pages, present=list(sheets.present), absent=list(sheets.absent))


def notes_attached(db: Database, record_key: str) -> tuple[str, ...]:
    """The handwritten free-text areas kept with a record ("handwritten notes attached")."""
    return tuple(name for page in store.pages_of(db, record_key) for name in page.areas)


def decided_marks(
    pages: Sequence[ReadPage],
    choices: dict[tuple[int, str], bool],
    words: Callable[[ReadMark], str],
) -> Iterator[tuple[ReadMark, bool]]:
    """Each mark of the pages with whether it counts as ticked: the person's decision for
    (page number in ``pages``, box name) where there is one, else what was read. An
    uncertain mark left undecided is refused, named by ``words``."""
    for number, page in enumerate(pages):
        for mark in page.marks:
            chosen = choices.get((number, mark.name))
            if chosen is None:
                if mark.state == marks.UNCERTAIN:
                    raise UserError(
                        translate("sheets", "Decide every uncertain mark first ({mark}).").format(
                            mark=words(mark)
                        )
                    )
                chosen = mark.state == marks.TICKED
            yield mark, chosen
