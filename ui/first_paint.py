"""What happens once the sign-in window is painted: the database modules start loading.

Measuring start-up: when the environment variable ``PEER_SUPPORT_STARTUP_PROBE`` holds the
launcher's ``time.time()`` at launch, the application prints the seconds from then to the
sign-in window's first paint and closes the window instead
(``benchmarks/bench_startup.py`` uses it).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

PROBE = "PEER_SUPPORT_STARTUP_PROBE"


class _FirstPaint(QObject):
    """Calls back once, on the event loop's next turn after the dialog's first paint."""

    def __init__(self, dialog: QDialog, then: Callable[[], None]) -> None:
        super().__init__(dialog)
        self._then = then
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the whole window is painted
        return False


def after_first_paint(dialog: QDialog, then: Callable[[], None]) -> None:
    """Runs ``then`` once the dialog is painted; under the probe, reports and closes it."""
    launched = os.environ.get(PROBE)
    if not launched:
        _FirstPaint(dialog, then)
        return

    def report() -> None:
        print(f"{time.time() - float(launched):.4f}", flush=True)
        dialog.reject()

    _FirstPaint(dialog, report)
