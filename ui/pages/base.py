"""What every page of the main window offers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """A page that reloads itself from the services when its kinds of record change."""

    KINDS: frozenset[str] = frozenset()
    """Kinds of change (DataEvents.changed) that make this page reload."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.events.changed.connect(self._on_changed)

    def _on_changed(self, kind: str) -> None:
        if kind in self.KINDS:
            self.refresh()

    def refresh(self) -> None:
        """Reloads what the page shows."""
