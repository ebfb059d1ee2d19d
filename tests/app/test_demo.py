"""The demo project: realistic, complete and the same for the same seed."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from app import codes
from app.checks import run_checks
from app.demo import make_demo
from app.errors import UserError
from app.services import emergencies, people, sessions, site, supervision, surveys, training
from db.database import Database
from main import main
from tests.helpers import DOCTOR

WRITTEN_END = date(2018, 8, 31)
"""The demo ended on the last day of its calendar as written, for tests of fixed dates."""


def _fresh(folder: Path, name: str, seed: int = 2015, end: date = WRITTEN_END) -> Database:
    db = Database.open(folder / name)
    site.init_site(db, "DEMO", "Demo")
    make_demo(db, seed, end)
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """One demo database shared by the read-only tests of this module."""
    return _fresh(tmp_path_factory.mktemp("demo"), "demo.sqlite")


def _fingerprint(db: Database) -> list[tuple[object, ...]]:
    return [
        (r.community, r.session_date, r.planned_start, r.topic, r.theme, r.status, r.lead_peer,
         r.consumers_present)
        for r in sessions.list_sessions(db)
    ]  # fmt: skip


def test_same_seed_same_project_other_seed_other(tmp_path: Path, demo: Database) -> None:
    """Two runs with one seed agree session for session; another seed differs."""
    again = _fresh(tmp_path, "again.sqlite")
    assert _fingerprint(again) == _fingerprint(demo)
    assert [r.code for r in people.list_people(again)] == [r.code for r in people.list_people(demo)]
    other = _fresh(tmp_path, "other.sqlite", seed=7)
    assert _fingerprint(other) != _fingerprint(demo)


def test_four_communities_opening_at_different_dates(demo: Database) -> None:
    """Tuanjiehu, Maizidian, Xiangheyuan and Jinsong with their opening dates."""
    opened = {c.code: (c.name_zh, c.start_date) for c in site.list_communities(demo)}
    assert opened == {
        "TJH": ("团结湖", date(2015, 9, 1)),
        "MZD": ("麦子店", date(2016, 3, 1)),
        "XHY": ("香河园", date(2016, 9, 1)),
        "JS": ("劲松", date(2017, 3, 1)),
    }


def test_three_years_of_sessions_at_rising_frequency(demo: Database) -> None:
    """Sessions span the period, cover every topic and format, and grow more frequent."""
    rows = sessions.list_sessions(demo)
    held = [r for r in rows if r.status == "held"]
    assert min(r.session_date for r in rows) < date(2015, 10, 1)
    assert max(r.session_date for r in rows) > date(2018, 8, 1)
    assert {r.topic for r in held} == set(codes.TOPICS.code_names())
    formats = {f for r in held for f in sessions.session_detail(demo, r.id).plan.formats}
    assert formats == set(codes.FORMATS.code_names())
    tjh = Counter(r.session_date.year for r in held if r.community == "TJH")
    assert tjh[2018] > tjh[2016] > 0
    assert any(r.status == "cancelled" for r in rows)


def test_status_changes_of_peers_and_consumers(demo: Database) -> None:
    """Peers on leave for a while, exactly one who quit, one consumer who became a peer."""
    on_leave = [r.code for r in people.list_people(demo, on=date(2016, 6, 1))
                if r.status == "on_leave"]  # fmt: skip
    assert "TJH-P02" in on_leave
    now = people.list_people(demo, on=date(2018, 8, 31))
    assert [r.code for r in now if r.status == "quit" and r.role == "peer"] == ["XHY-P01"]
    assert {r.code: r.role for r in now}["TJH-C03"] == "peer"
    assert {r.code: r.role for r in people.list_people(demo, on=date(2016, 6, 1))}[
        "TJH-C03"
    ] == "consumer"


def test_safety_supervision_training_and_surveys(demo: Database) -> None:
    """Emergencies in every state, all kinds of supervision, training, every survey item."""
    states = Counter(e.state for e in emergencies.list_events(demo))
    assert set(states) == {"reported", "acknowledged", "closed"}
    assert {s.kind for s in supervision.list_supervision(demo)} == set(
        codes.SUPERVISION_KINDS.code_names()
    )
    assert {c.kind for c in training.list_courses(demo)} == {"pre_service", "continuing"}
    asked = {(a.instrument, a.item) for a in surveys.list_answers(demo, DOCTOR)}
    # The demo's caregivers care for consumers, so theirs is "continue to participate".
    whose = {i: "consumer" if r == "caregiver" else None for i, r in codes.INSTRUMENT_ROLES.items()}
    assert asked == {(i, item) for i in codes.INSTRUMENTS for item in codes.items_for(i, whose[i])}
    assert {a.answer for a in surveys.list_answers(demo, DOCTOR)} == {"yes", "no", "not_assessed"}


def test_demo_passes_every_check(demo: Database) -> None:
    """The demo obeys the same rules as real data."""
    assert run_checks(demo) == []


def test_demo_refuses_a_database_with_people(demo: Database) -> None:
    """Demo data never mixes with real data."""
    before = len(sessions.list_sessions(demo))
    with pytest.raises(UserError, match="already holds people"):
        make_demo(demo)
    assert len(sessions.list_sessions(demo)) == before


def test_demo_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`demo` on a new database sets it up and prints what it made."""
    path = str(tmp_path / "cli.sqlite")
    assert main(["--db", path, "demo", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "communities: 4" in out and "sessions held:" in out
