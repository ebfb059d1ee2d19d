"""Sheets made to be read back: registration marks, and a QR code that says where to look."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from app.printing import print_form, short_code
from app.services import sessions
from db.database import Database
from printouts import sheet_layout
from tests.helpers import DOCTOR, rendered_pages

PLAN = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                            "social_skills", "P1", ("P2",))  # fmt: skip
DPI = 150


def _qr_text(image: object) -> str:
    """The page's QR code read as the program reads it (zxing-cpp, then OpenCV)."""
    from app.sheets.geometry import _find_qr

    try:
        return _find_qr(image)[0]
    except Exception:  # no code on the page at all
        return ""


def _dark(image: object, x_mm: float, y_mm: float) -> bool:
    """Ink within a fifth of a millimetre of the point."""
    x, y = round(x_mm * DPI / 25.4), round(y_mm * DPI / 25.4)
    return bool(image[y - 1 : y + 2, x - 1 : x + 2].min() < 110)  # type: ignore[index]


def test_attendance_sheet_says_where_each_consumers_box_is(
    people_db: Database, tmp_path: Path
) -> None:
    """The roster printed for a planned session carries four registration marks and a QR
    code naming the session, the form, its layout and the page; each consumer has an
    open box, drawn exactly where the QR code says."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    out = tmp_path / "attendance.pdf"
    print_form(people_db, DOCTOR, "attendance", out, sid)
    [page] = rendered_pages(out, DPI)
    sheet = sheet_layout.decode(_qr_text(page))
    assert (sheet.code, sheet.layout, sheet.form_number, sheet.page) == (
        short_code("S", sid), sheet_layout.LAYOUT, "F03", 1)  # fmt: skip
    assert len(sheet.marks.boxes) == 3  # C1, C2, C3
    for _, left, top in sheet.marks.boxes:
        assert _dark(page, left + 0.1, top + 2) and _dark(page, left + 3.9, top + 2)
        assert not _dark(page, left + 2, top + 2)
    for x, y in sheet_layout.mark_centres(210, 297):
        assert _dark(page, x, y)


def test_process_form_notes_its_boxes_and_free_text(people_db: Database, tmp_path: Path) -> None:
    """The process form's format boxes and its feedback and notes areas are in its QR code."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    out = tmp_path / "process.pdf"
    print_form(people_db, DOCTOR, "process", out, sid)
    sheet = sheet_layout.decode(_qr_text(rendered_pages(out, DPI)[0]))
    assert sheet.form_number == "F02" and len(sheet.marks.boxes) >= 5
    assert len(sheet.marks.areas) == 2


@pytest.mark.parametrize("form", ["plan", "attendance"])
def test_blank_and_plan_forms_carry_no_marks(
    people_db: Database, tmp_path: Path, form: str
) -> None:
    """A blank sheet, and a plan (not read back), keep the plain QR code or none at all."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    out = tmp_path / "form.pdf"
    print_form(people_db, DOCTOR, form, out, None if form == "attendance" else sid,
               blank=form == "attendance")  # fmt: skip
    page = rendered_pages(out, DPI)[0]
    assert not _dark(page, *sheet_layout.mark_centres(210, 297)[3])
    assert "PSD" not in _qr_text(page)


def test_qr_text_round_trip() -> None:
    """Boxes and areas written into the QR text come back where they were (to 0.25 mm)."""
    spec = type("S", (), {"number": "F03 v2"})()
    marks = sheet_layout.PageMarks([(0, 100.3, 50.1), (1, 100.3, 60.2), (5, 20.0, 70.0)],
                                   [(6, 10.0, 20.0, 150.0, 35.0)])  # fmt: skip
    text = sheet_layout.encode("S-1234ABCD", spec, 2, ["a", "b", "c", "d"], marks)  # type: ignore[arg-type]
    back = sheet_layout.decode(text)
    assert back.page == 2 and back.code == "S-1234ABCD" and back.form_version == "V2"
    assert [b[0] for b in back.marks.boxes] == [0, 1, 5]
    for (_, x, y), (_, x2, y2) in zip(marks.boxes, back.marks.boxes, strict=True):
        assert abs(x - x2) <= 0.25 and abs(y - y2) <= 0.25
    assert back.marks.areas == [(6, 10.0, 20.0, 150.0, 35.0)]
    with pytest.raises(sheet_layout.NotASheet):
        sheet_layout.decode("S-1234ABCD")
