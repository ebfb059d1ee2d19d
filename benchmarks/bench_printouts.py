"""Printing as a user meets it, each figure and its baseline timed alternately five times
(median ± spread):

- the first print of a session in a fresh process, from the session's page as a user
  prints it (the page has read the session; the print imports ReportLab, registers the
  font, lays out the first form), against a fresh process writing a one-line PDF in the same CJK
  font (goal: at most 300 ms);
- each form, filled and blank, warm, against a one-line PDF in the same CJK font (goal:
  at most 20×);
- a list of 100,000 sessions: its rows taken off the model on the GUI thread (against
  reading them cell by cell), drawn into a PDF on the worker (goal: at most 30 s), and
  its preview opened (GUI thread) with the memory that takes against every page's image.

Run: .venv/bin/python benchmarks/bench_printouts.py
"""

from __future__ import annotations

import io
import os
import random
import statistics
import subprocess
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
from table import Row, alternately, interleaved, report

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
GOAL = "<= 100 ms"
ROOT = Path(__file__).resolve().parent.parent


def timed(work: Callable[[], object]) -> float:
    """The median of a few runs, in milliseconds."""
    work()  # warm up: fonts registered, modules imported
    runs = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def both(figure: Callable[[], object], baseline: Callable[[], object]) -> tuple[float, ...]:
    """``interleaved`` after one warm-up of each, in milliseconds."""
    figure()
    baseline()
    return tuple(value * 1000 for value in interleaved(figure, baseline, ROUNDS))


def one_line_pdf() -> None:
    """The baseline: ReportLab writing one line of text in the forms' CJK font."""
    from reportlab.pdfgen.canvas import Canvas

    from printouts.render import _register_font

    _register_font()
    canvas = Canvas(io.BytesIO())
    canvas.setFont("WQY", 10)
    canvas.drawString(100, 700, "基线 baseline")
    canvas.save()


FIRST_PRINT = """
import io, sys, time
from pathlib import Path
from app.printing import print_form
from app.services.sessions import session_detail
from db.database import Database
from tests.helpers import DOCTOR
db = Database.open(Path(sys.argv[1]))
session_detail(db, sys.argv[2])  # the session's page, where Print is pressed
start = time.perf_counter()
print_form(db, DOCTOR, "plan", io.BytesIO(), sys.argv[2])
print(time.perf_counter() - start)
"""
FIRST_LINE = """
import io, time
start = time.perf_counter()
from reportlab.pdfgen.canvas import Canvas
from printouts.render import _register_font
_register_font()
canvas = Canvas(io.BytesIO())
canvas.setFont("WQY", 10)
canvas.drawString(100, 700, "基线 baseline")
canvas.save()
print(time.perf_counter() - start)
"""


def fresh(script: str, *args: str) -> float:
    """Seconds a fresh process reports for its work (its start-up not counted)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                          text=True, check=True, env=env)  # fmt: skip
    return float(done.stdout.split()[-1])


def rows() -> list[Row]:
    """Each form filled and blank, against a one-line PDF."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = Database.open(path)
        site.init_site(db, "BENCH", "Benchmark site")
        make_demo(db)
        held = [r.id for r in sessions.list_sessions(db) if r.status == "held"][-1]
        course = training.list_courses(db)[0].id
        records = {
            "plan": held, "process": held, "attendance": held,
            "emergency": emergencies.list_events(db)[0].id, "screening": "TJH-P01",
            "survey": "TJH-C01", "needs": "TJH-C01",
            "supervision": supervision.list_supervision(db)[0].id,
            "training": training.course_sessions(db, course)[0].id,
        }  # fmt: skip
        db.close()
        first = alternately(lambda: fresh(FIRST_PRINT, str(path), held),
                            lambda: fresh(FIRST_LINE), ROUNDS)  # fmt: skip
        db = Database.open(path)
        found = [Row("first print in a fresh process (plan)", "ms", first[0] * 1000,
                     first[2] * 1000, "<= 300 ms", first[1] * 1000, first[3] * 1000)]  # fmt: skip
        for form in FORMS:
            filled = both(lambda f=form: print_form(db, DOCTOR, f, io.BytesIO(), records[f]),
                          one_line_pdf)  # fmt: skip
            blank = both(lambda f=form: print_form(db, DOCTOR, f, io.BytesIO(), blank=True),
                         one_line_pdf)  # fmt: skip
            found += [Row(f"print {form} filled", "ms", filled[0], filled[2], "<= 20",
                          filled[1], filled[3]),
                      Row(f"print {form} blank", "ms", blank[0], blank[2], "<= 20", blank[1],
                          blank[3])]  # fmt: skip
        db.close()
    return found + list_rows()


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


def list_rows() -> list[Row]:
    """A list of 100,000 sessions printed: the GUI thread's share, the PDF, the preview."""
    app = QApplication.instance() or QApplication([])
    set_language("zh_CN")
    model = SessionsModel()
    model.set_rows(_sessions(LIST_ROWS))
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    taken = interleaved(lambda: take_snapshot(model), lambda: _read_cell_by_cell(model), ROUNDS)
    snapshot = take_snapshot(model)
    made: list[bytes] = []

    def draw() -> None:
        out = io.BytesIO()
        print_list(("活动", "Sessions"), snapshot.headers, snapshot.rows(), out, "Bench", "zh")
        made[:] = [out.getvalue()]

    drawn = interleaved(draw, one_line_pdf, ROUNDS)
    points = page_sizes(made[0])  # read on the worker, after the drawing
    before = _rss_mb()
    opened, spent = [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        dialog = PrintPreviewDialog(made[0], "Sessions", "list.pdf", None, points)
        dialog.show()
        app.processEvents()
        dialog.grab()
        opened.append((time.perf_counter() - start) * 1000)
        bar = dialog.scroll.verticalScrollBar()
        for step in range(1, 21):  # scroll through, a twentieth at a time
            bar.setValue(bar.maximum() * step // 20)
            dialog.grab()
        spent.append(_rss_mb() - before)
        pages = dialog.page_count
        every_page = sum(size.width() * size.height() * 4 for size in dialog.view.sizes) / 2**20
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    base = timed(one_line_pdf)
    ms = [value * 1000 for value in taken]
    return [
        Row(f"list {LIST_ROWS:,} rows off model (GUI)", "ms", ms[0], ms[2], GOAL, ms[1], ms[3]),
        Row(f"list {LIST_ROWS:,} rows drawn (worker)", "s", drawn[0], drawn[2], "<= 30 s",
            drawn[1], drawn[3]),
        Row(f"list preview of {pages:,} pages opens", "ms", statistics.median(opened), base,
            GOAL, max(opened) - min(opened)),
        Row("list preview memory vs all pages' images", "MB", max(spent), every_page, "<= 0.1"),
    ]  # fmt: skip


if __name__ == "__main__":
    report(rows)
