"""What every page of the main window offers."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """A page that reloads itself from the services when its kinds of record change.

    A page out of sight reloads when it is next shown, not at once: a save then costs
    only the reload of the page the user is looking at.
    """

    KINDS: frozenset[str] = frozenset()
    """Kinds of change (DataEvents.changed) that make this page reload."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = False
        context.events.changed.connect(self._on_changed)

    def _on_changed(self, kind: str) -> None:
        if kind not in self.KINDS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catches up with the changes made while the page was out of sight."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def leave(self) -> bool:
        """Whether the user may leave the page now; a page holding typing not saved asks
        "Keep as draft / Discard / Go back" first, and False is Go back."""
        return True

    def keep_typing(self) -> None:
        """Keeps typing not saved as the user's draft, without asking (another user signs
        in at the lock)."""

    def refresh(self) -> None:
        """Reloads what the page shows."""
