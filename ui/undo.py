"""Undo on a page: the confirmation after a save, with a button and Ctrl+Z to take it back.

Each page keeps a QUndoStack of its saves while it is shown. Undoing writes the record
back as it was, through the service (``app.history.undo_change``), as a new audited
change; redoing undoes that undoing. Leaving the page ends what can be undone there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app import history
from ui import operations
from ui.context import AppContext


class _Save(QUndoCommand):
    """One save, undone and redone through the record versions."""

    def __init__(self, owner: PageUndo, change_id: str, message: str, kind: str) -> None:
        super().__init__(message)
        self.owner, self.kind = owner, kind
        self.change_id = change_id
        self.done = True

    def undo(self) -> None:
        self._swap(QCoreApplication.translate("PageUndo", "Undone: {what}"))

    def redo(self) -> None:
        if self.done:  # pushed after the save: it is done already
            return
        self._swap(QCoreApplication.translate("PageUndo", "Done again: {what}"))

    def _swap(self, told: str) -> None:
        context = self.owner.context
        result = operations.call(
            self.owner.page, context,
            lambda: history.undo_change(context.db, context.account, self.change_id),
            changed=self.kind,
        )  # fmt: skip
        if result is None:
            self.setObsolete(True)  # refused and said why: nothing changed, nothing to undo
            return
        self.change_id = result
        self.done = not self.done
        self.owner.tell(told.format(what=self.text()))


SAVED_LOOK = "background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 4px;"
"""The pale green of a line confirming a save, in a page's bar or a dialog's line."""


class SavedLine(QLabel):
    """A green line naming what was just saved, for windows without their own Undo (a
    dialog over a page that keeps the Undo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved_line")
        self.setWordWrap(True)
        self.setStyleSheet(f"#saved_line {{ {SAVED_LOOK} padding: 4px 8px; }}")
        self.hide()

    def say(self, what: str) -> None:
        """Shows "Saved: …"."""
        self.setText(self.tr("Saved: {what}").format(what=what))
        self.show()


class PageUndo(QObject):
    """The page's saves that can still be undone, and the bar that confirms each save."""

    def __init__(self, page: QWidget, context: AppContext) -> None:
        super().__init__(page)
        self.page, self.context = page, context
        self.stack = QUndoStack(self)
        self.bar = QFrame(page)
        self.bar.setObjectName("saved_bar")
        self.bar.setStyleSheet(f"#saved_bar {{ {SAVED_LOOK} }}")
        self.message = QLabel(self.bar)
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self.bar)
        self.undo_button.setToolTip(self.tr("Put back what was there before this save (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.stack.undo)
        layout = QHBoxLayout(self.bar)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self.bar.hide()
        self.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.stack.undo)
        page.installEventFilter(self)

    def saved(self, message: str, kind: str) -> None:
        """Confirms a save that just succeeded and keeps it to undo; call right after it."""
        change = self.context.db.last_change_id
        if change is None:
            self.tell(message)
            return
        self.stack.push(_Save(self, change, message, kind))
        self.tell(self.tr("Saved: {what}").format(what=message))
        self.undo_button.setEnabled(True)

    def tell(self, text: str) -> None:
        """Shows a line in the confirmation bar."""
        self.message.setText(text)
        self.bar.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the page ends what can be undone there."""
        if watched is self.page and event.type() == QEvent.Type.Hide:
            self.stack.clear()
            self.bar.hide()
        return False
