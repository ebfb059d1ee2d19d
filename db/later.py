"""Writes that must not keep a user waiting for another program's write.

A successful sign-in's bookkeeping (its audit entry, a counter set back to zero, events the
key file kept) is tried at once without waiting; while another program holds the write
lock (a long import, a script) it is left to a worker thread, which waits for that write
to end as any program does (SQLite's busy timeout) and tries again until it is written.
Closing the database makes what is left, waiting within bounds, so a command that signs
in and ends writes its bookkeeping too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from db.database import Database

RETRY_SECONDS = 0.2
"""Pause between tries after SQLite gave up waiting."""
CLOSING_WAIT = 30.0
"""Seconds closing waits for the writes left for later before it gives up on them: as long
as any save waits for another program (``db.engine.BUSY_SECONDS``)."""

log = logging.getLogger(__name__)


def busy(error: BaseException | None) -> bool:
    """Whether SQLite gave up waiting for another program's lock ("database is locked")."""
    seen = 0
    while error is not None and seen < 10:
        text = str(getattr(error, "orig", None) or error)
        if "database is locked" in text or "database table is locked" in text:
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


@dataclass(frozen=True)
class Write:
    """One piece of bookkeeping: what it writes in a transaction as ``user``, and what
    follows once it is committed (a key file told that the audit log holds its events)."""

    user: str
    work: Callable[[Session], None]
    then: Callable[[], None] | None = None


class LaterWrites:
    """A database's writes that wait for their turn on a worker thread, in order."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._queue: deque[Write] = deque()
        self._changed = threading.Condition()
        self._worker: threading.Thread | None = None
        self._closing = False

    def now_or_later(self, write: Write) -> bool:
        """Writes at once if no other program is writing (True); otherwise leaves it to the
        worker (False). Anything queued before goes first, so the order holds."""
        with self._changed:
            if not self._queue and self._try(write, wait=False):
                return True
            self._queue.append(write)
            self._start()
            return False

    @property
    def waiting(self) -> int:
        """How many writes wait for their turn."""
        with self._changed:
            return len(self._queue)

    def wait(self, timeout: float) -> bool:
        """Waits until every write left for later is made; False if some still wait."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._queue:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True

    def finish(self, timeout: float = CLOSING_WAIT) -> None:
        """At closing: waits for the writes left (within ``timeout``), then stops the worker;
        what could not be written in that time is logged and dropped."""
        done = self.wait(timeout)
        with self._changed:
            self._closing = True
            dropped = len(self._queue)
            self._queue.clear()
            self._changed.notify_all()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join(timeout)
        if not done:
            log.warning("%d bookkeeping writes were not made: another program kept the "
                        "database locked", dropped)  # fmt: skip

    def _start(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._closing = False
            self._worker = threading.Thread(target=self._run, daemon=True, name="later-writes")
            self._worker.start()

    def _run(self) -> None:
        while True:
            with self._changed:
                if self._closing or not self._queue:
                    return
                write = self._queue[0]
            if self._try(write, wait=True):
                with self._changed:
                    if self._queue and self._queue[0] is write:
                        self._queue.popleft()
                    self._changed.notify_all()
            else:
                time.sleep(RETRY_SECONDS)

    def _try(self, write: Write, wait: bool) -> bool:
        """Makes the write; False while another program holds the lock. Any other failure
        (a full disk) is logged and the write dropped: bookkeeping never stops the work."""
        try:
            with self._db.transaction(write.user, wait=wait) as session:
                write.work(session)
            if write.then is not None:
                write.then()
        except Exception as error:
            if busy(error):
                return False
            log.exception("bookkeeping write failed")
        return True
