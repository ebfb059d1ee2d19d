"""What every page of the main window offers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext

_out_of_sight = False
"""Whether pages made now load when first shown (``loading_when_shown``)."""


@contextmanager
def loading_when_shown() -> Iterator[None]:
    """Pages made inside load when first shown rather than when made: the main window
    shows one page at sign-in, and reading and laying out the others' lists would hold up
    its first paint by a third of a second."""
    global _out_of_sight
    _out_of_sight = True
    try:
        yield
    finally:
        _out_of_sight = False


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

    def first_load(self) -> None:
        """The page's first load, at the end of its making: now, or when first shown for a
        page made by ``loading_when_shown``."""
        if _out_of_sight:
            self._stale = True
        else:
            self.refresh()

    @property
    def stale(self) -> bool:
        """Whether changes made out of sight (or the first load) wait for the page."""
        return self._stale

    def catch_up(self) -> None:
        """Reloads the page if changes made out of sight (or its first load) wait for it."""
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catches up with the changes made while the page was out of sight."""
        super().showEvent(event)
        self.catch_up()

    def leave(self) -> bool:
        """Whether the user may leave the page now; a page holding typing not saved asks
        "Keep as draft / Discard / Go back" first, and False is Go back."""
        return True

    def keep_typing(self) -> None:
        """Keeps typing not saved as the user's draft, without asking (another user signs
        in at the lock)."""

    def refresh(self) -> None:
        """Reloads what the page shows."""
