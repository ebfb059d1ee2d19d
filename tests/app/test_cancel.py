"""Long work stopped by the user (Cancelled from its progress report) changes nothing."""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import Cancelled
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.exchange.stream import StreamWriter
from app.reports.build import STEPS, ReportScope, build_report
from app.services import people, sessions, site
from db.base import Base
from db.database import Database
from tests.helpers import DOCTOR, MANAGER


@pytest.fixture
def mzd(tmp_path: Path, pm: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A site with people and a session, whose bundles come in batches of two rows."""
    monkeypatch.setattr(bundles, "BATCH", 2)
    db = Database.open(tmp_path / "mzd.sqlite")
    project.init_site_with_project(db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for n in range(1, 7):
        role = "peer" if n <= 2 else "consumer"
        people.add_person(
            db, DOCTOR, people.PersonData(f"MZD-{n}", "MZD", sex="male"), role, date(2016, 3, 1)
        )
    plan = sessions.SessionPlan("MZD", date(2016, 3, 8), time(9), time(10), "health_center",
                                "social_skills", "MZD-1", ("MZD-2",))  # fmt: skip
    sessions.plan_session(db, DOCTOR, plan)
    return db


def _stop_after(calls: int) -> Callable[[int, int], None]:
    """A progress report that lets ``calls`` reports through, then cancels."""
    seen: list[int] = []

    def report(done: int, _total: int) -> None:
        seen.append(done)
        if len(seen) > calls:
            raise Cancelled

    return report


def _counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in Base.metadata.tables.items()}  # fmt: skip


def _confirm(pm: Database, bundle: Path) -> None:
    with pytest.raises(BundleRefused, match="sites confirm MZ01") as caught:
        import_bundles(pm, MANAGER, [bundle])
    confirm_site(pm, MANAGER, "MZ01", str(caught.value).split("sites confirm MZ01 ")[1].strip())


def test_cancelled_import_changes_nothing_and_can_be_run_again(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """Cancelled after rows of the second bundle were written: neither bundle is imported."""
    first, second = tmp_path / "1.bundle", tmp_path / "2.bundle"
    bundles.export_bundle(mzd, DOCTOR, first)
    people.add_person(mzd, DOCTOR, people.PersonData("MZD-7", "MZD"), "consumer", date(2016, 4, 1))
    bundles.export_bundle(mzd, DOCTOR, second)
    _confirm(pm, first)
    before = _counts(pm)
    reports: list[int] = []
    first_size = first.stat().st_size

    def report(done: int, total: int) -> None:
        reports.append(done)
        if done > first_size:  # some rows of the second bundle are in the transaction
            raise Cancelled

    with pytest.raises(Cancelled):
        import_bundles(pm, MANAGER, [first, second], progress=report)
    assert len(reports) > 3
    assert _counts(pm) == before
    receipt = import_bundles(pm, MANAGER, [first, second])
    assert receipt.bundles == [("MZ01", 1), ("MZ01", 2)]
    assert {r.code for r in people.list_people(pm)} == {f"MZD-{n}" for n in range(1, 8)}


def test_cancel_before_the_first_report_writes_nothing(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """A cancel pressed before the work began stops it at once."""
    bundle = tmp_path / "1.bundle"
    bundles.export_bundle(mzd, DOCTOR, bundle)
    _confirm(pm, bundle)
    before = _counts(pm)
    with pytest.raises(Cancelled):
        import_bundles(pm, MANAGER, [bundle], progress=_stop_after(0))
    assert _counts(pm) == before


def test_cancelled_export_leaves_no_file_and_keeps_the_number(
    mzd: Database, tmp_path: Path
) -> None:
    """The next export after a cancelled one has the number and the rows it would have had."""
    bundles.export_bundle(mzd, DOCTOR, tmp_path / "1.bundle")
    people.add_person(mzd, DOCTOR, people.PersonData("MZD-7", "MZD"), "consumer", date(2016, 4, 1))
    people.add_person(mzd, DOCTOR, people.PersonData("MZD-8", "MZD"), "consumer", date(2016, 4, 1))
    out = tmp_path / "2.bundle"
    with pytest.raises(Cancelled):
        bundles.export_bundle(mzd, DOCTOR, out, progress=_stop_after(1))
    assert sorted(p.name for p in tmp_path.glob("*.bundle*")) == ["1.bundle"]
    assert [r.sequence for r in bundles.export_history(mzd)] == [1]
    manifest = bundles.export_bundle(mzd, DOCTOR, out)
    assert manifest["sequence"] == 2
    assert manifest["counts"]["person"] == 2


def test_a_disk_filling_up_mid_export_leaves_no_file_and_no_record(
    mzd: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches are written on a second thread: its failure stops the export all the same,
    with the error the disk gave, no file and the number not used."""
    people.add_person(mzd, DOCTOR, people.PersonData("MZD-7", "MZD"), "consumer", date(2016, 4, 1))
    monkeypatch.setattr(bundles, "BATCH", 1)  # many batches, so the failure comes mid-way
    written = 0
    original = StreamWriter.write_plain

    def filling_up(self: StreamWriter, plain: bytes, final: bool = False) -> bytes:
        nonlocal written
        written += 1
        if written == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, plain, final)

    monkeypatch.setattr(StreamWriter, "write_plain", filling_up)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OSError, match="No space left"):
        bundles.export_bundle(mzd, DOCTOR, out / "1.bundle")
    assert list(out.iterdir()) == []
    assert bundles.export_history(mzd) == []
    monkeypatch.setattr(StreamWriter, "write_plain", original)
    assert bundles.export_bundle(mzd, DOCTOR, out / "1.bundle")["sequence"] == 1


def test_export_reports_every_row(mzd: Database, tmp_path: Path) -> None:
    """The export's progress climbs to its total, one report per batch."""
    reports: list[tuple[int, int]] = []
    manifest = bundles.export_bundle(
        mzd, DOCTOR, tmp_path / "1.bundle", progress=lambda d, t: reports.append((d, t))
    )
    total = sum(manifest["counts"].values())
    assert reports[0] == (0, total) and reports[-1] == (total, total)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_report_progress_steps_and_cancel(mzd: Database) -> None:
    """Building reports each step; a cancel between steps stops it."""
    scope = ReportScope(date(2016, 1, 1), date(2016, 12, 31))
    reports: list[tuple[int, int]] = []
    report = build_report(mzd, DOCTOR, scope, progress=lambda d, t: reports.append((d, t)))
    assert reports == [(n, STEPS) for n in range(STEPS + 1)]
    assert report["sessions"]["held"] == 0
    with pytest.raises(Cancelled):
        build_report(mzd, DOCTOR, scope, progress=_stop_after(3))
