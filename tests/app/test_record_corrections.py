"""Correcting saved records and marking them entered in error: rules, roles, stale windows."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app import history
from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.exchange.rows import travelling_models
from app.history import StaleRecord
from app.services import (
    accounts,
    emergencies,
    people,
    screening,
    site,
    supervision,
    surveys,
    training,
)
from app.services.emergencies import EventReport
from app.services.supervision import SupervisionData, Supervisor
from db.database import Database
from tests.helpers import DOCTOR, MANAGER, PEER, RESEARCHER, SOCIAL_WORKER, create_account

WHEN = datetime(2016, 1, 5, 2, tzinfo=UTC)
REPORT = EventReport("TJH", WHEN, "violence", "推搡", "分开两人", ("C1",), place="活动室")
MET = {c: True for c in ("diagnosis", "age", "stable", "no_substance_abuse",
                         "no_severe_medical_illness")}  # fmt: skip


def _close(db: Database, event_id: str) -> None:
    emergencies.acknowledge(db, DOCTOR, event_id, "D1")
    emergencies.follow_up(db, DOCTOR, event_id, "电话随访", close=True)


@pytest.fixture
def staffed(people_db: Database) -> Database:
    """The site with a community doctor on its staff list."""
    accounts.add_staff(people_db, DOCTOR, "D1", "李医生", "community_doctor")
    return people_db


def test_reporter_corrects_an_open_report_and_another_peer_is_refused(staffed: Database) -> None:
    """The peer who reported may correct; a different peer is refused, and that is logged."""
    event = emergencies.report_event(staffed, PEER, REPORT)
    corrected = replace(REPORT, people=("C1", "C2"), description="推搡并争吵")
    emergencies.correct_event(staffed, PEER, event, corrected)
    [row] = emergencies.list_events(staffed)
    assert (row.description, row.people) == ("推搡并争吵", ("C1", "C2"))
    other = create_account(staffed, "liu", "x-pass-123", "peer")
    with pytest.raises(UserError, match="reported it or a community doctor"):
        emergencies.correct_event(staffed, other, event, REPORT)
    assert emergencies.list_events(staffed)[0].description == "推搡并争吵"
    assert not emergencies.event_detail(staffed, other, event).may_correct


def test_a_correction_breaking_a_rule_changes_nothing(staffed: Database) -> None:
    """The reporting rules apply again: no action taken is refused."""
    event = emergencies.report_event(staffed, DOCTOR, REPORT)
    bad = replace(REPORT, action_taken=" ")
    with pytest.raises(UserError, match="action"):
        emergencies.correct_event(staffed, DOCTOR, event, bad)
    assert emergencies.list_events(staffed)[0].action_taken == "分开两人"


def test_closed_report_takes_an_addendum_not_an_edit(staffed: Database) -> None:
    """After closing, an edit is refused; the addendum is kept with who and when."""
    event = emergencies.report_event(staffed, DOCTOR, REPORT)
    _close(staffed, event)
    with pytest.raises(UserError, match="addendum"):
        emergencies.correct_event(staffed, DOCTOR, event, REPORT)
    emergencies.add_addendum(staffed, DOCTOR, event, "次日家属反映情况好转")
    detail = emergencies.event_detail(staffed, DOCTOR, event)
    [addendum] = detail.addenda
    assert (addendum.text, addendum.written_by) == ("次日家属反映情况好转", "Li")
    assert not detail.may_correct and detail.may_add_addendum


def test_stale_window_is_refused(staffed: Database) -> None:
    """A correction made on an older revision names who changed it and asks to reload."""
    event = emergencies.report_event(staffed, DOCTOR, REPORT)
    opened = emergencies.event_detail(staffed, DOCTOR, event).revision
    emergencies.correct_event(staffed, DOCTOR, event, replace(REPORT, place="走廊"), opened)
    with pytest.raises(StaleRecord, match=r"changed by li at .*; reload"):
        emergencies.correct_event(staffed, DOCTOR, event, replace(REPORT, place="大厅"), opened)
    assert emergencies.list_events(staffed)[0].place == "走廊"


def _supervision(db: Database) -> str:
    data = SupervisionData("TJH", date(2016, 2, 1), "group", (Supervisor("D1"),), ("P1",),
                           topics="边界")  # fmt: skip
    return supervision.record_supervision(db, DOCTOR, data)


def test_supervision_corrected_then_entered_in_error(staffed: Database) -> None:
    """A correction replaces attendees; entered in error leaves the list, History keeps it."""
    key = _supervision(staffed)
    record = supervision.supervision_record(staffed, key)
    changed = replace(record.data, peers=("P2",), topics="保密")
    supervision.correct_supervision(staffed, DOCTOR, key, changed, record.revision)
    again = supervision.supervision_record(staffed, key)
    assert (again.data.peers, again.data.topics) == (("P2",), "保密")
    assert supervision.list_supervision(staffed)[0].attendees == 1
    with pytest.raises(UserError, match="Say why"):
        supervision.supervision_entered_in_error(staffed, DOCTOR, key, " ")
    supervision.supervision_entered_in_error(staffed, DOCTOR, key, "重复录入", again.revision)
    assert supervision.list_supervision(staffed) == []
    entries = history.record_history(staffed, DOCTOR, "supervision", [key, *again.part_ids])
    assert entries[0].note == "Entered in error: 重复录入"


def test_roles_not_allowed_are_refused_by_the_services(staffed: Database) -> None:
    """A peer may not correct supervision; a research assistant may not correct screening."""
    key = _supervision(staffed)
    record = supervision.supervision_record(staffed, key)
    with pytest.raises(UserError, match="may not record supervision"):
        supervision.correct_supervision(staffed, PEER, key, record.data)
    with pytest.raises(UserError, match="may not record supervision"):
        supervision.supervision_entered_in_error(staffed, PEER, key, "x")
    shot = screening.record_screening(
        staffed, DOCTOR, screening.ScreeningData("C1", "consumer", date(2015, 8, 20), MET)
    )
    data = screening.screening_record(staffed, DOCTOR, shot).data
    with pytest.raises(UserError, match="may not"):
        screening.correct_screening(staffed, RESEARCHER, shot, data)
    with pytest.raises(UserError, match="may not record training"):
        training.add_course(staffed, RESEARCHER, "pre_service", "岗前", date(2015, 8, 1))


def test_training_survey_and_screening_corrections(staffed: Database) -> None:
    """Each kind of record is corrected by its own rules; a stale one is refused."""
    course = training.add_course(staffed, DOCTOR, "pre_service", "岗前培训", date(2015, 8, 1))
    meeting = training.add_training_session(staffed, DOCTOR, course, date(2015, 8, 1), "保密",
                                            ("P1",), ("P2",))  # fmt: skip
    fixed = training.MeetingData(date(2015, 8, 1), "保密与边界", ("P1", "P2"), ())
    training.correct_training_session(staffed, SOCIAL_WORKER, meeting, fixed, 1)
    assert training.course_sessions(staffed, course)[0].attended == ("P1", "P2")
    with pytest.raises(StaleRecord):
        training.correct_training_session(staffed, DOCTOR, meeting, fixed, 1)

    first = surveys.Answer("C1", "consumer_satisfaction", "satisfied_with_peers", "no",
                           date(2016, 6, 1))  # fmt: skip
    surveys.record_answers(staffed, DOCTOR, [first])
    [answer] = surveys.list_answers(staffed, DOCTOR)
    yes = replace(answer, answer="yes")
    surveys.correct_answer(staffed, RESEARCHER, answer.id, yes, answer.revision)
    assert surveys.list_answers(staffed, DOCTOR)[0].answer == "yes"

    shot = screening.record_screening(
        staffed, DOCTOR, screening.ScreeningData("C1", "consumer", date(2015, 8, 20), MET)
    )
    record = screening.screening_record(staffed, DOCTOR, shot)
    not_stable = replace(record.data, criteria={**MET, "stable": False})
    with pytest.raises(UserError):  # a criterion not met is confirmed again
        screening.correct_screening(staffed, DOCTOR, shot, not_stable)
    screening.correct_screening(staffed, DOCTOR, shot, not_stable, True, record.revision)
    [row] = screening.screening_for(staffed, DOCTOR, "C1").screenings
    assert row.criteria["stable"] is False
    screening.screening_entered_in_error(staffed, DOCTOR, shot, "筛查对象错误", row.revision)
    assert screening.screening_for(staffed, DOCTOR, "C1").screenings == []


def test_addenda_and_corrections_travel_to_the_hub_in_any_order(
    pm: Database, tmp_path: Path
) -> None:
    """A corrected report with an addendum, and a supervision entered in error, arrive so."""
    assert "emergency_addendum" in {m.__tablename__ for m in travelling_models()}
    db = Database.open(tmp_path / "mzd.sqlite")
    project.init_site_with_project(db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    accounts.add_staff(db, DOCTOR, "D1", "李医生", "community_doctor")
    people.add_person(db, DOCTOR, people.PersonData("M1", "MZD"), "peer", date(2016, 3, 1))
    report = EventReport("MZD", datetime(2016, 3, 5, 2, tzinfo=UTC), "self_harm", "划伤", "包扎")
    event = emergencies.report_event(db, DOCTOR, report)
    kept = supervision.record_supervision(
        db, DOCTOR, SupervisionData("MZD", date(2016, 3, 8), "online", topics="线上")
    )
    first = tmp_path / "1.bundle"
    bundles.export_bundle(db, DOCTOR, first)
    emergencies.correct_event(db, DOCTOR, event, replace(report, description="手臂划伤"))
    _close(db, event)
    emergencies.add_addendum(db, DOCTOR, event, "已复诊")
    supervision.supervision_entered_in_error(db, DOCTOR, kept, "录错社区")
    second = tmp_path / "2.bundle"
    bundles.export_bundle(db, DOCTOR, second)
    db.close()
    with pytest.raises(BundleRefused, match="sites confirm MZ01") as caught:
        import_bundles(pm, MANAGER, [second, first])
    confirm_site(pm, MANAGER, "MZ01", str(caught.value).split("sites confirm MZ01 ")[1].strip())
    import_bundles(pm, MANAGER, [second, first])
    detail = emergencies.event_detail(pm, MANAGER, event)
    assert detail.row.description == "手臂划伤" and detail.row.state == "closed"
    assert [a.text for a in detail.addenda] == ["已复诊"]
    assert supervision.list_supervision(pm) == []


def _printed_text(db: Database, form: str, record: str, tmp_path: Path) -> str:
    import subprocess

    from app.printing import print_form

    pdf = tmp_path / f"{form}.pdf"
    print_form(db, DOCTOR, form, pdf, record=record, language="en")
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def test_a_corrected_report_prints_corrected_on_and_an_acknowledged_one_does_not(
    staffed: Database, tmp_path: Path
) -> None:
    """Acknowledging and following up are the report's course, not corrections of it."""
    event = emergencies.report_event(staffed, PEER, REPORT)
    _close(staffed, event)
    assert "corrected on" not in _printed_text(staffed, "emergency", event, tmp_path)
    other = emergencies.report_event(staffed, PEER, REPORT)
    emergencies.correct_event(staffed, PEER, other, replace(REPORT, description="推搡并争吵"))
    assert f"corrected on {date.today().isoformat()}" in _printed_text(
        staffed, "emergency", other, tmp_path
    )
