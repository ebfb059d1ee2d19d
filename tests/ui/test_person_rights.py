"""A person's rights in the person detail: printing the whole record, and withdrawal of consent."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import people
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.pages.people import PeoplePage
from ui.people.detail import PersonDetailDialog
from ui.print_preview import PrintPreviewDialog


@pytest.fixture
def named(doctor: AppContext) -> AppContext:
    """A doctor's site where C1 has a name and phone."""
    people.set_contact(
        doctor.db, DOCTOR, "C1", people.ContactData(name="王小明", phone="13900000001")
    )
    return doctor


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_withdrawal_asks_naming_the_person_and_erases(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The confirmation names code and name; Yes erases, shows the day and disables the button."""
    detail = PersonDetailDialog(named, "C1")
    qtbot.addWidget(detail)
    assert detail.withdraw_button is not None and detail.withdraw_button.isEnabled()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    detail.withdraw_button.click()
    assert "C1 (王小明)" in asked[0]
    assert people.contact_for(named.db, DOCTOR, "C1") is None
    assert "Consent withdrawn on" in detail.fact_values
    assert detail.heading.text() == "C1"
    assert not detail.withdraw_button.isEnabled() and detail.changed


def test_answering_no_changes_nothing(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No keeps every detail."""
    detail = PersonDetailDialog(named, "C1")
    qtbot.addWidget(detail)
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert detail.withdraw_button is not None
    detail.withdraw_button.click()
    assert people.contact_for(named.db, DOCTOR, "C1") == people.ContactData("王小明", "13900000001")
    assert not detail.changed


def test_peer_has_neither_action(qtbot: QtBot, peer: AppContext) -> None:
    """A peer sees no print-the-record and no withdrawal button."""
    detail = PersonDetailDialog(peer, "C1")
    qtbot.addWidget(detail)
    assert detail.withdraw_button is None and detail.record_button is None


def test_record_previews_from_detail_and_print_menu(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The detail's button and the People page's Print menu both preview the whole record."""
    shown: list[PrintPreviewDialog] = []
    monkeypatch.setattr(PrintPreviewDialog, "show", lambda self: shown.append(self))
    detail = PersonDetailDialog(named, "C1")
    qtbot.addWidget(detail)
    assert detail.record_button is not None
    detail.record_button.click()
    page = PeoplePage(named)
    qtbot.addWidget(page)
    assert page.select("C1")
    menu = page.print_button.menu()
    [entry] = [a for a in menu.actions() if a.text() == "Whole personal record"]
    entry.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert [d.file_name for d in shown] == ["person-record.pdf"] * 2
    assert all(d.pdf.startswith(b"%PDF") and d.page_count >= 1 for d in shown)
