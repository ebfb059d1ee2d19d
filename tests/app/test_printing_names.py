"""Filled forms print everything the record holds: peers and staff named as consumers are
(for a role that may see names), screening notes, the "other" format's text."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import codes
from app.printing import print_form
from app.services import accounts, emergencies, people, screening, sessions, supervision
from db.database import Database
from tests.helpers import DOCTOR, RESEARCHER


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def named(people_db: Database) -> dict[str, str]:
    """A held session, an emergency and a supervision, with named peers and staff."""
    db = people_db
    accounts.add_staff(db, DOCTOR, "D1", "李医生", "community_doctor")
    for code, name in (("P1", "张同伴"), ("P2", "赵同伴"), ("C1", "王小明")):
        people.set_contact(db, DOCTOR, code, people.ContactData(name=name))
    plan = sessions.SessionPlan(
        "TJH",
        date(2016, 1, 5),
        time(9),
        time(10, 30),
        "health_center",
        "social_skills",
        "P1",
        ("P2",),
        ("role_play", "other"),
        format_other="看视频后讨论",
        theme="使用微信",
    )
    sid = sessions.plan_session(db, DOCTOR, plan)
    sessions.log_session(
        db,
        DOCTOR,
        sid,
        sessions.SessionReport(time(9, 5), time(10, 20), ("C1",), (), ("P1", "P2"), ("D1",)),
    )
    eid = emergencies.report_event(
        db,
        DOCTOR,
        emergencies.EventReport(
            "TJH",
            datetime(2016, 1, 5, 2, tzinfo=UTC),
            "self_harm",
            "手臂有划痕",
            "联系家属",
            ("C1", "P1"),
            session_id=sid,
            reported_to="D1",
        ),
    )
    vid = supervision.record_supervision(
        db,
        DOCTOR,
        supervision.SupervisionData(
            "TJH", date(2016, 2, 1), "group", (supervision.Supervisor("D1"),), ("P1", "P2"),
            topics="边界",
        ),
    )
    criteria = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    screening.record_screening(
        db,
        DOCTOR,
        screening.ScreeningData(
            "C1", "consumer", date(2015, 8, 20), criteria, "D1", notes="家属陪同来访"
        ),
        confirmed=True,
    )
    return {"session": sid, "emergency": eid, "supervision": vid}


@pytest.mark.parametrize(
    ("form", "key", "expected"),
    [
        ("plan", "session", ["P1 张同伴", "P2 赵同伴", "看视频后讨论"]),
        ("process", "session", ["P1 张同伴, P2 赵同伴", "D1 李医生", "看视频后讨论"]),
        ("attendance", "session", ["P1 张同伴", "P2 赵同伴", "王小明"]),
        ("emergency", "emergency", ["C1 王小明, P1 张同伴", "D1 李医生"]),
        ("supervision", "supervision", ["P1 张同伴, P2 赵同伴"]),
    ],
)
def test_peers_and_staff_print_with_their_names(
    form: str,
    key: str,
    expected: list[str],
    people_db: Database,
    named: dict[str, str],
    tmp_path: Path,
) -> None:
    """A doctor's printout names peers and staff beside their codes, as it names consumers."""
    out = tmp_path / f"{form}.pdf"
    print_form(people_db, DOCTOR, form, out, named[key])
    text = _text(out)
    for words in expected:
        assert words in text, (form, words)


def test_a_role_without_names_prints_codes_only(
    people_db: Database, named: dict[str, str], tmp_path: Path
) -> None:
    """A researcher, who may not see names, gets the same form with codes and no names."""
    out = tmp_path / "process.pdf"
    print_form(people_db, RESEARCHER, "process", out, named["session"])
    text = _text(out)
    assert "P1, P2" in text and "D1" in text
    assert "张同伴" not in text and "李医生" not in text


def test_screening_sheet_prints_its_notes(
    people_db: Database, named: dict[str, str], tmp_path: Path
) -> None:
    """The screening sheet carries the screening's notes."""
    out = tmp_path / "screening.pdf"
    print_form(people_db, DOCTOR, "screening", out, "C1", role="consumer")
    assert "家属陪同来访" in _text(out)
