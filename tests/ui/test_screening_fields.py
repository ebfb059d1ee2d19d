"""The screening sheet, the caregiver's sheet, the needs interview, several supervisors and
the peer caregiver's question, end to end: typed in the window, printed filled, carried in a
bundle to the project manager (issue 22, migration 0014)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import codes
from app.errors import NeedsConfirmation, UserError, ValidationFailed
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.printing import print_form
from app.reports.build import ReportScope, build_report
from app.services import accounts, needs, people, screening, site, supervision
from db.database import Database
from tests import helpers
from tests.helpers import DOCTOR, MANAGER, changed_rows
from ui.context import AppContext, DataEvents
from ui.labels import set_language
from ui.people.enrol_wizard import EnrolWizard
from ui.settings import Settings
from ui.widgets import select_data, set_checked

DAY = date.today() - timedelta(days=1)
OPENED = DAY - timedelta(days=100)


@dataclass
class Setting:
    """A site joined to a project, a community doctor signed in there, the project manager."""

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
    """Tuanjiehu with peer P1 and consumer C1; community doctor D1, psychiatrist Y1 and
    social worker W1; the project manager's database beside it."""
    hub = Database.open(tmp_path / "pm.sqlite")
    project.create_project(hub, "Chaoyang project", tmp_path / "project.json")
    db = Database.open(tmp_path / "site.sqlite")
    project.init_site_with_project(db, "CY01", "Chaoyang", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", OPENED)
    for code, role in (("P1", "peer"), ("C1", "consumer")):
        people.add_person(db, DOCTOR, people.PersonData(code, "TJH"), role, OPENED)
    accounts.add_staff(db, DOCTOR, "D1", "李医生", "community_doctor")
    accounts.add_staff(db, DOCTOR, "Y1", "杨医生", "psychiatrist")
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
    """The text of a filled form as printed (pdftotext), on one line."""
    pdf = tmp_path / f"{form}.pdf"
    print_form(db, DOCTOR, form, pdf, record=record, language="en", **options)  # type: ignore[arg-type]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    return " ".join(text.split())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _peer_wizard(qtbot: QtBot, setting: Setting) -> EnrolWizard:
    """A peer's enrolment with every field of the screening sheet filled in the window."""
    wizard = EnrolWizard(setting.context)
    qtbot.addWidget(wizard)
    wizard.who.set_role("peer")
    qtbot.keyClicks(wizard.who.code, "P9")
    select_data(wizard.who.community, "TJH")
    wizard.about.birth_date.setDate(QDate(1985, 6, 1))
    select_data(wizard.about.diagnosis, "schizophrenia")
    wizard.screening.screened_on.setDate(_qdate(DAY))
    select_data(wizard.screening.assessor, "D1")
    wizard.screening.psp.setValue(62)
    wizard.screening.set_answers(dict.fromkeys(codes.SCREENING_CRITERIA["peer"].code_names(), True))
    select_data(wizard.screening.box.evidence["stable"], "patient_family_report")
    step = wizard.decision
    select_data(step.referral, "other")
    step.referral_other.setText("病友介绍")
    select_data(step.diagnosis, "schizophrenia")
    select_data(step.psychiatrist, "Y1")
    step.assessment.setPlainText("病情稳定，自知力完整")
    select_data(step.compassionate, True)
    select_data(step.practical, False)
    select_data(step.decision, "eligible")
    select_data(step.decided_by, "Y1")
    step.decided_on.setDate(_qdate(DAY))
    wizard.consent.enrolled_on.setDate(_qdate(DAY))
    return wizard


def test_screening_sheet_entered_printed_and_sent(qtbot: QtBot, setting: Setting) -> None:
    """How the person came, evidence per criterion, the psychiatrist's assessment, the peers'
    two questions, the diagnosis found and the decision: typed in the enrolment, opened
    again, printed on the sheet, merged at the hub."""
    wizard = _peer_wizard(qtbot, setting)
    assert wizard.decision in wizard.steps()
    assert step_visible(wizard.decision, wizard.decision.compassionate)
    assert wizard.save()
    saved = screening.latest_screening(setting.db, DOCTOR, "P9", "peer")
    assert saved is not None
    assert (saved.referral, saved.referral_other) == ("other", "病友介绍")
    assert saved.evidence["stable"] == "patient_family_report"
    assert saved.evidence["adherence"] == "patient_family_report"  # the protocol's source
    assert saved.evidence["insight"] == "psychiatrist_interview"
    assert (saved.psychiatrist, saved.psychiatrist_assessment) == ("Y1", "病情稳定，自知力完整")
    assert (saved.compassionate, saved.practical_skills) == (True, False)
    assert saved.diagnosis_found == "schizophrenia"
    assert (saved.decision, saved.decided_by, saved.decided_on) == ("eligible", "Y1", DAY)

    key = screening.latest_screening_id(setting.db, DOCTOR, "P9", "peer") or ""
    from ui.people.screening_dialog import ScreeningDialog

    opened = ScreeningDialog(setting.context, key)
    qtbot.addWidget(opened)
    assert opened.decision.referral_other.text() == "病友介绍"
    assert opened.decision.decided_by.currentData() == "Y1"
    assert opened.step.box.evidence["stable"].currentData() == "patient_family_report"
    assert opened.data() == saved

    text = printed(setting.db, "screening", "P9", setting.tmp)
    for shown in (
        "Other 病友介绍",
        "Patient and family",
        "Psychiatrist interview",
        "Y1 杨医生",
        "病情稳定，自知力完整",
        "Compassionate and willing to help",
        "Eligibility",
        f"Decided on {DAY.isoformat()}",
        "Team psychiatrist",
    ):
        assert shown in text, shown

    setting.send()
    assert screening.screening_record(setting.hub, MANAGER, key).data == saved
    scope = ReportScope(OPENED, date.today())
    counted = build_report(setting.hub, MANAGER, scope)["screening"]["peer"]
    assert counted["screened"] == 1
    assert counted["decisions"] == {"eligible": 1, "not_eligible": 0, "not_decided": 0}
    assert counted["referrals"]["other"] == 1


def step_visible(step: object, field: object) -> bool:
    from PySide6.QtWidgets import QWidget

    assert isinstance(step, QWidget) and isinstance(field, QWidget)
    return field.isVisibleTo(step)


def test_decision_rules(setting: Setting) -> None:
    """A decision needs who and when, on or after the screening; only a psychiatrist or a
    community doctor decides; the assessment is the psychiatrist's; eligible with a
    criterion not met is confirmed."""
    met = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    base = screening.ScreeningData("C1", "consumer", DAY, met, "D1")
    undecided = replace(base, decision="eligible")
    with pytest.raises(ValidationFailed, match="who decided"):
        screening.record_screening(setting.db, DOCTOR, undecided)
    early = replace(undecided, decided_by="D1", decided_on=DAY - timedelta(1))
    with pytest.raises(ValidationFailed, match="before the screening"):
        screening.record_screening(setting.db, DOCTOR, early)
    by_worker = replace(base, decision="not_eligible", decided_by="W1", decided_on=DAY)
    with pytest.raises(UserError, match="may not decide"):
        screening.record_screening(setting.db, DOCTOR, by_worker)
    not_psychiatrist = replace(base, psychiatrist="D1")
    with pytest.raises(UserError, match="not a psychiatrist"):
        screening.record_screening(setting.db, DOCTOR, not_psychiatrist)
    unmet = replace(undecided, criteria={**met, "stable": False}, decided_by="D1", decided_on=DAY)
    with pytest.raises(NeedsConfirmation, match="Decided eligible although"):
        screening.record_screening(setting.db, DOCTOR, unmet)
    assert screening.record_screening(setting.db, DOCTOR, unmet, confirmed=True)
    peer_only = replace(base, compassionate=True)
    with pytest.raises(ValidationFailed, match="Only peers"):
        screening.record_screening(setting.db, DOCTOR, peer_only)


def test_caregiver_sheet_entered_printed_and_sent(
    qtbot: QtBot, setting: Setting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whom the caregiver cares for and whether they may be contacted for follow-up: chosen
    in the enrolment, printed on the caregiver's sheet (blank and filled), merged at the hub."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a}"))
    wizard = EnrolWizard(setting.context)
    qtbot.addWidget(wizard)
    wizard.who.set_role("caregiver")
    qtbot.keyClicks(wizard.who.code, "G1")
    select_data(wizard.who.community, "TJH")
    assert wizard.cares in wizard.steps() and wizard.decision not in wizard.steps()
    wizard.cares.cares_for.choose("P1")
    select_data(wizard.cares.follow_up, True)
    wizard.cares.screened_on.setDate(_qdate(DAY))
    wizard.consent.enrolled_on.setDate(_qdate(DAY))
    assert wizard.save()
    sheet = screening.latest_screening(setting.db, DOCTOR, "G1", "caregiver")
    assert sheet is not None
    assert (sheet.cared_for, sheet.follow_up_contact, sheet.criteria) == ("P1", True, {})

    from ui.people.detail import PersonDetailDialog

    detail = PersonDetailDialog(setting.context, "G1")
    qtbot.addWidget(detail)
    shown = detail.screening_html(screening.screening_for(setting.db, DOCTOR, "G1"))
    assert "willing to be contacted for follow-up" in shown and "not willing" not in shown

    text = printed(setting.db, "screening", "G1", setting.tmp)
    assert "Caregiver screening sheet" in text and "The person cared for P1" in text
    assert "Willing to be contacted for follow-up" in text
    from app.printing import form_spec

    spec = form_spec(setting.db, DOCTOR, "screening", "G1", "en")
    ticked = {(f.label.en, c.label.en) for s in spec.sections for f in s.fields
              for c in f.choices if c.ticked}  # fmt: skip
    assert ("Willing to be contacted for follow-up", "Yes") in ticked
    blank = setting.tmp / "blank.pdf"
    print_form(setting.db, DOCTOR, "screening", blank, blank=True, language="en", role="caregiver")
    assert (
        "Caregiver screening sheet"
        in subprocess.run(
            ["pdftotext", str(blank), "-"], capture_output=True, text=True, check=True
        ).stdout
    )

    key = screening.latest_screening_id(setting.db, DOCTOR, "G1", "caregiver") or ""
    from ui.people.screening_dialog import ScreeningDialog

    opened = ScreeningDialog(setting.context, key)
    qtbot.addWidget(opened)
    assert opened.caregiver.isVisibleTo(opened) is not opened.step.isVisibleTo(opened)
    assert opened.caregiver.follow_up.currentData() is True
    opened.start_correcting()
    select_data(opened.caregiver.follow_up, False)
    assert opened.save()
    sheet = screening.latest_screening(setting.db, DOCTOR, "G1", "caregiver")
    assert sheet is not None and sheet.follow_up_contact is False
    assert sheet.cared_for == "P1"

    setting.send()
    assert screening.screening_record(setting.hub, MANAGER, key).data == sheet


def test_needs_interview_entered_corrected_printed_and_sent(qtbot: QtBot, setting: Setting) -> None:
    """Hopes, preferred times and activities, concerns: entered from the person's detail,
    corrected with History, printed blank and filled, merged at the hub."""
    from ui.people.detail import PersonDetailDialog

    detail = PersonDetailDialog(setting.context, "C1")
    qtbot.addWidget(detail)
    detail.show_screening()
    assert detail.new_needs_button is not None
    dialog = detail.needs_dialog(None)
    qtbot.addWidget(dialog)
    assert dialog.role.currentData() == "consumer"
    dialog.interviewed_on.setDate(_qdate(DAY))
    select_data(dialog.interviewer, "D1")
    dialog.hopes.setPlainText("想多交朋友")
    dialog.times.setPlainText("周二上午")
    dialog.activities.setPlainText("唱歌、做手工")
    dialog.concerns.setPlainText("担心被别人知道病情")
    assert dialog.save()
    [talk] = needs.needs_of(setting.db, DOCTOR, "C1")
    assert talk.data == needs.NeedsData("C1", "consumer", DAY, "D1", "想多交朋友", "周二上午",
                                        "唱歌、做手工", "担心被别人知道病情")  # fmt: skip
    detail.show_screening()
    assert len(detail.needs_buttons) == 1

    opened = detail.needs_dialog(talk.id)
    qtbot.addWidget(opened)
    assert opened.times.toPlainText() == "周二上午"
    opened.start_correcting()
    opened.times.setPlainText("周四下午")
    assert opened.save()
    corrected = needs.needs_record(setting.db, DOCTOR, talk.id).data
    assert corrected.preferred_times == "周四下午"
    history = " ".join(" ".join(row) for row in opened.history.rows())
    assert "Preferred times" in history and "周二上午" in history and "周四下午" in history

    text = printed(setting.db, "needs", "C1", setting.tmp)
    for shown in (
        "Pre-service needs interview (Consumer)",
        "想多交朋友",
        "周四下午",
        "唱歌、做手工",
        "担心被别人知道病情",
        "D1 李医生",
        "corrected on",
    ):
        assert shown in text, shown
    blank = setting.tmp / "blank-needs.pdf"
    print_form(setting.db, DOCTOR, "needs", blank, blank=True, language="en", role="caregiver")
    assert (
        "Pre-service needs interview (Caregiver)"
        in subprocess.run(
            ["pdftotext", str(blank), "-"], capture_output=True, text=True, check=True
        ).stdout
    )

    setting.send()
    assert needs.needs_record(setting.hub, MANAGER, talk.id).data == corrected


def test_several_supervisors_with_professions(qtbot: QtBot, setting: Setting) -> None:
    """Two supervisors, one in another profession than their own: ticked in the form,
    opened again, printed each with their profession, merged at the hub."""
    from ui.records.supervision_dialog import SupervisionDialog

    dialog = SupervisionDialog(setting.context)
    qtbot.addWidget(dialog)
    dialog.held_on.setDate(_qdate(DAY))
    select_data(dialog.kind, "group")
    dialog.supervisors.choose("Y1")
    dialog.supervisors.choose("W1", "clinical_psychologist")
    set_checked(dialog.peers, ["P1"])
    assert dialog.save()
    [row] = supervision.list_supervision(setting.db)
    data = supervision.supervision_record(setting.db, row.id).data
    assert set(data.supervisors) == {
        supervision.Supervisor("Y1", "psychiatrist"),
        supervision.Supervisor("W1", "clinical_psychologist"),
    }
    assert row.supervisor == "W1, Y1"

    opened = SupervisionDialog(setting.context, record_id=row.id)
    qtbot.addWidget(opened)
    assert set(opened.supervisors.supervisors()) == set(data.supervisors)
    opened.start_correcting()
    opened.supervisors.rows["W1"][0].setChecked(False)
    assert opened.save()
    after = supervision.supervision_record(setting.db, row.id).data
    assert after.supervisors == (supervision.Supervisor("Y1", "psychiatrist"),)
    opened.start_correcting()
    opened.supervisors.choose("W1", "clinical_psychologist")
    assert opened.save()

    text = printed(setting.db, "supervision", row.id, setting.tmp)
    assert "杨医生 (Psychiatrist)" in text and "周社工 (Clinical psychologist)" in text

    setting.send()
    merged = supervision.supervision_record(setting.hub, row.id).data
    assert set(merged.supervisors) == set(data.supervisors)


def test_peer_caregiver_is_asked_about_the_peer(qtbot: QtBot, setting: Setting) -> None:
    """A peer's caregiver is asked whether the peer's social communication improved, on
    screen and on paper; a consumer's caregiver about the consumer's."""
    from printouts import forms
    from printouts.survey_texts import SURVEY_TEXTS
    from ui.records.survey_dialog import SurveyDialog

    people.add_person(setting.db, DOCTOR, people.PersonData("G2", "TJH"), "caregiver", OPENED)
    people.add_caregiver(setting.db, DOCTOR, "G2", "P1", "母亲")
    dialog = SurveyDialog(setting.context)
    qtbot.addWidget(dialog)
    select_data(dialog.person, "G2")
    assert dialog.cared_for.currentData() == "peer"
    from PySide6.QtWidgets import QLabel

    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Peer's social communication improved?" in shown
    assert "Consumer's social communication improved?" not in shown
    select_data(dialog.cared_for, "consumer")
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)}
    assert "Consumer's social communication improved?" in shown

    from app.services import surveys
    from ui.models.records_models import AnswersModel

    asked = surveys.Interview("G2", DAY, "peer")
    said = surveys.Answer("G2", "caregiver_benefit", "patient_social_communication", "yes", DAY)
    surveys.record_survey(setting.db, DOCTOR, asked, [said])
    model = AnswersModel()
    model.set_rows(surveys.list_answers(setting.db, DOCTOR))
    assert model.data(model.index(0, 2)) == "Peer's social communication improved?"
    from app import history

    answer_id = surveys.list_answers(setting.db, DOCTOR)[0].id
    for language, consumer in (("en", "Consumer"), ("zh", "服务对象")):
        entries = history.record_history(setting.db, DOCTOR, "survey_answer", [answer_id], language)
        said_in_history = " ".join(str(c) for e in entries for c in e.changes).lower()
        assert "social" in said_in_history or "社交" in said_in_history
        assert consumer.lower() not in said_in_history  # History does not call the peer a consumer

    def questions(whose: str) -> set[str]:
        spec = forms.survey_form("", "caregiver", {"cared_for_role": whose}, {}, SURVEY_TEXTS,
                                 None, "zh")  # fmt: skip
        return {str(row[0]) for s in spec.sections if s.grid for row in s.grid.rows}

    assert any("同伴支持者的社交沟通有改善吗" in q for q in questions("peer"))
    assert not any("服务对象的社交沟通" in q for q in questions("peer"))
    assert any("服务对象的社交沟通有改善吗" in q for q in questions("consumer"))


