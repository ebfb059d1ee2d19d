"""What an empty list or page shows instead: what is missing and the next step.

The next step is a button for those whose role may take it; for the others, a line naming
who may (``app.access.who_may``). The window only chooses what to show; the rule of who may
do what stays in ``app.permissions``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.access import who_may
from app.permissions import Account, Capability


class EmptyState(QWidget):
    """A short message, and a button doing the next step or the name of who may do it; in
    place of a list it takes the list's room, the message at its top."""

    def __init__(
        self,
        message: str,
        action: str,
        on_action: Callable[[], object],
        actor: Account,
        capability: Capability | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        box = QFrame()
        box.setObjectName("emptyBox")
        box.setStyleSheet(
            "#emptyBox { background: #f4f7fb; border: 1px solid #c9d3e0; border-radius: 4px; }"
        )
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSize(font.pointSize() + 3)
        self.message.setFont(font)
        allowed = capability is None or actor.can(capability)
        self.button = QPushButton(action)
        self.button.setMinimumHeight(40)
        self.button.clicked.connect(lambda: on_action())
        self.button.setVisible(allowed)
        self.who = QLabel("" if allowed else who_may(capability))  # type: ignore[arg-type]
        self.who.setWordWrap(True)
        self.who.setVisible(not allowed)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 18, 24, 18)
        inner.addWidget(self.message)
        inner.addWidget(self.who)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.hide()

    def follow(
        self,
        model: QAbstractItemModel,
        *hidden: QWidget,
        is_empty: Callable[[], bool] | None = None,
    ) -> EmptyState:
        """Shows itself, and hides the given widgets (the list), while the model has no rows
        (or while ``is_empty`` says so: a search that finds nothing is not an empty list)."""
        self._followed = (model, hidden, is_empty)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self._update)  # a method: disconnected when this widget goes
        self._update()
        return self

    def _update(self) -> None:
        model, hidden, is_empty = self._followed
        if not all(isValid(w) for w in (self, model, *hidden)):
            return  # the page is being taken apart
        self.show_if(is_empty() if is_empty else model.rowCount() == 0, *hidden)

    def show_if(self, empty: bool, *hidden: QWidget) -> None:
        """Shows itself in place of the given widgets when ``empty``; them otherwise."""
        self.setVisible(empty)
        for widget in hidden:
            widget.setVisible(not empty)
