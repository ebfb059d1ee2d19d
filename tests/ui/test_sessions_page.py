"""Planning sessions through the real widgets: once, repeating, from the library."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.services import sessions
from tests.helpers import DOCTOR
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
    page.show()
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
    sessions.plan_session(doctor.db, DOCTOR, plan)
    for day, theme in ((date(2016, 11, 20), "一起唱歌"), (date(2016, 2, 3), "建立自信")):
        sessions.plan_session(doctor.db, DOCTOR, sessions.SessionPlan(
            **{**plan.__dict__, "session_date": day, "theme": theme}))  # fmt: skip
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    order = [page.model.data(page.model.index(r, 0), ROW_ROLE).session_date.month
             for r in range(page.model.rowCount())]  # fmt: skip
    assert order == [1, 2, 11]
    qtbot.keyClicks(page.search, "2016")
    assert page.model.rowCount() == 3
    page.search.setText("唱歌")
    assert page.model.rowCount() == 1
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
    page.show()
    assert not page.plan_button.isHidden()
    assert _dialog(qtbot, peer).save()


def test_model_passes_qt_model_tester(qtmodeltester, doctor: AppContext) -> None:  # type: ignore[no-untyped-def]
    """The sessions model follows Qt's model rules."""
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    sessions.plan_session(doctor.db, DOCTOR, plan)
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


@pytest.fixture
def many(doctor: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Five sessions where the page reads only the newest two at once (as with 100,000)."""
    monkeypatch.setattr("ui.pages.sessions.FIRST_ROWS", 2)
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    themes = ["使用微信", "一起唱歌", "建立自信", "一起包饺子", "八段锦"]
    return [sessions.plan_session(doctor.db, DOCTOR,
                                  replace(plan, session_date=date(2016, 1, 5 + 5 * n), theme=theme))
            for n, theme in enumerate(themes)]  # fmt: skip


def _themes(page: SessionsPage) -> list[str]:
    return [page.model.row_at(r).theme for r in range(page.model.rowCount())]


def test_big_list_shows_the_newest_then_everything(
    qtbot: QtBot, doctor: AppContext, many: list[str]
) -> None:
    """The newest sessions show at once; the rest arrive from the background, sorted."""
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    assert _themes(page) == ["八段锦", "一起包饺子"]
    assert page.loading and "reading" in page.range_label.text()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert _themes(page) == ["八段锦", "一起包饺子", "建立自信", "一起唱歌", "使用微信"]
    assert page.range_label.text() == "5 sessions"
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _themes(page)[0] == "使用微信"
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # theme, by its text
    assert _themes(page) == sorted(_themes(page))


def test_typing_filters_the_whole_list_and_keeps_the_highlight(
    qtbot: QtBot, doctor: AppContext, many: list[str]
) -> None:
    """Each keystroke narrows what is shown; deleting widens it again; the highlight stays."""
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.table.selectRow(_themes(page).index("一起唱歌"))
    for typed in "一起":  # as an input method commits them, one at a time
        page.search.insert(typed)
    assert _themes(page) == ["一起包饺子", "一起唱歌"]
    page.search.insert("唱")
    assert _themes(page) == ["一起唱歌"]
    assert page.selected().theme == "一起唱歌"  # type: ignore[union-attr]
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    assert _themes(page) == ["一起包饺子", "一起唱歌"]
    assert page.selected().theme == "一起唱歌"  # type: ignore[union-attr]
    page.search.setText("SOCIAL SKILLS")  # the shown topic, in any case
    assert len(_themes(page)) == 5
    page.search.setText("nothing like this")
    assert page.model.rowCount() == 0
    assert page.selected() is None


def test_list_follows_a_save_without_reading_everything_again(
    qtbot: QtBot, doctor: AppContext, many: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a session is logged, one is planned and one deleted, the list shows each at
    once, the highlight stays, and every session is read only the first time."""
    whole_reads: list[int] = []
    each_session = sessions.each_session
    monkeypatch.setattr(sessions, "each_session",
                        lambda db: whole_reads.append(1) or each_session(db))  # fmt: skip
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.table.selectRow(_themes(page).index("建立自信"))
    report = sessions.SessionReport(time(9), time(10, 30), consumers_present=("C1", "C2"),
                                    peers_present=("P1", "P2"))  # fmt: skip
    sessions.log_session(doctor.db, DOCTOR, many[2], report)
    doctor.events.changed.emit("sessions")
    assert not page.loading
    row = page.selected()
    assert row is not None and row.id == many[2]
    assert (row.status, row.consumers_present) == ("held", 2)
    assert page.model.data(page.model.index(page.model.position_of(many[2]) or 0, 8)) == "2"

    plan = sessions.SessionPlan("TJH", date(2017, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",), theme="新的一年")  # fmt: skip
    sessions.plan_session(doctor.db, DOCTOR, plan)
    sessions.delete_session(doctor.db, DOCTOR, many[0])
    doctor.events.changed.emit("sessions")
    assert _themes(page) == ["新的一年", "八段锦", "一起包饺子", "建立自信", "一起唱歌"]
    assert page.range_label.text() == "5 sessions"
    assert page.selected().id == many[2]  # type: ignore[union-attr]
    assert whole_reads == [1]


def test_sort_and_search_work_while_the_rest_is_read(
    qtbot: QtBot, doctor: AppContext, many: list[str]
) -> None:
    """Sorting and typing apply at once to what is shown, and still hold once all is read."""
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    assert page.loading
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert _themes(page) == sorted(["八段锦", "一起包饺子"])
    page.search.setText("一起")
    assert _themes(page) == ["一起包饺子"]
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert _themes(page) == sorted(["一起包饺子", "一起唱歌"])


def test_a_code_typed_while_loading_is_highlighted_once_read(
    qtbot: QtBot, doctor: AppContext, many: list[str]
) -> None:
    """The oldest session, not among the first read, is highlighted when it arrives."""
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    assert page.show_session(many[0])
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.selected().id == many[0]  # type: ignore[union-attr]


def test_month_view_of_a_big_list(qtbot: QtBot, doctor: AppContext, many: list[str]) -> None:
    """The month shows its sessions once everything is read, and its days are marked."""
    page = SessionsPage(doctor)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.view.setCurrentIndex(MONTH)
    page.calendar.setSelectedDate(QDate(2016, 1, 20))
    assert page.model.rowCount() == 5
    assert page.range_label.text() == "5 sessions from 2016-01-01 to 2016-01-31"
    assert page.calendar.dateTextFormat(QDate(2016, 1, 25)).fontWeight() > 400
    assert page.calendar.dateTextFormat(QDate(2016, 1, 26)).fontWeight() <= 400
    page.calendar.setSelectedDate(QDate(2016, 3, 1))
    assert page.model.rowCount() == 0


def test_sorted_and_filtered_model_passes_qt_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, doctor: AppContext, many: list[str]
) -> None:
    """Sorting, searching and choosing days keep to Qt's model rules."""
    model = SessionsModel()
    model.set_rows(sessions.list_sessions(doctor.db))
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.set_search("一起")
    model.set_days(date(2016, 1, 1), date(2016, 1, 15))
    assert [model.row_at(r).theme for r in range(model.rowCount())] == ["一起唱歌"]
    qtmodeltester.check(model)
