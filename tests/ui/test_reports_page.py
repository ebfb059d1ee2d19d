"""The Reports page: built in the background, charts filled and saved as images, tables shown."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.services import sessions
from tests.app.test_sessions import PLAN, REPORT
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.reports import ReportsPage


def test_build_show_and_save_chart(qtbot: QtBot, doctor: AppContext, tmp_path: Path) -> None:
    """Two sessions in 2016 H1 show as a bar among the period's other half-years, which
    show as zero, for every community by name; the chart saves as a PNG of its size."""
    for day in (date(2016, 1, 5), date(2016, 3, 1)):
        sid = sessions.plan_session(doctor.db, DOCTOR, replace(PLAN, session_date=day))
        sessions.log_session(doctor.db, DOCTOR, sid, REPORT)
    page = ReportsPage(doctor)
    qtbot.addWidget(page)
    page.start.setDate(QDate(2015, 1, 1))
    page.end.setDate(QDate(2016, 12, 31))
    assert not page.tabs.isVisibleTo(page) and page.empty.isVisibleTo(page)
    page.build()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    assert page.tabs.isVisibleTo(page) and not page.empty.isVisibleTo(page)
    assert page.period_chart.categories == ["2015 H1", "2015 H2", "2016 H1", "2016 H2"]
    assert page.period_chart.series == {"Maizidian": [0, 0, 0, 0], "Tuanjiehu": [0, 0, 2, 0]}
    assert page.period_chart.chart.value_axis == "Sessions held"
    assert page.period_chart.chart.category_axis == "Six months"
    assert page.period_chart.tick_values() == [0, 1, 2]
    assert page.tables.count() > 10
    assert "2 sessions" in page.status.text()
    page.resize(900, 700)
    page.show()
    assert page.save_chart(page.period_chart, tmp_path / "chart.png")
    image = QImage(str(tmp_path / "chart.png"))
    assert image.width() > 100 and image.height() > 100
    for kind in ("pdf", "xlsx"):
        assert page.save(kind, tmp_path / f"report.{kind}") is not None
        qtbot.waitUntil(lambda k=kind: f"report.{k}" in page.status.text(), timeout=20_000)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "report.xlsx").stat().st_size > 1000


def test_reports_for_professionals_not_peers(
    qtbot: QtBot, doctor: AppContext, peer: AppContext
) -> None:
    """The community doctor has the Reports page; a peer does not."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    assert "reports" in window.pages
    peer_window = MainWindow(peer)
    qtbot.addWidget(peer_window)
    assert "reports" not in peer_window.pages


def test_the_period_opens_on_the_span_of_the_data(qtbot: QtBot, doctor: AppContext) -> None:
    """Not "last year to today": a site whose records end in 2016 opens on its own years."""
    from app.reports.build import data_span

    sid = sessions.plan_session(doctor.db, DOCTOR, replace(PLAN, session_date=date(2016, 3, 1)))
    sessions.log_session(doctor.db, DOCTOR, sid, REPORT)
    first, last = data_span(doctor.db) or (None, None)
    page = ReportsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.end.date() == QDate(last.year, last.month, last.day))
    assert page.start.date() == QDate(first.year, first.month, first.day)
    assert last.year == 2016
