"""Settings › Accounts and staff, one's own password, and a new user's first sign-in, through
the real widgets: a doctor gives a peer an account, the peer works, the doctor disables it."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import UserError
from app.services import accounts, sessions
from db.database import Database
from main import main
from tests import helpers
from tests.ui.conftest import PASSWORD, signed_in, waited
from ui.accounts.dialogs import AddAccountDialog, ChangePasswordDialog, NewPasswordDialog
from ui.accounts.page import AccountsDialog
from ui.context import AppContext, DataEvents
from ui.main_window import MainWindow
from ui.models.people_model import PeopleModel
from ui.recovery import RecoverySheetDialog
from ui.signin import SignInDialog
from ui.widgets import set_checked

TEMPORARY = "first-day-pass"
CHOSEN = "zhao-own-pass-9"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer Yes at once; what they said is kept."""
    said: list[str] = []

    def answer(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        said.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    for kind in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, answer)
    return said


def _typing_in(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, cls: type[QDialog],
               fill: dict[str, str], choose: dict[str, str] | None = None) -> None:  # fmt: skip
    """Makes the dialog's exec() type into its fields and press OK, as a user would."""

    def exec_(dialog: Any) -> int:
        for name, text in fill.items():
            qtbot.keyClicks(getattr(dialog, name), text)
        for name, code in (choose or {}).items():
            getattr(dialog, f"choose_{name}")(code)
        if isinstance(dialog, ChangePasswordDialog):
            dialog.save()
            waited(qtbot, dialog)
        elif isinstance(dialog, AddAccountDialog):
            dialog.save()
        else:
            dialog.check()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def _shown(dialog: AccountsDialog) -> dict[str, list[str]]:
    """Each account's row as the table shows it."""
    model = dialog.model
    return {model.row_at(r).username: [str(model.index(r, c).data())
                                       for c in range(model.columnCount())]
            for r in range(model.rowCount())}  # fmt: skip


def _plan_yesterday(context: AppContext) -> str:
    plan = sessions.SessionPlan("TJH", date.today() - timedelta(days=1), time(9), time(10, 30),
                                "health_center", "social_skills", "P1", ("P2",))  # fmt: skip
    return sessions.plan_session(context.db, context.account, plan)


