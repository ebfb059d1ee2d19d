"""The lock of the shared PC: no window shows participant data, and all comes back after."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import accounts, drafts
from tests import helpers
from tests.ui.conftest import PASSWORD
from tests.ui.test_accounts_page import _plan_yesterday
from ui.accounts.dialogs import ChangePasswordDialog
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.log_session import FORM
from ui.people.detail import PersonDetailDialog
from ui.sessions.plan_dialog import PlanSessionDialog


def _texts(widget: QWidget) -> list[str]:
    """What a widget shows, where it shows text."""
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, columns = widget.model(), 1
        if isinstance(widget, QTreeView):
            columns = widget.header().count()
        elif isinstance(widget, QTableView):
            columns = widget.horizontalHeader().count()
        return [str(model.index(r, c).data()) for r in range(model.rowCount())
                for c in range(columns)]  # fmt: skip
    return []


def shown_outside_the_lock(window: MainWindow) -> list[str]:
    """Every text a visible window other than the lock shows, titles included."""
    shown = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible() or top is window.lock_page:
            continue
        shown.append(top.windowTitle())
        for child in top.findChildren(QWidget):
            if child.isVisible():
                shown.extend(_texts(child))
    return shown


def _guarded(step: Callable[[], None], dialog: QDialog, failures: list[BaseException]
             ) -> Callable[[], None]:  # fmt: skip
    """The step; if it fails, the dialog is closed so its loop ends and the test can fail."""

    def run() -> None:
        try:
            step()
        except BaseException as failure:
            failures.append(failure)
            dialog.done(QDialog.DialogCode.Rejected)

    return run


def _run(dialog: QDialog, then: Callable[[], None], failures: list[BaseException]) -> int:
    """Runs the dialog's own loop, as the app does, with the test's steps inside it."""
    QTimer.singleShot(0, _guarded(then, dialog, failures))
    return dialog.exec()


def _unlock(qtbot: QtBot, window: MainWindow, password: str = PASSWORD) -> None:
    qtbot.keyClicks(window.lock_page.password, password)
    window.lock_page.unlock()
    qtbot.waitUntil(lambda: not window.lock_page.busy, timeout=10_000)


@pytest.fixture
def window(qtbot: QtBot, doctor: AppContext) -> MainWindow:
    """The doctor's main window, on screen."""
    shown = MainWindow(doctor)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_lock_blanks_a_persons_detail_and_a_half_filled_dialog(
    qtbot: QtBot, window: MainWindow, doctor: AppContext
) -> None:
    """A person's detail and a half-filled plan over it, each in its own loop: the idle lock
    leaves no name or code in view, and after the password both are back, still open,
    with what was typed."""
    detail = PersonDetailDialog(doctor, "P1", window.pages["people"])
    plan = PlanSessionDialog(doctor, None, None, detail)
    steps: list[str] = []
    failures: list[BaseException] = []

    def in_the_plan() -> None:
        plan.theme.setText("Cooking with P2")
        assert any("P1" in text for text in shown_outside_the_lock(window))
        window.idle.set_minutes(0.002)  # about 120 ms
        qtbot.waitUntil(lambda: window.locked, timeout=3000)
        assert window.lock_page.isVisible()
        assert QApplication.activeModalWidget() is window.lock_page
        assert detail.isVisible() and plan.isVisible()  # their loops go on behind the lock
        assert not any("P1" in t or "P2" in t for t in shown_outside_the_lock(window))
        assert [w for w in (detail, plan, window) if w.findChildren(QLabel)[0].isVisible()] == []
        _unlock(qtbot, window, "not-the-password")
        assert window.locked and not plan.theme.isVisible()
        _unlock(qtbot, window)
        assert not window.locked and not window.lock_page.isVisible()
        steps.append("unlocked")
        QTimer.singleShot(0, _guarded(after_unlocking, plan, failures))

    def after_unlocking() -> None:
        steps.append("plan still open")
        assert plan.theme.isVisible() and plan.theme.text() == "Cooking with P2"
        assert "P1" in detail.windowTitle() or any(
            "P1" in label.text() for label in detail.findChildren(QLabel) if label.isVisible()
        )
        assert window.page_stack.isVisible()
        plan.done(QDialog.DialogCode.Rejected)

    def in_the_detail() -> None:
        _run(plan, in_the_plan, failures)
        steps.append("plan closed")
        detail.done(QDialog.DialogCode.Accepted)

    assert _run(detail, in_the_detail, failures) == QDialog.DialogCode.Accepted
    if failures:
        raise failures[0]
    assert steps == ["unlocked", "plan still open", "plan closed"]


