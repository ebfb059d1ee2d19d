"""The lock of the shared PC: a window of its own over the app, and every other window blanked.

A dialog running its own event loop (``exec()``) ends that loop when it is hidden, and its
caller would take it as cancelled and drop what was typed. So the lock does not hide the
app's windows: it hides what is inside them (every child widget), blanks their titles and
makes them transparent. Their loops and their content stay as they were; after the right
password everything shows again. The lock itself is an application-modal window shown last,
so it is the one window that takes input, above any dialog that was modal before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, WrongPassword
from app.i18n import translate
from app.permissions import Account
from app.services import accounts
from ui.context import AppContext
from ui.operations import run_in_background
from ui.people.fields import enlarge, message_line

_NO_OPACITY = {"offscreen", "minimal"}
"""Platforms that cannot make a window transparent (and say so on every try)."""


@dataclass
class _Blanked:
    """What a blanked window showed, to give it back."""

    title: str
    opacity: float
    shown: list[QWidget] = field(default_factory=list)


class Curtain(QObject):
    """Blanks every window of the app but the lock, and windows that open while it is drawn."""

    def __init__(self, lock: QWidget) -> None:
        super().__init__(lock)
        self.lock = lock
        self.blanked: dict[QWidget, _Blanked] = {}
        self.drawn = False
        """Whether the windows are blanked (the app is locked)."""

    def draw(self) -> None:
        """Blanks every shown window of the app, and keeps blanking new ones until opened."""
        QApplication.instance().installEventFilter(self)
        self.drawn = True
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        while popup is not None:  # an open menu or list would show over the lock
            popup.close()
            popup = QApplication.activePopupWidget()
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self.blank(window)

    def open(self) -> None:
        """Gives every blanked window back what it showed."""
        for window, was in self.drop().items():
            for child in was.shown:
                if shiboken6.isValid(child):
                    child.show()
            window.setWindowTitle(was.title)
            _set_opacity(window, was.opacity)

    def drop(self) -> dict[QWidget, _Blanked]:
        """Stops blanking; the windows still there, with what they showed, are handed back."""
        QApplication.instance().removeEventFilter(self)
        self.drawn = False
        blanked = {w: was for w, was in self.blanked.items() if shiboken6.isValid(w)}
        self.blanked.clear()
        return blanked

    def windows(self) -> list[QWidget]:
        """The windows blanked and still there, which a user signing in as someone else
        closes."""
        return [window for window in self.blanked if shiboken6.isValid(window)]

    def blank(self, window: QWidget) -> None:
        """Hides what the window shows (not the window: a dialog's loop would end)."""
        if window in self.blanked or not self._covers(window):
            return
        shown = [child for child in window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not child.isWindow() and not child.isHidden()]  # fmt: skip
        self.blanked[window] = _Blanked(window.windowTitle(), window.windowOpacity(), shown)
        for child in shown:
            child.hide()
        window.setWindowTitle(translate("LockPage", "Locked"))
        _set_opacity(window, 0.0)

    def _covers(self, window: QWidget) -> bool:
        """The lock and what it opens (its messages) stay; tooltips and popups are no window."""
        owner: QWidget | None = window
        while owner is not None:  # a dialog the lock opens is a window of its own
            if owner is self.lock:
                return False
            owner = owner.parentWidget()
        kind = window.windowType()
        return kind not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A window that opens while locked (a preview made in the background, a message) is
        blanked, and the lock is brought back above it, where it takes input."""
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and self._covers(watched)):  # fmt: skip
            self.blank(watched)
            QTimer.singleShot(0, self, self._lock_on_top)
        return False

    def _lock_on_top(self) -> None:
        if self.drawn:
            self.lock.hide()  # shown again, it is the newest modal window: the one with input
            self.lock.show()
            self.lock.activateWindow()


def _set_opacity(window: QWidget, opacity: float) -> None:
    if QGuiApplication.platformName() not in _NO_OPACITY:
        window.setWindowOpacity(opacity)


def wrong_password_message(error: Exception) -> str:
    """Only a password is asked at the lock: "user name or password" would puzzle."""
    if isinstance(error, WrongPassword):
        return translate("LockPage", "The password is wrong.")
    return str(error)


class LockPage(QWidget):
    """The lock's window: the same user's password opens it again, or someone else signs in.

    A window of its own (not a page of the main window) so it can be above dialogs that
    were modal when the lock came.
    """

    unlocked = Signal()
    """Emitted when the signed-in user's password was typed."""
    switched = Signal(object, str)
    """Emitted with another user's Account, and their password, once they signed in here."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Locked"))
        enlarge(self)
        title = QLabel(self.tr("Locked"))
        font = title.font()
        font.setPointSize(font.pointSize() + 10)
        title.setFont(font)
        self.who = QLabel(
            self.tr("{name} was signed in. Type the password to go on where you left off.").format(
                name=context.account.display_name
            )
        )
        self.who.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("User name"))
        self.username.hide()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.message = message_line()
        self.button = QPushButton(self.tr("Unlock"))
        self.button.clicked.connect(self.unlock)
        self.other_button = QPushButton(self.tr("Sign in as someone else"))
        self.other_button.setFlat(True)
        self.other_button.setStyleSheet(
            f"text-align: left; color: #0b57d0; font-size: {self.font().pointSize()}pt"
        )
        self.other_button.clicked.connect(self._other_clicked)
        self.busy = False
        """Whether a password is being checked."""
        box = QVBoxLayout()
        box.addStretch()
        for widget in (title, self.who, self.username, self.password, self.button,
                       self.message, self.other_button):  # fmt: skip
            box.addWidget(widget)
        box.addStretch()
        column = QWidget()
        column.setLayout(box)
        column.setMaximumWidth(520)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(column, 1)
        outer.addStretch()

    @property
    def someone_else(self) -> bool:
        """Whether the lock asks for another user's name and password."""
        return not self.username.isHidden()

    def ask_someone_else(self) -> None:
        """Asks for a user name too; the first user's work is kept as their draft."""
        self.username.show()
        name = self.context.account.display_name
        self.who.setText(self.tr(
            "Sign in with your own account. The work of {name} is kept as their draft, and "
            "their open windows are closed.").format(name=name))  # fmt: skip
        self.button.setText(self.tr("Sign in"))
        self.other_button.setText(self.tr("Back: unlock as {name}").format(name=name))
        self.message.clear()
        self.username.setFocus()

    def _other_clicked(self) -> None:
        if self.someone_else:
            self.reset()
            self.password.setFocus()
        else:
            self.ask_someone_else()

    def unlock(self) -> None:
        """Checks the password in the background (a fifth of a second of hashing): the
        signed-in user's, or the other user's when one signs in here."""
        if self.busy:
            return
        other = self.someone_else and self.username.text().strip() != self.context.account.username
        username = self.username.text() if other else self.context.account.username
        action = "sign_in" if other else "unlock"
        self.busy = True
        for widget in (self.username, self.password, self.button):
            widget.setEnabled(False)
        db, password = self.context.db, self.password.text()
        run_in_background(
            self, lambda _progress: accounts.sign_in(db, username, password, action),
            lambda account: self._checked(account, password if other else ""), self._failed,
        )  # fmt: skip

    def _ready(self) -> None:
        self.busy = False
        for widget in (self.username, self.password, self.button):
            widget.setEnabled(True)
        self.password.clear()
        self.password.setFocus()

    def _failed(self, error: Exception) -> None:
        self._ready()
        if isinstance(error, UserError) and not self.someone_else:
            self.message.setText(wrong_password_message(error))
        else:
            self.message.setText(str(error))

    def _checked(self, account: Account, password: str) -> None:
        self._ready()
        self.message.clear()
        if password:
            self.switched.emit(account, password)
        else:
            self.unlocked.emit()

    def reset(self) -> None:
        """Back to asking the signed-in user's password, for the next lock."""
        self.username.clear()
        self.username.hide()
        self.who.setText(
            self.tr("{name} was signed in. Type the password to go on where you left off.").format(
                name=self.context.account.display_name
            )
        )
        self.button.setText(self.tr("Unlock"))
        self.other_button.setText(self.tr("Sign in as someone else"))
        self.message.clear()
        self.password.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The lock does not close: only a password opens the work behind it."""
        event.ignore()
