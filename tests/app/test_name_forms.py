"""Peers see participants' names in the form the site chooses; others as their role allows."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import name_forms
from app.errors import UserError
from app.printing import print_form
from app.services import people, session_record, sessions
from db.database import Database
from db.models import AuditEntry
from tests.helpers import DOCTOR, PEER, RESEARCHER


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("王小明", "小明（王）"),
        ("张伟", "伟（张）"),
        ("欧阳小明", "小明（欧）"),
        ("Anna Maria Smith", "Anna Maria S."),
        ("Anna", "Anna"),
        ("  王小明 ", "小明（王）"),
    ],
)
def test_given_name_and_initial(name: str, short: str) -> None:
    """The given name stays whole and the family name shrinks to its initial (two-character
    family names too); a single word is left as it is."""
    assert name_forms.short_name(name) == short


@pytest.fixture
def held(people_db: Database) -> str:
    """A session at Tuanjiehu with C1 (王小明) and C2 present, and peer P1 (张同伴)."""
    for code, name in (("C1", "王小明"), ("P1", "张同伴")):
        people.set_contact(people_db, DOCTOR, code, people.ContactData(name=name))
    plan = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    sid = sessions.plan_session(people_db, DOCTOR, plan)
    report = sessions.SessionReport(time(9), time(10), ("C1", "C2"), ("C3",), ("P1", "P2"))
    sessions.log_session(people_db, DOCTOR, sid, report)
    return sid


def _consumers(db: Database, actor: object, sid: str) -> list[tuple[str, str]]:
    record = session_record.session_record(db, actor, sid)  # type: ignore[arg-type]
    return [(a.code, a.name) for a in record.consumers]


def test_each_role_sees_names_as_it_may(people_db: Database, held: str) -> None:
    """The doctor sees full names, a peer the site's form, a research assistant codes only."""
    assert _consumers(people_db, DOCTOR, held)[0] == ("C1", "王小明")
    assert _consumers(people_db, PEER, held)[0] == ("C1", "小明（王）")
    assert _consumers(people_db, RESEARCHER, held)[0] == ("C1", "")
    assert people.names_by_code(people_db, RESEARCHER, ["C1"]) == {}


def test_a_doctor_chooses_full_names_for_peers(people_db: Database, held: str) -> None:
    """Once a doctor chooses full names, peers see them; a peer may not choose, and the
    refusal is in the audit log."""
    with pytest.raises(UserError, match="may not change the site's settings"):
        name_forms.choose(people_db, PEER, name_forms.FULL)
    assert name_forms.site_form() == name_forms.GIVEN_AND_INITIAL
    with people_db.reading() as session:
        refused = session.scalars(select(AuditEntry).where(AuditEntry.action == "access_refused"))
        assert [e.detail for e in refused] == ["manage_site"]
    assert name_forms.choose(people_db, DOCTOR, name_forms.FULL) == name_forms.FULL
    assert _consumers(people_db, PEER, held)[0] == ("C1", "王小明")
    with pytest.raises(UserError, match="no name form"):
        name_forms.choose(people_db, DOCTOR, "nickname")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_peers_printout_names_people_in_the_sites_form(
    people_db: Database, held: str, tmp_path: Path
) -> None:
    """The Participant List a peer prints names consumers and peers in the site's form."""
    out = tmp_path / "attendance.pdf"
    print_form(people_db, PEER, "attendance", out, held)
    text = _text(out)
    assert "小明（王）" in text and "同伴（张）" in text
    assert "王小明" not in text and "张同伴" not in text
    name_forms.choose(people_db, DOCTOR, name_forms.FULL)
    print_form(people_db, PEER, "attendance", out, held)
    assert "王小明" in _text(out)
