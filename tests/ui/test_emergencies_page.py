"""The emergencies list, acknowledgement and closing, and the doctor's red banner."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from app.services import accounts, emergencies
from tests import helpers
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.emergency_form import EmergencyDialog
from ui.main_window import MainWindow
from ui.models.events_model import EventsModel
from ui.pages.emergencies import EmergenciesPage
from ui.widgets import set_checked


@pytest.fixture
def reported(doctor: AppContext) -> str:
    accounts.add_staff(doctor.db, helpers.DOCTOR, "D1", "李医生", "community_doctor")
    report = emergencies.EventReport("TJH", datetime(2016, 1, 5, 2, tzinfo=UTC), "violence",
                                     "推搡", "分开两人", ("C1",), reported_to="D1")  # fmt: skip
    return emergencies.report_event(doctor.db, DOCTOR, report)


def test_report_from_the_dialog(qtbot: QtBot, doctor: AppContext) -> None:
    """The form saves an event with its people; missing action is named and not saved."""
    accounts.add_staff(doctor.db, helpers.DOCTOR, "D1", "李医生", "community_doctor")
    dialog = EmergencyDialog(doctor)
    qtbot.addWidget(dialog)
    dialog.form.community.setCurrentIndex(dialog.form.community.findData("TJH"))
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData("self_harm"))
    set_checked(dialog.form.people, ["C2"])
    dialog.form.description.setPlainText("自伤想法")
    assert not dialog.save()
    assert "action" in dialog.form.error.text()
    assert emergencies.list_events(doctor.db) == []
    dialog.form.action.setPlainText("联系家属和医生")
    assert dialog.save()
    [event] = emergencies.list_events(doctor.db)
    assert event.people == ("C2",) and event.kind == "self_harm"


def test_acknowledge_and_close(qtbot: QtBot, doctor: AppContext, reported: str) -> None:
    """Acknowledging records who; closing after a follow-up records when."""
    doctor.account = accounts.Account("li", "李医生", "community_doctor", "D1", None)
    page = EmergenciesPage(doctor)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    page.acknowledge_selected()
    [row] = emergencies.list_events(doctor.db)
    assert (row.state, row.acknowledged_by) == ("acknowledged", "D1")
    assert row.acknowledged_at is not None
    page.table.selectRow(0)
    page.save_follow_up(page.selected(), "电话随访，情况稳定", close=True)
    [row] = emergencies.list_events(doctor.db)
    assert row.state == "closed" and row.closed_at is not None
    assert "电话随访" in row.follow_up
    page.state.setCurrentIndex(1)
    assert page.model.rowCount() == 0
    page.state.setCurrentIndex(3)
    assert page.model.rowCount() == 1


def test_red_banner_for_doctors_only(
    qtbot: QtBot, doctor: AppContext, peer: AppContext, reported: str
) -> None:
    """A doctor sees how many reports wait; a peer sees no banner."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    assert not window.alert.isHidden() and "1" in window.alert.text()
    window.alert.click()
    assert window.page_stack.currentWidget() is window.pages["emergencies"]
    emergencies.acknowledge(doctor.db, DOCTOR, reported, "D1")
    doctor.events.changed.emit("emergencies")
    assert window.alert.isHidden()
    peer_window = MainWindow(peer)
    qtbot.addWidget(peer_window)
    assert peer_window.alert.isHidden()
    page = peer_window.pages["emergencies"]
    assert page.acknowledge_button.isHidden()  # type: ignore[attr-defined]


def test_events_model_passes_qt_model_tester(
    qtmodeltester, doctor: AppContext, reported: str
) -> None:  # type: ignore[no-untyped-def]
    model = EventsModel()
    model.set_rows(emergencies.list_events(doctor.db))
    qtmodeltester.check(model)
