"""The personal record printout: everything held about a person, for doctors to print."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import codes
from app.errors import UserError
from app.printing import print_form
from app.services import accounts, emergencies, people, screening, sessions, surveys
from app.services.withdrawal import withdraw_consent
from db.database import Database
from main import main
from tests import helpers


@pytest.fixture
def record_db(people_db: Database) -> Database:
    """C1 with contact details, a screening, consent, a session, a survey and an emergency."""
    db = people_db
    accounts.add_staff(db, helpers.DOCTOR, "D1", "李医生", "community_doctor")
    people.set_contact(db, "C1", people.ContactData("王小明", "13800000000", "团结湖路1号"))
    criteria = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    criteria["stable"] = False
    screening.record_screening(db, screening.ScreeningData(
        "C1", "consumer", date(2015, 8, 20), criteria, "D1", notes="睡眠不好"),
        confirmed=True)  # fmt: skip
    screening.record_consent(db, "C1", "informed_consent", date(2015, 8, 25))
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",), theme="使用微信")  # fmt: skip
    sid = sessions.plan_session(db, plan)
    sessions.log_session(db, sid, sessions.SessionReport(time(9), time(10), ("C1",), ("C2",),
                                                         ("P1", "P2")))  # fmt: skip
    answer = surveys.Answer("C1", "consumer_satisfaction", "satisfied_with_peers", "yes",
                            date(2016, 6, 1))  # fmt: skip
    surveys.record_answers(db, [answer])
    emergencies.report_event(db, emergencies.EventReport(
        "TJH", datetime(2016, 1, 5, 2, tzinfo=UTC), "self_harm", "手臂有划痕", "联系家属",
        ("C1",)))  # fmt: skip
    return db


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_record_holds_everything_about_the_person(record_db: Database, tmp_path: Path) -> None:
    """Identity, contact, enrolment, screening, consent, sessions, surveys and emergencies."""
    out = tmp_path / "c1.pdf"
    code = print_form(record_db, "person-record", out, "C1", viewer_role="community_doctor")
    text = _text(out)
    assert code == "P-C1" and code in text
    for expected in ("个人档案", "王小明", "13800000000", "团结湖路1号", "1975-05-05",
                     "精神分裂症", "2015-09-01", "病情稳定至少3个月", "睡眠不好", "2015-08-25",
                     "使用微信", "2016-01-05", "satisfied_with_peers", "手臂有划痕"):  # fmt: skip
        assert expected in text, expected
    assert "C2" not in text.replace("P-C1", "")  # another consumer at the session is not named


def test_english_record_has_no_chinese_labels(record_db: Database, tmp_path: Path) -> None:
    """In English only the person's own Chinese text remains."""
    out = tmp_path / "c1-en.pdf"
    print_form(record_db, "person-record", out, "C1", language="en")
    text = _text(out)
    assert "Personal record" in text and "Sessions attended" in text
    assert "个人档案" not in text and "社区" not in text


def test_only_clinical_roles_may_print_it(record_db: Database, tmp_path: Path) -> None:
    """A peer is refused and no file is written; a blank record makes no sense."""
    out = tmp_path / "refused.pdf"
    with pytest.raises(UserError, match="may not"):
        print_form(record_db, "person-record", out, "C1", viewer_role="peer")
    assert not out.exists()
    with pytest.raises(UserError, match="one person"):
        print_form(record_db, "person-record", out, blank=True)


def test_after_withdrawal_the_record_shows_no_name(record_db: Database, tmp_path: Path) -> None:
    """The printout of a withdrawn person shows the withdrawal and none of the erased details."""
    withdraw_consent(record_db, "C1", date(2016, 9, 1))
    out = tmp_path / "c1.pdf"
    print_form(record_db, "person-record", out, "C1")
    text = _text(out)
    assert "2016-09-01" in text and "1975-07-01" in text
    assert "王小明" not in text and "13800000000" not in text and "睡眠不好" not in text


def test_command_line_prints_a_record(record_db: Database, db_path: Path, tmp_path: Path) -> None:
    """`print person-record --id CODE --out FILE` writes the PDF; an unknown code is an error."""
    record_db.close()
    out = tmp_path / "cli.pdf"
    args = ["--db", str(db_path), "print", "person-record", "--out", str(out)]
    assert main([*args, "--id", "C1"]) == 0
    assert "王小明" in _text(out)
    assert main([*args, "--id", "NOPE"]) == 1
