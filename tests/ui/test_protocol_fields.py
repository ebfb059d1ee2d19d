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

from app.errors import ValidationFailed
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.printing import print_form
from app.reports.build import ReportScope, build_report
from app.services import accounts, people, sessions, site, surveys
from db.database import Database
from tests import helpers
from tests.helpers import DOCTOR, MANAGER
from ui.context import AppContext, DataEvents
from ui.labels import set_language
from ui.pages.log_session import EMERGENCY, LogSessionPage
from ui.records.survey_dialog import SurveyDialog
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
        form = page.event_form
        form.kind.setCurrentIndex(form.kind.findData("medical"))
        form.description.setPlainText("C1 跌倒")
        form.action.setPlainText("扶起，通知医生")
    else:
        page.nothing.setChecked(True)
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


# Group 2: the survey interview ------------------------------------------------------------


def _caregivers(setting: Setting) -> None:
    """G1 cares for the peer P1, G2 for the consumer C1."""
    for code, cared_for in (("G1", "P1"), ("G2", "C1")):
        people.add_person(setting.db, DOCTOR, people.PersonData(code, "TJH"), "caregiver", OPENED)
        people.add_caregiver(setting.db, DOCTOR, code, cared_for, "母亲")


def _survey_in_window(qtbot: QtBot, setting: Setting, person: str) -> SurveyDialog:
    dialog = SurveyDialog(setting.context)
    qtbot.addWidget(dialog)
    select_data(dialog.person, person)
    dialog.answered_on.setDate(DAY)
    return dialog


def test_a_peers_caregiver_is_asked_to_let_them_organize(qtbot: QtBot, setting: Setting) -> None:
    """A peer's caregiver: "continue to organize", their mood and quality of life, who asked
    in what role and the comments; saved, printed, merged and counted at the hub."""
    _caregivers(setting)
    dialog = _survey_in_window(qtbot, setting, "G1")
    assert dialog.cared_for.isVisibleTo(dialog)
    assert dialog.cared_for.currentData() == "peer"  # from the caregiver link
    asked = {item for _instrument, item in dialog.groups}
    assert "wants_peer_to_continue" in asked and "wants_patient_to_continue" not in asked
    assert {"own_mood", "quality_of_life"} <= asked
    dialog.choose("caregiver_satisfaction", "wants_peer_to_continue", "yes")
    dialog.choose("caregiver_benefit", "own_mood", "yes")
    dialog.choose("caregiver_benefit", "quality_of_life", "no")
    select_data(dialog.interviewer, "S1")
    assert dialog.interviewer_role.currentData() == "clinical_psychologist"
    select_data(dialog.interviewer_role, "research_assistant")
    dialog.comments.setPlainText("担心孩子太累")
    assert dialog.save()

    interview = surveys.interview_of(setting.db, DOCTOR, "G1", DAY)
    assert interview == surveys.Interview("G1", DAY, "peer", "S1", "research_assistant",
                                          "担心孩子太累")  # fmt: skip
    text = _flat(printed(setting.db, "survey", "G1", setting.tmp))
    assert "Interviewer S1 孙心理师" in text and "Research assistant" in text
    assert "Wants the peer to continue to organize the activities?" in text
    assert "continue to participate" not in text
    assert "担心孩子太累" in text
    from app.printing import _survey

    spec, _code = _survey(setting.db, DOCTOR, "G1", "en", None)
    ticked = {c.label.en for s in spec.sections for f in s.fields for c in f.choices if c.ticked}
    assert "A peer's caregiver" in ticked

    setting.send()
    assert surveys.interview_of(setting.hub, MANAGER, "G1", DAY) == interview
    scope = ReportScope(DAY - timedelta(days=30), DAY)
    answers = build_report(setting.hub, MANAGER, scope)["surveys"]
    assert answers["caregiver_satisfaction"]["wants_peer_to_continue"]["yes"] == 1
    assert answers["caregiver_satisfaction"]["wants_patient_to_continue"]["asked"] == 0
    assert answers["caregiver_benefit"]["quality_of_life"]["no"] == 1


def test_a_consumers_caregiver_is_asked_to_let_them_participate(
    qtbot: QtBot, setting: Setting
) -> None:
    """A consumer's caregiver gets "continue to participate"; the other question is refused."""
    _caregivers(setting)
    dialog = _survey_in_window(qtbot, setting, "G2")
    assert dialog.cared_for.currentData() == "consumer"
    asked = {item for _instrument, item in dialog.groups}
    assert "wants_patient_to_continue" in asked and "wants_peer_to_continue" not in asked
    wrong = surveys.Answer("G2", "caregiver_satisfaction", "wants_peer_to_continue", "yes", DAY)
    with pytest.raises(ValidationFailed):
        surveys.record_survey(setting.db, DOCTOR, dialog.interview(), [wrong])


