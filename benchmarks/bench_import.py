"""Bundle import rate, in rows per second, against plain sqlite3 executemany in the same run.

A site with years of busy activity is made with the demo generator (seeded, repeated to
grow it), exported as one bundle and imported into an empty project database. The
baseline inserts the same rows with sqlite3's executemany in one transaction. Goal: the
import reaches at least half the baseline's rate.

Run: .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contextlib

from app.demo import make_demo
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.merge import confirm_site, import_bundles
from app.exchange.rows import travelling_models
from db.database import Database


def build(folder: Path) -> tuple[Path, Path, int]:
    """A confirmed empty project database and a demo site's whole bundle."""
    pm = Database.open(folder / "pm.sqlite")
    project.create_project(pm, "Bench", folder / "project.json")
    site = Database.open(folder / "site.sqlite")
    fingerprint = project.init_site_with_project(site, "DEMO", "Demo", folder / "project.json")
    make_demo(site)
    bundle = folder / "site.bundle"
    manifest = bundles.export_bundle(site, bundle)
    with contextlib.suppress(Exception):
        import_bundles(pm, [bundle], validate_only=True)
    confirm_site(pm, "DEMO", fingerprint)
    pm.close()
    return folder / "pm.sqlite", bundle, sum(manifest["counts"].values())


def baseline(folder: Path, site_file: Path) -> float:
    """Seconds to copy every travelling row with executemany into an empty schema."""
    target = folder / "baseline.sqlite"
    Database.open(target).close()
    source = sqlite3.connect(site_file)
    destination = sqlite3.connect(target)
    start = time.perf_counter()
    with destination:
        for model in travelling_models():
            table = model.__tablename__
            rows = source.execute(f"SELECT * FROM {table}").fetchall()
            if rows:
                marks = ",".join("?" * len(rows[0]))
                destination.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pm_file, bundle, rows = build(folder)
        pm = Database.open(pm_file)
        tracemalloc.start()
        start = time.perf_counter()
        import_bundles(pm, [bundle])
        took = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        base = baseline(folder, folder / "site.sqlite")
        rate, base_rate = rows / took, rows / base
        print(json.dumps({"rows": rows, "bundle_bytes": bundle.stat().st_size}))
        print(f"{'measure':<28}{'value':>14}{'baseline':>14}{'ratio':>8}{'goal':>10}")
        print(
            f"{'import rows/s':<28}{rate:>14.0f}{base_rate:>14.0f}{rate / base_rate:>8.2f}"
            f"{'>= 0.50':>10}"
        )
        print(f"{'import peak memory MiB':<28}{peak / 2**20:>14.1f}")


if __name__ == "__main__":
    main()
