"""Correcting a person through the detail: Edit, Correct the code, History and Undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.services import people, person_edit
from tests.helpers import DOCTOR
from ui.application import install_translators, remove_translators
from ui.context import AppContext
from ui.pages.people import PeoplePage
from ui.people.code_dialog import CorrectCodeDialog
from ui.people.detail import PersonDetailDialog
from ui.people.edit_dialog import PersonEditDialog

SCREEN = (1366, 728)


@pytest.fixture
def named(doctor: AppContext) -> AppContext:
    """A doctor's site where C1 has a name and phone."""
    people.set_contact(doctor.db, DOCTOR, "C1", people.ContactData("王小明", "13900000001"))
    return doctor


def _when_shown(
    monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], fill: Callable[[QDialog], None]
) -> list[QDialog]:
    """Instead of waiting on exec(), the dialog is filled in as a user would and saved."""
    opened: list[QDialog] = []

    def exec_(self: QDialog) -> int:
        opened.append(self)
        fill(self)
        return int(self.result())

    monkeypatch.setattr(dialog, "exec", exec_)
    return opened


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def _edit_name_and_phone(dialog: QDialog) -> None:
    assert isinstance(dialog, PersonEditDialog) and dialog.contact is not None
    dialog.contact.name.setText("王晓明")
    dialog.contact.phone.clear()
    dialog.contact.phone.setText("13900000002")
    dialog.save_button.click()


