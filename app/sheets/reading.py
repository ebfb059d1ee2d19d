"""Reading sheets: every page of every file found, straightened, matched to its record, and
each box measured; a page that cannot be read is listed with its reason and the others go on.

A page's boxes mean what its record's form lists today (``printouts.sheet_layout``): the
digest printed in the QR code must match, or the page is refused rather than read as
someone else's. Nothing is saved here; ``entering`` does that once a person confirmed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import access
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.sheets import geometry, images, marks, store
from db.database import Database
from printouts import sheet_layout

AREA_MARGIN_MM = 1.0


@dataclass(frozen=True)
class ReadMark:
    """One box as read: what it stands for and what was seen in it."""

    name: str
    """The layout's name: the column or field, a bar, the person's code or the option."""
    state: str
    ink: float
    left: float
    top: float
    """Where the box was found on the straightened page, in millimetres."""

    @property
    def label(self) -> str:
        """What the box stands for, as people say it: a person's code or an option."""
        return self.name.split("|", 1)[-1]


@dataclass(frozen=True)
class ReadPage:
    """A page read: its record, its marks, its image, and whether it was read before."""

    source: str
    code: str
    form: str
    record_key: str
    page: int
    marks: tuple[ReadMark, ...]
    areas: dict[str, bytes]
    """Free-text areas cut out as PNG images, by the field's name."""
    image: bytes
    """The straightened page as JPEG."""
    earlier: tuple[store.StoredPage, ...] = ()
    """The same page of the same record saved before."""
    repeated: bool = False
    """The same page was already among the pages read now."""

    @property
    def uncertain(self) -> list[ReadMark]:
        return [m for m in self.marks if m.state == marks.UNCERTAIN]


@dataclass(frozen=True)
class Refused:
    """A page that cannot be read, and why."""

    source: str
    reason: str


@dataclass(frozen=True)
class Reading:
    pages: tuple[ReadPage, ...]
    refused: tuple[Refused, ...]


class _Refuse(Exception):
    """A page's reason for not being read."""


def read_sheets(
    db: Database,
    actor: Account,
    files: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
) -> Reading:
    """Reads every page of the files (PDF scans in any order, photos)."""
    access.require(db, actor, Capability.LOG_SESSIONS)
    earlier = store.saved_pages(db) if db.file is not None else []
    pages: list[ReadPage] = []
    refused: list[Refused] = []
    files = list(files)
    for done, path in enumerate(files):
        for source in images.pages(Path(path)):
            if source.problem:
                refused.append(Refused(source.label, source.problem))
                continue
            try:
                page = _read_page(db, actor, source, earlier)
            except (_Refuse, geometry.PageProblem, UserError) as reason:  # not theirs to see, say
                refused.append(Refused(source.label, str(reason)))
                continue
            seen = any((p.code, p.form, p.page) == (page.code, page.form, page.page) for p in pages)
            pages.append(_with(page, repeated=seen))
        if progress is not None:
            progress(done + 1, len(files))
    return Reading(tuple(pages), tuple(refused))


def _with(page: ReadPage, **changes: Any) -> ReadPage:
    from dataclasses import replace

    return replace(page, **changes)


def _read_page(
    db: Database, actor: Account, source: images.Source, earlier: list[store.StoredPage]
) -> ReadPage:
    found = geometry.find_page(source.image)
    sheet = _decode(found.text)
    form = sheet_layout.READABLE[sheet.form_number]
    record_key = _record(db, sheet.code, form)
    items = _items(db, actor, form, record_key, sheet)
    smooth = marks.smoothed(found.image)
    measured = marks.measure_page(smooth, sheet.marks.boxes, sheet.marks.filled)
    read = [
        ReadMark(items[item].name, m.state, m.ink, m.left, m.top)
        for (item, _, _), m in zip(sheet.marks.boxes, measured, strict=True)
    ]
    areas = {items[item].name: _cut(found.image, place) for item, *place in sheet.marks.areas}
    before = tuple(p for p in earlier if (p.code, p.form, p.page) == (sheet.code, form, sheet.page))
    return ReadPage(
        source.label,
        sheet.code,
        form,
        record_key,
        sheet.page,
        tuple(read),
        areas,
        _jpeg(found.image),
        before,
    )


def _decode(text: str) -> sheet_layout.SheetCode:
    from printouts.forms import VERSION

    try:
        sheet = sheet_layout.decode(text)
    except sheet_layout.NotASheet:
        raise _Refuse(
            translate("sheets", "The QR code is not one of this program's sheets.")
        ) from None
    known = (
        sheet.layout == sheet_layout.LAYOUT
        and sheet.form_number in sheet_layout.READABLE
        and sheet.form_version == VERSION.upper()
    )
    if not known:
        raise _Refuse(
            translate(
                "sheets",
                "The sheet {code} has a layout this version of the program does not "
                "know ({form} {version}, layout {layout}); print it again.",
            ).format(
                code=sheet.code,
                form=sheet.form_number,
                version=sheet.form_version,
                layout=sheet.layout,
            )
        )
    return sheet


def _record(db: Database, code: str, form: str) -> str:
    from app.printing import KIND_OF_FORM, reserved_code, resolve_code

    found = resolve_code(db, code)
    if found is None and (key := reserved_code(db, form, code)) is not None:
        return key  # a blank form printed with the code of its record-to-be
    if found is None or found.kind != KIND_OF_FORM.get(form, "P"):
        raise _Refuse(
            translate(
                "sheets", "No record here has the code {code}: a sheet of another site or project?"
            ).format(code=code)
        )
    return found.key


def _items(
    db: Database, actor: Account, form: str, record_key: str, sheet: sheet_layout.SheetCode
) -> list[sheet_layout.Item]:
    """The form's readable items as its record prints today, checked against the page's."""
    from app.printing import form_spec

    items = sheet_layout.readable_items(form_spec(db, actor, form, record_key))
    used = [i for i, *_ in sheet.marks.boxes] + [i for i, *_ in sheet.marks.areas]
    if (
        any(i >= len(items) for i in used)
        or sheet_layout.digest([items[i].name for i in used]) != sheet.digest
    ):
        raise _Refuse(
            translate(
                "sheets",
                "The record {code} changed since this sheet was printed (who is "
                "enrolled, say): its boxes cannot be matched safely. Enter it by hand, or print "
                "the sheet again.",
            ).format(code=sheet.code)
        )
    return items


def _cut(page: Any, place: list[float]) -> bytes:
    import cv2

    left, top, width, height = place
    px = geometry.PX_PER_MM
    x0, y0 = max(0, round((left - AREA_MARGIN_MM) * px)), max(0, round((top - AREA_MARGIN_MM) * px))
    x1 = round((left + width + AREA_MARGIN_MM) * px)
    y1 = round((top + height + AREA_MARGIN_MM) * px)
    ok, data = cv2.imencode(".png", page[y0:y1, x0:x1])
    return bytes(data) if ok else b""


def _jpeg(page: Any) -> bytes:
    import cv2

    ok, data = cv2.imencode(".jpg", page, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return bytes(data) if ok else b""
