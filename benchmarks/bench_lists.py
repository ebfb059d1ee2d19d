"""The sessions list and the after-session save on an encrypted site with ten years of data.

On a copy of ``big_site`` encrypted as a site's database is (100,000 sessions, 1.5 million
attendance rows), offscreen, against the same site with 1,000 sessions:

- load: the Sessions page opened until every session is read, prepared and shown, against
  a raw read of the same list (SQLAlchemy Core rows); and the longest stall of the GUI
  thread meanwhile, as a timer ticking every 5 ms while the view repaints sees it (goal:
  none over 50 ms);
- sort: a header click (``sortByColumn``) and the repaint, worst of four columns;
- filter: typing ``c07-p0`` into the search one keystroke at a time, each followed by
  the repaint; the worst keystroke;
- save: ``after_session.log_with_event``, the service the after-session form calls;
- save from the form: the after-session page's Save with the Sessions and Today pages
  opened before and out of sight behind it, as in the main window, so everything redone on
  the GUI thread after a save (the "sessions" change news) is counted; the pages out of
  sight catch up when next shown;
- memory: peak RSS of a child process that opens the main window on the site, shows the
  Sessions page and waits for the whole list (goal: 100k at most 2x the 1k site's).

Figures on the 100k site and their 1k baselines are measured alternately (both pages
open side by side), five times each; median and spread. Operations under 100 ms are the
goal for sort, filter and save.

Run: .venv/bin/python benchmarks/bench_lists.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import big_site
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget
from table import Row, alternately, report

from app.errors import UserError
from app.services import accounts, after_session, people, sessions
from app.services.sessions import SessionReport
from db.database import Database
from tests.helpers import PEER
from ui.collector import collect_on_gui_thread
from ui.context import AppContext, DataEvents
from ui.labels import set_language
from ui.pages.log_session import LogSessionPage
from ui.pages.sessions import SessionsPage
from ui.pages.today import TodayPage
from ui.settings import Settings

TYPED = "c07-p0"
SORTED_COLUMNS = (0, 4, 7, 8)  # date, theme, lead peer, consumers present
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
MEMORY_REPEAT = 5
TICK_MS = 5
GOAL = "<= 100 ms"


def _app() -> QApplication:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    collect_on_gui_thread(app)  # as the program does
    return app


def _context(db: Database, folder: Path) -> AppContext:
    with suppress(UserError):  # the child measuring memory signs in where its parent did
        accounts.add_first_account(db, "bench", "bench-pass-1", "Bench")
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
    """Runs the event loop until a background load, if the page has one, reaches it."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: page.loading or loop.quit())
    timer.start(TICK_MS)
    if page.loading:
        loop.exec()
    timer.stop()


def load(context: AppContext) -> tuple[float, float, SessionsPage]:
    """Seconds to open the page until every session is shown; the longest stall of the GUI
    thread once the page is up, until then (ms beyond a 5 ms timer's tick, each tick
    repainting the rows)."""
    stalls = [0.0]
    opened: list[SessionsPage] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append((now - last[0]) * 1000 - TICK_MS)
        last[0] = now
        if opened:
            opened[0].table.viewport().update()

    start = time.perf_counter()
    page = SessionsPage(context)
    page.resize(1280, 800)
    page.show()
    page.grab()  # the page opened with the newest sessions; the rest is read behind it
    opened.append(page)
    timer = QTimer()
    timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start(TICK_MS)
    _wait_loaded(page)
    _painted(page)
    took = time.perf_counter() - start
    timer.stop()
    return took, max(stalls), page


def worst_sort(page: SessionsPage) -> float:
    """Milliseconds of the slowest header click and repaint, over four columns both ways."""
    worst = 0.0
    for column in SORTED_COLUMNS:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            worst = max(worst, _ms(lambda c=column, o=order: (page.table.sortByColumn(c, o),
                                                              _painted(page))))  # fmt: skip
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _painted(page)
    return worst


def worst_keystroke(page: SessionsPage) -> float:
    """Milliseconds of the slowest keystroke typing TYPED, each with the repaint."""
    worst = max(_ms(lambda k=key: (QTest.keyClicks(page.search, k), _painted(page)))
                for key in TYPED)  # fmt: skip
    page.search.clear()
    _painted(page)
    return worst


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


def service_save(db: Database) -> float:
    """Milliseconds of the after-session service saving the first waiting session."""
    row = after_session.sessions_to_log(db)[0]
    report = _report(db, row.id)
    return _ms(lambda: after_session.log_with_event(db, PEER, row.id, report, None, True))


@contextmanager
def _confirming() -> Iterator[None]:
    """Answers Yes to "save anyway?", as a peer who checked the warnings would."""
    question = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        QMessageBox.question = question  # type: ignore[method-assign]


class FormSave:
    """The after-session page in a stack, the Sessions and Today pages behind it."""

    def __init__(self, context: AppContext) -> None:
        listening = [SessionsPage(context), TodayPage(context)]
        self.stack = QStackedWidget()  # as in the main window: one page in sight at a time
        for page in listening:
            self.stack.addWidget(page)
            self.stack.setCurrentWidget(page)
            self.stack.show()
        _wait_loaded(listening[0])  # type: ignore[arg-type]
        self.form = LogSessionPage(context)
        self.stack.addWidget(self.form)
        self.stack.setCurrentWidget(self.form)

    def save(self) -> float:
        """Milliseconds of one Save of the first waiting session, all consumers present."""
        form = self.form
        with _confirming():
            _app().processEvents()
            form.session_list.setCurrentRow(0)
            for row in range(form.consumers.count()):
                form.consumers.item(row).setCheckState(Qt.CheckState.Checked)
            form.feedback.setPlainText("大家积极参与，气氛很好。")
            form.nothing.setChecked(True)  # nothing happened that needs the doctor
            saved: list[bool] = []
            took = _ms(lambda: (saved.append(form.save()), _app().processEvents()))
            assert saved == [True], "the form did not save"
            return took


