"""The protocol's fields end to end: typed in the window, printed filled, carried in a bundle
to the project manager and counted in the report there."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTime
from pytestqt.qtbot import QtBot

from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.printing import print_form
from app.reports.build import ReportScope, build_report
from app.services import accounts, people, sessions, site
from db.database import Database
from tests import helpers
from tests.helpers import DOCTOR, MANAGER
from ui.context import AppContext, DataEvents
from ui.labels import set_language
from ui.pages.log_session import EMERGENCY, LogSessionPage
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.settings import Settings
from ui.widgets import select_data, set_checked

DAY = date.today() - timedelta(days=1)
OPENED = DAY - timedelta(days=100)  # the session falls in the third six-week batch


@dataclass
class Setting:
    """A site joined to a project, a doctor signed in there, and the project manager."""

    context: AppContext
    hub: Database
    tmp: Path

    @property
    def db(self) -> Database:
        return self.context.db

    def send(self) -> None:
        """Exports the site's changes and merges them at the project manager."""
        out = self.tmp / f"{len(list(self.tmp.glob('*.bundle'))) + 1}.bundle"
        bundles.export_bundle(self.db, DOCTOR, out)
        try:
            import_bundles(self.hub, MANAGER, [out])
        except BundleRefused as refused:
            fingerprint = str(refused).split("sites confirm CY01 ")[1].strip()
            confirm_site(self.hub, MANAGER, "CY01", fingerprint)
            import_bundles(self.hub, MANAGER, [out])


