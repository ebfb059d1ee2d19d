"""Start-up as a user meets it, on an encrypted demo site, in fresh processes.

- Launch to the sign-in window mapped on a real X server (Xvfb), seen from outside the
  process: ``xev`` watches the root window and the time of the first MapNotify after the
  launch is taken; against a bare PySide6 window launched and watched the same way (goal:
  at most 1.5×).
- Sign-in to the main window painted, beyond the key derivation itself: a fresh process
  runs the real sign-in window, types the password (taking two seconds, as a quick typist
  would, while the window loads the database modules) and clicks Sign in, and reports the
  seconds from the click to the main window's first paint; then, in the same process, the
  seconds the key derivation alone takes (unwrapping the user's key slot). The figure is
  their difference (goal: at most 1.0 s); the baseline is the derivation.

Runs alternate between figure and baseline, seven times each; medians and spreads. Needs
Xvfb and xev (Debian: ``apt-get install xvfb x11-utils``) and Qt's xcb libraries.

Run: .venv/bin/python benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from table import Row, report

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
USER, PASSWORD = "doc", "bench-password-9"

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget(); window.resize(400, 300); window.show()
app.exec()
"""

SIGN_IN = """
import sys, time
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from app.site_door import SiteDoor
from ui.application import sign_in_and_work
from ui.settings import Settings
from ui.signin import SignInDialog

USER, PASSWORD = sys.argv[3], sys.argv[4]
TYPING_MS = 2000  # a user takes longer to type a name and password
marks = {}
app = QApplication(sys.argv)


class MainWindowPainted(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and "painted" not in marks
                and isinstance(watched, QWidget)
                and type(watched.window()).__name__ == "MainWindow"):
            marks["painted"] = time.perf_counter()
            QTimer.singleShot(0, app.quit)
        return False


def type_password():
    dialog = app.activeModalWidget()
    if not isinstance(dialog, SignInDialog) or not dialog.isVisible():
        QTimer.singleShot(10, type_password)
        return
    dialog.username.setText(USER)
    dialog.password.setText(PASSWORD)
    QTimer.singleShot(TYPING_MS, lambda: click(dialog))


def click(dialog):
    marks["click"] = time.perf_counter()
    dialog.sign_in_button.click()


watcher = MainWindowPainted()
app.installEventFilter(watcher)
QTimer.singleShot(0, type_password)
door = SiteDoor(sys.argv[1])
sign_in_and_work(app, door, Settings())
from db import keyring

slot = keyring.load(keyring.keyring_path(door.file)).slots[USER]
began = time.perf_counter()
keyring.unwrap(PASSWORD, slot)
print(marks["painted"] - marks["click"], time.perf_counter() - began, flush=True)
"""


def make_site(home: Path) -> Path:
    """An encrypted demo site, as ``init`` and ``demo`` make one."""
    db = home / "demo.sqlite"
    env = {**os.environ, "PEER_SUPPORT_PASSWORD": PASSWORD, "HOME": str(home)}
    main = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    subprocess.run([*main, "init", "--site", "CY01", "--name", "Demo", "--user", USER],
                   check=True, capture_output=True, env=env)  # fmt: skip
    subprocess.run([*main, "--user", USER, "demo"], check=True, capture_output=True, env=env)
    return db


@contextmanager
def x_server() -> Iterator[tuple[str, queue.Queue[float]]]:
    """An Xvfb display and a queue of the moments windows are mapped on it."""
    for tool in ("Xvfb", "xev", "stdbuf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"bench_startup needs {tool}: apt-get install xvfb x11-utils")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stderr=subprocess.DEVNULL)  # fmt: skip
    os.close(write)
    with os.fdopen(read) as ready:
        display = ":" + ready.readline().strip()
    watcher = subprocess.Popen(["stdbuf", "-oL", "xev", "-display", display, "-root", "-event",
                                "substructure"], stdout=subprocess.PIPE, text=True)  # fmt: skip
    mapped: queue.Queue[float] = queue.Queue()

    def listen() -> None:
        assert watcher.stdout is not None
        for line in watcher.stdout:
            if line.startswith("MapNotify"):
                mapped.put(time.time())

    threading.Thread(target=listen, daemon=True).start()
    time.sleep(0.5)  # xev selects its events before the first launch
    try:
        yield display, mapped
    finally:
        watcher.kill()
        server.kill()
        watcher.wait()
        server.wait()


def seconds_to_map(command: list[str], env: dict[str, str], mapped: queue.Queue[float]) -> float:
    """Seconds from launching a fresh process to its first window mapped, seen by xev."""
    while not mapped.empty():
        mapped.get()
    launched = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        return mapped.get(timeout=60) - launched
    finally:
        process.kill()
        process.wait()


def signed_in(db: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds from Sign in clicked to the main window painted, seconds of the derivation)."""
    out = subprocess.run([sys.executable, "-c", SIGN_IN, str(db), str(ROOT), USER, PASSWORD],
                         capture_output=True, text=True, check=True, env=env,
                         timeout=120).stdout  # fmt: skip
    total, derivation = (float(word) for word in out.split()[-2:])
    return total, derivation


def rows() -> list[Row]:
    """The sign-in window mapped against a bare window; sign-in beyond the derivation."""
    with tempfile.TemporaryDirectory() as folder, x_server() as (display, mapped):
        home = Path(folder)
        db = make_site(home)
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "HOME": str(home),
               "XDG_CONFIG_HOME": str(home / "config")}  # fmt: skip
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # the built program runs from bytecode too
        app_command = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
        bare_command = [sys.executable, "-c", BARE]
        seconds_to_map(app_command, env, mapped)  # the first run compiles bytecode
        signed_in(db, env)
        bare, app, beyond, derivation = [], [], [], []
        for _ in range(RUNS):
            bare.append(seconds_to_map(bare_command, env, mapped))
            app.append(seconds_to_map(app_command, env, mapped))
            total, derived = signed_in(db, env)
            beyond.append(total - derived)
            derivation.append(derived)
    return [
        Row("sign-in window mapped, encrypted site (Xvfb)", "s", statistics.median(app),
            statistics.median(bare), "<= 1.5", max(app) - min(app), max(bare) - min(bare)),
        Row("sign-in to main window painted, beyond the key derivation", "s",
            statistics.median(beyond), statistics.median(derivation), "<= 1.0 s",
            max(beyond) - min(beyond), max(derivation) - min(derivation)),
    ]  # fmt: skip


if __name__ == "__main__":
    report(rows)
