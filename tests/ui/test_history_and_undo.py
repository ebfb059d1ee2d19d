"""The History tab and Undo on a page, as a user meets them after a save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import Person
from ui.context import AppContext
from ui.history_view import HistoryView
from ui.undo import PageUndo


def _set_sex(context: AppContext, code: str, sex: str) -> None:
    with context.db.transaction(context.account.username) as session:
        session.scalars(select(Person).where(Person.code == code)).one().sex = sex


def _person(context: AppContext, code: str) -> Person:
    with context.db.reading() as session:
        return session.scalars(select(Person).where(Person.code == code)).one()


def _page(qtbot: QtBot, context: AppContext) -> tuple[QWidget, PageUndo]:
    page = QWidget()
    qtbot.addWidget(page)
    undo = PageUndo(page, context)
    QVBoxLayout(page).addWidget(undo.bar)
    page.show()
    return page, undo


def test_history_tab_lists_two_edits_in_words(qtbot: QtBot, doctor: AppContext) -> None:
    """Newest first, field labels and code labels, never column names or codes."""
    _set_sex(doctor, "C1", "male")
    _set_sex(doctor, "C1", "female")
    view = HistoryView(doctor)
    qtbot.addWidget(view)
    view.show_records("person", [_person(doctor, "C1").id])
    rows = view.rows()
    assert rows[0][2] == "Changed" and rows[1][2:] == ["Sex", "Male", "Female"]
    assert rows[2][2] == "Changed" and rows[3][2:] == ["Sex", "Female", "Male"]
    shown = " ".join(" ".join(r) for r in rows)
    assert "sex" not in shown and "community_id" not in shown and "female" not in shown


def test_undo_button_puts_the_record_back_and_redo_again(qtbot: QtBot, doctor: AppContext) -> None:
    """After a save the bar names it; Undo restores; Ctrl+Shift+Z is not needed: redo works."""
    _page_shown, undo = _page(qtbot, doctor)
    seen: list[str] = []
    doctor.events.changed.connect(seen.append)
    _set_sex(doctor, "C1", "male")
    undo.saved("C1's sex", "people")
    assert undo.bar.isVisible() and "Saved: C1's sex" in undo.message.text()

    qtbot.mouseClick(undo.undo_button, Qt.MouseButton.LeftButton)
    assert _person(doctor, "C1").sex == "female"
    assert "Undone" in undo.message.text() and seen == ["people"]
    assert not undo.undo_button.isEnabled()

    undo.stack.redo()
    assert _person(doctor, "C1").sex == "male"


def test_ctrl_z_on_the_page_undoes_and_leaving_the_page_ends_it(
    qtbot: QtBot, doctor: AppContext
) -> None:
    page, undo = _page(qtbot, doctor)
    _set_sex(doctor, "C2", "male")
    undo.saved("C2", "people")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _person(doctor, "C2").sex == "female"

    _set_sex(doctor, "C2", "male")
    undo.saved("C2", "people")
    page.hide()
    assert undo.stack.count() == 0 and not undo.bar.isVisible()


def test_undo_refused_when_changed_since_says_so_and_changes_nothing(
    qtbot: QtBot, doctor: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    _page_shown, undo = _page(qtbot, doctor)
    _set_sex(doctor, "C3", "male")
    undo.saved("C3", "people")
    _set_sex(doctor, "C3", "female")  # someone else's later save, in the same database
    undo.stack.undo()
    assert told and "reload" in told[0]
    assert _person(doctor, "C3").sex == "female"
    assert undo.stack.count() == 0
