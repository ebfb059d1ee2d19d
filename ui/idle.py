"""Locking the shared PC's session after a while without input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Watches every input event of the application and reports when none came for a while."""

    idle = Signal()
    """Emitted once when the idle time has passed without input."""

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Changes the idle time; 0 switches locking off."""
        self.minutes = minutes
        self.restart()

    def restart(self) -> None:
        """Starts counting again from now."""
        if self.minutes > 0:
            self.timer.start(int(self.minutes * 60_000))
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.restart()
        return False
