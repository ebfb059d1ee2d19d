"""What happens once the sign-in window is painted: the database modules start loading."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog


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
    """Runs ``then`` once the dialog is painted, so loading never delays the first paint."""
    _FirstPaint(dialog, then)
