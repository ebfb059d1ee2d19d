"""Every save says what was saved, where the user is looking: the page's green bar (with
Undo), or the green line of the window the form was opened from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import people
from tests.helpers import DOCTOR
from tests.ui.test_people_page import _fill_consumer
from ui.accounts.dialogs import AddAccountDialog
from ui.accounts.page import AccountsDialog
from ui.context import AppContext
from ui.pages.people import PeoplePage
from ui.pages.today import TodayPage
from ui.people.caregiver_dialog import CaregiverDialog
from ui.people.detail import PersonDetailDialog
from ui.people.enrol_wizard import EnrolWizard
from ui.people.status_dialog import LEAVE, StatusDialog
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.undo import PageUndo


def _instead_of_exec(
    monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], fill: Callable[[QDialog], None]
) -> None:
    """The form is filled in and saved as a user would, instead of waiting on exec()."""

    def exec_(self: QDialog) -> int:
        fill(self)
        return int(self.result())

    monkeypatch.setattr(dialog, "exec", exec_)


def _bar(undo: PageUndo) -> str:
    assert undo.bar.isVisibleTo(undo.page), "no confirmation shown"
    return undo.message.text()


def test_status_change_is_confirmed_in_the_detail_and_the_page(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A status change from the person's detail says so there, and the page offers Undo."""
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.show()
    detail = page.detail_for("C1")
    qtbot.addWidget(detail)
    detail.show()

    def leave(dialog: QDialog) -> None:
        assert isinstance(dialog, StatusDialog)
        dialog.choose(LEAVE)
        dialog.reason.setText("住院")
        assert dialog.save()

    _instead_of_exec(monkeypatch, StatusDialog, leave)
    assert not detail.saved_line.isVisible()
    detail.change_status()
    assert detail.saved_line.isVisible()
    assert detail.saved_line.text() == "Saved: the status change of C1"
    detail.accept()
    assert _bar(page.undo) == "Saved: the status change of C1"


def test_caregiver_link_is_confirmed(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    people.add_person(doctor.db, DOCTOR, people.PersonData("G1", "TJH"), "caregiver",
                      date.today() - timedelta(days=30))  # fmt: skip
    detail = PersonDetailDialog(doctor, "C1")
    qtbot.addWidget(detail)
    detail.show()

    def link(dialog: QDialog) -> None:
        assert isinstance(dialog, CaregiverDialog)
        qtbot.keyClicks(dialog.other, "G1")
        dialog.relationship.setCurrentText("Mother")
        assert dialog.save()

    _instead_of_exec(monkeypatch, CaregiverDialog, link)
    detail.link_caregiver()
    assert detail.saved_line.text() == "Saved: the caregiver link of C1"


def test_enrolment_is_confirmed_on_the_page(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = PeoplePage(doctor)
    qtbot.addWidget(page)
    page.show()
    wizard = _fill_consumer(qtbot, doctor)
    for _ in range(len(wizard.steps()) - 1):
        assert wizard.go_on()
    monkeypatch.setattr(EnrolWizard, "ask", lambda *_a: wizard.enrolled_code if wizard.save()
                        else None)  # fmt: skip
    page.enrol()
    assert _bar(page.undo) == "Saved: the enrolment of C9"


def test_a_plan_from_today_is_confirmed(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planning from the Today page confirms the plan there, with Undo."""
    page = TodayPage(doctor)
    qtbot.addWidget(page)
    page.show()

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanSessionDialog)
        dialog.theme.setText("使用微信")
        dialog.save()

    _instead_of_exec(monkeypatch, PlanSessionDialog, plan)
    monkeypatch.setattr(QMessageBox, "question",  # "Save anyway?" over a warning of the plan
                        lambda *_a: QMessageBox.StandardButton.Yes)  # fmt: skip
    page.plan_session()
    assert _bar(page.page_undo).startswith("Saved: Planned 1 session(s) of “使用微信” from ")


def test_an_added_account_is_confirmed(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts_dialog = AccountsDialog(doctor)
    qtbot.addWidget(accounts_dialog)
    accounts_dialog.show()

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, AddAccountDialog)
        qtbot.keyClicks(dialog.username, "wang")
        dialog.display_name.setText("王医生")
        dialog.choose_role("community_doctor")
        dialog.password.setText("wang-pass-123")
        dialog.again.setText("wang-pass-123")
        dialog.save()

    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a}"))

    _instead_of_exec(monkeypatch, AddAccountDialog, add)
    accounts_dialog.add()
    shown = [label.text() for label in accounts_dialog.findChildren(QLabel) if label.isVisible()]
    assert "Saved: the account wang" in shown
