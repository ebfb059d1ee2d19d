"""Dialogs whose one long step runs on a worker thread while they wait.

Deriving a key from a password takes about a second by design; on the GUI thread it
would freeze the window. The sign-in window is one of these, so the background machinery
loads at the first click, not before the window is painted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget


class WaitingDialog(QDialog):
    """Runs a step off the GUI thread while the dialog is switched off; closing it (Cancel,
    Escape, the window's ×) waits as well, so nothing races the file being opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        """Whether the step is running."""

    def wait_for(self, work: Callable[[], object], then: Callable[[object], None]) -> None:
        """Runs the work on a worker; ``then`` gets its result, or the error it raised."""
        from ui.operations import run_in_background  # light: SQLAlchemy loads only on errors

        self.busy = True
        self.setEnabled(False)

        def answered(result: object) -> None:
            self.busy = False
            self.setEnabled(True)
            then(result)

        run_in_background(self, lambda _progress: work(), answered, answered)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
