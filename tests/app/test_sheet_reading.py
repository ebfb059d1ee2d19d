"""Reading ticked sheets back from scans and photos: the right marks, doubts left to a person."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from app.printing import print_form
from app.services import people, sessions
from app.sheets.reading import read_sheets
from db.database import Database
from printouts import sheet_layout
from tests.helpers import DOCTOR, draw_tick, photographed, rendered_pages

ENROLLED = date(2015, 10, 1)
PLAN = sessions.SessionPlan(
    "TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center", "social_skills", "P1", ("P2",)
)
DPI = 150


@pytest.fixture
def roster(people_db: Database) -> Database:
    """Twelve consumers in Tuanjiehu (C1-C3 and C4-C12)."""
    for n in range(4, 13):
        people.add_person(
            people_db, DOCTOR, people.PersonData(f"C{n}", "TJH"), "consumer", ENROLLED
        )
    return people_db


def _printed(db: Database, form: str, folder: Path) -> tuple[str, list[Any]]:
    sid = sessions.plan_session(db, DOCTOR, PLAN)
    out = folder / f"{form}.pdf"
    print_form(db, DOCTOR, form, out, sid)
    return sid, rendered_pages(out, DPI)


def _boxes(page: Any) -> list[tuple[int, float, float]]:
    import cv2

    return sheet_layout.decode(cv2.QRCodeDetectorAruco().detectAndDecode(page)[0]).marks.boxes


def _save(image: Any, path: Path, quality: int = 90) -> Path:
    import cv2

    cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return path


def _ticked_roster(
    db: Database, folder: Path, ticks: list[int], faint: tuple[int, ...] = ()
) -> tuple[str, Any]:
    """The roster's first page, with pen ticks (and light touches) drawn in given boxes."""
    sid, [page, *_] = _printed(db, "attendance", folder)
    for number, (_, left, top) in enumerate(_boxes(page)):
        if number in ticks or number in faint:
            draw_tick(page, left, top, DPI, faint=number in faint)
    return sid, page


def _states(db: Database, files: list[Path]) -> dict[str, str]:
    reading = read_sheets(db, DOCTOR, files)
    assert reading.refused == ()
    return {m.label: m.state for page in reading.pages for m in page.marks}


