"""Crashes are never silent: an unexpected exception is logged and told in the user's language.

Python hands every exception nobody caught (in a slot too: PySide passes those on) to
``sys.excepthook``; ours writes the traceback to the log file and shows a plain message naming
that file, with the details to copy for a support person. A worker thread's exception reaches
the window through a signal: Qt queues it to the window's thread when a worker emits it.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app.i18n import translate
from app.support import log_exception


class CrashReporter(QObject):
    """Logs exceptions nobody caught and shows one message at a time about them."""

    crashed = Signal(str)
    """An exception was logged; carries its traceback, for the message's details."""

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self.box: QMessageBox | None = None
        # Qt's automatic connection: queued from a worker thread, direct in the window's own
        # (the message opens without blocking). Naming the connection type would load the
        # ``Qt`` namespace, 14 ms before the sign-in window could be shown.
        self.crashed.connect(self.show_message)

    def hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """``sys.excepthook``: logs, then asks the window to tell the user."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        error.__traceback__ = trace
        log_exception(error)
        self.crashed.emit("".join(traceback.format_exception(kind, error, trace)))

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: the same for a thread of our own."""
        if args.exc_value is not None:
            self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    def show_message(self, details: str) -> None:
        """A plain message with where the log is; later ones while it is open only add
        their details."""
        if self.box is not None:
            self.box.setDetailedText(self.box.detailedText() + "\n" + details)
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("crash", "Something went wrong"))
        box.setText(translate(
            "crash",
            "Something went wrong and the program could not finish what it was doing. "
            "What was saved before is safe: check that the last thing you did was kept, "
            "and do it again if not."))  # fmt: skip
        box.setInformativeText(translate(
            "crash",
            "If it happens again, give this file to whoever supports the program:\n{path}",
        ).format(path=self.log_path))  # fmt: skip
        box.setDetailedText(details)
        copy = box.addButton(translate("crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # the box stays open when the details are copied
        copy.clicked.connect(lambda: QApplication.clipboard().setText(box.detailedText()))
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self) -> None:
        self.box = None


_reporters: list[CrashReporter] = []


def install_crash_handler(log_path: Path) -> CrashReporter:
    """Makes uncaught exceptions (slots, worker threads) logged and shown from now on."""
    reporter = CrashReporter(log_path)
    _reporters.append(reporter)  # lives as long as the program
    sys.excepthook = reporter.hook
    threading.excepthook = reporter.thread_hook
    return reporter
