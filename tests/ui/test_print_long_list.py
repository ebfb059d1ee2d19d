"""Printing a long list: rows taken off the models as shown, the PDF laid out behind Cancel,
a preview that renders only the pages in view, and printing one page at a time."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.printing import print_list
from app.services.sessions import SessionRow
from tests.ui.test_cancel import _press_cancel, _told
from ui.context import AppContext
from ui.models.sessions_model import THEME, SessionsModel
from ui.models.snapshot import take_snapshot
from ui.models.table import Column, RowTableModel, filter_proxy
from ui.pages.people import PeoplePage
from ui.print_preview import PageView, PrintPreviewDialog
from ui.printing import preview_list


class Lines(RowTableModel[tuple[str, str, str]]):
    """Plain rows of three texts."""

    CONTEXT = "Lines"
    COLUMNS = (Column("Number", lambda r: r[0], lambda r: int(r[0])),
               Column("Theme", lambda r: r[1]), Column("Peer", lambda r: r[2]))  # fmt: skip


def _lines(count: int) -> Lines:
    model = Lines()
    model.set_rows([(str(n), f"一起唱歌 {n % 7}", f"P{n % 3}") for n in range(count)])
    return model


def _as_shown(model: QAbstractItemModel, hidden: frozenset[int]) -> list[list[str]]:
    """The rows as the screen shows them, read cell by cell (slow, but surely right)."""
    columns = [c for c in range(model.columnCount()) if c not in hidden]
    return [[str(model.data(model.index(r, c)) or "") for c in columns]
            for r in range(model.rowCount())]  # fmt: skip


def _sessions(count: int) -> list[SessionRow]:
    return [SessionRow(f"id{n}", "TJH", date(2020, 1, 1 + n % 28), time(9 + n % 5), time(15),
                       "social_skills", f"主题 {n % 11}", "health_center", "held", f"P{n % 4}",
                       n % 13) for n in range(count)]  # fmt: skip


def test_snapshot_of_sessions_is_sorted_filtered_without_hidden_columns() -> None:
    """The sessions model hands over the shown rows in the shown order, hidden columns out."""
    model = SessionsModel()
    model.set_rows(_sessions(300))
    model.sort(THEME, Qt.SortOrder.DescendingOrder)
    model.set_search("主题 3")
    hidden = frozenset({0, 5})
    snapshot = take_snapshot(model, hidden)
    assert snapshot.rows() == _as_shown(model, hidden) and len(snapshot.rows()) > 10
    assert "Date" not in snapshot.headers and "Theme" in snapshot.headers


def test_snapshot_through_a_proxy_follows_its_sort_and_filter(qtbot: QtBot) -> None:
    """Through a sorting, filtering proxy the rows come in the proxy's order."""
    proxy = filter_proxy(_lines(200))
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.setFilterFixedString("唱歌 3")
    snapshot = take_snapshot(proxy, frozenset({2}))
    assert snapshot.rows() == _as_shown(proxy, frozenset({2}))
    assert snapshot.rows()[0][0] == "199" or snapshot.rows()[0][1] == "一起唱歌 3"


def test_snapshot_of_people_follows_their_filters(qtbot: QtBot, doctor: AppContext) -> None:
    """The people filter names the rows it keeps itself; sorted and filtered as on screen."""
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.proxy.sort(0, Qt.SortOrder.DescendingOrder)
    page.proxy.set_filters(role="consumer")
    snapshot = take_snapshot(page.proxy, frozenset({1}))
    assert snapshot.rows() == _as_shown(page.proxy, frozenset({1})) and snapshot.rows()


def _list_pdf(rows: int) -> bytes:
    out = io.BytesIO()
    lines = [[str(n), f"一起唱歌 {n}", f"P{n % 3}"] for n in range(rows)]
    print_list(("活动", "Sessions"), ["Number", "Theme", "Peer"], lines, out, "Site", "zh")
    return out.getvalue()


def test_preview_of_a_long_list_renders_only_pages_in_view(qtbot: QtBot) -> None:
    """Every page is there to scroll to, but only those near the view are rendered."""
    pdf = _list_pdf(1_500)
    dialog = PrintPreviewDialog(pdf, "Sessions", "list.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab()
    assert dialog.page_count == len(PdfReader(io.BytesIO(pdf)).pages) > 30
    assert 1 <= len(dialog.view.images) <= 2
    heights = sum(size.height() for size in dialog.view.sizes)
    assert dialog.view.height() > heights
    bar = dialog.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    dialog.grab()
    assert dialog.page_count - 1 in dialog.view.images
    assert 0 not in dialog.view.images or len(dialog.view.images) <= 3
    for number in range(0, dialog.page_count, 3):
        dialog.page_image(number)
    assert len(dialog.view.images) == PageView.CACHE


def test_printing_a_long_list_sends_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    """Printing draws each page of a many-page list on the printer, one at a time."""
    pdf = _list_pdf(300)
    dialog = PrintPreviewDialog(pdf, "Sessions", "list.pdf")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.send_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count > 5


def test_cancel_while_laying_out_shows_no_preview(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel stops a long list's layout within moments; no preview opens; the user is told."""
    told = _told(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    progress = preview_list(parent, doctor, ("活动", "Sessions"), _lines(50_000))
    qtbot.waitUntil(lambda: progress.maximum() > 0, timeout=20_000)  # pages are being laid out
    _press_cancel(qtbot, progress)
    qtbot.waitUntil(lambda: bool(told), timeout=3_000)
    assert "nothing was changed" in told[0]
    assert parent.findChild(PrintPreviewDialog) is None


def test_preview_opens_once_the_list_is_laid_out(qtbot: QtBot, doctor: AppContext) -> None:
    """The preview of a list opens by itself when its PDF is ready, with every page."""
    parent = QWidget()
    qtbot.addWidget(parent)
    preview_list(parent, doctor, ("活动", "Sessions"), filter_proxy(_lines(120)))
    qtbot.waitUntil(lambda: parent.findChild(PrintPreviewDialog) is not None, timeout=20_000)
    dialog = parent.findChild(PrintPreviewDialog)
    qtbot.addWidget(dialog)
    text = PdfReader(io.BytesIO(dialog.pdf)).pages[-1].extract_text()
    assert dialog.page_count > 1 and "119" in text
