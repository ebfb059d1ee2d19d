"""Bundle import rate, in rows per second, against plain sqlite3 executemany in the same run.

A site with twenty-four years of busy activity is the demo project (four communities over three
years, seeded) with its sessions, supervision, training and emergencies repeated eight
times over; it is exported as one bundle and imported into an empty, confirmed project
database. The baseline inserts the same rows with sqlite3's executemany in one
transaction. Goals: the import reaches at least half the baseline's rate, and its peak
memory (measured in a second import, as tracing slows Python down) stays flat when the
bundle is four times larger (eight copies against two).

Run: .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from table import Row, report

from app.demo import make_demo
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.merge import confirm_site, import_bundles
from app.exchange.rows import travelling_models
from db.database import Database
from tests.helpers import DOCTOR, MANAGER

# Tables of the activity itself, copied with fresh keys to add years of sessions; people,
# staff and communities stay as they are, so every copy refers to the same people.
REPEATED = (
    "activity_session", "attendance", "session_peer", "supervision", "supervision_attendee",
    "emergency_event", "emergency_person", "training_course", "training_session",
    "training_attendance",
)  # fmt: skip


def repeat_activity(site_file: Path, times: int) -> None:
    """Adds ``times - 1`` copies of the site's activity, with new keys and remapped links."""
    connection = sqlite3.connect(site_file)
    connection.execute("PRAGMA foreign_keys=OFF")
    links = {
        model.__tablename__: {
            fk.parent.name
            for fk in model.__table__.foreign_keys
            if fk.column.table.name in REPEATED
        }
        for model in travelling_models()
    }
    with connection:
        for table in REPEATED:
            cursor = connection.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            remap = {"id", *links[table]}
            original = cursor.fetchall()
            marks = ",".join("?" * len(names))
            for copy in range(1, times):
                rows = [
                    tuple(
                        _copied_key(copy, value) if name in remap and value else value
                        for name, value in zip(names, row, strict=True)
                    )
                    for row in original
                ]
                connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    connection.close()


def _copied_key(copy: int, key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{copy}/{key}"))


def build(folder: Path, times: int) -> tuple[Path, Path, int]:
    """A confirmed empty project database and a bundle of the whole site."""
    pm = Database.open(folder / "pm.sqlite")
    project.create_project(pm, "Bench", folder / "project.json")
    site = Database.open(folder / "site.sqlite")
    fingerprint = project.init_site_with_project(site, "DEMO", "Demo", folder / "project.json")
    make_demo(site)
    site.close()
    repeat_activity(folder / "site.sqlite", times)
    site = Database.open(folder / "site.sqlite")
    bundle = folder / f"site-{times}.bundle"
    manifest = bundles.export_bundle(site, DOCTOR, bundle, full=True)
    site.close()
    with contextlib.suppress(Exception):
        import_bundles(pm, MANAGER, [bundle], validate_only=True)
    confirm_site(pm, MANAGER, "DEMO", fingerprint)
    pm.close()
    return folder / "pm.sqlite", bundle, sum(manifest["counts"].values())


def baseline(folder: Path, site_file: Path) -> float:
    """Seconds to copy every travelling row with executemany into an empty schema."""
    target = folder / "baseline.sqlite"
    Database.open(target).close()
    source = sqlite3.connect(site_file)
    destination = sqlite3.connect(target)
    destination.execute("PRAGMA journal_mode=WAL")
    destination.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    with destination:
        for model in travelling_models():
            table = model.__tablename__
            rows = source.execute(f"SELECT * FROM {table}").fetchall()
            if rows:
                marks = ",".join("?" * len(rows[0]))
                destination.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    return time.perf_counter() - start


def import_once(pm_file: Path, bundle: Path, trace: bool) -> tuple[float, int]:
    """Seconds to import the bundle into a fresh copy of the empty project, and peak bytes."""
    copy = pm_file.with_name(f"pm-copy-{uuid.uuid4().hex}.sqlite")
    shutil.copy(pm_file, copy)
    pm = Database.open(copy)
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    import_bundles(pm, MANAGER, [bundle])
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    tracemalloc.stop()
    pm.close()
    return took, peak


def rows() -> list[Row]:
    """Import rate against plain inserts of the same rows; peak memory at two sizes."""
    with tempfile.TemporaryDirectory() as scratch:
        small, large = Path(scratch) / "small", Path(scratch) / "large"
        small.mkdir()
        large.mkdir()
        _, small_bundle, _ = build(small, 2)
        pm_file, bundle, count = build(large, 8)
        took, _ = import_once(pm_file, bundle, trace=False)
        base = baseline(large, large / "site.sqlite")
        _, small_peak = import_once(small / "pm.sqlite", small_bundle, trace=True)
        _, large_peak = import_once(pm_file, bundle, trace=True)
    return [
        Row(f"import ({count} rows)", "rows/s", count / took, count / base, ">= 0.50"),
        Row("import peak memory, 8x vs 2x activity", "MiB", large_peak / 2**20,
            small_peak / 2**20, "<= 1.50"),
    ]  # fmt: skip


if __name__ == "__main__":
    report(rows)