def test_peers_and_consumers_are_asked_about_their_mood(qtbot: QtBot, setting: Setting) -> None:
    """Mood is asked of peers and consumers; the sheet prints the questions in 服务对象 terms."""
    for person, instrument in (("P1", "peer_benefit"), ("C1", "consumer_benefit")):
        dialog = _survey_in_window(qtbot, setting, person)
        assert not dialog.cared_for.isVisibleTo(dialog)
        dialog.choose(instrument, "own_mood", "yes")
        assert dialog.save()
    moods = {(a.person, a.item, a.answer) for a in surveys.list_answers(setting.db, DOCTOR)}
    assert moods == {("P1", "own_mood", "yes"), ("C1", "own_mood", "yes")}
    from printouts import forms
    from printouts.render import write_pdf
    from printouts.survey_texts import SURVEY_TEXTS

    blank = forms.survey_form("", "caregiver", None, {}, SURVEY_TEXTS, None, "zh")
    pdf = setting.tmp / "blank.pdf"
    write_pdf(blank, "zh", pdf, None)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "患者" not in text and "希望服务对象继续参加活动吗" in text
    assert "希望同伴支持者继续组织活动吗" in text and "同伴支持者的照料者" in text


# Group 3: the Emergency Event Form and the glossary -----------------------------------------


def test_emergency_category_and_hand_over_entered_printed_sent_and_counted(
    qtbot: QtBot, setting: Setting
) -> None:
    """A behavioural emergency and when its form reached the doctor: typed in the form,
    shown again for a correction, printed, merged at the hub and counted by category."""
    from PySide6.QtCore import QDateTime

    from app.services import emergencies
    from ui.emergency_detail import EventCorrectionDialog
    from ui.emergency_form import EmergencyDialog

    dialog = EmergencyDialog(setting.context)
    qtbot.addWidget(dialog)
    form = dialog.form
    happened = QDateTime.currentDateTime().addSecs(-3 * 3600)
    form.when.setDateTime(happened)
    select_data(form.category, "behavioural_emergency")
    select_data(form.kind, "poorly_controlled_behaviour")
    set_checked(form.people, ["C1"])
    form.description.setPlainText("C1 大声喊叫")
    form.action.setPlainText("安抚，联系家属")
    form.handed_over.setChecked(True)
    form.handed_over_at.setDateTime(happened.addSecs(3600))
    assert dialog.save()
    [event] = emergencies.list_events(setting.db)
    handed = event.handed_over_at
    assert event.category == "behavioural_emergency" and handed is not None
    assert handed - event.occurred_at == timedelta(hours=1)

    detail = emergencies.event_detail(setting.db, DOCTOR, event.id)
    again = EventCorrectionDialog(setting.context, detail)
    qtbot.addWidget(again)
    assert again.form.category.currentData() == "behavioural_emergency"
    assert again.form.handed_over.isChecked()
    assert again.form.report().handed_over_at == handed

    text = _flat(printed(setting.db, "emergency", event.id, setting.tmp))
    assert f"Handed to the doctor on {handed.astimezone():%Y-%m-%d %H:%M}" in text
    from app.printing import _emergency

    spec, _code = _emergency(setting.db, DOCTOR, event.id, "en", None)
    ticked = {c.label.en for s in spec.sections for f in s.fields for c in f.choices if c.ticked}
    assert "Behavioural emergency" in ticked and "Adverse event" not in ticked

    setting.send()
    [merged] = emergencies.list_events(setting.hub)
    assert (merged.category, merged.handed_over_at) == ("behavioural_emergency", handed)
    scope = ReportScope(DAY - timedelta(days=30), date.today())
    counted = build_report(setting.hub, MANAGER, scope)["emergencies"]["categories"]
    assert counted == {"adverse_event": 0, "behavioural_emergency": 1}


def test_hand_over_before_the_event_is_refused(qtbot: QtBot, setting: Setting) -> None:
    """A form cannot reach the doctor before the event it reports happened."""
    from PySide6.QtCore import QDateTime

    from ui.emergency_form import EmergencyForm

    form = EmergencyForm(setting.context)
    qtbot.addWidget(form)
    form.when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    form.description.setPlainText("x")
    form.action.setPlainText("y")
    form.handed_over.setChecked(True)
    form.handed_over_at.setDateTime(QDateTime.currentDateTime().addSecs(-7200))
    assert not form.check()
    assert "before the event" in form.error.text()


