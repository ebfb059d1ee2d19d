"""Corrections travel: a corrected log and a deleted session reach the hub in any order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.reports.build import ReportScope, build_report
from app.services import people, session_record, sessions, site
from db.database import Database
from tests.helpers import DOCTOR, MANAGER

PLAN = sessions.SessionPlan("MZD", date(2016, 3, 8), time(9), time(10, 30), "health_center",
                            "social_skills", "MZD-P1", ("MZD-P2",), theme="使用微信")  # fmt: skip
REPORT = sessions.SessionReport(time(9), time(10, 30), ("MZD-C1",), ("MZD-C2",),
                                ("MZD-P1", "MZD-P2"))  # fmt: skip
SCOPE = ReportScope(date(2016, 1, 1), date(2016, 12, 31))


@pytest.fixture
def sent(tmp_path: Path, pm: Database) -> tuple[Path, Path]:
    """Two bundles of one site: the sessions as first logged (one cancelled), then with
    the first session's attendance corrected and the cancelled one deleted."""
    db = Database.open(tmp_path / "mzd.sqlite")
    project.init_site_with_project(db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code, role in (("MZD-P1", "peer"), ("MZD-P2", "peer"), ("MZD-C1", "consumer"),
                       ("MZD-C2", "consumer")):  # fmt: skip
        people.add_person(db, DOCTOR, people.PersonData(code, "MZD"), role, date(2016, 3, 1))
    first, second, dropped = (
        sessions.plan_session(db, DOCTOR, replace(PLAN, session_date=date(2016, 3, day)))
        for day in (8, 15, 22)
    )
    sessions.log_session(db, DOCTOR, first, REPORT)
    sessions.log_session(db, DOCTOR, second, replace(REPORT, consumers_present=("MZD-C1", "MZD-C2"),
                                                     consumers_absent=()))  # fmt: skip
    sessions.cancel_session(db, DOCTOR, dropped, "weather")
    original = tmp_path / "1.bundle"
    bundles.export_bundle(db, DOCTOR, original)
    both = replace(REPORT, consumers_present=("MZD-C1", "MZD-C2"), consumers_absent=())
    seen = sessions.session_detail(db, first).revision
    session_record.correct_log(db, DOCTOR, first, both, seen)
    sessions.delete_session(db, DOCTOR, dropped)
    corrected = tmp_path / "2.bundle"
    bundles.export_bundle(db, DOCTOR, corrected)
    db.close()
    return original, corrected


def _import(pm: Database, paths: list[Path]) -> None:
    try:
        import_bundles(pm, MANAGER, paths)
    except BundleRefused as refused:
        fingerprint = str(refused).split("sites confirm MZ01 ")[1].strip()
        confirm_site(pm, MANAGER, "MZ01", fingerprint)
        import_bundles(pm, MANAGER, paths)


def _figures(pm: Database) -> tuple[int, int, int, int]:
    """Sessions listed, held, cancelled and consumers present, as the hub reports them."""
    report: dict[str, Any] = build_report(pm, MANAGER, SCOPE)["sessions"]
    listed = len(sessions.list_sessions(pm))
    return (listed, report["held"], report["cancelled"]["n"],
            report["attendance"]["consumers_present"])  # fmt: skip


def test_the_original_alone(pm: Database, sent: tuple[Path, Path]) -> None:
    """Before the corrections: three sessions, one cancelled, three consumers present."""
    _import(pm, [sent[0]])
    assert _figures(pm) == (3, 2, 1, 3)


@pytest.mark.parametrize("order", [(0, 1), (1, 0)], ids=["in order", "corrections first"])
def test_corrections_reach_the_report_in_any_order(
    pm: Database, sent: tuple[Path, Path], order: tuple[int, int]
) -> None:
    """Whichever bundle comes first, the hub ends with the corrected attendance counted and
    the deleted session out of the list and the report."""
    _import(pm, [sent[order[0]]])
    _import(pm, [sent[order[1]]])
    assert _figures(pm) == (2, 2, 0, 4)
    first = next(r for r in sessions.list_sessions(pm) if r.session_date == date(2016, 3, 8))
    report = sessions.session_detail(pm, first.id).report
    assert report is not None and report.consumers_present == ("MZD-C1", "MZD-C2")
