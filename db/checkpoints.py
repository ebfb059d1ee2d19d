"""Moving the write-ahead log into the database file on a worker thread, not at a save.

SQLite does that (a checkpoint) itself at the commit that takes the log past 1,000 pages,
and that commit waits for the copy and its fsync: 300 ms on a 900 MiB encrypted site,
every third save or so. The program's connections leave it to a worker thread instead
(``PRAGMA wal_autocheckpoint=0``, set in ``db.engine``): woken after each commit, it runs
a PASSIVE checkpoint, which never waits for nor blocks a reader or a writer. Nothing is
put at risk: every commit is synced to the log before it returns, and SQLite replays a log
left behind at the next opening; the last connection to close checkpoints what is left.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from weakref import WeakKeyDictionary

from sqlalchemy import Engine

PAUSE_SECONDS = 1.0
"""The least time between two checkpoints: a long import's many commits share one."""

log = logging.getLogger(__name__)
_workers: WeakKeyDictionary[Engine, Checkpoints] = WeakKeyDictionary()


class Checkpoints:
    """The worker that checkpoints one engine's SQLite file after commits."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.running = threading.Lock()
        """Held during a checkpoint; ``paused`` holds it to copy the file undisturbed."""
        _workers[engine] = self

    def committed(self) -> None:
        """Wakes the worker, started at the first commit."""
        if self._stopping.is_set():
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, daemon=True,
                                            name="checkpoint-write-ahead-log")  # fmt: skip
            self._thread.start()
        self._wake.set()

    def stop(self) -> None:
        """Ends the worker, once any checkpoint under way is done (before the engine goes)."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
        _workers.pop(self._engine, None)

    def _run(self) -> None:
        while True:
            self._wake.wait()
            if self._stopping.is_set():
                return
            self._wake.clear()
            self.checkpoint()
            if self._stopping.wait(PAUSE_SECONDS):
                return

    def checkpoint(self) -> None:
        """Moves what the log holds into the file as far as readers allow. A failure (a
        full disk) is logged and left: the log keeps the data, and the next save that
        meets the same trouble tells the user."""
        try:
            with self.running, self._engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except Exception:
            log.warning("checkpoint of the write-ahead log failed; tried again after the "
                        "next save", exc_info=True)  # fmt: skip


@contextmanager
def paused(engine: Engine) -> Iterator[None]:
    """No checkpoint of the engine's worker runs within (a backup copies the file)."""
    worker = _workers.get(engine)
    if worker is None:
        yield
        return
    with worker.running:
        yield
