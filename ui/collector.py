"""Python's garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a
generation fills up. A worker reading a file then destroys the Qt objects of windows
already closed (held in reference cycles) away from the GUI thread, and Qt crashes: a
segmentation fault in an import's worker, "Garbage-collecting" at the top of its stack.
So automatic collection is off, and a timer on the GUI thread collects what the
thresholds would have collected, youngest generation first (as calibre and Anki do).
Objects without cycles are still freed at once by reference counting, in any thread.
Full collections are held off while a big list is built, and what start-up built is
frozen out of their sight (``collector_paused``, ``settle_heap``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
"""How often the GUI thread looks: a second's garbage of a busy worker is small."""


def collect_due() -> int:
    """Collects the generations whose counts passed their thresholds (read each time, so
    ``collector_paused`` holds off full collections); returns the oldest generation
    collected, -1 for none."""
    thresholds, counts = gc.get_threshold(), gc.get_count()
    due = -1
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            break
        due = generation
    if due >= 0:
        gc.collect(due)
    return due


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread's timer instead;
    made once, by whatever starts the event loop, owned by the application."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_due)
        self.timer.start(INTERVAL_MS)


def collect_on_gui_thread(app: QObject) -> None:
    """Installs the collector on the application, once."""
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No full garbage collection while a worker thread builds a big structure (a list
    of 100,000 rows): each one meanwhile walks every object of the program, the window
    waiting 50-150 ms for it. The younger generations are still collected when due.
    """
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, 1_000_000)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)


def settle_heap() -> None:
    """Takes what start-up built (modules, classes, the window) out of the collector's
    sight: it lives until the end anyway, and a full collection walking it all holds the
    window up for 100 ms and more while a big list is read in the background."""
    gc.collect(1)  # young garbage first, so little of it is kept for good
    gc.freeze()
