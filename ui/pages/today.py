"""The Today page: what needs doing now at the site."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services import today
from ui.context import AppContext
from ui.labels import show_date
from ui.pages.base import Page


class TodayPage(Page):
    """Sessions to log, reports to acknowledge, days to the next six-weekly hand-over."""

    KINDS = frozenset({"sessions", "emergencies"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heading = QLabel(self.tr("Today"))
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 8)
        self.heading.setFont(font)
        self.to_log = QLabel()
        self.waiting = QLabel()
        self.handover = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for label in (self.to_log, self.waiting, self.handover):
            big = label.font()
            big.setPointSize(big.pointSize() + 3)
            label.setFont(big)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch()
        self.refresh()

    def refresh(self) -> None:
        """Reloads the figures."""
        figures = today.overview(self.context.db)
        self.to_log.setText(
            self.tr("Sessions held but not yet logged: {n}").format(n=figures.sessions_to_log)
        )
        self.waiting.setText(
            self.tr("Emergency reports not yet acknowledged: {n}").format(
                n=figures.unacknowledged_events
            )
        )
        self.handover.setText(
            self.tr("Next six-weekly hand-over: {day}, in {n} days").format(
                day=show_date(figures.next_handover), n=figures.days_to_handover
            )
        )
