"""Confirming a sheet read from paper: the review dialog saves attendance, shows doubts and
conflicts, keeps the page image and knows a sheet read twice."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
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


def _roster_page(context: AppContext, sid: str, folder: Path) -> Any:
    """The roster of a session, printed and rendered as a scanner at 150 dpi gives it."""
    out = folder / f"roster-{sid}.pdf"
    print_form(context.db, DOCTOR, "attendance", out, sid)
    return rendered_pages(out, DPI)[0]


def _ticked(page: Any, numbers: list[int]) -> Any:
    for number in numbers:
        _, left, top = _boxes(page)[number]
        draw_tick(page, left, top, DPI)
    return page


def test_eight_ticks_on_a_photographed_roster_become_the_attendance(
    qtbot: QtBot, doctor: AppContext, planned: str, tmp_path: Path
) -> None:
    """Given a planned session of eleven consumers whose roster is printed, eight boxes
    ticked in pen and the sheet photographed at a slant in uneven light (JPEG), when it is
    read and confirmed, then the session is logged with those eight attending, the other
    three absent, and the page image is kept with it."""
    import cv2

    from app.services import people

    for n in range(4, 12):
        person = people.PersonData(f"C{n}", "TJH")
        people.add_person(doctor.db, DOCTOR, person, "consumer", DAY - timedelta(days=60))
    page = _roster_page(doctor, planned, tmp_path)
    order = [code for _, code in sorted((str(c), c) for c in _codes(page))]
    ticks = [0, 1, 2, 4, 5, 7, 8, 10]
    photo = photographed(_ticked(page, ticks), -7, tilt=0.05, noise=6, shade=0.3)
    scan = tmp_path / "photo.jpg"
    cv2.imwrite(str(scan), photo, [cv2.IMWRITE_JPEG_QUALITY, 50])
    dialog = _dialog(qtbot, doctor, [scan])
    assert dialog.records.count() == 1
    assert dialog.records.item(0).text().startswith(f"{DAY.isoformat()} 09:00 (S-")
    rows = _rows(dialog)
    assert len(rows) == 11
    assert sorted(t.split(":")[0] for t, s in rows if s == Qt.CheckState.Checked) == sorted(
        order[n] for n in ticks
    )
    assert all(s != Qt.CheckState.PartiallyChecked for _, s in rows)
    assert dialog.save()
    report = sessions.session_detail(doctor.db, planned).report
    assert report is not None
    assert sorted(report.consumers_present) == sorted(order[n] for n in ticks)
    assert len(report.consumers_absent) == 3
    [kept] = store.pages_of(doctor.db, planned)
    image, _ = store.image_of(doctor.db, kept.key)
    assert image[:2] == b"\xff\xd8" and len(image) > 10_000
    assert printed.not_entered(doctor.db) == []


def _codes(page: Any) -> list[str]:
    """The consumers' codes in the roster's boxes, in the order printed."""
    import zxingcpp

    from printouts import sheet_layout

    [found] = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    return [f"C{n}" for n in range(1, len(sheet_layout.decode(found.text).marks.boxes) + 1)]


def test_a_pdf_of_three_sessions_in_shuffled_order(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path
) -> None:
    """Given the rosters of three sessions scanned into one PDF out of order, when read,
    then the dialog lists three sessions and each is saved with its own ticks."""
    from PIL import Image

    ticked = {0: [0], 1: [1, 2], 2: [0, 1, 2]}
    ids, pages = [], []
    for n, hour in enumerate((9, 13, 15)):
        plan = sessions.SessionPlan(
            "TJH", DAY, time(hour), time(hour + 1), "health_center", "social_skills", "P1", ("P2",)
        )
        ids.append(sessions.plan_session(doctor.db, DOCTOR, plan))
        pages.append(_ticked(_roster_page(doctor, ids[-1], tmp_path), ticked[n]))
    pdf = tmp_path / "scans.pdf"
    shuffled = [Image.fromarray(photographed(pages[n], 1.5, noise=4)) for n in (2, 0, 1)]
    shuffled[0].save(pdf, save_all=True, append_images=shuffled[1:], resolution=DPI)
    dialog = _dialog(qtbot, doctor, [pdf])
    assert dialog.records.count() == 3
    for _ in range(3):
        row = next(r for r in range(3) if dialog.groups[r])
        dialog.records.setCurrentRow(row)
        assert dialog.save()
    present = [sessions.session_detail(doctor.db, sid).report.consumers_present for sid in ids]  # type: ignore[union-attr]
    assert [sorted(p) for p in present] == [["C1"], ["C2", "C3"], ["C1", "C2", "C3"]]


def _recoded(page: Any, text: str) -> Any:
    """The page with its QR code replaced by one of the given text (as another program's
    or another version's sheet would carry)."""
    from reportlab.graphics.barcode import qrencoder

    from printouts import sheet_layout

    (left, top), (right, _), (_, bottom), _ = sheet_layout.qr_corners(210)
    px = DPI / 25.4
    page = page.copy()
    page[int(top * px) : int(bottom * px), int(left * px) : int(right * px)] = 255
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.L)
    qr.addData(text)
    qr.make()
    count = qr.getModuleCount()
    cell = (right - left) / (count + 2) * px
    for row in range(count):
        for column in range(count):
            if qr.isDark(row, column):
                x, y = left * px + (column + 1) * cell, top * px + (row + 1) * cell
                page[round(y) : round(y + cell), round(x) : round(x + cell)] = 0
    return page


