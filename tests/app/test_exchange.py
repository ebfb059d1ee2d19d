"""Bundles from sites merged at the project manager: keys, trust, idempotence, refusals."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles, missing_bundles
from app.exchange.watch import import_dropped
from app.services import people, sessions, site
from db.database import Database
from db.models import ActivitySession
from tests.helpers import DOCTOR, MANAGER, changed_rows

PLAN = sessions.SessionPlan("MZD", date(2016, 3, 8), time(9), time(10, 30), "health_center",
                            "social_skills", "MZD-P1", ("MZD-P2",), theme="使用微信")  # fmt: skip


@pytest.fixture
def mzd(tmp_path: Path, pm: Database) -> Database:
    """A site set up from the project file, with people and a session."""
    db = Database.open(tmp_path / "mzd.sqlite")
    project.init_site_with_project(db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code, role in (("MZD-P1", "peer"), ("MZD-P2", "peer"), ("MZD-C1", "consumer")):
        people.add_person(
            db,
            DOCTOR,
            people.PersonData(code, "MZD", sex="male"),
            role,
            date(2016, 3, 1),
            people.ContactData(name="王小明"),
        )
    sessions.plan_session(db, DOCTOR, PLAN)
    return db


def _export(db: Database, folder: Path, name: str, full: bool = False) -> Path:
    out = folder / name
    bundles.export_bundle(db, DOCTOR, out, full=full)
    return out


def _confirmed_import(pm: Database, paths: list[Path]) -> None:
    with pytest.raises(BundleRefused, match="sites confirm MZ01") as caught:
        import_bundles(pm, MANAGER, paths)
    fingerprint = str(caught.value).split("sites confirm MZ01 ")[1].strip()
    confirm_site(pm, MANAGER, "MZ01", fingerprint)
    import_bundles(pm, MANAGER, paths)


def test_round_trip_keeps_records_and_leaves_names_at_the_site(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """After confirming the site, its people and sessions arrive; names do not."""
    path = _export(mzd, tmp_path, "mzd-1.bundle")
    assert "王小明".encode() not in path.read_bytes()
    _confirmed_import(pm, [path])
    assert {r.code for r in people.list_people(pm)} == {"MZD-P1", "MZD-P2", "MZD-C1"}
    [row] = sessions.list_sessions(pm)
    assert (row.theme, row.lead_peer) == ("使用微信", "MZD-P1")
    assert people.contact_for(pm, DOCTOR, "MZD-C1") is None


def test_same_bundle_twice_and_any_order(pm: Database, mzd: Database, tmp_path: Path) -> None:
    """Importing again changes nothing; a later change wins whatever the order."""
    first = _export(mzd, tmp_path, "1.bundle")
    sid = sessions.list_sessions(mzd)[0].id
    sessions.update_plan(mzd, DOCTOR, sid, replace(PLAN, theme="一起唱歌"))
    second = _export(mzd, tmp_path, "2.bundle")
    _confirmed_import(pm, [second, first])
    assert sessions.list_sessions(pm)[0].theme == "一起唱歌"
    receipt = import_bundles(pm, MANAGER, [first, second])
    assert (receipt.new, receipt.updated) == (0, 0)
    assert sessions.list_sessions(pm)[0].theme == "一起唱歌"


def test_missing_sequence_is_shown(pm: Database, mzd: Database, tmp_path: Path) -> None:
    """Bundle 2 of 3 missing is named until it arrives."""
    one = _export(mzd, tmp_path, "1.bundle")
    sessions.plan_session(mzd, DOCTOR, replace(PLAN, session_date=date(2016, 3, 15)))
    two = _export(mzd, tmp_path, "2.bundle")
    sessions.plan_session(mzd, DOCTOR, replace(PLAN, session_date=date(2016, 3, 22)))
    three = _export(mzd, tmp_path, "3.bundle")
    _confirmed_import(pm, [one, three])
    assert missing_bundles(pm) == ["Maizidian: bundle 2 of 3 missing"]
    import_bundles(pm, MANAGER, [two])
    assert missing_bundles(pm) == []
    assert len(sessions.list_sessions(pm)) == 3


def test_export_interrupted_before_it_was_recorded_loses_nothing(
    pm: Database, mzd: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle written but not recorded (power cut) is made again under its number.

    Both files carry sequence 1; the project manager merges both, so the change made in
    between arrives and no bundle is reported missing.
    """
    original = mzd.transaction

    def power_cut(*args: object, **kwargs: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(mzd, "transaction", power_cut)
    with pytest.raises(OSError):
        _export(mzd, tmp_path, "first-try.bundle")
    monkeypatch.setattr(mzd, "transaction", original)
    assert bundles.export_history(mzd) == []
    sid = sessions.list_sessions(mzd)[0].id
    sessions.update_plan(mzd, DOCTOR, sid, replace(PLAN, theme="一起唱歌"))
    again = _export(mzd, tmp_path, "again.bundle")
    assert [r.sequence for r in bundles.export_history(mzd)] == [1]
    _confirmed_import(pm, [tmp_path / "first-try.bundle", again])
    assert sessions.list_sessions(pm)[0].theme == "一起唱歌"
    assert missing_bundles(pm) == []


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: data[:-1] + bytes([data[-1] ^ 1]), "cannot be opened"),
        (lambda data: data[: len(data) // 2], "cannot be opened"),
        (lambda data: b"PK\x03\x04" + data, "not a bundle file"),
    ],
)
def test_damaged_bundle_is_refused_and_changes_nothing(
    pm: Database, mzd: Database, tmp_path: Path, damage: object, message: str
) -> None:
    """A changed byte, a cut-short file or a foreign file: refused, database as before."""
    good = _export(mzd, tmp_path, "good.bundle")
    _confirmed_import(pm, [good])
    sessions.plan_session(mzd, DOCTOR, replace(PLAN, session_date=date(2016, 4, 5)))
    bad = _export(mzd, tmp_path, "bad.bundle")
    bad.write_bytes(damage(bad.read_bytes()))  # type: ignore[operator]
    with pytest.raises(BundleRefused, match=message):
        import_bundles(pm, MANAGER, [bad])
    assert len(sessions.list_sessions(pm)) == 1


