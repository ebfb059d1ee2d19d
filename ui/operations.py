"""The one way from a widget to the services.

``call`` runs quick service calls on the GUI thread and turns a user's mistake into a
message box; ``run_in_background`` runs long work on a worker thread and hands the
result back on the GUI thread; ``run_with_progress`` does so behind a progress dialog
the user can cancel. All announce what changed so views refresh themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import Cancelled, NeedsConfirmation, UserError, storage_error
from ui.context import AppContext

T = TypeVar("T")


def _refused() -> tuple[type[Exception], ...]:
    """The errors that are the user's to correct. Looked up only when one is raised: db.hooks
    loads SQLAlchemy, which the sign-in window, using this module, must not wait for."""
    from db.hooks import ReadOnlyRecord

    return (UserError, ReadOnlyRecord)


@contextmanager
def _storage_named() -> Iterator[None]:
    """A disk that is full, failing or not ours raises a StorageError naming the cause and
    the file, shown as any refusal; other errors pass unchanged."""
    try:
        yield
    except UserError:
        raise
    except Exception as error:
        refusal = storage_error(error)
        if refusal is None:
            raise
        raise refusal from error


def call(
    parent: QWidget | None,
    context: AppContext,
    work: Callable[[], T],
    changed: str | None = None,
) -> T | None:
    """Runs a service call; on a user error shows it and returns None."""
    try:
        with _storage_named():
            result = work()
    except _refused() as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("operations", "Cannot save"), str(error)
        )
        return None
    if changed:
        context.events.changed.emit(changed)
    return result


def call_confirming(
    parent: QWidget | None,
    context: AppContext,
    work: Callable[[bool], T],
    changed: str | None = None,
) -> T | None:
    """Runs a service call that may need the user to confirm warnings, then retries."""
    try:
        with _storage_named():
            result = work(False)
    except NeedsConfirmation as warning:
        lines = "\n".join(f"• {w.message}" for w in warning.warnings)
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("operations", "Please confirm"),
            QCoreApplication.translate(
                "operations", "Please check:\n{lines}\n\nSave anyway?"
            ).format(lines=lines),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return call(parent, context, lambda: work(True), changed)
    except _refused() as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("operations", "Cannot save"), str(error)
        )
        return None
    if changed:
        context.events.changed.emit(changed)
    return result


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[int, int], None]], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with _storage_named():
                result = self.work(self.signals.progressed.emit)
        except Exception as error:  # handed to the GUI thread, shown there
            _tell(self.signals.failed, error)
        else:
            _tell(self.signals.done, result)


def _tell(signal: SignalInstance, value: object) -> None:
    """Hands a result to the GUI thread, unless the widget that asked was closed meanwhile."""
    with suppress(RuntimeError):  # "Signal source has been deleted": nobody is left to tell
        signal.emit(value)


def run_in_background(
    parent: QWidget,
    work: Callable[[Callable[[int, int], None]], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Runs long work off the GUI thread; the callbacks run back on the GUI thread.

    The work is given a function to report progress (done, total) with; the reports
    reach ``on_progress`` on the GUI thread.
    """
    job = _Job(work)
    job.signals.setParent(parent)
    job.signals.done.connect(on_done)
    if on_progress is not None:
        job.signals.progressed.connect(on_progress)

    def failed(error: Exception) -> None:
        if on_error is not None:
            on_error(error)
        else:
            QMessageBox.warning(
                parent, QCoreApplication.translate("operations", "Something went wrong"), str(error)
            )

    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)


class _Watched:
    """The worker's report function: stops the work once cancelled, passes on few reports.

    Work may report once per row; a signal for each would flood the GUI thread, so a
    report goes on only when it moved at least 1% on, but every one checks the flag.
    """

    def __init__(self, emit: Callable[[int, int], None], stop: threading.Event) -> None:
        self.emit = emit
        self.stop = stop
        self.shown: int | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled
        step = max(total // 100, 1)
        if self.shown is None or done >= total or abs(done - self.shown) >= step:
            self.shown = done
            self.emit(done, total)


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Callable[[int, int], None]], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    show_after_ms: int = 0,
) -> QProgressDialog:
    """Runs long work in the background behind a modal progress dialog with Cancel.

    Cancel sets a flag that the work's next progress report turns into ``Cancelled`` on
    the worker thread; the work rolls itself back, and once it has stopped the user is
    told calmly that nothing was changed. Work that is usually quick (a form) passes
    ``show_after_ms``, so the dialog appears only if it is slow this time.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("operations", "Cancel"), 0, 0,
                             parent)  # fmt: skip
    dialog.setWindowTitle(QCoreApplication.translate("operations", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    stop = threading.Event()
    show_later = QTimer(dialog)
    show_later.setSingleShot(True)
    show_later.timeout.connect(dialog.show)

    def cancelled() -> None:
        stop.set()
        dialog.setLabelText(QCoreApplication.translate(
            "operations", "Stopping; nothing will be changed…"))  # fmt: skip
        dialog.show()  # until the work has stopped; Qt hides the dialog on Cancel

    def progressed(done: int, total: int) -> None:
        if not stop.is_set():
            dialog.setMaximum(total)
            dialog.setValue(done)

    def done(result: T) -> None:
        show_later.stop()
        dialog.hide()
        on_done(result)

    def failed(error: Exception) -> None:
        show_later.stop()
        dialog.hide()
        if isinstance(error, Cancelled):
            _tell_cancelled(parent)
            if on_cancelled is not None:
                on_cancelled()
        elif on_error is not None:
            on_error(error)
        else:
            QMessageBox.warning(
                parent, QCoreApplication.translate("operations", "Something went wrong"), str(error)
            )

    dialog.canceled.connect(cancelled)
    if show_after_ms:
        show_later.start(show_after_ms)
    else:
        dialog.show()
    run_in_background(parent, lambda report: work(_Watched(report, stop)), done, failed,
                      progressed)  # fmt: skip
    return dialog


def _tell_cancelled(parent: QWidget) -> None:
    """An information, not a warning: stopping is the user's choice and harmed nothing."""
    QMessageBox.information(
        parent,
        QCoreApplication.translate("operations", "Cancelled"),
        QCoreApplication.translate("operations", "The work was cancelled; nothing was changed."),
    )
