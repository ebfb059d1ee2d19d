"""The Sessions page (to be built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.base import Page


class SessionsPage(Page):
    """Sessions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("Sessions")))
