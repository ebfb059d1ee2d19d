"""``sheets read``: what a scanned sheet says, on the command line, saving nothing."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from app.printing import print_form
from app.services import sessions
from db.database import Database
from tests.helpers import DOCTOR, run


def test_sheets_read_lists_marks_and_refusals(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A printed roster read back lists each consumer's box; a stray file is named with
    its reason and the command exits with 1."""
    plan = sessions.SessionPlan(
        "TJH",
        date(2016, 1, 5),
        time(9),
        time(10, 30),
        "health_center",
        "social_skills",
        "P1",
        ("P2",),
    )
    sid = sessions.plan_session(people_db, DOCTOR, plan)
    roster = tmp_path / "roster.pdf"
    print_form(people_db, DOCTOR, "attendance", roster, sid)
    stray = tmp_path / "notes.txt"
    stray.write_text("hello", encoding="utf-8")
    people_db.close()
    code, out, _ = run(capsys, "--db", str(db_path), "sheets", "read", str(roster))
    assert code == 0
    assert "attendance\tpage 1" in out and "[-] Sign or tick|C1" in out
    code, out, _ = run(capsys, "--db", str(db_path), "sheets", "read", str(roster), str(stray))
    assert code == 1 and "notes.txt\tnot read: Not a PDF, JPEG, PNG or HEIC file." in out
