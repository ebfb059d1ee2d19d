"""Garbage is collected on the GUI thread only: a worker never destroys what a window left."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from ui.collector import collect_due


class _Cycle:
    """An object kept alive only by a reference to itself; notes the thread it dies in."""

    def __init__(self, noted: list[int]) -> None:
        self.noted = noted
        self.me = self

    def __del__(self) -> None:
        self.noted.append(threading.get_ident())


def test_a_workers_allocations_leave_the_collecting_to_the_gui_thread(qtbot: QtBot) -> None:
    """A worker allocating past every threshold collects nothing; the GUI thread's timer
    then collects the cycle, on the GUI thread."""
    assert not gc.isenabled()
    gc.collect()
    assert collect_due() == -1  # nothing due right after a full collection
    noted: list[int] = []
    _Cycle(noted)
    kept: list[object] = []
    worker = threading.Thread(target=lambda: kept.append([[] for _ in range(5000)]))
    worker.start()
    worker.join()
    assert gc.get_count()[0] > gc.get_threshold()[0]
    assert noted == []
    qtbot.waitUntil(lambda: noted != [], timeout=5000)
    assert noted == [threading.get_ident()]
