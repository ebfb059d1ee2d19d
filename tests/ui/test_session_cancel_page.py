"""Cancelling and deleting sessions from the Sessions page, through the real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.exchange import project
from app.exchange.bundle import BundleRefused, export_bundle
from app.exchange.merge import confirm_site, import_bundles
from app.services import sessions
from db.database import Database
from db.models import ActivitySession
from tests.app.test_sessions import PLAN, REPORT
from tests.helpers import DOCTOR, MANAGER, RESEARCHER
from ui.context import AppContext, DataEvents
from ui.pages.sessions import SessionsPage
from ui.sessions.cancel_dialog import CancelSessionDialog


def _page(qtbot: QtBot, context: AppContext, session_id: str) -> SessionsPage:
    page = SessionsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.show_session(session_id)
    return page


def _answer(monkeypatch: pytest.MonkeyPatch, fill: Any) -> None:
    """The cancel form, filled by ``fill`` and saved, instead of waiting on exec()."""

    def ask(_cls: type, parent: SessionsPage, context: AppContext, sid: str) -> str | None:
        dialog = CancelSessionDialog(context, sessions.session_detail(context.db, sid), parent)
        fill(dialog)
        return dialog.done_text if dialog.save() else None

    monkeypatch.setattr(CancelSessionDialog, "ask", classmethod(ask))


def _statuses(db: Database) -> list[str]:
    return [row.status for row in sessions.list_sessions(db)]


def test_cancel_the_rest_of_a_weekly_series(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirteen weekly sessions; "cancel the later ones" on the fifth cancels nine, keeps
    four, and the page says so and lists them as cancelled; Undo plans them again."""
    ids = sessions.plan_repeating(doctor.db, DOCTOR, PLAN, 7, date(2016, 3, 29))
    assert len(ids) == 13
    page = _page(qtbot, doctor, ids[4])
    assert page.cancel_button.isEnabled()

    def fill(dialog: CancelSessionDialog) -> None:
        assert not dialog.whole_series.isHidden()
        dialog.reason.setCurrentIndex(dialog.reason.findData("venue_unavailable"))
        dialog.whole_series.setChecked(True)

    _answer(monkeypatch, fill)
    page.cancel_button.click()
    assert _statuses(doctor.db) == ["planned"] * 4 + ["cancelled"] * 9
    assert page.page_undo.message.text() == (
        "Saved: the cancellation of 9 sessions of the series from 2016-02-02"
    )
    shown = [page.model.row_at(r).status for r in range(page.model.rowCount())]
    assert sorted(shown) == ["cancelled"] * 9 + ["planned"] * 4
    assert page.show_session(ids[4])
    assert not page.cancel_button.isEnabled()
    page.page_undo.undo_button.click()
    assert _statuses(doctor.db) == ["planned"] * 13
    assert page.page_undo.message.text().startswith("Undone: the cancellation of 9 sessions")


def test_other_without_a_note_is_refused(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A single session has no series box; "Other" with no note shows the rule and
    changes nothing."""
    sid = sessions.plan_session(doctor.db, DOCTOR, PLAN)
    page = _page(qtbot, doctor, sid)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))

    def fill(dialog: CancelSessionDialog) -> None:
        assert dialog.whole_series.isHidden()
        dialog.reason.setCurrentIndex(dialog.reason.findData("other"))

    _answer(monkeypatch, fill)
    page.cancel_button.click()
    assert shown == ["Say why the session was cancelled."]
    assert _statuses(doctor.db) == ["planned"]
    assert page.page_undo.bar.isHidden()


def test_delete_a_session_planned_by_mistake_travels_marked_deleted(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The confirmation names the session's date and theme; the session leaves the list and
    the next bundle carries it, marked deleted, to the project manager."""
    pm = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm, "Chaoyang project", tmp_path / "project.json")
    project.join_project(doctor.db, DOCTOR, tmp_path / "project.json")
    sid = sessions.plan_session(doctor.db, DOCTOR, PLAN)
    first = tmp_path / "1.bundle"
    export_bundle(doctor.db, DOCTOR, first)
    page = _page(qtbot, doctor, sid)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    page.delete_button.click()
    assert "2016-01-05" in asked[0] and "包饺子" in asked[0]
    assert page.model.rowCount() == 0
    assert page.page_undo.message.text() == "Saved: the deletion of the session of 2016-01-05"
    second = tmp_path / "2.bundle"
    export_bundle(doctor.db, DOCTOR, second)
    with pytest.raises(BundleRefused) as caught:
        import_bundles(pm, MANAGER, [first, second])
    site_code, fingerprint = str(caught.value).split("sites confirm ")[1].split()
    confirm_site(pm, MANAGER, site_code, fingerprint)
    import_bundles(pm, MANAGER, [first, second])
    with pm.reading() as session:
        assert session.get_one(ActivitySession, sid).deleted
    assert sessions.list_sessions(pm) == []


def test_a_logged_session_cannot_be_deleted(
    qtbot: QtBot, doctor: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A held session offers neither cancel nor delete; asked anyway, the service refuses
    and says to correct it instead."""
    sid = sessions.plan_session(doctor.db, DOCTOR, PLAN)
    sessions.log_session(doctor.db, DOCTOR, sid, REPORT, confirmed=True)
    page = _page(qtbot, doctor, sid)
    assert not page.delete_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    page.delete_selected()
    assert shown == ["A session that was held cannot be deleted; correct its log instead."]
    assert _statuses(doctor.db) == ["held"]


def test_cancel_and_delete_are_offered_only_to_those_who_plan(
    qtbot: QtBot, doctor: AppContext
) -> None:
    """A research assistant, who may not plan sessions, sees neither button."""
    sid = sessions.plan_session(doctor.db, DOCTOR, PLAN)
    assert _page(qtbot, doctor, sid).cancel_button.isVisible()
    researcher = AppContext(
        doctor.db, RESEARCHER, doctor.settings, DataEvents(), "CY01", "Chaoyang peer support"
    )
    page = _page(qtbot, researcher, sid)
    assert not page.cancel_button.isVisible()
    assert not page.delete_button.isVisible()