ROSTER = ["C1", "C10", "C11", "C12", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"]
"""The roster's order on paper (by code as text)."""


@pytest.mark.parametrize(("angle", "noise"), [(0, 0), (3.5, 10), (180, 6), (-90, 8)])
def test_ticks_on_a_scanned_roster_read_back(
    roster: Database, tmp_path: Path, angle: float, noise: float
) -> None:
    """Given a roster with eight boxes ticked in pen, scanned crooked, upside down or
    sideways with grain, when read, then exactly those eight are ticked."""
    ticks = [0, 1, 3, 4, 6, 8, 9, 11]
    _, page = _ticked_roster(roster, tmp_path, ticks)
    scan = _save(photographed(page, angle, noise=noise), tmp_path / "scan.png")
    states = _states(roster, [scan])
    assert states == {code: "ticked" if n in ticks else "empty" for n, code in enumerate(ROSTER)}


def test_a_faint_mark_is_left_to_a_person(roster: Database, tmp_path: Path) -> None:
    """A light pencil touch is neither ticked nor empty: it is reported uncertain."""
    _, page = _ticked_roster(roster, tmp_path, [0], faint=(2,))
    states = _states(roster, [_save(photographed(page, 1.5, noise=4), tmp_path / "s.png")])
    assert states["C1"] == "ticked" and states["C11"] == "uncertain"
    assert list(states.values()).count("uncertain") == 1


def test_a_phone_photo_at_an_angle_still_reads(roster: Database, tmp_path: Path) -> None:
    """A photo taken at a slant, turned, shaded on one side and saved as a rough JPEG reads."""
    _, page = _ticked_roster(roster, tmp_path, [1, 5, 7])
    photo = photographed(page, -8, tilt=0.06, noise=8, shade=0.35)
    states = _states(roster, [_save(photo, tmp_path / "photo.jpg", quality=50)])
    assert [c for c, s in states.items() if s == "ticked"] == ["C10", "C3", "C5"]
    assert "uncertain" not in states.values()


def test_pdf_pages_in_any_order_and_free_text_cut_out(roster: Database, tmp_path: Path) -> None:
    """A scanned PDF holding a process form and then a roster (out of order) reads both;
    the process form's feedback and notes come back as images."""
    from PIL import Image

    sid, [process] = _printed(roster, "process", tmp_path)
    out = tmp_path / "attendance.pdf"
    print_form(roster, DOCTOR, "attendance", out, sid)
    attendance = rendered_pages(out, DPI)[0]
    pdf = tmp_path / "scan.pdf"
    first, second = Image.fromarray(process), Image.fromarray(attendance)
    first.save(pdf, save_all=True, append_images=[second], resolution=DPI)
    reading = read_sheets(roster, DOCTOR, [pdf])
    assert [(p.form, p.page) for p in reading.pages] == [("process", 1), ("attendance", 1)]
    assert {p.record_key for p in reading.pages} == {sid}
    assert set(reading.pages[0].areas) == {"Consumers' feedback", "Notes"}
    assert all(data.startswith(b"\x89PNG") for data in reading.pages[0].areas.values())


def test_bad_pages_are_listed_and_the_others_read(roster: Database, tmp_path: Path) -> None:
    """A page without a QR code, a damaged file and a roster whose people changed since
    printing are each listed with a reason; a good page beside them still reads."""
    import numpy as np

    _, page = _ticked_roster(roster, tmp_path, [0])
    good = _save(page, tmp_path / "good.png")
    blank = _save(np.full((1754, 1241), 250, np.uint8), tmp_path / "blank.png")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    people.add_person(roster, DOCTOR, people.PersonData("C13", "TJH"), "consumer", ENROLLED)
    changed = read_sheets(roster, DOCTOR, [good, blank, broken])
    reasons = {r.source: r.reason for r in changed.refused}
    assert "QR" in reasons["blank.png"] and "damaged" in reasons["broken.pdf"]
    assert "changed since this sheet was printed" in reasons["good.png"]
    _, fresh = _ticked_roster(roster, tmp_path, [0])
    reading = read_sheets(roster, DOCTOR, [_save(fresh, tmp_path / "fresh.png"), blank])
    assert len(reading.pages) == 1 and len(reading.refused) == 1


def test_a_photographed_emergency_form_is_found_and_its_boxes_read(
    roster: Database, tmp_path: Path
) -> None:
    """Given an emergency form printed filled, one more box ticked in pen, and the sheet
    photographed turned, at a slant and half in shadow, then its page is found and
    straightened and every box reads as on paper (printed ticks and the pen's), and the
    reader names the record and cuts out its three handwritten fields."""
    from datetime import UTC, datetime

    from app.services import accounts, emergencies
    from app.sheets import geometry, marks

    accounts.add_staff(roster, DOCTOR, "D1", "李医生", "community_doctor")
    event = emergencies.EventReport(
        community="TJH",
        occurred_at=datetime(2016, 1, 5, 2, 30, tzinfo=UTC),
        kind="self_harm",
        description="C1 scratched his arm during the activity",
        action_taken="Stopped the activity, called the doctor and family",
        people=("C1",),
        reported_to="D1",
    )
    key = emergencies.report_event(roster, DOCTOR, event)
    out = tmp_path / "emergency.pdf"
    code = print_form(roster, DOCTOR, "emergency", out, key)
    [page] = rendered_pages(out, 200)
    import zxingcpp

    [qr] = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    sheet = sheet_layout.decode(qr.text)
    open_boxes = [
        n for n, (item, _, _) in enumerate(sheet.marks.boxes) if item not in sheet.marks.filled
    ]
    pen = open_boxes[len(open_boxes) // 2]
    _, left, top = sheet.marks.boxes[pen]
    draw_tick(page, left, top, 200)
    photo = _save(photographed(page, 11, tilt=0.06, noise=6, shade=0.4), tmp_path / "e.jpg", 60)
    import cv2

    found = geometry.find_page(cv2.imread(str(photo), cv2.IMREAD_GRAYSCALE))
    measured = marks.measure_page(
        marks.smoothed(found.image), sheet.marks.boxes, sheet.marks.filled
    )
    expected = [
        "ticked" if item in sheet.marks.filled or n == pen else "empty"
        for n, (item, _, _) in enumerate(sheet.marks.boxes)
    ]
    assert [m.state for m in measured] == expected and "ticked" in expected[:pen]
    reading = read_sheets(roster, DOCTOR, [photo])
    [read] = reading.pages
    assert not reading.refused
    assert (read.code, read.form, read.record_key) == (code, "emergency", key)
    assert [m.state for m in read.marks] == expected
    assert set(read.areas) == {"What happened", "Action taken", "Follow-up", "Other kind of event"}


def test_a_heic_photo_reads_like_a_jpeg(roster: Database, tmp_path: Path) -> None:
    """Given a roster photographed and saved as HEIC (as an iPhone saves it), when read,
    then its ticks read as from any other photo."""
    import pillow_heif
    from PIL import Image

    _, page = _ticked_roster(roster, tmp_path, [0, 4])
    photo = Image.fromarray(photographed(page, -4, tilt=0.03, noise=4)).convert("RGB")
    heic = tmp_path / "IMG_0042.HEIC"
    pillow_heif.from_pillow(photo).save(str(heic), quality=80)
    assert heic.read_bytes()[4:12] == b"ftypheic"
    states = _states(roster, [heic])
    assert [c for c, s in states.items() if s == "ticked"] == ["C1", "C2"]
    assert "uncertain" not in states.values()
