"""Session forms after a correction or a cancellation: what prints, and what waits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

from pypdf import PdfReader

from app.printing import print_form
from app.services import printed, session_record, sessions
from db.database import Database
from tests.helpers import DOCTOR

PLAN = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                            "social_skills", "P1", ("P2",), theme="使用微信")  # fmt: skip
REPORT = sessions.SessionReport(time(9, 5), time(10, 20), ("C1", "C2"), ("C3",), ("P1", "P2"))


def _text(db: Database, form: str, sid: str, folder: Path, language: str = "zh") -> str:
    out = folder / f"{form}-{language}.pdf"
    print_form(db, DOCTOR, form, out, sid, language=language)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def test_cancelled_process_form_prints_as_cancelled(people_db: Database, tmp_path: Path) -> None:
    """A process form printed before the session was cancelled waits to be entered; once
    cancelled it waits no more, and printed again it says cancelled and why, with no
    fields left open for times or feedback."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    assert "实际开始时间" in _text(people_db, "process", sid, tmp_path)
    assert [s.record_key for s in printed.not_entered(people_db)] == [sid]
    sessions.cancel_session(people_db, DOCTOR, sid, "other", "社区停电")
    assert printed.not_entered(people_db) == []
    text = _text(people_db, "process", sid, tmp_path)
    assert "已取消" in text and "其他" in text and "社区停电" in text
    assert "实际开始时间" not in text and "服务对象的反馈" not in text
    english = _text(people_db, "process", sid, tmp_path, "en")
    assert "This session was cancelled" in english and "Other" in english
    assert printed.not_entered(people_db) == []


def test_corrected_log_prints_its_current_version_with_the_day(
    people_db: Database, tmp_path: Path
) -> None:
    """A log corrected after it was written prints as corrected, with "corrected on" and
    the day; its plan, never changed, prints without it."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    sessions.log_session(people_db, DOCTOR, sid, REPORT)
    assert "corrected on" not in _text(people_db, "process", sid, tmp_path)
    fixed = replace(REPORT, consumers_present=("C1",), consumers_absent=("C2", "C3"),
                    notes="C2 当天请假")  # fmt: skip
    session_record.correct_log(people_db, DOCTOR, sid, fixed, None, today=date(2016, 1, 6))
    today = date.today().isoformat()
    process = _text(people_db, "process", sid, tmp_path)
    assert f"更正于 {today}" in process and f"corrected on {today}" in process
    assert "C2 当天请假" in process
    attendance = _text(people_db, "attendance", sid, tmp_path, "en")
    assert f"corrected on {today}" in attendance and "更正于" not in attendance
    assert "corrected on" not in _text(people_db, "plan", sid, tmp_path)


def test_changed_plan_prints_as_corrected(people_db: Database, tmp_path: Path) -> None:
    """A plan changed after it was made prints with the day it was corrected."""
    sid = sessions.plan_session(people_db, DOCTOR, PLAN)
    assert "corrected on" not in _text(people_db, "plan", sid, tmp_path)
    sessions.update_plan(people_db, DOCTOR, sid, replace(PLAN, theme="用手机拍照"))
    text = _text(people_db, "plan", sid, tmp_path)
    assert "用手机拍照" in text and f"corrected on {date.today().isoformat()}" in text
