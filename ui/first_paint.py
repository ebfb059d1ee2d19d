"""Work that waits for a window's first paint: loading modules, lists out of sight."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Calls back once, on the event loop's next turn after the widget's first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # after the whole window is painted; never once the widget (and this filter) is gone
            QTimer.singleShot(0, self, self._then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Runs ``then`` once the widget is painted, so the work never delays the first paint."""
    _FirstPaint(widget, then)
