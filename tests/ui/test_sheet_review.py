"""Confirming a sheet read from paper: the review dialog saves attendance, shows doubts and
conflicts, keeps the page image and knows a sheet read twice."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.printing import print_form
from app.services import printed, sessions
from app.sheets import store
from app.sheets.reading import read_sheets
from tests.helpers import DOCTOR, draw_tick, photographed, rendered_pages
from ui.context import AppContext
from ui.sessions.sheet_review import SheetReviewDialog

DAY = date.today() - timedelta(days=1)
DPI = 150


@pytest.fixture
def planned(doctor: AppContext) -> str:
    """A session planned for yesterday at Tuanjiehu, its roster printed (C1, C2, C3)."""
    plan = sessions.SessionPlan(
        "TJH", DAY, time(9), time(10, 30), "health_center", "social_skills", "P1", ("P2",)
    )
    return sessions.plan_session(doctor.db, DOCTOR, plan)


def _scan(context: AppContext, sid: str, folder: Path, ticks: dict[int, bool]) -> Path:
    """The roster printed, ticked in pen (True) or touched lightly (False), and scanned."""
    import cv2

    out = folder / "roster.pdf"
    print_form(context.db, DOCTOR, "attendance", out, sid)
    page = rendered_pages(out, DPI)[0]
    boxes = _boxes(page)
    for number, pen in ticks.items():
        _, left, top = boxes[number]
        draw_tick(page, left, top, DPI, faint=not pen)
    scan = folder / "scan.png"
    cv2.imwrite(str(scan), photographed(page, 2.0, noise=5))
    return scan


def _boxes(page: Any) -> list[tuple[int, float, float]]:
    import zxingcpp

    from printouts import sheet_layout

    [found] = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    return sheet_layout.decode(found.text).marks.boxes


def _dialog(qtbot: QtBot, context: AppContext, files: list[Path]) -> SheetReviewDialog:
    dialog = SheetReviewDialog(context, read_sheets(context.db, context.account, files))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: SheetReviewDialog) -> list[tuple[str, Qt.CheckState]]:
    return [
        (dialog.marks.item(n).text(), dialog.marks.item(n).checkState())
        for n in range(dialog.marks.count())
    ]


def test_review_saves_attendance_after_a_decision(
    qtbot: QtBot,
    doctor: AppContext,
    planned: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Given a roster with C1 ticked and C2 touched lightly, when reviewed, the
    uncertain box comes first and saving waits for a decision; once decided, the session
    is logged with those attending, the page kept and the sheet no longer waiting."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    scan = _scan(doctor, planned, tmp_path, {0: True, 1: False})  # C1 ticked, C2 doubtful
    assert [s.record_key for s in printed.not_entered(doctor.db)] == [planned]
    dialog = _dialog(qtbot, doctor, [scan])
    rows = _rows(dialog)
    assert rows[0] == ("C2: uncertain: decide", Qt.CheckState.PartiallyChecked)
    assert ("C1: ticked", Qt.CheckState.Checked) in rows and len(rows) == 3
    assert dialog.times.isVisibleTo(dialog)
    assert not dialog.save() and "Decide every uncertain mark" in warned[-1]
    dialog.marks.item(0).setCheckState(Qt.CheckState.Checked)  # C2 was there
    dialog.end.setTime(QTime(10, 15))
    assert dialog.save()
    report = sessions.session_detail(doctor.db, planned).report
    assert report is not None and sorted(report.consumers_present) == ["C1", "C2"]
    assert report.consumers_absent == ("C3",) and report.actual_end == time(10, 15)
    assert printed.not_entered(doctor.db) == []
    [kept] = store.pages_of(doctor.db, planned)
    image, _ = store.image_of(doctor.db, kept.key)
    assert kept.form == "attendance" and image[:2] == b"\xff\xd8"  # a JPEG


def test_the_same_sheet_read_twice_is_recognised(
    qtbot: QtBot, doctor: AppContext, planned: str, tmp_path: Path
) -> None:
    """A sheet saved once and read again says so, and shows it agrees with the log."""
    scan = _scan(doctor, planned, tmp_path, {0: True, 2: True})
    assert _dialog(qtbot, doctor, [scan]).save()
    again = read_sheets(doctor.db, DOCTOR, [scan, scan])
    assert again.pages[0].earlier and again.pages[1].repeated
    dialog = _dialog(qtbot, doctor, [scan])
    assert "Read before" in dialog.notes.text()
    assert "Already logged as the sheet says." in dialog.message.text()


def test_a_session_logged_otherwise_is_a_conflict(
    qtbot: QtBot,
    doctor: AppContext,
    planned: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A session already logged with other attendees shows each difference; saving is
    refused until the person says the sheet is right, and then the log is corrected."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    report = sessions.SessionReport(time(9), time(10, 30), ("C1",), ("C2", "C3"), ("P1", "P2"))
    sessions.log_session(doctor.db, DOCTOR, planned, report)
    # C1 prints ticked (as logged); C3 is ticked in pen on the printed sheet.
    scan = _scan(doctor, planned, tmp_path, {2: True})
    dialog = _dialog(qtbot, doctor, [scan])
    assert ("C1: ticked", Qt.CheckState.Checked) in _rows(dialog)
    assert "C3: logged as not present, ticked on the sheet." in dialog.message.text()
    assert dialog.use_sheet.isVisibleTo(dialog)
    assert not dialog.save() and "already logged differently" in warned[-1]
    assert sessions.session_detail(doctor.db, planned).report.consumers_present == ("C1",)  # type: ignore[union-attr]
    dialog.use_sheet.setChecked(True)
    assert dialog.save()
    fixed = sessions.session_detail(doctor.db, planned).report
    assert fixed is not None and sorted(fixed.consumers_present) == ["C1", "C3"]


def test_review_fits_a_small_screen(
    qtbot: QtBot, doctor: AppContext, planned: str, tmp_path: Path
) -> None:
    """The review dialog fits a 1366 x 728 screen."""
    dialog = _dialog(qtbot, doctor, [_scan(doctor, planned, tmp_path, {0: True})])
    size = dialog.sizeHint().expandedTo(dialog.size())
    assert size.width() <= 1366 and size.height() <= 728
    dialog.grab().save(str(tmp_path / "review.png"))
