"""Attendance: names beside codes for roles that may see them, whole-row ticking, a count."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from app import name_forms
from app.services import people, sessions
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.pages.log_session import ATTENDANCE, LogSessionPage
from ui.widgets import checked_keys

DAY = date.today() - timedelta(days=1)


@pytest.fixture
def planned(doctor: AppContext) -> str:
    """A session held yesterday at Tuanjiehu; C1 has a name on record."""
    people.set_contact(doctor.db, DOCTOR, "C1", people.ContactData("王小红", "13800000000"))
    plan = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    return sessions.plan_session(doctor.db, DOCTOR, plan)


def _attendance(qtbot: QtBot, context: AppContext, session_id: str) -> LogSessionPage:
    page = LogSessionPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert page.choose(session_id)
    page.go(ATTENDANCE)
    return page


def _texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_doctor_sees_names_beside_codes(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """A community doctor sees "王小红  C1"; consumers without a name show their code."""
    page = _attendance(qtbot, doctor, planned)
    assert _texts(page.consumers) == ["王小红  C1", "C2", "C3"]


def test_peer_sees_the_name_form_the_site_chose(
    qtbot: QtBot, doctor: AppContext, peer: AppContext, planned: str
) -> None:
    """A peer sees the given name and initial until the site chooses full names; then the
    full name. Never the code alone when a name is on record."""
    page = _attendance(qtbot, peer, planned)
    assert _texts(page.consumers) == ["小红（王）  C1", "C2", "C3"]
    name_forms.choose(doctor.db, doctor.account, name_forms.FULL)
    page = _attendance(qtbot, peer, planned)
    assert _texts(page.consumers) == ["王小红  C1", "C2", "C3"]


def _click(qtbot: QtBot, widget: QListWidget, row: int, on_box: bool = False) -> None:
    rect = widget.visualItemRect(widget.item(row))
    point = QPoint(rect.left() + 10, rect.center().y()) if on_box else rect.center()
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_the_row_ticks_and_counts(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """A click on the name ticks; another unticks; the count follows as you go."""
    page = _attendance(qtbot, doctor, planned)
    assert page.present_count.text() == "0 of 3 present"
    _click(qtbot, page.consumers, 1)
    assert checked_keys(page.consumers) == ["C2"]
    assert page.present_count.text() == "1 of 3 present"
    _click(qtbot, page.consumers, 0)
    assert page.present_count.text() == "2 of 3 present"
    _click(qtbot, page.consumers, 1)
    assert checked_keys(page.consumers) == ["C1"]
    assert page.present_count.text() == "1 of 3 present"


def test_clicking_the_box_ticks_once(qtbot: QtBot, doctor: AppContext, planned: str) -> None:
    """A click on the small box itself ticks it (and does not tick and untick at once)."""
    page = _attendance(qtbot, doctor, planned)
    _click(qtbot, page.consumers, 2, on_box=True)
    assert checked_keys(page.consumers) == ["C3"]
    assert page.report().consumers_present == ("C3",)
