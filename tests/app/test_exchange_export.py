"""A full bundle carries every travelling row exactly as its record reads (rows read as
plain tuples, not objects), and a project manager importing it holds the same rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.demo import make_demo
from app.exchange import bundle as bundles
from app.exchange import project, project_key
from app.exchange.merge import confirm_site, import_bundles
from app.exchange.rows import to_json, travelling_models
from db.database import Database
from tests.app.hostile_bundles import as_mappings, craft, site_key, take_apart
from tests.helpers import DOCTOR, MANAGER


def _records(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every travelling row as the ORM record reads it (``to_json``), by table and key."""
    with db.reading() as session:
        return {
            model.__tablename__: {row.id: to_json(row) for row in session.scalars(select(model))}
            for model in travelling_models()
        }


def test_a_full_bundle_carries_every_row_as_its_record_and_imports_identically(
    pm: Database, tmp_path: Path
) -> None:
    site = Database.open(tmp_path / "site.sqlite")
    fingerprint = project.init_site_with_project(site, "DEMO", "Demo", tmp_path / "project.json")
    make_demo(site)
    out = tmp_path / "demo.bundle"
    manifest = bundles.export_bundle(site, DOCTOR, out, full=True)
    expected = _records(site)
    assert sum(manifest["counts"].values()) == sum(len(rows) for rows in expected.values()) > 500

    private = project_key.private_key(pm)
    assert private is not None
    assert bundles.peek(out, private).format == bundles.FORMAT == "peer-support-bundle/3"
    carried: dict[str, dict[str, dict[str, Any]]] = {table: {} for table in expected}
    reading = bundles.read_rows(out, private, bundles.peek(out, private))
    for table, rows, _ in reading:
        for row in rows:
            carried[table][row["id"]] = row
    assert carried == expected  # every column of every row, dates as ISO text

    confirm_site(pm, MANAGER, "DEMO", fingerprint)
    import_bundles(pm, MANAGER, [out])
    arrived = _records(pm)
    for table, rows in expected.items():
        assert {key: arrived[table].get(key) for key in rows} == rows, table


def test_a_bundle_of_format_2_imports_the_same_rows(pm: Database, tmp_path: Path) -> None:
    """A site not upgraded yet writes each row as a mapping (format /2): the project manager
    holds the same rows from it as from the same site's bundle of format /3."""
    from nacl.public import PrivateKey

    site = Database.open(tmp_path / "site.sqlite")
    fingerprint = project.init_site_with_project(site, "DEMO", "Demo", tmp_path / "project.json")
    make_demo(site)
    out = tmp_path / "demo.bundle"
    bundles.export_bundle(site, DOCTOR, out, full=True)
    private = project_key.private_key(pm)
    assert private is not None
    parts = take_apart(out.read_bytes(), private)
    assert parts.start["format"] == parts.manifest["format"] == bundles.FORMAT
    assert all(isinstance(row, list) for batch in parts.batches for row in batch["rows"])
    old = tmp_path / "old.bundle"
    public = bytes(PrivateKey(private).public_key)
    old.write_bytes(craft(as_mappings(parts), public, site_key(site)))
    assert bundles.peek(old, private).format == bundles.MAPPINGS_FORMAT

    confirm_site(pm, MANAGER, "DEMO", fingerprint)
    import_bundles(pm, MANAGER, [old])
    expected, arrived = _records(site), _records(pm)
    for table, rows in expected.items():
        assert {key: arrived[table].get(key) for key in rows} == rows, table


def test_timestamps_stored_another_way_travel_as_their_records_read(
    pm: Database, tmp_path: Path
) -> None:
    """A timestamp or time written without its fraction (by hand, by an old upgrade) or a
    fraction that is not zero still travels exactly as the record reads it."""
    from sqlalchemy import text

    site = Database.open(tmp_path / "site.sqlite")
    project.init_site_with_project(site, "DEMO", "Demo", tmp_path / "project.json")
    make_demo(site)
    with site.engine.begin() as connection:
        connection.execute(text("UPDATE community SET updated_at = '2020-01-02 03:04:05'"))
        connection.execute(text("UPDATE person SET created_at = '2019-01-02 03:04:05.123400' "
                                "WHERE rowid % 2 = 0"))  # fmt: skip
        connection.execute(text("UPDATE activity_session SET planned_start = '09:30:00' "
                                "WHERE rowid % 3 = 0"))  # fmt: skip
    out = tmp_path / "demo.bundle"
    bundles.export_bundle(site, DOCTOR, out, full=True)
    carried = _carried(pm, out)
    expected = _records(site)
    for table in ("community", "person", "activity_session"):
        assert carried[table] == expected[table], table
    assert {row["updated_at"] for row in carried["community"].values()} == {
        "2020-01-02T03:04:05+00:00"
    }


def _carried(pm: Database, bundle: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row the bundle carries, as the project manager reads it: by table, by key."""
    private = project_key.private_key(pm)
    assert private is not None
    carried: dict[str, dict[str, dict[str, Any]]] = {}
    for table, rows, _ in bundles.read_rows(bundle, private, bundles.peek(bundle, private)):
        carried.setdefault(table, {}).update({row["id"]: row for row in rows})
    return carried


def _demo_export_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Database, dict[str, Any], list[bytes]]:
    """A demo site's full export to ``demo.bundle``: the site, the manifest and the JSON of
    every rows record as written."""
    from app.exchange import stream

    written: list[bytes] = []
    original = stream.StreamWriter.write_plain

    def spy(self: stream.StreamWriter, plain: bytes, final: bool = False) -> bytes:
        written.append(plain)
        return original(self, plain, final)

    monkeypatch.setattr(stream.StreamWriter, "write_plain", spy)
    site = Database.open(tmp_path / "site.sqlite")
    project.init_site_with_project(site, "DEMO", "Demo", tmp_path / "project.json")
    make_demo(site)
    manifest = bundles.export_bundle(site, DOCTOR, tmp_path / "demo.bundle", full=True)
    return site, manifest, [plain for plain in written if json.loads(plain).get("kind") == "rows"]


def test_every_batch_is_written_as_canonical_json(
    pm: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows travel as sorted-key JSON (what ``stream.encode`` makes), though the export
    no longer sorts each row: its columns are read in sorted order."""
    from app.exchange import stream

    _, _, batches = _demo_export_batches(tmp_path, monkeypatch)
    assert len(batches) > 10
    for plain in batches:
        assert plain == stream.encode(json.loads(plain))


def test_a_batch_too_large_for_a_reader_is_written_in_halves(
    pm: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a reader's limit of 40,000 bytes a record, every rows record is written within
    half of it (a batch of 500 halved until it fits), and the rows all arrive as before."""
    from app.exchange import stream

    monkeypatch.setattr(stream, "MAX_PLAIN", 40_000)
    site, manifest, batches = _demo_export_batches(tmp_path, monkeypatch)
    out = tmp_path / "demo.bundle"
    assert all(len(plain) <= 20_000 for plain in batches)
    assert len(batches) > sum(manifest["counts"].values()) / bundles.BATCH * 4
    carried = _carried(pm, out)
    expected = _records(site)
    assert {table: carried.get(table, {}) for table in expected} == expected
