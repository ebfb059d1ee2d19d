"""Fixtures the exchange and report tests share."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.exchange import project
from app.services import people, sessions, surveys
from app.services import site as site_service
from db.database import Database
from tests.helpers import DOCTOR


@pytest.fixture
def pm_recovery_key(tmp_path: Path) -> tuple[Database, str]:
    """The project manager's database, with the project created, and the recovery key that
    opens the project key's recovery copy."""
    db = Database.open(tmp_path / "pm.sqlite")
    return db, project.create_project(db, "Chaoyang project", tmp_path / "project.json")[1]


@pytest.fixture
def pm(pm_recovery_key: tuple[Database, str]) -> Database:
    """The project manager's database, with the project created."""
    return pm_recovery_key[0]


@pytest.fixture
def evaluation_site(db: Database) -> Database:
    """TJH (started 2015-09) holds 30 sessions from 2017-01 to 2018-08; MZD (2016-03) none.
    Peers P1 (postgraduate, schizophrenia), P2 (primary, bipolar, ten years younger);
    consumers C1-C3 (junior college, schizophrenia) at TJH and M1 (nothing known) at MZD."""
    site_service.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    born = date(1975, 5, 5)
    for code, role, education, diagnosis, birth in (
        ("P1", "peer", "postgraduate", "schizophrenia", born),
        ("P2", "peer", "primary", "bipolar", date(1985, 5, 5)),
        *((c, "consumer", "junior_college", "schizophrenia", born) for c in ("C1", "C2", "C3")),
    ):
        data = people.PersonData(code, "TJH", sex="female", birth_date=birth,
                                 education=education, diagnosis=diagnosis)  # fmt: skip
        people.add_person(db, DOCTOR, data, role, date(2015, 9, 1))
    people.add_person(db, DOCTOR, people.PersonData("M1", "MZD"), "consumer", date(2016, 3, 1))
    from tests.app.test_sessions import PLAN, REPORT

    for index in range(30):
        month = 2017 * 12 + index * 20 // 30
        day = date(month // 12, month % 12 + 1, 1 + index % 2 * 14)
        sid = sessions.plan_session(db, DOCTOR, replace(PLAN, session_date=day))
        sessions.log_session(db, DOCTOR, sid, REPORT)
    answers = [surveys.Answer(c, "consumer_satisfaction", "satisfied_with_peers", a,
                              date(2017, 6, 1)) for c, a in (("C1", "yes"), ("C2", "yes"),
                                                             ("C3", "not_assessed"))]  # fmt: skip
    surveys.record_answers(db, DOCTOR, answers)
    return db