def test_a_window_opened_while_locked_is_blanked_and_the_lock_stays_on_top(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A message or preview that opens behind the lock (work finished in the background)
    shows nothing, and the lock still takes the password."""
    window.lock()
    box = QMessageBox(QMessageBox.Icon.Information, "P1", "P1 was enrolled.", parent=window)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is window.lock_page, timeout=3000)
    assert not any("P1" in text for text in shown_outside_the_lock(window))
    _unlock(qtbot, window)
    assert not window.locked and box.isVisible() and box.windowTitle() == "P1"
    box.done(0)


def test_a_dialog_the_lock_opens_is_not_blanked(qtbot: QtBot, window: MainWindow) -> None:
    """The lock's own dialogs (the new password a reset user must choose, its messages) are
    windows of their own: they show what they ask, and keep their title."""
    window.lock()
    asked = QMessageBox(QMessageBox.Icon.Question, "New password", "Choose a password.",
                        parent=window.lock_page)  # fmt: skip
    asked.open()
    qtbot.waitUntil(asked.isVisible, timeout=3000)
    assert asked.windowTitle() == "New password"
    assert any(label.isVisible() and label.text() == "Choose a password."
               for label in asked.findChildren(QLabel))  # fmt: skip
    asked.done(0)


def test_lock_says_the_password_is_wrong(qtbot: QtBot, window: MainWindow) -> None:
    """Only a password is asked at the lock, so a wrong one is called a wrong password."""
    window.lock()
    _unlock(qtbot, window, "not-the-password")
    assert window.lock_page.message.text() == "The password is wrong."


def _someone_else(qtbot: QtBot, window: MainWindow, username: str, password: str) -> None:
    window.lock_page.ask_someone_else()
    window.lock_page.username.clear()
    qtbot.keyClicks(window.lock_page.username, username)
    _unlock(qtbot, window, password)


def test_sign_in_as_someone_else(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the lock a peer signs in over the doctor's work: the doctor's session log is kept
    as the doctor's draft, the doctor's open dialog closes, and the peer gets a window of
    their own role, after choosing their own password."""
    window = MainWindow(doctor)  # not qtbot's to close: it goes once the peer signs in
    window.show()
    try:
        _switch_to_a_peer(qtbot, window, doctor, monkeypatch)
    finally:
        if shiboken6.isValid(window):
            window.backed_up = True
            window.close()


def _switch_to_a_peer(
    qtbot: QtBot, window: MainWindow, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    helpers.create_account(doctor.db, "wang", PASSWORD, "peer", person_code="P2")
    accounts.reset_password(doctor.db, doctor.account, "wang", "temporary-pass")
    planned = _plan_yesterday(doctor)
    doctor.events.changed.emit("sessions")
    log = window.show_page("log")
    assert log.choose(planned)  # type: ignore[attr-defined]
    log.feedback.setPlainText("everyone came on time")  # type: ignore[attr-defined]
    forced: list[str] = []

    def choose_own(dialog: ChangePasswordDialog) -> int:
        forced.append(dialog.given_old or "")
        dialog.new.setText("wang-own-pass-7")
        dialog.again.setText("wang-own-pass-7")
        dialog.save()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        return dialog.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", choose_own)
    plan = PlanSessionDialog(doctor, None, None, window.pages["sessions"])
    failures: list[BaseException] = []

    def behind_the_lock() -> None:
        plan.theme.setText("half-typed plan")
        window.lock()
        _someone_else(qtbot, window, "nobody", "whatever-pass")
        assert window.lock_page.message.text() == "The user name or password is wrong."
        _someone_else(qtbot, window, "wang", "temporary-pass")
        qtbot.waitUntil(lambda: window.successor is not None, timeout=10_000)

    assert _run(plan, behind_the_lock, failures) == QDialog.DialogCode.Rejected
    if failures:
        raise failures[0]
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor)
    assert forced == ["temporary-pass"]
    assert successor.context.account.username == "wang" and successor.isVisible()
    assert "supervision" not in successor.pages and successor.accounts_action is None
    assert not successor.locked and not plan.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the doctor's window is gone
    draft = drafts.load_draft(doctor.db, "li", FORM)
    assert draft is not None and draft.content["feedback"] == "everyone came on time"
    assert drafts.load_draft(doctor.db, "wang", FORM) is None
    plan_draft = drafts.load_draft(doctor.db, "li", plan.draft_form(), plan.draft_subject())
    assert plan_draft is not None and "half-typed plan" in plan_draft.content.values()
    assert accounts.sign_in(doctor.db, "wang", "wang-own-pass-7").username == "wang"


def test_typing_ones_own_name_as_someone_else_just_unlocks(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The same user, through "someone else": the work comes back, nothing is rebuilt."""
    window.lock()
    _someone_else(qtbot, window, "li", PASSWORD)
    assert not window.locked and window.successor is None and window.page_stack.isVisible()