def test_a_peer_account_from_adding_to_disabling(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    """A doctor adds an account for the peer P1; the peer signs in, chooses a password,
    logs a session and sees no diagnosis; the doctor disables the account; it no longer
    signs in."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    assert window.accounts_action is not None
    page = window.open_accounts()
    assert isinstance(page, AccountsDialog)
    assert "li" in _shown(page)

    _typing_in(qtbot, monkeypatch, AddAccountDialog,
               {"username": "zhao", "display_name": "Zhao Min", "password": TEMPORARY,
                "again": TEMPORARY}, {"role": "peer", "peer": "P1"})  # fmt: skip
    page.add()
    assert _shown(page)["zhao"] == ["zhao", "Zhao Min", "Peer", "P1", "Active", "Must change it"]
    assert page.current() is not None and page.current().username == "zhao"

    account = accounts.sign_in(doctor.db, "zhao", TEMPORARY)
    assert account.must_change_password and account.person_code == "P1"
    _typing_in(qtbot, monkeypatch, ChangePasswordDialog, {"new": CHOSEN, "again": CHOSEN})
    changed = ChangePasswordDialog.force(None, doctor, account, TEMPORARY)
    assert changed is not None and not changed.must_change_password
    assert not accounts.sign_in(doctor.db, "zhao", CHOSEN).must_change_password

    planned = _plan_yesterday(doctor)
    peer = AppContext(doctor.db, changed, doctor.settings, DataEvents(), "CY01", "Chaoyang")
    peer_window = MainWindow(peer)
    qtbot.addWidget(peer_window)
    assert peer_window.accounts_action is None and "supervision" not in peer_window.pages
    people = peer_window.show_page("people")
    diagnosis = [c.header for c in PeopleModel.COLUMNS].index("Diagnosis")
    assert people.table.isColumnHidden(diagnosis)  # type: ignore[attr-defined]
    log = peer_window.show_page("log")
    assert log.choose(planned)  # type: ignore[attr-defined]
    log.go(1)  # type: ignore[attr-defined]
    log.actual_start.setTime(QTime(9, 0))  # type: ignore[attr-defined]
    log.actual_end.setTime(QTime(10, 30))  # type: ignore[attr-defined]
    log.go(2)  # type: ignore[attr-defined]
    set_checked(log.consumers, ["C1"])  # type: ignore[attr-defined]
    log.nothing.setChecked(True)  # type: ignore[attr-defined]
    assert log.save()  # type: ignore[attr-defined]
    assert sessions.session_detail(doctor.db, planned).status == "held"

    page.select("zhao")
    assert page.disable_button.text() == "Disable"
    page.toggle_active()
    assert _shown(page)["zhao"][4] == "Disabled" and page.disable_button.text() == "Enable…"
    with pytest.raises(UserError):
        accounts.sign_in(doctor.db, "zhao", CHOSEN)


def test_refusals_are_said_and_change_nothing(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    """A taken user name, a weak password and disabling oneself are refused with the
    service's message, and nothing changes."""
    helpers.create_account(doctor.db, "wang", PASSWORD, "peer", person_code="P2")
    page = AccountsDialog(doctor)
    qtbot.addWidget(page)
    _typing_in(qtbot, monkeypatch, AddAccountDialog,
               {"username": "wang", "password": TEMPORARY, "again": TEMPORARY},
               {"role": "psychiatrist"})  # fmt: skip
    page.add()
    assert "taken" in answers[-1] and sorted(_shown(page)) == ["li", "wang"]
    _typing_in(qtbot, monkeypatch, AddAccountDialog,
               {"username": "chen", "password": "short", "again": "short"},
               {"role": "psychiatrist"})  # fmt: skip
    page.add()
    assert "8" in answers[-1] and "chen" not in _shown(page)
    page.select("li")
    page.toggle_active()
    assert _shown(page)["li"][4] == "Active"
    assert "own account" in answers[-1]


def test_reset_then_enable(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    """A reset password lets its user in once, to choose their own; a disabled account is
    enabled again with a temporary password."""
    helpers.create_account(doctor.db, "wang", PASSWORD, "peer", person_code="P2")
    page = AccountsDialog(doctor)
    qtbot.addWidget(page)
    _typing_in(qtbot, monkeypatch, NewPasswordDialog, {"password": TEMPORARY, "again": TEMPORARY})
    page.select("wang")
    page.reset()
    assert _shown(page)["wang"][5] == "Must change it" and "reset" in answers[-1]
    assert accounts.sign_in(doctor.db, "wang", TEMPORARY).must_change_password
    page.toggle_active()
    assert _shown(page)["wang"][4] == "Disabled" and not page.reset_button.isEnabled()
    page.toggle_active()
    assert _shown(page)["wang"][4] == "Active"
    assert accounts.sign_in(doctor.db, "wang", TEMPORARY).username == "wang"


def test_everyone_changes_their_own_password(
    qtbot: QtBot, peer: AppContext, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    """From the menu, with the current password; a wrong current password changes nothing
    and is said in the dialog, which stays open."""
    dialog = ChangePasswordDialog(peer)
    qtbot.addWidget(dialog)
    for field, text in ((dialog.old, "not-my-password"), (dialog.new, CHOSEN),
                        (dialog.again, CHOSEN)):  # fmt: skip
        qtbot.keyClicks(field, text)
    dialog.save()
    waited(qtbot, dialog)
    assert "wrong" in dialog.message.text() and dialog.result() == 0
    window = MainWindow(peer)
    qtbot.addWidget(window)
    _typing_in(qtbot, monkeypatch, ChangePasswordDialog,
               {"old": PASSWORD, "new": CHOSEN, "again": CHOSEN})  # fmt: skip
    assert window.change_password()
    assert answers == ["Your password is changed."]
    assert accounts.sign_in(peer.db, "wang", CHOSEN).username == "wang"


def test_a_reset_user_chooses_a_password_before_the_window_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a reset, sign-in asks for a new password first; cancelling signs out (the
    sign-in window asks again), choosing one opens the window."""
    db_file = tmp_path / "site.sqlite"
    assert main(["--db", str(db_file), "init", "--site", "CY01", "--name", "Chaoyang",
                 "--unencrypted"]) == 0  # fmt: skip
    db = Database.open(db_file)
    helpers.create_account(db, "wang", PASSWORD, "peer")
    accounts.reset_password(db, helpers.DOCTOR, "wang", TEMPORARY)
    db.close()
    asked: list[str] = []

    def sign_in(dialog: SignInDialog) -> int:
        asked.append("sign in")
        dialog.username.setText("wang")
        dialog.password.setText(CHOSEN if len(asked) > 3 else TEMPORARY)
        return (QDialog.DialogCode.Accepted if signed_in(qtbot, dialog)
                else QDialog.DialogCode.Rejected)  # fmt: skip

    def choose(dialog: ChangePasswordDialog) -> int:
        asked.append("choose")
        if asked.count("choose") == 1:
            return QDialog.DialogCode.Rejected
        dialog.new.setText(CHOSEN)
        dialog.again.setText(CHOSEN)
        dialog.save()
        waited(qtbot, dialog)
        return dialog.result()

    def work() -> int:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip
        asked.extend(f"window of {w.context.account.username}" for w in windows)
        for window in windows:
            window.sign_out() if len(asked) < 6 else window.close()
        return 0

    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    monkeypatch.setattr(ChangePasswordDialog, "exec", choose)
    monkeypatch.setattr(RecoverySheetDialog, "exec", lambda _d: None)
    monkeypatch.setattr(QApplication, "exec", staticmethod(work))
    assert main(["--db", str(db_file)]) == 0
    assert asked == ["sign in", "choose", "sign in", "choose", "window of wang",
                     "sign in", "window of wang"]  # fmt: skip
