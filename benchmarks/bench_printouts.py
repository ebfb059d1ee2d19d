"""How long each paper form takes to render, against a one-line PDF in the same run.

Run: .venv/bin/python benchmarks/bench_printouts.py
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from table import Row, report

from app.demo import make_demo
from app.printing import FORMS, print_form
from app.services import emergencies, sessions, site, supervision, training
from db.database import Database

ROUNDS = 5


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
            filled = timed(lambda f=form: print_form(db, f, io.BytesIO(), records[f]))
            blank = timed(lambda f=form: print_form(db, f, io.BytesIO(), blank=True))
            found += [Row(f"print {form} filled", "ms", filled, baseline),
                      Row(f"print {form} blank", "ms", blank, baseline)]  # fmt: skip
        db.close()
    return found


if __name__ == "__main__":
    report(rows)
