"""How long each paper form takes to render, against a one-line PDF in the same run; and
printing a list of 100,000 sessions: taking its rows off the model on the GUI thread
(against reading them cell by cell, as it was done), laying out its PDF on the worker
(once: minutes), and opening its preview (GUI thread) with the memory that takes.

Run: .venv/bin/python benchmarks/bench_printouts.py
"""

from __future__ import annotations

import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication
from table import Row, report

from app import codes
from app.demo import make_demo
from app.demo_content import THEMES
from app.printing import FORMS, print_form, print_list
from app.services import emergencies, sessions, site, supervision, training
from app.services.sessions import SessionRow
from db.database import Database
from tests.helpers import DOCTOR
from ui.labels import set_language
from ui.models.sessions_model import DATE, SessionsModel
from ui.models.snapshot import take_snapshot
from ui.print_preview import PrintPreviewDialog, page_sizes

ROUNDS = 5
LIST_ROWS = 100_000
GOAL = "<100 ms"


def timed(work: Callable[[], object]) -> float:
    """The median of a few runs, in milliseconds."""
    work()  # warm up: fonts registered, modules imported
    runs = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def one_line_pdf() -> None:
    """The baseline: ReportLab writing one line of text."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    canvas.drawString(100, 700, "baseline")
    canvas.save()


def rows() -> list[Row]:
    """Each form filled and blank, against a one-line PDF."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.sqlite")
        site.init_site(db, "BENCH", "Benchmark site")
        make_demo(db)
        held = [r.id for r in sessions.list_sessions(db) if r.status == "held"][-1]
        course = training.list_courses(db)[0].id
        records = {
            "plan": held, "process": held, "attendance": held,
            "emergency": emergencies.list_events(db)[0].id, "screening": "TJH-P01",
            "survey": "TJH-C01", "supervision": supervision.list_supervision(db)[0].id,
            "training": training.course_sessions(db, course)[0].id,
        }  # fmt: skip
        baseline = timed(one_line_pdf)
        found = []
        for form in FORMS:
            filled = timed(lambda f=form: print_form(db, DOCTOR, f, io.BytesIO(), records[f]))
            blank = timed(lambda f=form: print_form(db, DOCTOR, f, io.BytesIO(), blank=True))
            found += [Row(f"print {form} filled", "ms", filled, baseline),
                      Row(f"print {form} blank", "ms", blank, baseline)]  # fmt: skip
        db.close()
    return found + list_rows(baseline)


def _sessions(count: int) -> list[SessionRow]:
    """Sessions as the list shows them, with the demo's Chinese themes, over ten years."""
    rng = random.Random(7)
    themes = [(topic, theme) for topic, pairs in THEMES.items() for theme, _aim in pairs]
    venues = [venue.code for venue in codes.VENUES]
    rows = []
    for n in range(count):
        topic, theme = rng.choice(themes)
        start = clock(rng.choice((9, 10, 14, 15)), rng.choice((0, 30)))
        rows.append(SessionRow(f"s{n}", f"C{n % 20:02d}", date(2015, 7, 1) + timedelta(n // 28),
                               start, clock(start.hour + 1, start.minute), topic, theme,
                               rng.choice(venues), "held", f"P{n % 90:03d}",
                               rng.randint(4, 14)))  # fmt: skip
    return rows


def _read_cell_by_cell(model: QAbstractItemModel) -> list[list[str]]:
    """The rows as printing used to read them, through data(), for the baseline."""
    columns = range(model.columnCount())
    return [[str(model.data(model.index(r, c)) or "") for c in columns]
            for r in range(model.rowCount())]  # fmt: skip


def _rss_mb() -> float:
    """This process's resident memory now."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def list_rows(baseline: float) -> list[Row]:
    """A list of 100,000 sessions printed: the GUI thread's share, the layout, the preview."""
    app = QApplication.instance() or QApplication([])
    set_language("zh_CN")
    model = SessionsModel()
    model.set_rows(_sessions(LIST_ROWS))
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    taken = timed(lambda: take_snapshot(model))
    read = timed(lambda: _read_cell_by_cell(model))
    snapshot = take_snapshot(model)
    out = io.BytesIO()
    start = time.perf_counter()
    print_list(("活动", "Sessions"), snapshot.headers, snapshot.rows(), out, "Bench", "zh")
    laid_out = (time.perf_counter() - start) * 1000
    points = page_sizes(out.getvalue())  # read on the worker, after the layout
    before = _rss_mb()
    start = time.perf_counter()
    dialog = PrintPreviewDialog(out.getvalue(), "Sessions", "list.pdf", None, points)
    dialog.show()
    app.processEvents()
    dialog.grab()
    opened = (time.perf_counter() - start) * 1000
    bar = dialog.scroll.verticalScrollBar()
    for step in range(1, 21):  # scroll through, a twentieth at a time
        bar.setValue(bar.maximum() * step // 20)
        dialog.grab()
    memory = _rss_mb() - before
    pages = dialog.page_count
    every_page = sum(size.width() * size.height() * 4 for size in dialog.view.sizes) / 2**20
    dialog.close()
    return [
        Row(f"list {LIST_ROWS:,} rows off model (GUI)", "ms", taken, read, GOAL),
        Row(f"list {LIST_ROWS:,} rows laid out (worker)", "ms", laid_out, baseline),
        Row(f"list preview of {pages:,} pages opens", "ms", opened, baseline, GOAL),
        Row("list preview memory vs all pages' images", "MB", memory, every_page),
    ]


if __name__ == "__main__":
    report(rows)