def test_bad_input_is_listed_with_reasons_and_the_good_page_saved(
    qtbot: QtBot, doctor: AppContext, planned: str, tmp_path: Path
) -> None:
    """Given a good roster beside a page without a QR code, another site's sheet, a sheet
    of a layout this version does not know, a picture too small, one too dark, a PDF that
    is not a scan, and a damaged file, when read, then each bad one is listed with its
    reason, and the good page is still read and saved."""
    import cv2
    import numpy as np
    from reportlab.pdfgen.canvas import Canvas

    page = _roster_page(doctor, planned, tmp_path)
    code, *rest = _qr(page).split(" ")
    good = _ticked(page.copy(), [0])

    def saved(name: str, image: Any) -> Path:
        cv2.imwrite(str(tmp_path / name), image)
        return tmp_path / name

    other = " ".join(["S-0a1b2c3d", *rest])
    unknown = " ".join([code, "PSD9", *rest[1:]])
    letter = tmp_path / "letter.pdf"
    canvas = Canvas(str(letter))
    canvas.drawString(72, 720, "Minutes of the committee meeting")
    canvas.save()
    files = [
        saved("good.png", photographed(good, 2, noise=4)),
        saved("blank.png", np.full((1754, 1241), 250, np.uint8)),
        saved("other.png", _recoded(page, other)),
        saved("unknown.png", _recoded(page, unknown)),
        saved("tiny.png", cv2.resize(page, (120, 170), interpolation=cv2.INTER_AREA)),
        saved("dark.png", (page * 0.12).astype(np.uint8)),
        letter,
        tmp_path / "broken.jpg",
    ]
    files[-1].write_bytes(b"\xff\xd8\xff\xe0 not a picture at all")
    dialog = _dialog(qtbot, doctor, files)
    listed = [dialog.records.item(n).text() for n in range(dialog.records.count())]
    reasons = {text.split(": ")[1]: text for text in listed if text.startswith("Not read")}
    assert len(listed) == 1 + 7 and len(reasons) == 7
    assert "No readable QR code" in reasons["blank.png"]
    assert "No record here has the code S-0a1b2c3d" in reasons["other.png"]
    assert "does not know" in reasons["unknown.png"]
    assert "too small" in reasons["tiny.png"]
    assert "too dark" in reasons["dark.png"]
    assert "No readable QR code" in reasons["letter.pdf, page 1"]
    assert "damaged" in reasons["broken.jpg"]
    assert dialog.save()
    report = sessions.session_detail(doctor.db, planned).report
    assert report is not None and report.consumers_present == ("C1",)


def _qr(page: Any) -> str:
    import zxingcpp

    [found] = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    return str(found.text)


