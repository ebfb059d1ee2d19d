"""Background work whose page was closed before it finished ends quietly."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.operations import run_in_background


def test_work_finishing_after_its_page_closed_reports_nothing(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    """Closing a page while its list still loads neither calls it back nor prints an error."""
    page = QWidget()
    release = threading.Event()
    results: list[object] = []

    def work(_report: object) -> str:
        release.wait(5)
        return "rows"

    run_in_background(page, work, results.append)
    page.deleteLater()
    qtbot.wait(50)  # the page and its signals are gone
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert results == []
    assert "Signal source has been deleted" not in capfd.readouterr().err
