"""A page out of sight catches up when shown, instead of reloading at every save."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.pages.base import Page


class CountingPage(Page):
    KINDS = frozenset({"sessions"})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.reloads = 0

    def refresh(self) -> None:
        self.reloads += 1


def test_hidden_page_reloads_once_when_shown(qtbot: QtBot, doctor: AppContext) -> None:
    """Three saves while hidden cost nothing; showing the page reloads it once."""
    context = doctor
    page = CountingPage(context)
    qtbot.addWidget(page)
    for _ in range(3):
        context.events.changed.emit("sessions")
    assert page.reloads == 0
    page.show()
    assert page.reloads == 1
    context.events.changed.emit("sessions")  # in sight: at once
    context.events.changed.emit("people")  # not its kind
    assert page.reloads == 2
    page.hide()
    page.show()  # nothing changed meanwhile
    assert page.reloads == 2