def _survey_scan(context: AppContext, folder: Path, ticks: dict[str, str]) -> Path:
    """C1's survey sheet printed, the given answers ticked in pen ("instrument/item" to
    the answer's heading, "Yes" say), and scanned."""
    import cv2

    from app.printing import form_spec
    from printouts import sheet_layout

    out = folder / "survey.pdf"
    print_form(context.db, DOCTOR, "survey", out, "C1")
    [page] = rendered_pages(out, DPI)
    items = sheet_layout.readable_items(form_spec(context.db, DOCTOR, "survey", "C1"))
    wanted = {f"{answer}|{key}" for key, answer in ticks.items()}
    for item, left, top in _boxes(page):
        if items[item].name in wanted:
            draw_tick(page, left, top, DPI)
    scan = folder / "survey.png"
    cv2.imwrite(str(scan), photographed(page, -2.5, noise=5))
    return scan


SATISFIED = "consumer_satisfaction/satisfied_with_peers"
CONTINUE = "consumer_satisfaction/wants_to_continue"


def test_a_survey_sheet_becomes_the_interviews_answers(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path
) -> None:
    """Given C1's survey sheet with two questions ticked, when read, then each box is
    named by its question's words and answer, and saving records those two answers on
    the interview date given, keeping the page."""
    from app.services import surveys

    scan = _survey_scan(doctor, tmp_path, {SATISFIED: "Yes", CONTINUE: "No"})
    dialog = _dialog(qtbot, doctor, [scan])
    assert dialog.records.item(0).text() == (
        "C1 (P-C1): Survey interview sheet 评估访谈表, pages: 1"
    )
    rows = dict(_rows(dialog))
    assert rows["Satisfied with the peers? Yes: ticked"] == Qt.CheckState.Checked
    assert rows["Wants to continue? No: ticked"] == Qt.CheckState.Checked
    assert rows["Wants to continue? Yes: empty"] == Qt.CheckState.Unchecked
    assert not any("_" in text for text in rows)  # no code reaches the person
    assert dialog.interview.isVisibleTo(dialog) and not dialog.times.isVisibleTo(dialog)
    dialog.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    assert dialog.save()
    answers = {(a.instrument, a.item): a.answer for a in surveys.list_answers(doctor.db, DOCTOR)}
    assert answers == {
        ("consumer_satisfaction", "satisfied_with_peers"): "yes",
        ("consumer_satisfaction", "wants_to_continue"): "no",
    }
    assert [p.form for p in store.pages_of(doctor.db, "C1")] == ["survey"]