def test_glossary_words_on_paper() -> None:
    """PSP is named as the glossary names it; the problem needing attention is not only
    physical."""
    from app import codes

    assert codes.EVENT_KINDS["medical"].zh == "需立即处理的问题"
    assert codes.SCREENING_CRITERIA["peer"]["psp_above_50"].zh.startswith(
        "个人和社会功能量表（PSP）"
    )


# Group 4: supervision and training ---------------------------------------------------------


def test_supervision_fields_entered_printed_and_sent(qtbot: QtBot, setting: Setting) -> None:
    """Duration, the peers' difficulties, the guidance and the recording: typed in the
    dialog, opened again, printed with the supervisor's profession, merged at the hub."""
    from app.services import supervision
    from ui.records.supervision_dialog import SupervisionDialog

    dialog = SupervisionDialog(setting.context)
    qtbot.addWidget(dialog)
    dialog.held_on.setDate(DAY)
    select_data(dialog.kind, "group")
    dialog.supervisors.choose("S1")
    assert dialog.supervisors.rows["S1"][1].currentText() == "Clinical psychologist"
    set_checked(dialog.peers, ["P1", "P2"])
    set_checked(dialog.staff, ["D1"])
    dialog.minutes.setValue(90)
    select_data(dialog.audio, True)
    dialog.difficulties.setPlainText("组员迟到，难以开始")
    dialog.guidance.setPlainText("活动前一天电话提醒")
    assert dialog.save()
    [row] = supervision.list_supervision(setting.db)
    data = supervision.supervision_record(setting.db, row.id).data
    assert (data.minutes, data.audio_recorded) == (90, True)
    assert (data.difficulties, data.guidance) == ("组员迟到，难以开始", "活动前一天电话提醒")

    opened = SupervisionDialog(setting.context, record_id=row.id)
    qtbot.addWidget(opened)
    assert opened.minutes.value() == 90 and opened.audio.currentData() is True
    assert opened.guidance.toPlainText() == "活动前一天电话提醒"

    text = _flat(printed(setting.db, "supervision", row.id, setting.tmp))
    assert "孙心理师 (Clinical psychologist)" in text
    assert "李医生 (Community doctor)" in text  # each staff member's profession
    assert "Duration (minutes) 90" in text
    assert "组员迟到，难以开始" in text and "活动前一天电话提醒" in text
    from app.printing import _supervision

    spec, _code = _supervision(setting.db, DOCTOR, row.id, "en", None)
    ticked = {
        (f.label.en, c.label.en) for s in spec.sections for f in s.fields for c in f.choices
        if c.ticked
    }  # fmt: skip
    assert ("Audio-recorded", "Yes") in ticked

    setting.send()
    assert supervision.supervision_record(setting.hub, row.id).data == data


def test_training_fields_entered_printed_and_sent(qtbot: QtBot, setting: Setting) -> None:
    """Which workshop, its formats, duration, trainer and profession: typed in the dialog,
    printed on the attendance sheet, merged at the hub."""
    from app.services import training
    from ui.records.training_dialogs import TrainingSessionDialog

    course = training.add_course(setting.db, DOCTOR, "pre_service", "岗前培训", OPENED)
    dialog = TrainingSessionDialog(setting.context, course)
    qtbot.addWidget(dialog)
    dialog.held_on.setDate(OPENED)
    select_data(dialog.workshop, "handling_emergencies")
    dialog.topic.setText("遇到紧急情况怎么办")
    set_checked(dialog.formats, ["coursework", "role_play"])
    dialog.minutes.setValue(180)
    dialog.trainer.setText("孙心理师")
    select_data(dialog.trainer_profession, "clinical_psychologist")
    set_checked(dialog.attendance, ["P1"])
    assert dialog.save()
    [meeting] = training.course_sessions(setting.db, course)
    data = training.meeting_record(setting.db, meeting.id).data
    assert (data.workshop, data.formats) == ("handling_emergencies", ("coursework", "role_play"))
    assert (data.minutes, data.trainer_profession) == (180, "clinical_psychologist")

    text = _flat(printed(setting.db, "training", meeting.id, setting.tmp))
    assert "孙心理师 (Clinical psychologist)" in text and "Duration (minutes) 180" in text
    from app.printing import _training

    spec, _code = _training(setting.db, DOCTOR, meeting.id, "en", None)
    ticked = {c.label.en for s in spec.sections for f in s.fields for c in f.choices if c.ticked}
    assert ticked == {"Handling emergencies", "Coursework", "Role play"}

    setting.send()
    assert training.meeting_record(setting.hub, meeting.id).data == data