def test_bundle_for_another_project_is_refused(pm: Database, mzd: Database, tmp_path: Path) -> None:
    """A bundle sealed to another project's key cannot be opened here."""
    other = Database.open(tmp_path / "other.sqlite")
    project.create_project(other, "Other", tmp_path / "other.json")
    path = _export(mzd, tmp_path, "mzd.bundle")
    with pytest.raises(BundleRefused, match="cannot be opened"):
        import_bundles(other, MANAGER, [path])


def test_validate_only_changes_nothing(pm: Database, mzd: Database, tmp_path: Path) -> None:
    """A dry run reports what would arrive and writes nothing."""
    first = _export(mzd, tmp_path, "1.bundle")
    _confirmed_import(pm, [first])
    sessions.plan_session(mzd, DOCTOR, replace(PLAN, session_date=date(2016, 4, 5)))
    second = _export(mzd, tmp_path, "2.bundle")
    receipt = import_bundles(pm, MANAGER, [second], validate_only=True)
    assert receipt.new >= 1 and "Would import" in receipt.summary()
    assert len(sessions.list_sessions(pm)) == 1


def test_wrong_fingerprint_is_refused(pm: Database, mzd: Database, tmp_path: Path) -> None:
    path = _export(mzd, tmp_path, "1.bundle")
    with pytest.raises(BundleRefused):
        import_bundles(pm, MANAGER, [path])
    with pytest.raises(UserError, match="does not match"):
        confirm_site(pm, MANAGER, "MZ01", "0000-0000-0000-0000-0000")


def test_recovery_copy_restores_the_project(
    pm_recovery_key: tuple[Database, str], mzd: Database, tmp_path: Path
) -> None:
    """A new computer with the recovery copy and its recovery key reads the sites' bundles."""
    path = _export(mzd, tmp_path, "1.bundle")
    fresh = Database.open(tmp_path / "new-pm.sqlite")
    copy, key = tmp_path / "project.recovery.txt", pm_recovery_key[1]
    with pytest.raises(UserError, match="does not open"):
        project.restore_project(fresh, copy, "AAAAA-" * 7 + "AAAAA")
    project.restore_project(fresh, copy, key)
    _confirmed_import(fresh, [path])
    assert len(sessions.list_sessions(fresh)) == 1


def test_export_history_and_incremental(mzd: Database, tmp_path: Path) -> None:
    """A second export holds only what changed; a full one holds everything."""
    first = bundles.export_bundle(mzd, DOCTOR, tmp_path / "1.bundle")
    second = bundles.export_bundle(mzd, DOCTOR, tmp_path / "2.bundle")
    full = bundles.export_bundle(mzd, DOCTOR, tmp_path / "3.bundle", full=True)
    assert sum(second["counts"].values()) == 0
    assert full["counts"] == first["counts"]
    assert [r.sequence for r in bundles.export_history(mzd)] == [3, 2, 1]


