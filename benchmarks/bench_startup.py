"""Launch to the sign-in window painted, against a bare PySide6 window, in the same run.

Both are fresh processes timed from launch (interpreter start-up included) to their
window's first paint. The application is ``main.py`` itself on the desktop path, against
a demo database: ``PEER_SUPPORT_STARTUP_PROBE`` (see ``ui/first_paint.py``) makes it print the
seconds since launch at the sign-in window's first paint and quit. The bare window reports
the same way. Runs alternate between the two; the medians are reported with their ratio
(goal: at most 1.5).

Run: .venv/bin/python benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from table import Row, report

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
PROBE = "PEER_SUPPORT_STARTUP_PROBE"

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class Window(QWidget):
    painted = False

    def event(self, event):
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.report)
        return super().event(event)

    def report(self):
        print(f"{time.time() - float(os.environ['PEER_SUPPORT_STARTUP_PROBE']):.4f}", flush=True)
        app.quit()

app = QApplication(sys.argv)
window = Window(); window.resize(400, 300); window.show()
app.exec()
"""


def seconds_to_paint(command: list[str], home: Path) -> float:
    """Seconds from launching a fresh process to its first paint, as it reports them."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the built program runs from bytecode too
    env[PROBE] = repr(time.time())
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
    return float(out.split()[0])


def rows() -> list[Row]:
    """Median seconds to the painted sign-in window against a bare PySide6 window."""
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        db = home / "demo.sqlite"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "demo"],
                       check=True, capture_output=True)  # fmt: skip
        app_command = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
        bare_command = [sys.executable, "-c", BARE]
        seconds_to_paint(app_command, home)  # the first run compiles bytecode and warms caches
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(seconds_to_paint(bare_command, home))
            app.append(seconds_to_paint(app_command, home))
    return [
        Row("sign-in window painted (main.py)", "s", statistics.median(app),
            statistics.median(bare), "<= 1.5", max(app) - min(app), max(bare) - min(bare)),
    ]  # fmt: skip


if __name__ == "__main__":
    report(rows)
