"""Lists people can read: columns fit their contents, community names, a count that follows."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from app.services import sessions
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.models.sessions_model import COMMUNITY, THEME, VENUE
from ui.pages.sessions import SessionsPage

LONG_THEME = "认识自己的情绪变化并学会在家里和社区中寻求帮助"


def _plan(context: AppContext, day: date, theme: str) -> None:
    plan = sessions.SessionPlan("TJH", day, time(9), time(10, 30), "rehabilitation_center",
                                "social_skills", "P1", ("P2",), theme=theme)  # fmt: skip
    sessions.plan_session(context.db, DOCTOR, plan)


def _page(qtbot: QtBot, context: AppContext) -> SessionsPage:
    page = SessionsPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    return page


def test_sessions_show_community_names(qtbot: QtBot, doctor: AppContext) -> None:
    """The community column shows the name people know, not the code."""
    _plan(doctor, date(2016, 1, 5), "包饺子")
    _plan(doctor, date(2016, 1, 12), "唱歌")
    _plan(doctor, date(2016, 1, 19), LONG_THEME)
    page = _page(qtbot, doctor)
    assert page.model.index(0, COMMUNITY).data() == "Tuanjiehu"


def test_columns_fit_their_contents(qtbot: QtBot, doctor: AppContext) -> None:
    """Venue and theme are not cut; the theme, not the last column, takes the room left."""
    for n, theme in enumerate(("包饺子", "唱歌", LONG_THEME)):
        _plan(doctor, date(2016, 1, 5 + 7 * n), theme)
    page = _page(qtbot, doctor)
    header = page.table.horizontalHeader()
    metrics = QFontMetrics(page.table.font())
    venue = page.model.index(0, VENUE).data()
    assert header.sectionSize(VENUE) >= metrics.horizontalAdvance(venue)
    assert header.sectionSize(THEME) >= metrics.horizontalAdvance(LONG_THEME)
    last = header.count() - 1
    heading = str(page.model.headerData(last, header.orientation()))
    assert header.sectionSize(last) < metrics.horizontalAdvance(heading) + 80


def test_count_follows_the_search(qtbot: QtBot, doctor: AppContext) -> None:
    """ "3 sessions" becomes "1 of 3 sessions" while a search narrows the list, and back."""
    for n, theme in enumerate(("包饺子", "唱歌", LONG_THEME)):
        _plan(doctor, date(2016, 1, 5 + 7 * n), theme)
    page = _page(qtbot, doctor)
    assert page.range_label.text() == "3 sessions"
    page.search.setText("唱歌")
    assert page.range_label.text() == "1 of 3 sessions"
    page.search.clear()
    assert page.range_label.text() == "3 sessions"
