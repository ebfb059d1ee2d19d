"""The audit log viewer: filters, the chain's check, password reset."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.errors import UserError
from app.services import accounts
from ui.context import AppContext
from ui.models.audit_model import AuditModel
from ui.pages.audit import AuditPage


def test_filter_check_and_reset(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Failed sign-ins are found by kind; the chain checks; a reset lets the peer in."""
    accounts.create_account(doctor.db, "wang", "old-password", "peer")
    with pytest.raises(UserError):
        accounts.sign_in(doctor.db, "wang", "bad-password")
    page = AuditPage(doctor)
    qtbot.addWidget(page)
    page.kind.setText("sign_in_failed")
    page.refresh()
    assert page.model.rowCount() == 1 and page.model.row_at(0).record_id == "wang"
    assert page.check_chain() == [] and "intact" in page.result.text()
    assert page.reset("wang", "new-password-1")
    assert accounts.sign_in(doctor.db, "wang", "new-password-1").username == "wang"
    with doctor.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET detail = 'edited' WHERE id = 2"))
    assert page.check_chain() and "Tampered" in page.result.text()


def test_audit_model_passes_qt_model_tester(qtmodeltester, doctor: AppContext) -> None:  # type: ignore[no-untyped-def]
    from app.audit import list_entries

    model = AuditModel()
    model.set_rows(list_entries(doctor.db))
    qtmodeltester.check(model)
