"""The audit log viewer: filters and the chain's check."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app import audit
from app.errors import UserError
from app.services import accounts
from tests import helpers
from tests.ui.test_cancel import _cancel_held, _held, _told
from ui.context import AppContext
from ui.models.audit_model import AuditModel
from ui.pages import audit as audit_page
from ui.pages.audit import AuditPage


def test_filter_and_check(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failed sign-ins are found by kind; the chain checks, and finds an edited entry."""
    helpers.create_account(doctor.db, "wang", "old-password", "peer")
    with pytest.raises(UserError):
        accounts.sign_in(doctor.db, "wang", "bad-password")
    page = AuditPage(doctor)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("sign_in_failed"))
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() == 1 and page.model.row_at(0).record_id == "wang"
    page.check_chain()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.report is not None and page.report.intact
    assert "intact" in page.result.text()
    with doctor.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET detail = 'edited' WHERE id = 2"))
    page.check_chain()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.report is not None and not page.report.intact
    assert "Tampered" in page.result.text() and "audit entry 2 (no. 2)" in page.result.text()


def test_only_the_last_filter_asked_for_is_shown(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second filter asked for while the first is still read: the list shows the second,
    even when the first one's answer comes last."""
    helpers.create_account(doctor.db, "wang", "old-password", "peer")
    with pytest.raises(UserError):
        accounts.sign_in(doctor.db, "wang", "bad-password")
    first_may_end = threading.Event()
    real = audit_page.list_entries

    def slow_first(db: Any, **filters: Any) -> Any:
        if filters["action"] == "create":
            first_may_end.wait(10)
        return real(db, **filters)

    monkeypatch.setattr(audit_page, "list_entries", slow_first)
    page = AuditPage(doctor)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("create"))
    page.refresh()
    page.kind.setCurrentIndex(page.kind.findData("sign_in_failed"))
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    first_may_end.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the first filter's late answer has arrived by now
    assert [page.model.row_at(r).action for r in range(page.model.rowCount())] == [
        "sign_in_failed"
    ]


def test_cancel_stops_the_check(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel while checking a long log: the user is told it stopped; no verdict is shown."""
    for number in range(5):
        helpers.create_account(doctor.db, f"peer{number}", "old-password", "peer")
    monkeypatch.setattr(audit, "CHECK_BATCH", 1)
    told = _told(monkeypatch)
    release = _held(monkeypatch, audit, "mac_of")
    page = AuditPage(doctor)
    qtbot.addWidget(page)
    progress = page.check_chain()
    _cancel_held(qtbot, progress, release, told)
    assert page.report is None and page.result.text() == ""


def test_audit_model_passes_qt_model_tester(qtmodeltester, doctor: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.audit import list_entries

    model = AuditModel()
    model.set_rows(list_entries(doctor.db))
    qtmodeltester.check(model)
