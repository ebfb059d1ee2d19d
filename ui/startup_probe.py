"""Measuring start-up: the seconds from launch to the sign-in window's first paint.

When the environment variable ``PEER_SUPPORT_STARTUP_PROBE`` holds the launcher's
``time.time()`` at launch, the application prints the seconds from then to the sign-in
window's first paint and closes the window (``benchmarks/bench_startup.py`` uses it).
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

PROBE = "PEER_SUPPORT_STARTUP_PROBE"


class _FirstPaint(QObject):
    """Reports once, on the event loop's next turn after the dialog's first paint."""

    def __init__(self, dialog: QDialog, launched: float) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._launched = launched
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after the whole window is painted
        return False

    def _report(self) -> None:
        print(f"{time.time() - self._launched:.4f}", flush=True)
        self._dialog.reject()


def probe_first_paint(dialog: QDialog) -> None:
    """Arms the probe on the sign-in dialog when the benchmark asked for it."""
    launched = os.environ.get(PROBE)
    if launched:
        _FirstPaint(dialog, float(launched))
