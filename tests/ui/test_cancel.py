"""Long work behind a progress dialog: Cancel stops it, says so calmly, and changes nothing."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.errors import Cancelled
from app.exchange import bundle as bundles
from app.exchange import merge, project
from app.reports import build
from app.services import people, site
from db.database import Database
from tests.app.test_cancel import _confirm, _counts
from tests.helpers import DOCTOR
from tests.ui.test_exchange_page import _context
from ui.context import AppContext
from ui.operations import _Watched
from ui.pages.exchange import ExchangePage
from ui.pages.reports import ReportsPage
from ui.settings import Settings


def _told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Captures the information boxes; a warning fails the test (a cancel is no error)."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a}"))
    return told


def _held(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> threading.Event:
    """Holds the worker inside ``module.name`` until the returned event is set."""
    release = threading.Event()
    real = getattr(module, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        release.wait(10)
        return result

    monkeypatch.setattr(module, name, held)
    return release


def _press_cancel(qtbot: QtBot, dialog: QProgressDialog) -> None:
    [button] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _cancel_held(
    qtbot: QtBot, dialog: QProgressDialog, release: threading.Event, told: list[str]
) -> None:
    """Presses Cancel while the work is held, lets it go on, and waits to hear, calmly,
    that nothing was changed."""
    _press_cancel(qtbot, dialog)
    release.set()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == ["The work was cancelled; nothing was changed."]


def test_cancel_an_import(
    qtbot: QtBot, tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed while a bundle is being imported: nothing arrives, the user is told."""
    pm_db = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm_db, "Chaoyang", tmp_path / "project.json")
    site_db = Database.open(tmp_path / "site.sqlite")
    project.init_site_with_project(site_db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(site_db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    people.add_person(site_db, DOCTOR, people.PersonData("MZD-1", "MZD"), "peer", date(2016, 3, 1))
    bundle = tmp_path / "b1.bundle"
    bundles.export_bundle(site_db, DOCTOR, bundle)
    _confirm(pm_db, bundle)
    page = ExchangePage(_context(pm_db, settings, "project_manager"))
    qtbot.addWidget(page)
    before = _counts(pm_db)
    told = _told(monkeypatch)
    release = _held(monkeypatch, merge, "_write")  # rows written, not yet committed
    dialog = page.import_files([bundle])
    assert dialog.isVisible()
    _cancel_held(qtbot, dialog, release, told)
    assert not dialog.isVisible()
    assert not hasattr(page, "last_result")
    assert _counts(pm_db) == before
    assert people.list_people(pm_db) == []


def test_cancel_a_report(qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel while the data is read: no report, the button is back, the user is told."""
    told = _told(monkeypatch)
    release = _held(monkeypatch, build, "frames")
    page = ReportsPage(doctor)
    qtbot.addWidget(page)
    dialog = page.build()
    _cancel_held(qtbot, dialog, release, told)
    assert page.report is None and page.build_button.isEnabled()
    assert page.status.text() == "The report was not built."


def test_reports_are_thinned_but_the_flag_always_checked() -> None:
    """Ten thousand row reports reach the dialog about a hundred times; a stop raises."""
    emitted: list[int] = []
    stop = threading.Event()
    report = _Watched(lambda done, _total: emitted.append(done), stop)
    for done in range(10_001):
        report(done, 10_000)
    assert 100 <= len(emitted) <= 102 and emitted[-1] == 10_000
    stop.set()
    with pytest.raises(Cancelled):
        report(10_000, 10_000)
