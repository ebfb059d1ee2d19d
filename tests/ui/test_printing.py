"""Printing from the screens: preview of the very PDF, printing, saving, finding by code."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.printing import FORM_TITLES, short_code
from app.services import printed, sessions
from printouts import render
from tests.helpers import DOCTOR
from tests.ui.conftest import opened_previews
from tests.ui.test_cancel import _cancel_held, _held, _told
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.sessions import SessionsPage
from ui.pages.today import TodayPage
from ui.print_preview import PrintPreviewDialog
from ui.printing import list_pdf_work, preview_form, preview_list

DAY = date.today() - timedelta(days=1)


def _first_page(work: Callable[[Callable[[int, int], None]], bytes]) -> str:
    """The text of the first page of a list's PDF, laid out here and now."""
    return PdfReader(io.BytesIO(work(lambda _done, _total: None))).pages[0].extract_text()


@pytest.fixture
def planned(doctor: AppContext) -> str:
    plan = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",), theme="一起唱歌")  # fmt: skip
    return sessions.plan_session(doctor.db, DOCTOR, plan)


def test_preview_shows_the_pdf_and_saves_it_unchanged(
    qtbot: QtBot, doctor: AppContext, planned: str, tmp_path: Path
) -> None:
    """The preview has the PDF's pages; Save as PDF writes exactly those bytes."""
    parent = QWidget()
    qtbot.addWidget(parent)
    preview_form(parent, doctor, "plan", planned)
    [dialog] = opened_previews(qtbot, parent)
    assert dialog.page_count == len(PdfReader(__import__("io").BytesIO(dialog.pdf)).pages)
    assert dialog.page_image(0).width() > 500
    dialog.save(tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").read_bytes() == dialog.pdf
    assert "一起唱歌" in PdfReader(tmp_path / "plan.pdf").pages[0].extract_text()


def test_printing_sends_every_page(
    qtbot: QtBot, doctor: AppContext, planned: str, tmp_path: Path
) -> None:
    """Printing draws each page on the printer (here a PDF printer standing in for paper)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    preview_form(parent, doctor, "attendance", planned)
    [dialog] = opened_previews(qtbot, parent)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        dialog.send_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count


def test_list_prints_as_shown(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """A list prints its visible, filtered rows with the on-screen headers."""
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    text = _first_page(list_pdf_work(doctor, ("活动", "Sessions"), page.model))
    assert "Theme" in text and "一起唱歌" in text
    page.search.setText("nothing matches this")
    filtered = _first_page(list_pdf_work(doctor, ("活动", "Sessions"), page.model))
    assert "一起唱歌" not in filtered
    preview_list(page, doctor, ("活动", "Sessions"), page.model)
    qtbot.waitUntil(lambda: page.findChild(PrintPreviewDialog) is not None, timeout=20_000)
    dialog = page.findChild(PrintPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.page_count == 1


def test_typed_code_opens_the_record(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """Typing (or scanning) the code printed on a form highlights its session."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.code_search.setText(short_code("S", planned).lower())
    assert window.open_code()
    page = window.pages["sessions"]
    assert window.page_stack.currentWidget() is page
    assert page.selected().id == planned  # type: ignore[attr-defined]
    window.code_search.setText("P-C2")
    assert window.open_code()
    assert window.pages["people"].selected().person.code == "C2"  # type: ignore[attr-defined]
    window.code_search.setText("S-12345678")
    assert not window.open_code()
    assert "S-12345678" in window.statusBar().currentMessage()


def test_printed_not_yet_entered(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """A printed participant list is listed on Today until its session is logged."""
    today = TodayPage(doctor)
    qtbot.addWidget(today)
    today.show()
    assert today.printed.count() == 0
    preview_form(today, doctor, "attendance", planned)
    opened_previews(qtbot, today)
    assert today.printed.count() == 1
    assert short_code("S", planned) in today.printed.item(0).text()
    sessions.log_session(
        doctor.db,
        DOCTOR,
        planned,
        sessions.SessionReport(time(9), time(10, 30), peers_present=("P1", "P2")),
    )
    doctor.events.changed.emit("sessions")
    assert today.printed.count() == 0


def test_blank_forms_from_the_file_menu(qtbot: QtBot, doctor: AppContext) -> None:
    """Every form can be printed blank from the File menu."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    blank_menu = next(a.menu() for a in window.menuBar().actions()[0].menu().actions()
                      if a.menu() is not None)  # fmt: skip
    assert len(blank_menu.actions()) == 9
    titles = [FORM_TITLES[form] for form in ("plan", "screening", "training")]
    for action in blank_menu.actions():
        if action.text() in titles:
            action.trigger()
    previews = opened_previews(qtbot, window, 3)
    assert sorted(p.windowTitle() for p in previews) == sorted(titles)
    assert all(p.pdf.startswith(b"%PDF") for p in previews)


def test_peer_prints_no_hidden_columns_and_no_clinical_sheet(
    qtbot: QtBot, peer: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A peer's printed list has no diagnosis or name columns; a screening sheet is refused."""
    from PySide6.QtWidgets import QMessageBox

    from ui.pages.people import PeoplePage

    page = PeoplePage(peer)
    qtbot.addWidget(page)
    page.show()
    hidden = frozenset(c for c in range(page.model.columnCount()) if page.table.isColumnHidden(c))
    text = _first_page(list_pdf_work(peer, ("人员", "People"), page.model, hidden))
    assert "Diagnosis" not in text and "Code" in text
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: shown.append(message))
    preview_form(page, peer, "screening", "C1")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown == ["Your account may not see clinical details."]
    assert page.findChild(PrintPreviewDialog) is None


def test_a_slow_form_shows_progress_and_cancel_remembers_nothing(
    qtbot: QtBot, doctor: AppContext, planned: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A form made quickly shows no progress window; a slow one does, and its Cancel
    leaves no preview and the sheet not remembered as printed."""
    told = _told(monkeypatch)
    release = _held(monkeypatch, render, "write_pdf")
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = preview_form(parent, doctor, "attendance", planned)
    assert not progress.isVisible()
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    _cancel_held(qtbot, progress, release, told)
    assert printed.not_entered(doctor.db) == []
    assert parent.findChild(PrintPreviewDialog) is None