@pytest.fixture
def setting(tmp_path: Path, settings: Settings) -> Iterator[Setting]:
    """Tuanjiehu with peers P1, P2, consumers C1, C2, community doctor D1 and
    psychologist S1; the project manager's database beside it."""
    hub = Database.open(tmp_path / "pm.sqlite")
    project.create_project(hub, "Chaoyang project", tmp_path / "project.json")
    db = Database.open(tmp_path / "site.sqlite")
    project.init_site_with_project(db, "CY01", "Chaoyang", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", OPENED)
    for code, role in (("P1", "peer"), ("P2", "peer"), ("C1", "consumer"), ("C2", "consumer")):
        people.add_person(db, DOCTOR, people.PersonData(code, "TJH"), role, OPENED)
    accounts.add_staff(db, DOCTOR, "D1", "李医生", "community_doctor")
    accounts.add_staff(db, DOCTOR, "S1", "孙心理师", "clinical_psychologist")
    accounts.add_staff(db, DOCTOR, "W1", "周社工", "social_worker")
    helpers.create_account(db, "li", "doctor-pass-1", "community_doctor", "li")
    account = accounts.sign_in(db, "li", "doctor-pass-1")
    set_language("en")
    context = AppContext(db, account, settings, DataEvents(), "CY01", "Chaoyang")
    yield Setting(context, hub, tmp_path)
    QThreadPool.globalInstance().waitForDone(30_000)
    db.close()
    hub.close()


def printed(db: Database, form: str, record: str, tmp_path: Path, **options: str) -> str:
    """The text of a filled form as printed (pdftotext), laid out as on the page."""
    pdf = tmp_path / f"{form}.pdf"
    print_form(db, DOCTOR, form, pdf, record=record, language="en", **options)  # type: ignore[arg-type]
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(text.split())


# Group 1: the Activity Plan and Process Forms ---------------------------------------------


def _plan_in_window(qtbot: QtBot, setting: Setting) -> str:
    dialog = PlanSessionDialog(setting.context, day=DAY)
    qtbot.addWidget(dialog)
    select_data(dialog.community, "TJH")
    dialog.theme.setText("使用微信")
    select_data(dialog.lead, "P1")
    set_checked(dialog.assistants, ["P2"])
    select_data(dialog.record_keeper, "P2")
    select_data(dialog.direction_by, "S1")
    dialog.direction.setPlainText("注意C2的情绪，活动时间不超过一小时")
    assert dialog.save()
    [sid] = dialog.saved_ids
    return sid


def test_plan_keeps_record_keeper_and_direction(qtbot: QtBot, setting: Setting) -> None:
    """Who keeps the record and the psychologist's direction: saved, shown again, printed."""
    sid = _plan_in_window(qtbot, setting)
    plan = sessions.session_detail(setting.db, sid).plan
    assert (plan.record_keeper, plan.direction_by) == ("P2", "S1")
    assert plan.direction == "注意C2的情绪，活动时间不超过一小时"
    again = PlanSessionDialog(setting.context, session_id=sid)
    qtbot.addWidget(again)
    assert again.record_keeper.currentData() == "P2"
    assert again.direction_by.currentData() == "S1"
    offered = [again.direction_by.itemData(i) for i in range(again.direction_by.count())]
    assert offered == [None, "D1", "S1"]  # the social worker gives no direction
    text = _flat(printed(setting.db, "plan", sid, setting.tmp))
    assert "Record keeper P2" in text
    assert "S1 孙心理师: 注意C2的情绪，活动时间不超过一小时" in text
    assert "Directing doctor or psychologist" in text


def test_record_keeper_must_be_one_of_the_sessions_peers(setting: Setting) -> None:
    """A record keeper who is not leading or assisting the session is refused."""
    plan = sessions.SessionPlan("TJH", DAY, time(9), time(10, 30), "health_center",
                                "social_skills", "P1", (), record_keeper="P2")  # fmt: skip
    problems = [p.code for p in sessions.quick_warnings(plan)]
    assert "too_few_peers" in problems
    with setting.db.reading() as session:
        found = sessions.check_plan(session, plan)
    assert "keeper_not_a_peer_of_session" in [p.code for p in found.errors]


def _log_in_window(qtbot: QtBot, setting: Setting, sid: str, something: bool = False) -> None:
    page = LogSessionPage(setting.context)
    qtbot.addWidget(page)
    assert page.choose(sid)
    page.go(1)
    assert page.held_venue.currentData() == "rehabilitation_center"  # the plan's
    assert page.handover_batch.value() == 3
    page.actual_start.setTime(QTime(9, 5))
    page.actual_end.setTime(QTime(10, 20))
    select_data(page.held_venue, "outdoors")
    page.held_venue_detail.setText("团结湖公园")
    select_data(page.held_topic, "healthy_lifestyle")
    page.go(2)
    set_checked(page.consumers, ["C1"])
    page.go(3)
    assert page.recorded_by.currentData() == "P2"  # the plan's record keeper
    select_data(page.recorded_by, "P1")
    page.handover_batch.setValue(4)
    page.go(EMERGENCY)
    if something:
        page.something.setChecked(True)
        page.event_form.description.setPlainText("C1 跌倒")
        page.event_form.action.setPlainText("扶起，通知医生")
    assert page.save()


def test_process_form_fields_entered_printed_sent_and_counted(
    qtbot: QtBot, setting: Setting
) -> None:
    """Venue and topic as held, no adverse event, who kept the record and the batch: saved
    from the window, printed on the process form, merged at the hub and counted there."""
    sid = _plan_in_window(qtbot, setting)
    _log_in_window(qtbot, setting, sid)
    report = sessions.session_detail(setting.db, sid).report
    assert report is not None
    assert (report.held_venue, report.held_venue_detail, report.held_topic) == (
        "outdoors", "团结湖公园", "healthy_lifestyle")  # fmt: skip
    assert (report.adverse_event, report.recorded_by, report.handover_batch) == (False, "P1", 4)

    text = printed(setting.db, "process", sid, setting.tmp)
    flat = _flat(text)
    assert "Record kept by P1" in flat and "Hand-over batch 4" in flat
    assert "Adverse event during the session" in flat
    from app.printing import session_values
    from printouts import forms

    spec = forms.process_form("", session_values(setting.db, sid), None, "en")
    ticked = {c.label.en for s in spec.sections for f in s.fields for c in f.choices if c.ticked}
    assert {"Outdoors", "Healthy lifestyle", "None"} <= ticked

    setting.send()
    held = sessions.session_detail(setting.hub, sid).report
    assert held == report
    scope = ReportScope(DAY - timedelta(days=30), DAY)
    figures = build_report(setting.hub, MANAGER, scope)["sessions"]
    assert figures["adverse_events"] == {"none": 1, "yes": 0, "not_recorded": 0}
    assert figures["venues"] == {"outdoors": 1}
    assert figures["topics"]["healthy_lifestyle"]["n"] == 1


def test_an_emergency_from_the_session_is_its_adverse_event(qtbot: QtBot, setting: Setting) -> None:
    """Saying something happened files the Emergency Event Form and answers "yes"."""
    sid = _plan_in_window(qtbot, setting)
    _log_in_window(qtbot, setting, sid, something=True)
    report = sessions.session_detail(setting.db, sid).report
    assert report is not None and report.adverse_event is True
    setting.send()
    scope = ReportScope(DAY - timedelta(days=30), DAY)
    figures = build_report(setting.hub, MANAGER, scope)["sessions"]
    assert figures["adverse_events"] == {"none": 0, "yes": 1, "not_recorded": 0}