def test_a_survey_answered_otherwise_is_a_conflict_in_chinese_words(
    qtbot: QtBot,
    doctor: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Given C1 recorded as not satisfied on a day, when a sheet ticking "yes" is read in
    the Chinese interface for that day, then the conflict names the question in Chinese
    (never its code) and saving waits until the person says the sheet is right."""
    from PySide6.QtWidgets import QApplication

    from app.services import surveys
    from ui.application import install_translators, remove_translators
    from ui.labels import set_language

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    scan = _survey_scan(doctor, tmp_path, {SATISFIED: "Yes"})  # printed blank, then...
    surveys.record_survey(  # ... the interview typed in from another sheet, otherwise
        doctor.db,
        DOCTOR,
        surveys.Interview("C1", DAY),
        [surveys.Answer("C1", *SATISFIED.split("/"), "no", DAY)],
    )
    install_translators(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    try:
        dialog = _dialog(qtbot, doctor, [scan])
        dialog.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
        message = dialog.message.text()
        assert "对同伴支持者满意吗？" in message and "否" in message and "是" in message
        assert "satisfied_with_peers" not in message and "consumer_satisfaction" not in message
        assert all("_" not in text for text, _ in _rows(dialog))
        assert not dialog.save() and "对同伴支持者满意吗？" in warned[-1]
        assert "satisfied_with_peers" not in warned[-1]
        dialog.use_sheet.setChecked(True)
        assert dialog.save()
    finally:
        remove_translators()
        set_language("en")
    [answer] = surveys.list_answers(doctor.db, DOCTOR)
    assert (answer.item, answer.answer, answer.answered_on) == ("satisfied_with_peers", "yes", DAY)


def test_the_session_shows_its_kept_pages_and_handwritten_notes(
    qtbot: QtBot, doctor: AppContext, planned: str, tmp_path: Path
) -> None:
    """Given a roster and a process form of a session read and saved together, when the
    session's page is opened, then its log says two pages are kept with handwritten notes
    attached, and the paper sheets show each page with its notes cut out as images."""
    import cv2

    from ui.sessions.paper_sheets import PaperSheetsDialog, kept_pages
    from ui.sessions.session_page import LOG, SessionDialog

    out = tmp_path / "process.pdf"
    print_form(doctor.db, DOCTOR, "process", out, planned)
    process = tmp_path / "process.png"
    cv2.imwrite(str(process), photographed(rendered_pages(out, DPI)[0], 1.0, noise=4))
    roster = _scan(doctor, planned, tmp_path, {0: True})
    dialog = _dialog(qtbot, doctor, [process, roster])
    assert dialog.records.count() == 1 and "pages: 2" in dialog.records.item(0).text()
    assert "Handwritten notes attached: Consumers' feedback, Notes." in dialog.notes.text()
    assert dialog.save()
    page = SessionDialog(doctor, planned)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(LOG)
    page.show()
    assert page.paper.text() == (
        "Pages kept: 2; handwritten notes attached: Consumers' feedback, Notes"
    )
    assert page.paper_button.isVisibleTo(page)
    viewer = PaperSheetsDialog(kept_pages(doctor, planned))
    qtbot.addWidget(viewer)
    assert viewer.list.count() == 2
    viewer.list.setCurrentRow(next(r for r in range(2) if viewer.pages[r].areas))
    shown = [viewer.notes.itemAt(n).widget() for n in range(viewer.notes.count())]
    texts = [w.text() for w in shown if w.text()]
    assert texts == ["Handwritten: Consumers' feedback", "Handwritten: Notes"]
    assert sum(not w.pixmap().isNull() for w in shown) == 2


def _emergency(context: AppContext, category: str | None = None) -> str:
    """C1's self-harm reported yesterday at Tuanjiehu (category as given)."""
    from datetime import UTC, datetime

    from app.services import emergencies

    event = emergencies.EventReport(
        community="TJH",
        occurred_at=datetime(DAY.year, DAY.month, DAY.day, 2, 30, tzinfo=UTC),
        kind="self_harm",
        description="C1 scratched his arm during the activity",
        action_taken="Stopped the activity, called the doctor and family",
        people=("C1",),
        category=category,
    )
    return emergencies.report_event(context.db, DOCTOR, event)


def _emergency_photo(
    context: AppContext, key: str, folder: Path, ticks: dict[str, bool], other: bool = False
) -> list[Path]:
    """The event's form printed filled (blank when no key), the named boxes ("Kind of
    event|Violence") ticked in pen (True) or touched lightly (False), a word scribbled on
    the "Other" kind's line if ``other``, and each page photographed turned 11°, at a
    slant and half in shadow, as a JPEG."""
    import cv2

    from app.printing import form_spec
    from printouts import sheet_layout

    out = folder / "emergency.pdf"
    if key:
        print_form(context.db, DOCTOR, "emergency", out, key)
    else:  # a blank form, printed with the code of the event it will become
        code = print_form(context.db, DOCTOR, "emergency", out, blank=True)
        key = printed.reserved(context.db, "emergency", code=code or "") or ""
    items = sheet_layout.readable_items(form_spec(context.db, DOCTOR, "emergency", key))
    drawn, photos = 0, []
    for number, page in enumerate(rendered_pages(out, 200)):
        for item, left, top in _boxes(page):
            if items[item].name in ticks:
                draw_tick(page, left, top, 200, faint=not ticks[items[item].name])
                drawn += 1
        line = _area(page, items, "Other kind of event")
        if other and line is not None:
            _scribble(page, line, 200)
        photos.append(folder / f"emergency-{number}.jpg")
        shot = photographed(page, 11, tilt=0.06, noise=6, shade=0.4)
        cv2.imwrite(str(photos[-1]), shot, [cv2.IMWRITE_JPEG_QUALITY, 60])
    assert drawn == len(ticks)
    return photos


def _area(page: Any, items: list[Any], name: str) -> tuple[float, float, float, float] | None:
    """Where the page's QR code says a handwritten field is (left, top, width, height, mm),
    or None when it is on another page."""
    from printouts import sheet_layout

    marks = sheet_layout.decode(_qr(page)).marks
    found = (tuple(place) for item, *place in marks.areas if items[item].name == name)
    return next(found, None)  # type: ignore[arg-type]


def _scribble(page: Any, area: tuple[float, float, float, float], dpi: int) -> None:
    """A hand's zigzag written on a line, in the lower half of the field's place."""
    import cv2
    import numpy as np

    left, top, width, height = area
    px = dpi / 25.4
    xs = np.linspace(left + 3, left + min(width - 3, 40), 12) * px
    ys = [(top + height * (0.55 if n % 2 else 0.8)) * px for n in range(12)]
    points = np.array(list(zip(xs, ys, strict=True)), dtype=np.int32)
    cv2.polylines(page, [points], False, 20, max(2, round(0.5 * px)))


def _ink(png: bytes) -> float:
    """The share of dark pixels in a cut-out image, leaving out printed rules (rows dark
    across most of the width)."""
    import cv2
    import numpy as np

    dark = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_GRAYSCALE) < 100
    return float(dark[dark.mean(axis=1) < 0.5].mean())


