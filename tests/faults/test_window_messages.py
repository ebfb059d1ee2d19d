"""The window tells a full disk as the command line does: one message naming the cause."""

from __future__ import annotations

import errno
import sqlite3
from typing import Any, cast

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.operations import call, run_in_background


@pytest.fixture
def warned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warnings the window shows."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: texts.append(text))
    return texts


def _full(*_args: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", "/data/report.pdf.partial")


def test_a_call_that_meets_a_full_disk_is_told(warned: list[str]) -> None:
    """A service call on the window's thread: the warning names the cause and the file."""
    assert call(None, cast(AppContext, None), _full) is None
    assert warned == ["the disk is full: cannot write /data/report.pdf.partial"]


def test_background_work_that_meets_a_full_database_is_told(
    qtbot: QtBot, warned: list[str]
) -> None:
    """Work on a worker thread that SQLite refuses ("database or disk is full")."""

    def work(_report: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    parent = QWidget()
    qtbot.addWidget(parent)
    run_in_background(parent, work, lambda _result: None)
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert warned == ["the disk is full: cannot write the database"]