def raw_read(db: Database) -> None:
    """The same list as rows, as SQLAlchemy Core reads them, and nothing more."""
    sessions.list_sessions(db)


def peak_rss(path: Path, folder: Path) -> float:
    """MiB of a child process's peak RSS with the main window on the site, the whole list
    of sessions read (``--rss``)."""
    found = subprocess.run([sys.executable, __file__, "--rss", str(path), str(folder)],
                           capture_output=True, text=True, check=True)  # fmt: skip
    return float(found.stdout.split()[-1])


def _rss_child(path: Path, folder: Path) -> None:
    from ui.collector import settle_heap
    from ui.main_window import MainWindow

    _app()
    db = Database.open(path, big_site.KEY)
    window = MainWindow(_context(db, folder))
    window.show()
    settle_heap()
    page = window.show_page("sessions")
    assert isinstance(page, SessionsPage)
    _wait_loaded(page)
    _painted(page)
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the parent, the
    # benchmark itself, which is bigger
    status = Path("/proc/self/status").read_text()
    print(int(status.split("VmHWM:")[1].split()[0]) / 1024)
    sys.stdout.flush()
    os._exit(0)  # the window's closing backup is not what is measured


def rows() -> list[Row]:
    """Each figure on 100,000 sessions against its baseline, alternately."""
    from ui.collector import settle_heap

    _app()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain_small = big_site.build(folder / "small-plain.sqlite", sessions=1_000)
        small_path = big_site.encrypt(plain_small, folder / "small.sqlite")
        big_path = big_site.working_copy(folder, big_site.encrypted_cached())
        small_db, big_db = (
            Database.open(small_path, big_site.KEY),
            Database.open(big_path, big_site.KEY),
        )
        small, big = _context(small_db, folder), _context(big_db, folder)
        load(small)[2].close()  # imports, fonts, first widgets
        settle_heap()  # as the application does once its window is up
        loads, stalls, reads, small_stalls = [], [], [], []
        pages: dict[str, SessionsPage] = {}
        for _ in range(REPEAT):
            took, stall, page = load(big)
            _keep(pages, "big", page)
            loads.append(took)
            stalls.append(stall)
            reads.append(_ms(lambda: raw_read(big_db)) / 1000)
            small_stall, page = load(small)[1:]
            _keep(pages, "small", page)
            small_stalls.append(small_stall)
        sort = alternately(
            lambda: worst_sort(pages["big"]), lambda: worst_sort(pages["small"]), REPEAT
        )
        keys = alternately(lambda: worst_keystroke(pages["big"]),
                           lambda: worst_keystroke(pages["small"]), REPEAT)  # fmt: skip
        saved = alternately(lambda: service_save(big_db), lambda: service_save(small_db), REPEAT)
        for page in pages.values():  # in the main window, one page is in sight at a time
            page.hide()
        forms = {"big": FormSave(big), "small": FormSave(small)}
        form = alternately(forms["big"].save, forms["small"].save, REPEAT)
        for widget in [*pages.values(), *(f.stack for f in forms.values())]:
            widget.close()
            widget.deleteLater()
        _app().processEvents()
        small_db.close()
        big_db.close()
        memory = alternately(lambda: peak_rss(big_path, folder),
                             lambda: peak_rss(small_path, folder), MEMORY_REPEAT)  # fmt: skip

    def spread(values: list[float]) -> float:
        return max(values) - min(values)

    median = statistics.median
    return [
        Row("sessions list loaded whole, 100k (vs raw read)", "s", median(loads), median(reads),
            "<= 3", spread(loads), spread(reads)),
        Row("  longest GUI stall meanwhile (vs 1k load)", "ms", median(stalls),
            median(small_stalls), "<= 50 ms", spread(stalls), spread(small_stalls)),
        Row("sessions list sorted, worst column (vs 1k)", "ms", *_reorder(sort), ),
        Row("sessions list filtered, worst key (vs 1k)", "ms", *_reorder(keys)),
        Row("logged session saved, service (vs 1k)", "ms", *_reorder(saved)),
        Row("logged session saved, form+pages (vs 1k)", "ms", *_reorder(form)),
        Row("main window peak RSS, 100k vs 1k site", "MiB", memory[0], memory[2], "<= 2",
            memory[1], memory[3]),
    ]  # fmt: skip


def _keep(pages: dict[str, SessionsPage], key: str, page: SessionsPage) -> None:
    """Keeps the page just loaded and closes the one before it: a window has one sessions
    list, and one left open would update itself at every later save, as if it were seen."""
    before = pages.get(key)
    if before is not None:
        before.close()
        before.deleteLater()
    pages[key] = page


def _reorder(found: tuple[float, float, float, float]) -> tuple[Any, ...]:
    """(figure, baseline, goal, spread, baseline spread) for a Row of an operation."""
    return found[0], found[2], GOAL, found[1], found[3]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rss"]:
        _rss_child(Path(sys.argv[2]), Path(sys.argv[3]))
    report(rows)