def test_edit_name_and_phone_through_the_dialog(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edit… opens the person's fields filled in; Save stores them and the detail shows them."""
    detail = PersonDetailDialog(named, "C1")
    qtbot.addWidget(detail)
    assert detail.edit_button is not None
    opened = _when_shown(monkeypatch, PersonEditDialog, _edit_name_and_phone)
    detail.edit_button.click()
    assert opened and opened[0].about.sex.currentData() == "female"  # type: ignore[attr-defined]
    assert people.contact_for(named.db, DOCTOR, "C1") == people.ContactData("王晓明", "13900000002")
    assert detail.heading.text() == "C1  王晓明" and detail.changed


def test_a_broken_rule_is_shown_by_its_field_and_nothing_saved(
    qtbot: QtBot, named: AppContext
) -> None:
    """A birth date in the future is named under the fields; the person stays as was."""
    form = person_edit.person_form(named.db, DOCTOR, "C1")
    dialog = PersonEditDialog(named, form)
    qtbot.addWidget(dialog)
    dialog.about.birth_date.setText((date.today() + timedelta(days=30)).isoformat())
    assert not dialog.save()
    assert "in the future" in dialog.about.errors.text()
    assert person_edit.person_form(named.db, DOCTOR, "C1") == form


def test_a_form_opened_before_another_save_is_refused(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone saves C1 while the form is open: saving says who and asks for a reload."""
    dialog = PersonEditDialog(named, person_edit.person_form(named.db, DOCTOR, "C1"))
    qtbot.addWidget(dialog)
    form = person_edit.person_form(named.db, DOCTOR, "C1")
    person_edit.edit_person(named.db, DOCTOR, "C1", replace(form.data, sex="male"))
    shown = _warnings(monkeypatch)
    dialog.about.education.setCurrentIndex(dialog.about.education.findData("primary"))
    assert not dialog.save()
    assert shown and "reload" in shown[0]
    assert person_edit.person_form(named.db, DOCTOR, "C1").data.sex == "male"
    assert not dialog.saved


def test_correct_a_code_and_find_the_person_under_the_old_one(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """C1 becomes TJH-C1: the detail says "formerly C1"; searching C1 on People finds them."""
    page = PeoplePage(named)
    qtbot.addWidget(page)
    page.show()
    detail = page.detail_for("C1")
    qtbot.addWidget(detail)

    def type_code(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectCodeDialog)
        dialog.code_field.setText("C2")
        assert not dialog.save() and "already in use" in dialog.errors.text()
        dialog.code_field.setText("TJH-C1")
        dialog.save_button.click()

    _when_shown(monkeypatch, CorrectCodeDialog, type_code)
    assert detail.code_button is not None
    detail.code_button.click()
    assert detail.heading.text() == "TJH-C1  王小明"
    assert detail.formerly.text() == "formerly C1" and detail.formerly.isVisibleTo(detail)
    page.search.setText("C1")
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert "TJH-C1" in shown
    page.search.clear()
    assert page.show_person("C1") and page.selected().person.code == "TJH-C1"  # type: ignore[union-attr]
    reopened = PersonDetailDialog(named, "C1")
    qtbot.addWidget(reopened)
    assert reopened.code == "TJH-C1" and reopened.formerly.text() == "formerly C1"


def test_history_after_two_edits_shows_labels_and_values(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two edits: History names the fields by label with old and new values, in the
    user's words, never column names or raw codes."""
    detail = PersonDetailDialog(named, "C1")
    qtbot.addWidget(detail)

    def education(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonEditDialog)
        dialog.about.education.setCurrentIndex(dialog.about.education.findData("postgraduate"))
        dialog.save_button.click()

    _when_shown(monkeypatch, PersonEditDialog, _edit_name_and_phone)
    assert detail.edit_button is not None
    detail.edit_button.click()
    _when_shown(monkeypatch, PersonEditDialog, education)
    detail.edit_button.click()
    assert detail.tabs.tabText(detail.tabs.indexOf(detail.changes)) == "History"
    rows = detail.changes.rows()
    fields = {tuple(row[2:]) for row in rows}
    assert ("Education", "—", "Postgraduate") in fields
    assert ("Phone", "13900000001", "13900000002") in fields
    assert ("Name", "王小明", "王晓明") in fields
    cells = {cell for row in rows for cell in row}
    for raw in ("phone", "education", "postgraduate", "name", "contact", "person_id"):
        assert raw not in cells, raw


def test_undo_an_edit_from_the_page(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After saving, the page confirms it with Undo; Undo puts the name and phone back."""
    page = PeoplePage(named)
    qtbot.addWidget(page)
    page.show()
    detail = page.detail_for("C1")
    qtbot.addWidget(detail)
    _when_shown(monkeypatch, PersonEditDialog, _edit_name_and_phone)
    assert detail.edit_button is not None
    detail.edit_button.click()
    detail.accept()
    assert page.undo.bar.isVisibleTo(page)
    bar_text = " ".join(label.text() for label in page.undo.bar.findChildren(QLabel))
    assert "C1" in bar_text
    [undo] = [b for b in page.undo.bar.findChildren(QPushButton) if b.text() == "Undo"]
    undo.click()
    assert people.contact_for(named.db, DOCTOR, "C1") == people.ContactData("王小明", "13900000001")


def test_peer_sees_no_edit_or_code_button(qtbot: QtBot, peer: AppContext) -> None:
    """A peer may not correct people: neither button exists."""
    detail = PersonDetailDialog(peer, "C1")
    qtbot.addWidget(detail)
    assert detail.edit_button is None and detail.code_button is None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_dialogs_fit_the_screen(qtbot: QtBot, named: AppContext, language: str) -> None:
    """The edit, code and detail dialogs fit 1366x728 in both languages."""
    app = QCoreApplication.instance()
    assert app is not None
    if language != "en":
        install_translators(app, language)
    try:
        dialogs: list[QWidget] = [
            PersonEditDialog(named, person_edit.person_form(named.db, DOCTOR, "C1")),
            CorrectCodeDialog(named, "C1", 1),
            PersonDetailDialog(named, "C1"),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            needed = dialog.minimumSizeHint().expandedTo(dialog.size())
            assert needed.width() <= SCREEN[0] and needed.height() <= SCREEN[1], (dialog, needed)
    finally:
        remove_translators()


def test_no_edit_after_consent_is_withdrawn(
    qtbot: QtBot, named: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once consent is withdrawn, Edit… is greyed out: erased details are not typed back."""
    detail = PersonDetailDialog(named, "C1")
    qtbot.addWidget(detail)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    assert detail.withdraw_button is not None and detail.edit_button is not None
    detail.withdraw_button.click()
    assert not detail.edit_button.isEnabled()
