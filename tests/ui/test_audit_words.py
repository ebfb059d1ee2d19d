"""The audit log in words people read: kinds and tables named, records by code, no keys."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from app.errors import UserError
from app.services import accounts, people
from tests import helpers
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.pages.audit import AuditPage

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def _cells(page: AuditPage) -> list[list[str]]:
    model = page.table.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_audit_rows_name_kinds_tables_and_records(qtbot: QtBot, doctor: AppContext) -> None:
    """A person's change shows "Changed | Person | C1"; a failed sign-in names the account;
    no cell holds a key or a snake_case identifier."""
    people.change_status(doctor.db, DOCTOR, "C1", "consumer", "on_leave",
                         people.list_people(doctor.db)[0].enrolled_on, "住院")  # fmt: skip
    helpers.create_account(doctor.db, "wang", "old-password", "peer")
    with pytest.raises(UserError):
        accounts.sign_in(doctor.db, "wang", "bad-password")
    page = AuditPage(doctor)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    cells = _cells(page)
    kinds_tables_records = {(row[2], row[3], row[4]) for row in cells}
    assert ("Added", "Person", "C1") in kinds_tables_records
    assert any(row[2] == "Sign-in failed" and row[4] == "wang" for row in cells)
    for row in cells:
        for text in row[2:5]:
            assert not UUID.search(text), row
            assert not SNAKE.search(text), row