def test_withdrawal_erases_what_was_said(setting: Setting) -> None:
    """Consent withdrawn: the needs interview's answers and the psychiatrist's assessment
    are erased; the coded facts stay."""
    from app.services.withdrawal import withdraw_consent

    met = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    screening.record_screening(setting.db, DOCTOR, screening.ScreeningData(
        "C1", "consumer", DAY, met, "D1", psychiatrist="Y1", psychiatrist_assessment="家住朝阳",
        decision="eligible", decided_by="Y1", decided_on=DAY))  # fmt: skip
    needs.record_needs(setting.db, DOCTOR, needs.NeedsData("C1", "consumer", DAY, hopes="交朋友",
                                                           concerns="怕邻居知道"))  # fmt: skip
    withdraw_consent(setting.db, DOCTOR, "C1", DAY)
    sheet = screening.latest_screening(setting.db, DOCTOR, "C1", "consumer")
    assert sheet is not None
    assert (sheet.psychiatrist_assessment, sheet.decision) == ("", "eligible")
    [talk] = needs.needs_of(setting.db, DOCTOR, "C1")
    assert (talk.data.hopes, talk.data.concerns, talk.data.interviewed_on) == ("", "", DAY)


def test_a_site_not_upgraded_yet_sends_its_one_supervisor(
    setting: Setting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle of schema 0013 carries the supervisor in the supervision row: the hub makes
    it the supervision's supervisor row, keyed as the site's own upgrade will key it."""
    from app.exchange import bundle as writer
    from app.exchange.older_rows import supervisor_row_id
    from app.exchange.rows import travelling_models
    from db.models import NeedsInterview, Supervision, SupervisionSupervisor

    held = supervision.record_supervision(setting.db, DOCTOR, supervision.SupervisionData(
        "TJH", DAY, "group", (supervision.Supervisor("Y1"),), ("P1",)))  # fmt: skip
    with setting.db.reading() as session:
        [lead] = session.query(SupervisionSupervisor).all()
        staff_id = lead.staff_id

    original = writer._write_batch

    def as_0013(out: object, digest: object, counts: dict[str, int], table: str,
                columns: list[str], rows: list[list[object]]) -> int:  # fmt: skip
        if table == Supervision.__tablename__:
            columns, rows = changed_rows(
                columns, rows, lambda values: values.update(supervisor_id=staff_id)
            )
        return original(out, digest, counts, table, columns, rows)  # type: ignore[arg-type]

    newer = (SupervisionSupervisor, NeedsInterview)
    monkeypatch.setattr(writer, "head_revision", lambda: "0013")
    monkeypatch.setattr(writer, "_write_batch", as_0013)
    monkeypatch.setattr(writer, "travelling_models",
                        lambda: [m for m in travelling_models() if m not in newer])  # fmt: skip
    setting.send()
    merged = supervision.supervision_record(setting.hub, held)
    assert merged.data.supervisors == (supervision.Supervisor("Y1", "psychiatrist"),)
    with setting.hub.reading() as session:
        [row] = session.query(SupervisionSupervisor).all()
    assert (row.id, row.owner_site) == (supervisor_row_id(held), "CY01")
