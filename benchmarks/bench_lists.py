"""The sessions list and the after-session save on a site with ten years of data.

On a copy of ``big_site`` (100,000 sessions, 1.5 million attendance rows), offscreen:

- open: the Sessions page built, shown and its first rows painted (service call, model
  filled, view painted); what loads after that runs in the background and is not counted;
- sort: a header click (``sortByColumn``) and the repaint, worst of four columns, on the
  whole list once it has loaded;
- filter: typing ``c07-p0`` into the search one keystroke at a time, each followed by
  the repaint; the worst keystroke;
- save: ``after_session.log_with_event``, the service the after-session form calls, for
  five waiting sessions with their consumers, peers and a doctor; the median;
- save from the form: the after-session page's Save with the Sessions and Today pages
  opened before and out of sight behind it, as in the main window, so everything redone on
  the GUI thread after a save (the "sessions" change news) is counted; the pages out of
  sight catch up when next shown; the median of five.

The goal of each figure is under 100 ms. The baseline is the same operation, measured in
the same run, on the same site with 1,000 sessions (1% of the data): the ratio says how
much the cost grows with a hundred times the data, 1 meaning not at all.

Run: .venv/bin/python benchmarks/bench_lists.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import big_site
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget
from table import Row, report

from app.services import accounts, after_session, people, sessions
from app.services.sessions import SessionReport
from db.database import Database
from ui.context import AppContext, DataEvents
from ui.labels import set_language
from ui.pages.log_session import LogSessionPage
from ui.pages.sessions import SessionsPage
from ui.pages.today import TodayPage
from ui.settings import Settings

TYPED = "c07-p0"
SORTED_COLUMNS = (0, 4, 7, 8)  # date, theme, lead peer, consumers present
SAVES = 5
GOAL = "<100 ms"


def _app() -> QApplication:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app


def _context(db: Database, folder: Path) -> AppContext:
    accounts.add_first_doctor(db, "bench", "bench-pass-1", "Bench")
    account = accounts.sign_in(db, "bench", "bench-pass-1")
    set_language("zh_CN")
    site = db.installation()
    assert site is not None
    return AppContext(db, account, Settings(folder / "settings.ini"), DataEvents(),
                      site.site_code, site.site_name)  # fmt: skip


def _ms(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _painted(page: SessionsPage) -> None:
    """Lets the page handle what is pending and paints the table's rows."""
    _app().processEvents()
    page.table.viewport().grab()


def _wait_loaded(page: SessionsPage) -> None:
    """Waits for a background load, if the page has one, to reach the model."""
    deadline = time.monotonic() + 300
    while getattr(page, "loading", False) and time.monotonic() < deadline:
        _app().processEvents()
        time.sleep(0.01)


def list_figures(context: AppContext) -> tuple[float, float, float]:
    """Milliseconds to open the page, to sort (worst column), per keystroke (worst)."""
    opened: list[SessionsPage] = []

    def open_page() -> None:
        page = SessionsPage(context)
        page.resize(1280, 800)
        page.show()
        page.grab()
        opened.append(page)

    open_ms = _ms(open_page)
    page = opened[0]
    _wait_loaded(page)
    _painted(page)
    sort_ms = 0.0
    for column in SORTED_COLUMNS:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sort_ms = max(sort_ms, _ms(lambda c=column, o=order: (page.table.sortByColumn(c, o),
                                                                   _painted(page))))  # fmt: skip
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _painted(page)
    key_ms = max(_ms(lambda k=key: (QTest.keyClicks(page.search, k), _painted(page)))
                 for key in TYPED)  # fmt: skip
    page.close()
    page.deleteLater()
    return open_ms, sort_ms, key_ms


def _report(db: Database, session_id: str) -> SessionReport:
    """What the form would send: the community's consumers (most present), peers, a doctor."""
    detail = sessions.session_detail(db, session_id)
    plan = detail.plan
    consumers = [p.code for p in people.enrolled_people(db, "consumer", plan.community,
                                                        plan.session_date)][:12]  # fmt: skip
    return SessionReport(
        actual_start=plan.planned_start,
        actual_end=plan.planned_end,
        consumers_present=tuple(consumers[:9]),
        consumers_absent=tuple(consumers[9:]),
        peers_present=tuple(p for p in [plan.lead_peer, *plan.assisting_peers] if p),
        staff_present=(f"{plan.community}-D",),
        feedback="大家积极参与，气氛很好。",
    )


def save_figure(db: Database) -> float:
    """Median milliseconds of the after-session service saving a logged session."""
    waiting = after_session.sessions_to_log(db)[:SAVES]
    reports = [(row.id, _report(db, row.id)) for row in waiting]
    runs = [_ms(lambda sid=sid, r=r: after_session.log_with_event(db, sid, r, None, True, "bench"))
            for sid, r in reports]  # fmt: skip
    return statistics.median(runs)


@contextmanager
def _confirming() -> Iterator[None]:
    """Answers Yes to "save anyway?", as a peer who checked the warnings would."""
    question = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        QMessageBox.question = question  # type: ignore[method-assign]


def form_save_figure(context: AppContext) -> float:
    """Median milliseconds of the after-session page's Save, with the other pages listening."""
    listening = [SessionsPage(context), TodayPage(context)]
    stack = QStackedWidget()  # as in the main window: one page in sight at a time
    for page in listening:
        stack.addWidget(page)
        stack.setCurrentWidget(page)
        stack.show()
    _wait_loaded(listening[0])  # type: ignore[arg-type]
    form = LogSessionPage(context)
    stack.addWidget(form)
    stack.setCurrentWidget(form)
    runs = []
    with _confirming():
        for _ in range(SAVES):
            _app().processEvents()
            form.session_list.setCurrentRow(0)
            for row in range(form.consumers.count()):
                form.consumers.item(row).setCheckState(Qt.CheckState.Checked)
            form.feedback.setPlainText("大家积极参与，气氛很好。")
            runs.append(_ms(lambda: (form.save(), _app().processEvents())))
    _wait_loaded(listening[0])  # type: ignore[arg-type]
    stack.close()
    stack.deleteLater()
    return statistics.median(runs)


def measure(path: Path, folder: Path) -> list[float]:
    """Every figure on one database, in milliseconds."""
    db = Database.open(path)
    context = _context(db, folder)
    figures = [*list_figures(context), save_figure(db), form_save_figure(context)]
    db.close()
    return figures


def rows() -> list[Row]:
    """Each figure on 100,000 sessions against the same on 1,000."""
    _app()
    with tempfile.TemporaryDirectory() as folder:
        small = big_site.build(Path(folder) / "small.sqlite", sessions=1_000)
        shutil.copyfile(small, Path(folder) / "warm-up.sqlite")
        measure(Path(folder) / "warm-up.sqlite", Path(folder))  # imports, fonts, first widgets
        baseline = measure(small, Path(folder))
        big = measure(big_site.working_copy(Path(folder)), Path(folder))
    names = ("sessions list opened, 100k", "sessions list sorted, worst column",
             "sessions list filtered, worst keystroke", "logged session saved (service)",
             "logged session saved (form, pages behind)")  # fmt: skip
    return [Row(name, "ms", figure, base, GOAL)
            for name, figure, base in zip(names, big, baseline, strict=True)]  # fmt: skip


if __name__ == "__main__":
    report(rows)
