"""Dialogs whose one long step runs on a worker thread while they wait.

Deriving a key from a password takes about a second by design; on the GUI thread it
would freeze the window. Kept free of the services' imports, since the sign-in window
uses it before they load.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget


class WaitingDialog(QDialog):
    """Runs a step off the GUI thread while the dialog is switched off; closing it (Cancel,
    Escape, the window's ×) waits as well, so nothing races the file being opened."""

    _answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        """Whether the step is running."""
        self._then: Callable[[object], None] | None = None
        self._answered.connect(self._answer)

    def wait_for(self, work: Callable[[], object], then: Callable[[object], None]) -> None:
        """Runs the work on a worker; ``then`` gets its result, or the error it raised."""
        self.busy = True
        self.setEnabled(False)
        self._then = then
        threading.Thread(target=self._run, args=(work,), daemon=True).start()

    def _run(self, work: Callable[[], object]) -> None:
        try:
            result = work()
        except Exception as error:  # handed to the GUI thread, said in the dialog
            result = error
        with suppress(RuntimeError):  # the dialog is gone: nobody is left to tell
            self._answered.emit(result)

    def _answer(self, result: object) -> None:
        self.busy = False
        self.setEnabled(True)
        then, self._then = self._then, None
        if then is not None:
            then(result)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