def test_site_records_are_read_only_at_the_project_manager(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """The project manager cannot change a site's record except by merging its bundles."""
    from db.hooks import ReadOnlyRecord

    _confirmed_import(pm, [_export(mzd, tmp_path, "1.bundle")])
    sid = sessions.list_sessions(pm)[0].id
    with pytest.raises(ReadOnlyRecord, match="MZ01"):
        sessions.update_plan(pm, DOCTOR, sid, replace(PLAN, theme="改过"))
    assert sessions.list_sessions(pm)[0].theme == "使用微信"


def test_bundle_from_a_newer_app_is_refused(
    pm: Database, mzd: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle whose schema this app does not know asks for an update; nothing changes."""
    monkeypatch.setattr(bundles, "head_revision", lambda: "9999")
    path = _export(mzd, tmp_path, "new.bundle")
    with pytest.raises(BundleRefused, match="newer version"):
        import_bundles(pm, MANAGER, [path])
    assert sessions.list_sessions(pm) == []


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("revision", 0, "revision"),
        ("session_date", "2016-02-30", "session_date"),
        ("owner_site", "XX99", "belongs to site XX99"),
        ("colour", "red", "unknown columns"),
    ],
)
def test_row_breaking_a_rule_refuses_the_bundle(
    pm: Database,
    mzd: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    column: str,
    value: object,
    reason: str,
) -> None:
    """A signed bundle holding one impossible row is refused, naming table and row."""
    original = bundles._write_batch

    def tampered(writer: object, digest: object, counts: dict[str, int], table: str,
                 columns: list[str], rows: list[list[object]]) -> int:  # fmt: skip
        def change(values: dict[str, object]) -> None:
            if "session_date" in values:
                values[column] = value

        columns, rows = changed_rows(columns, rows, change)
        return original(writer, digest, counts, table, columns, rows)  # type: ignore[arg-type]

    good = _export(mzd, tmp_path, "1.bundle")
    _confirmed_import(pm, [good])
    sessions.plan_session(mzd, DOCTOR, replace(PLAN, session_date=date(2016, 5, 3)))
    monkeypatch.setattr(bundles, "_write_batch", tampered)
    bad = _export(mzd, tmp_path, "2.bundle")
    with pytest.raises(BundleRefused, match=reason) as caught:
        import_bundles(pm, MANAGER, [bad])
    assert "activity_session row 1" in str(caught.value) or "belongs" in str(caught.value)
    assert len(sessions.list_sessions(pm)) == 1


def test_import_reports_progress(pm: Database, mzd: Database, tmp_path: Path) -> None:
    """Progress rises to the number of rows in the bundles."""
    path = _export(mzd, tmp_path, "1.bundle")
    with pytest.raises(BundleRefused):
        import_bundles(pm, MANAGER, [path])
    from app.exchange.merge import known_sites

    confirm_site(pm, MANAGER, "MZ01", known_sites(pm)[0].fingerprint)
    seen: list[tuple[int, int]] = []
    import_bundles(pm, MANAGER, [path], progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][1] == path.stat().st_size
    assert 0 < seen[-1][0] <= path.stat().st_size
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def _dropped(folder: Path, path: Path, age: float = 60.0) -> Path:
    """Moves a bundle into the watched folder as if saved there ``age`` seconds ago."""
    folder.mkdir(exist_ok=True)
    target = path.replace(folder / path.name)
    then = datetime.now().timestamp() - age
    os.utime(target, (then, then))
    return target


def test_watched_folder_imports_dropped_bundles_and_sets_refused_ones_aside(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """Good bundles are imported and moved to imported/; a bad one goes to refused/ with why."""
    drop = tmp_path / "drop"
    first = _export(mzd, tmp_path, "mzd-1.bundle")
    with pytest.raises(BundleRefused, match="sites confirm MZ01") as caught:
        import_bundles(pm, MANAGER, [first])
    confirm_site(pm, MANAGER, "MZ01", str(caught.value).split("sites confirm MZ01 ")[1].strip())
    _dropped(drop, first)
    sessions.plan_session(mzd, DOCTOR, replace(PLAN, session_date=date(2016, 3, 15)))
    _dropped(drop, _export(mzd, tmp_path, "mzd-2.bundle"))
    damaged = _export(mzd, tmp_path, "mzd-3.bundle", full=True)
    damaged.write_bytes(damaged.read_bytes()[:-40])
    _dropped(drop, damaged)
    sessions.plan_session(mzd, DOCTOR, replace(PLAN, session_date=date(2016, 3, 22)))
    _dropped(drop, _export(mzd, tmp_path, "mzd-4.bundle"), age=0)  # still being copied

    outcomes = import_dropped(pm, MANAGER, drop)

    assert [(o.file, o.imported) for o in outcomes] == [
        ("mzd-1.bundle", True),
        ("mzd-2.bundle", True),
        ("mzd-3.bundle", False),
    ]
    assert len(sessions.list_sessions(pm)) == 2
    assert sorted(p.name for p in (drop / "imported").iterdir()) == ["mzd-1.bundle", "mzd-2.bundle"]
    note = (drop / "refused" / "mzd-3.bundle.txt").read_text(encoding="utf-8")
    assert "mzd-3.bundle" in note and "cannot be opened" in note
    assert [p.name for p in drop.glob("*.bundle")] == ["mzd-4.bundle"]
    assert import_dropped(pm, MANAGER, drop) == []


def test_a_deleted_session_travels_marked_deleted(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """A session planned by mistake and deleted after it was sent drops out at the hub too,
    whichever bundle is imported first; its row is kept, marked deleted."""
    first = _export(mzd, tmp_path, "1.bundle")
    sid = sessions.list_sessions(mzd)[0].id
    sessions.delete_session(mzd, DOCTOR, sid)
    second = _export(mzd, tmp_path, "2.bundle")
    _confirmed_import(pm, [second, first])
    assert sessions.list_sessions(pm) == []
    with pm.reading() as session:
        assert session.get_one(ActivitySession, sid).deleted
