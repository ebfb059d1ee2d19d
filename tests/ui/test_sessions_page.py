"""Planning sessions through the real widgets: once, repeating, from the library."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import sessions
from ui.context import AppContext
from ui.models.sessions_model import SessionsModel
from ui.models.table import ROW_ROLE
from ui.pages.sessions import MONTH, SessionsPage
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.widgets import set_checked, to_date


def _dialog(qtbot: QtBot, context: AppContext) -> PlanSessionDialog:
    dialog = PlanSessionDialog(context, day=date(2016, 1, 5))
    qtbot.addWidget(dialog)
    dialog.community.setCurrentIndex(dialog.community.findData("TJH"))
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(10, 30))
    dialog.lead.setCurrentIndex(dialog.lead.findData("P1"))
    set_checked(dialog.assistants, ["P2"])
    dialog.theme.setText("包饺子")
    return dialog


def test_plan_once_appears_in_the_list(qtbot: QtBot, doctor: AppContext) -> None:
    """A plan saved from the form is listed with its theme, lead and status."""
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    dialog = _dialog(qtbot, doctor)
    assert dialog.warnings.text() == ""
    assert dialog.save()
    [row] = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert (row.theme, row.lead_peer, row.status, row.session_date) == (
        "包饺子",
        "P1",
        "planned",
        date(2016, 1, 5),
    )


def test_plan_weekly_until_a_date(qtbot: QtBot, doctor: AppContext) -> None:
    """Weekly until 26 January makes four sessions a week apart."""
    dialog = _dialog(qtbot, doctor)
    dialog.repeat.setCurrentIndex(1)
    dialog.until.setDate(QDate(2016, 1, 26))
    assert dialog.save()
    assert len(dialog.saved_ids) == 4
    days = [r.session_date.day for r in sessions.list_sessions(doctor.db)]
    assert days == [5, 12, 19, 26]


def test_inline_warnings_and_confirmation(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One peer and 30 minutes show warnings at once; saving asks, and No saves nothing."""
    dialog = _dialog(qtbot, doctor)
    set_checked(dialog.assistants, [])
    dialog.end.setTime(QTime(9, 30))
    assert "at least two" in dialog.warnings.text()
    assert "30 minutes" in dialog.warnings.text()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not dialog.save()
    assert sessions.list_sessions(doctor.db) == []
    assert dialog.save()
    assert len(sessions.list_sessions(doctor.db)) == 1


def test_error_is_shown_and_nothing_saved(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An end before the start is refused with the reason."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog = _dialog(qtbot, doctor)
    dialog.end.setTime(QTime(8, 0))
    assert not dialog.save()
    assert "not after the start" in shown[0]
    assert sessions.list_sessions(doctor.db) == []


def test_start_from_library(qtbot: QtBot, doctor: AppContext) -> None:
    """Choosing a library plan fills the topic, texts and length."""
    from app.services import library

    library.ensure_starter_library(doctor.db)
    dialog = _dialog(qtbot, doctor)
    [template] = [t for t in library.list_templates(doctor.db, "en") if t.key == "singing"]
    dialog.apply_template(template)
    assert dialog.theme.text() == "Singing together"
    assert dialog.topic.currentData() == "entertainment"
    assert dialog.warm_up.toPlainText() and dialog.materials.toPlainText()
    assert dialog.end.time() == QTime(10, 0)
    assert dialog.lead.currentData() == "P1"


def test_search_sort_and_calendar(qtbot: QtBot, doctor: AppContext) -> None:
    """Typing filters; date sorts chronologically; days with sessions are marked."""
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",), theme="使用微信")  # fmt: skip
    sessions.plan_session(doctor.db, plan)
    for day, theme in ((date(2016, 11, 20), "一起唱歌"), (date(2016, 2, 3), "建立自信")):
        sessions.plan_session(doctor.db, sessions.SessionPlan(
            **{**plan.__dict__, "session_date": day, "theme": theme}))  # fmt: skip
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.proxy.sort(0, Qt.SortOrder.AscendingOrder)
    order = [page.proxy.data(page.proxy.index(r, 0), ROW_ROLE).session_date.month
             for r in range(page.proxy.rowCount())]  # fmt: skip
    assert order == [1, 2, 11]
    qtbot.keyClicks(page.search, "2016")
    assert page.proxy.rowCount() == 3
    page.search.setText("唱歌")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.view.setCurrentIndex(MONTH)
    page.calendar.setSelectedDate(QDate(2016, 2, 10))
    assert page.model.rowCount() == 1
    assert page.calendar.dateTextFormat(QDate(2016, 2, 3)).fontWeight() > 400
    assert page.calendar.dateTextFormat(QDate(2016, 2, 4)).fontWeight() <= 400
    assert to_date(page.calendar.selectedDate()) == date(2016, 2, 10)


def test_peer_can_plan(qtbot: QtBot, peer: AppContext) -> None:
    """Peers plan sessions too."""
    page = SessionsPage(peer)
    qtbot.addWidget(page)
    assert not page.plan_button.isHidden()
    assert _dialog(qtbot, peer).save()


def test_model_passes_qt_model_tester(qtmodeltester, doctor: AppContext) -> None:  # type: ignore[no-untyped-def]
    """The sessions model follows Qt's model rules."""
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    sessions.plan_session(doctor.db, plan)
    model = SessionsModel()
    model.set_rows(sessions.list_sessions(doctor.db))
    qtmodeltester.check(model)


def test_site_saves_its_own_plan_to_the_library(qtbot: QtBot, doctor: AppContext) -> None:
    """A plan typed at the site can be kept in the library and found again."""
    from app.services import library

    dialog = _dialog(qtbot, doctor)
    dialog.topic.setCurrentIndex(dialog.topic.findData("entertainment"))
    dialog.aim.setPlainText("放松心情")
    assert dialog.save_to_library()
    [mine] = [t for t in library.list_templates(doctor.db, "zh", "entertainment")
              if not t.starter]  # fmt: skip
    assert (mine.title, mine.aim) == ("包饺子", "放松心情")
