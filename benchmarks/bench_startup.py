"""Launch to the sign-in window painted, against a bare PySide6 window, in the same run.

Each is a fresh process that prints how long it took from start to the first paint;
the median of a few runs is reported with the ratio (goal: at most 1.5).

Run: .venv/bin/python benchmarks/bench_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from table import Row, report

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

BARE = """
import time; start = time.perf_counter()
import os; os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget(); window.resize(400, 300); window.show(); app.processEvents()
window.grab()
print(time.perf_counter() - start)
"""

APP = """
import time; start = time.perf_counter()
import os, sys; os.environ.setdefault("QT_QPA_PLATFORM", "offscreen"); sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from db.database import Database
from ui.application import install_translators
from app.site_door import SiteDoor
from ui.signin import SignInDialog
app = QApplication([])
install_translators(app, "zh_CN")
db = Database.open({db!r})
door = SiteDoor({db!r}); door.db = db
dialog = SignInDialog(door); dialog.show(); app.processEvents()
dialog.grab()
print(time.perf_counter() - start)
"""


def timed(script: str) -> float:
    """The median seconds a script reports over a few fresh processes."""
    runs = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
        runs.append(float(out.strip().splitlines()[-1]))
    return statistics.median(runs)


def rows() -> list[Row]:
    """Median seconds to the painted sign-in window against a bare PySide6 window."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
                       check=True, capture_output=True)  # fmt: skip
        bare = timed(BARE)
        app = timed(APP.format(root=str(ROOT), db=str(db)))
    return [Row("sign-in window painted", "s", app, bare, "<= 1.5")]


if __name__ == "__main__":
    report(rows)
