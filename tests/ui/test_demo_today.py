"""The demo is alive today: Today, the report and the emergencies list show it at once."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from app.demo import make_demo
from app.reports.build import build_report
from app.services import accounts, sessions
from db.database import Database
from tests import helpers
from ui.context import AppContext, DataEvents
from ui.pages.reports import ReportsPage
from ui.pages.today import TodayPage
from ui.settings import Settings

PASSWORD = "doctor-pass-1"


def test_demo_made_today_fills_today_and_the_report(
    qtbot: QtBot, blank_db: Database, settings: Settings
) -> None:
    """Made today, the demo has sessions of the last days to log, the next two weeks planned,
    an emergency waiting, and data in the report's default period."""
    make_demo(blank_db)
    helpers.create_account(blank_db, "li", PASSWORD, "community_doctor", display_name="li")
    account = accounts.sign_in(blank_db, "li", PASSWORD)
    context = AppContext(blank_db, account, settings, DataEvents(), "DEMO", "demo")

    page = TodayPage(context)
    qtbot.addWidget(page)
    assert page.sessions.count() > 0
    assert "logged: 0" not in page.to_log.text()
    assert "acknowledged: 1" in page.waiting.text()

    rows = sessions.list_sessions(blank_db)
    today = date.today()
    assert any(r.status == "held" and today - r.session_date < timedelta(days=14) for r in rows)
    assert any(r.status == "planned" and r.session_date > today for r in rows)
    assert not any(r.status == "held" and r.session_date > today for r in rows)

    reports = ReportsPage(context)
    qtbot.addWidget(reports)
    report = build_report(blank_db, account, reports.scope())
    assert sum(sum(p.values()) for p in report["sessions"]["per_period"].values()) > 50
