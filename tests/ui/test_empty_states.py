"""Empty lists and pages say what to do next, with a button for it, or whom to ask."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services import accounts, sessions, supervision
from db.database import Database
from tests import helpers
from tests.app.test_sessions import PLAN
from tests.helpers import DOCTOR
from ui.context import AppContext, DataEvents
from ui.empty_state import EmptyState
from ui.labels import set_language
from ui.main_window import MainWindow
from ui.pages.emergencies import EmergenciesPage
from ui.pages.exchange import ExchangePage
from ui.pages.log_session import LogSessionPage
from ui.pages.people import PeoplePage
from ui.pages.reports import ReportsPage
from ui.pages.sessions import SessionsPage
from ui.pages.supervision import SupervisionTrainingPage
from ui.pages.surveys import SurveysPage
from ui.pages.today import TodayPage
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.settings import Settings


def _signed_in(db: Database, tmp_path: Path, role: str) -> AppContext:
    helpers.create_account(db, role, "pass-word-1", role)
    account = accounts.sign_in(db, role, "pass-word-1")
    set_language("en")
    settings = Settings(tmp_path / "settings.ini")
    return AppContext(db, account, settings, DataEvents(), "CY01", "Chaoyang peer support")


@pytest.fixture
def doctor_here(db: Database, tmp_path: Path) -> AppContext:
    """A community doctor at a site that has nothing recorded yet."""
    return _signed_in(db, tmp_path, "community_doctor")


@pytest.fixture
def researcher_here(db: Database, tmp_path: Path) -> AppContext:
    """A research assistant (who plans nothing, enrols nobody) at the same empty site."""
    return _signed_in(db, tmp_path, "research_assistant")


def _shown(qtbot: QtBot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def _plans_asked(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    asked: list[object] = []
    ask = classmethod(lambda _cls, parent, *_a, **_k: asked.append(parent))
    monkeypatch.setattr(PlanSessionDialog, "ask", ask)
    return asked


def test_empty_sessions_offer_planning_and_give_way_to_the_list(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No sessions: the message and "Plan a session" stand where the list would; the button
    opens the plan form; once a session is planned the list is back; a search that finds
    nothing is not mistaken for an empty site."""
    asked = _plans_asked(monkeypatch)
    page = _shown(qtbot, SessionsPage(doctor))
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.empty.message.text() == "No sessions planned yet."
    assert page.empty.button.text() == "Plan a session" and page.empty.button.isVisible()
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert asked == [page]
    sessions.plan_session(doctor.db, DOCTOR, replace(PLAN, session_date=date.today()))
    doctor.events.changed.emit("sessions")
    qtbot.waitUntil(lambda: page.table.isVisible())
    assert not page.empty.isVisible()
    page.search.setText("nothing has this text")
    assert page.model.rowCount() == 0
    assert page.table.isVisible() and not page.empty.isVisible()


def test_who_may_not_plan_is_told_whom_to_ask(qtbot: QtBot, researcher_here: AppContext) -> None:
    """A research assistant gets no button, but the roles that may plan sessions."""
    page = _shown(qtbot, SessionsPage(researcher_here))
    assert page.empty.isVisible()
    assert not page.empty.button.isVisible()
    assert page.empty.who.isVisible()
    assert page.empty.who.text() == (
        "Ask a peer, a community doctor, a psychiatrist, a clinical psychologist or a social "
        "worker to plan sessions."
    )


@pytest.mark.parametrize(
    ("make", "part", "message", "button"),
    [
        (PeoplePage, "empty", "Nobody is enrolled yet.", "Enrol a person"),
        (EmergenciesPage, "empty", "No emergency has been reported.", "Report an emergency"),
        (SurveysPage, "empty", "No survey answers recorded yet.", "Record answers"),
        (SupervisionTrainingPage, "supervision_empty", "No supervision recorded yet.",
         "Record supervision"),
        (SupervisionTrainingPage, "courses_empty", "No training course yet.", "New course"),
        (TodayPage, "sessions_empty", "No session is waiting to be logged.", "Plan a session"),
        (TodayPage, "printed_empty", "No printed sheet is waiting to be entered.",
         "Go to Sessions"),
        (LogSessionPage, "empty_hint", "No session is waiting to be logged.", "Plan a session"),
        (ReportsPage, "empty", "No report yet.", "Build the report"),
    ],
)  # fmt: skip
def test_every_empty_page_names_its_next_step(
    qtbot: QtBot, doctor_here: AppContext, make: type[QWidget], part: str, message: str,
    button: str,
) -> None:  # fmt: skip
    """Each page of an empty site shows its message and the button for the next step."""
    page = _shown(qtbot, make(doctor_here))  # type: ignore[call-arg]
    if isinstance(page, SupervisionTrainingPage) and part == "courses_empty":
        page.tabs.setCurrentIndex(1)
    empty: EmptyState = getattr(page, part)
    assert empty.isVisible()
    assert empty.message.text().startswith(message)
    assert empty.button.isVisible() and empty.button.text() == button


def test_an_empty_list_comes_back_when_a_record_arrives(
    qtbot: QtBot, doctor_here: AppContext
) -> None:
    """The supervision tab's message gives way to the list once supervision is recorded."""
    page = _shown(qtbot, SupervisionTrainingPage(doctor_here))
    assert page.supervision_empty.isVisible() and not page.supervision_table.isVisible()
    data = supervision.SupervisionData("TJH", date(2016, 2, 1), "online", topics="边界")
    supervision.record_supervision(doctor_here.db, DOCTOR, data)
    doctor_here.events.changed.emit("supervision")
    assert page.supervision_table.isVisible() and not page.supervision_empty.isVisible()


def test_today_sends_to_the_sessions_page(qtbot: QtBot, doctor_here: AppContext) -> None:
    """ "Go to Sessions" under the empty printed sheets shows the Sessions page."""
    window = MainWindow(doctor_here)
    qtbot.addWidget(window)
    window.show()
    today = window.pages["today"]
    assert isinstance(today, TodayPage)
    qtbot.mouseClick(today.printed_empty.button, Qt.MouseButton.LeftButton)
    assert window.page_stack.currentWidget() is window.pages["sessions"]
    window.backed_up = True


def test_empty_exchange_offers_the_export_once_joined(
    qtbot: QtBot, doctor_here: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site not yet joined is shown how to join, not an export it cannot make; once joined,
    an empty history offers "Export the bundle…"."""
    from app.exchange import project

    page = _shown(qtbot, ExchangePage(doctor_here))
    assert page.not_joined.isVisible() and not page.empty.isVisible()
    monkeypatch.setattr(project, "joined_project", lambda _db: object())
    page.refresh()
    assert page.empty.isVisible() and not page.history.isVisible()
    assert page.empty.button.text() == "Export the bundle…"


def test_the_report_shows_no_bare_chart_before_it_is_built(
    qtbot: QtBot, doctor_here: AppContext
) -> None:
    """Before a report is built there is no axis and no stray "1": the charts are not shown,
    the message and the Build button are."""
    page = _shown(qtbot, ReportsPage(doctor_here))
    assert not page.tabs.isVisible() and not page.period_chart.isVisible()
    assert page.period_chart.categories == [] and page.period_chart.series == {}
    assert page.empty.isVisible() and page.empty.button.text() == "Build the report"