BEHAVIOURAL = "Adverse event or behavioural emergency|Behavioural emergency"
ADVERSE = "Adverse event or behavioural emergency|Adverse event"
VIOLENCE = "Kind of event|Violence"


def test_a_photographed_emergency_form_fills_in_the_event(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given a self-harm reported without its category, its form photographed with
    "behavioural emergency" ticked in pen and "violence" touched lightly, when reviewed,
    the uncertain box comes first and saving waits for a decision; once decided, the
    event holds the ticked category and its kind, with the page image and the three
    handwritten fields kept."""
    from app.services import emergencies

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    key = _emergency(doctor)
    photos = _emergency_photo(
        doctor, key, tmp_path, {BEHAVIOURAL: True, VIOLENCE: False}, other=True
    )
    dialog = _dialog(qtbot, doctor, photos)
    assert dialog.records.item(0).text().endswith("Emergency Event Form 紧急事件报告表, pages: 1")
    rows = _rows(dialog)
    assert rows[0] == ("Violence: uncertain: decide", Qt.CheckState.PartiallyChecked)
    assert ("Behavioural emergency: ticked", Qt.CheckState.Checked) in rows
    assert ("Self-harm: ticked", Qt.CheckState.Checked) in rows  # printed ticked
    assert ("Adverse event: empty", Qt.CheckState.Unchecked) in rows
    assert "Handwritten notes attached" in dialog.notes.text()
    assert not dialog.times.isVisibleTo(dialog) and not dialog.use_sheet.isVisibleTo(dialog)
    assert dialog.save_button.text() == "Save this emergency form"
    assert not dialog.save() and "Decide every uncertain mark first (Violence)" in warned[-1]
    assert emergencies.event_detail(doctor.db, DOCTOR, key).row.category is None
    dialog.marks.item(0).setCheckState(Qt.CheckState.Unchecked)  # a slip of the pencil
    assert "it becomes Behavioural emergency" in dialog.message.text()
    assert dialog.save()
    row = emergencies.event_detail(doctor.db, DOCTOR, key).row
    assert (row.category, row.kind) == ("behavioural_emergency", "self_harm")
    [kept] = store.pages_of(doctor.db, key)
    image, areas = store.image_of(doctor.db, kept.key)
    assert kept.form == "emergency" and image[:2] == b"\xff\xd8"  # a JPEG
    assert set(areas) == {"What happened", "Action taken", "Follow-up", "Other kind of event"}
    assert _ink(areas["Other kind of event"]) > 0.02  # the word written on the line
    assert _ink(areas["Follow-up"]) < 0.005  # left empty
    from ui.emergency_detail import EventDetailDialog

    report = EventDetailDialog(doctor, key)
    qtbot.addWidget(report)
    assert report.values["category"].text() == "Behavioural emergency"
    assert report.paper.text() == (
        "Pages kept: 1; handwritten notes attached: Action taken, Follow-up, "
        "Other kind of event (written in), What happened"
    )
    assert report.paper_button.isVisibleTo(report)


def test_an_emergency_reported_otherwise_is_a_conflict_in_chinese_words(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given a self-harm reported as an adverse event, its form read back in the Chinese
    interface with "violence" ticked in pen beside the printed self-harm, when reviewed,
    two kinds ticked are refused by the field's Chinese name; once self-harm is cleared,
    the conflict names both kinds in Chinese (never a code), saving changes nothing until
    the person says the sheet is right, and then the event is corrected."""
    from PySide6.QtWidgets import QApplication

    from app.services import emergencies
    from ui.application import install_translators, remove_translators
    from ui.labels import set_language

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    key = _emergency(doctor, "adverse_event")
    photos = _emergency_photo(doctor, key, tmp_path, {VIOLENCE: True})
    install_translators(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    try:
        dialog = _dialog(qtbot, doctor, photos)
        rows = dict(_rows(dialog))
        assert rows["暴力行为：已勾选"] == Qt.CheckState.Checked
        assert rows["自伤：已勾选"] == Qt.CheckState.Checked
        assert "事件类别" in dialog.message.text()  # two kinds: keep one
        assert not dialog.save() and "事件类别" in warned[-1]
        self_harm = next(
            n for n in range(dialog.marks.count()) if dialog.marks.item(n).text().startswith("自伤")
        )
        dialog.marks.item(self_harm).setCheckState(Qt.CheckState.Unchecked)
        message = dialog.message.text()
        assert "自伤" in message and "暴力行为" in message and "_" not in message
        assert all("_" not in text and "Violence" not in text for text, _ in _rows(dialog))
        assert dialog.use_sheet.isVisibleTo(dialog)
        assert "What happened" not in dialog.notes.text()  # the fields named in Chinese
        assert not dialog.save() and "暴力行为" in warned[-1] and "violence" not in warned[-1]
        assert emergencies.event_detail(doctor.db, DOCTOR, key).row.kind == "self_harm"
        assert store.pages_of(doctor.db, key) == []
        dialog.use_sheet.setChecked(True)
        assert dialog.save()
    finally:
        remove_translators()
        set_language("en")
    row = emergencies.event_detail(doctor.db, DOCTOR, key).row
    assert (row.kind, row.category) == ("violence", "adverse_event")
    assert [p.form for p in store.pages_of(doctor.db, key)] == ["emergency"]


def _screening_scan(
    context: AppContext, folder: Path, ticks: dict[str, bool], degrade: float = 2.0
) -> Path:
    """C1's screening sheet printed (blank or filled from a screening), the named boxes
    ("Met|age") ticked in pen (True) or touched lightly (False), and scanned askew."""
    import cv2

    from app.printing import form_spec
    from printouts import sheet_layout

    out = folder / "screening.pdf"
    print_form(context.db, DOCTOR, "screening", out, "C1")
    pages = rendered_pages(out, DPI)
    items = sheet_layout.readable_items(form_spec(context.db, DOCTOR, "screening", "C1"))
    drawn, scans = 0, []
    for number, page in enumerate(pages):
        for item, left, top in _boxes(page):
            if items[item].name in ticks:
                draw_tick(page, left, top, DPI, faint=not ticks[items[item].name])
                drawn += 1
        scan = folder / f"screening-{number}.png"
        cv2.imwrite(str(scan), photographed(page, degrade, tilt=0.03, noise=5, shade=0.2))
        scans.append(scan)
    assert drawn == len(ticks)
    return scans[0] if len(scans) == 1 else _joined(scans, folder)


def _joined(scans: list[Path], folder: Path) -> Path:
    """Several scanned pages as one PDF, as a scanner's feeder gives them."""
    from PIL import Image

    out = folder / "screening-scan.pdf"
    first, *rest = [Image.open(s).convert("L") for s in scans]
    first.save(out, save_all=True, append_images=rest, resolution=DPI)
    return out


CRITERIA = ("diagnosis", "age", "stable", "no_substance_abuse", "no_severe_medical_illness")


def test_a_screening_sheet_becomes_the_persons_screening(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given C1's screening sheet printed blank, every criterion ticked met in pen but
    "stable" only touched lightly, and "recommended by a community doctor" ticked, when
    reviewed, the uncertain criterion comes first, named in words, and saving waits for a
    decision; once decided, C1's screening of the date given holds those answers and the
    page is kept with C1's record."""
    from app.services import screening

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    ticks = {f"Met|consumer/{c}": c != "stable" for c in CRITERIA}
    ticks["How the person came|Recommended by a community doctor"] = True
    scan = _screening_scan(doctor, tmp_path, ticks)
    dialog = _dialog(qtbot, doctor, [scan])
    assert dialog.records.item(0).text().startswith("C1 (P-C1): Screening and consent checklist")
    rows = _rows(dialog)
    assert rows[0] == (
        "Stable for at least 3 months: met: uncertain: decide",
        Qt.CheckState.PartiallyChecked,
    )
    assert ("Aged 18–60: met: ticked", Qt.CheckState.Checked) in rows
    assert ("Aged 18–60: not met: empty", Qt.CheckState.Unchecked) in rows
    assert (
        "How the person came: Recommended by a community doctor: ticked",
        Qt.CheckState.Checked,
    ) in rows
    assert not any("_" in text for text, _ in rows)  # no code reaches the person
    assert dialog.interview.isVisibleTo(dialog) and not dialog.times.isVisibleTo(dialog)
    assert dialog.day_label.text() == "Screening date (as written on the sheet)"
    assert dialog.save_button.text() == "Save this screening"
    dialog.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    assert not dialog.save() and "Decide every uncertain mark first" in warned[-1]
    assert screening.screening_on(doctor.db, DOCTOR, "C1", "consumer", DAY) is None
    dialog.marks.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.save()
    found = screening.screening_on(doctor.db, DOCTOR, "C1", "consumer", DAY)
    assert found is not None
    assert found.data.criteria == dict.fromkeys(CRITERIA, True)
    assert found.data.referral == "community_doctor"
    kept = store.pages_of(doctor.db, "C1")
    assert sorted(p.page for p in kept) == [1, 2] and {p.form for p in kept} == {"screening"}
    image, _ = store.image_of(doctor.db, kept[0].key)
    assert image[:2] == b"\xff\xd8"  # a JPEG


def test_a_screening_recorded_otherwise_is_a_conflict_in_chinese_words(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given C1 screened yesterday with every criterion met, its sheet printed filled and
    "stable" ticked not met in pen, when reviewed in the Chinese interface, the criterion
    ticked both ways is refused; once the printed "met" is cleared, the conflict names
    the criterion in Chinese (never a code), saving changes nothing until the person says
    the sheet is right, and then (the criterion not met confirmed) the screening is
    corrected and the page kept."""
    from PySide6.QtWidgets import QApplication

    from app.services import screening
    from ui.application import install_translators, remove_translators
    from ui.labels import set_language

    warned: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    data = screening.ScreeningData("C1", "consumer", DAY, dict.fromkeys(CRITERIA, True))
    screening.record_screening(doctor.db, DOCTOR, data)
    scan = _screening_scan(doctor, tmp_path, {"Not met|consumer/stable": True})
    install_translators(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    try:
        dialog = _dialog(qtbot, doctor, [scan])
        assert dialog.day.date() == QDate(DAY.year, DAY.month, DAY.day)  # as printed
        assert "病情稳定至少3个月" in dialog.message.text()  # ticked both ways: keep one
        assert not dialog.save() and "病情稳定至少3个月" in warned[-1]
        printed_met = next(
            n
            for n in range(dialog.marks.count())
            if dialog.marks.item(n).text().startswith("病情稳定至少3个月：符合：")
        )
        dialog.marks.item(printed_met).setCheckState(Qt.CheckState.Unchecked)
        message = dialog.message.text()
        assert "病情稳定至少3个月" in message and "不符合" in message
        assert "stable" not in message and "_" not in message
        assert all("_" not in text for text, _ in _rows(dialog))
        assert dialog.use_sheet.isVisibleTo(dialog)
        assert not dialog.save() and "病情稳定至少3个月" in warned[-1]
        assert "stable" not in warned[-1]
        assert store.pages_of(doctor.db, "C1") == []
        dialog.use_sheet.setChecked(True)
        assert dialog.save()
    finally:
        remove_translators()
        set_language("en")
    assert asked  # a criterion not met is confirmed
    found = screening.screening_on(doctor.db, DOCTOR, "C1", "consumer", DAY)
    assert found is not None and found.data.criteria["stable"] is False
    assert found.data.criteria["age"] is True
    assert [p.form for p in store.pages_of(doctor.db, "C1")] == ["screening", "screening"]


def test_only_the_reporter_or_a_doctor_keeps_an_emergency_form(
    qtbot: QtBot,
    doctor: AppContext,
    peer: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Given a self-harm reported by the doctor, its form read back by a peer who did not
    report it and agreeing with the report, when reviewed, the review says only the
    reporter or a community doctor may keep it, and saving keeps nothing; a form of an
    event the peer reported is kept."""
    from datetime import UTC, datetime

    from app.services import emergencies

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    key = _emergency(doctor, "adverse_event")
    photos = _emergency_photo(doctor, key, tmp_path, {})
    dialog = _dialog(qtbot, peer, photos)
    assert dialog.message.text() == (
        "Only the person who reported this event or a community doctor may keep its form "
        "with the report."
    )
    assert not dialog.save() and "Only the person who reported it" in warned[-1]
    assert store.pages_of(doctor.db, key) == []
    own = emergencies.report_event(
        peer.db,
        peer.account,
        emergencies.EventReport(
            community="TJH",
            occurred_at=datetime(DAY.year, DAY.month, DAY.day, 3, tzinfo=UTC),
            kind="self_harm",
            description="C2 hit his head on the wall",
            action_taken="Called the doctor",
            people=("C2",),
            category="adverse_event",
        ),
    )
    (tmp_path / "own").mkdir()
    photos = _emergency_photo(doctor, own, tmp_path / "own", {})
    dialog = _dialog(qtbot, peer, photos)
    assert dialog.message.text() == "Already reported as the sheet says."
    assert dialog.save()
    assert [p.form for p in store.pages_of(doctor.db, own)] == ["emergency"]


def test_a_blank_emergency_form_read_back_reports_the_event(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path
) -> None:
    """Given a blank emergency form (printed with a fresh code) ticked "violence" and
    "adverse event" in pen, with a word on the "Other" line, when reviewed, it is offered
    as a new report asking when and where; saving reports the event under the form's code
    with those ticks through the reporting rules, keeps the page with its handwritten
    fields, and the same form read again agrees with the report."""
    from app.printing import resolve_code
    from app.services import emergencies

    codes_printed = {
        print_form(doctor.db, DOCTOR, "emergency", tmp_path / f"{n}.pdf", blank=True)
        for n in range(2)
    }
    assert len(codes_printed) == 2 and None not in codes_printed  # each blank form its own
    photos = _emergency_photo(doctor, "", tmp_path, {ADVERSE: True, VIOLENCE: True}, other=True)
    before = {e.id for e in emergencies.list_events(doctor.db)}
    dialog = _dialog(qtbot, doctor, photos)
    page = dialog.pages[0]
    assert dialog.records.item(0).text() == (
        f"New report ({page.code}): Emergency Event Form 紧急事件报告表, pages: 2"
    )
    assert dialog.new_event.isVisibleTo(dialog) and not dialog.use_sheet.isVisibleTo(dialog)
    assert "saving reports the event from its ticks" in dialog.message.text()
    assert dialog.save_button.text() == "Report this emergency"
    dialog.when.setDateTime(QDateTime(QDate(DAY.year, DAY.month, DAY.day), QTime(15, 40)))
    dialog.community.setCurrentIndex(dialog.community.findData("TJH"))
    assert dialog.save()
    [key] = {e.id for e in emergencies.list_events(doctor.db)} - before
    assert key == page.record_key and resolve_code(doctor.db, page.code).key == key  # type: ignore[union-attr]
    row = emergencies.event_detail(doctor.db, DOCTOR, key).row
    assert (row.kind, row.category, row.community) == ("violence", "adverse_event", "TJH")
    assert row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M") == f"{DAY} 15:40"
    kept = store.pages_of(doctor.db, key)
    assert sorted(p.page for p in kept) == [1, 2]
    areas = {name for p in kept for name in p.areas}
    assert {"Other kind of event", "What happened", "Action taken"} <= areas
    again = _dialog(qtbot, doctor, photos)
    assert not again.new_event.isVisibleTo(again)
    assert again.message.text() == "Already reported as the sheet says."
