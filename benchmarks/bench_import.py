"""Bundle export and import rates, in rows per second, against plain sqlite3 in the same run.

A site with thirty years of busy activity is the demo project (four communities over three
years, seeded) with its sessions, supervision, training and emergencies repeated ten times
over. Its full export, from the site encrypted as a site's database is, is timed against
reading the same rows from the same encrypted file with SQLCipher's own cursor (goal: at least
0.3 of that rate); the bundle's import into an empty, confirmed project database against
inserting the same rows with sqlite3's executemany in one transaction (goal: at least half
that rate); each pair alternately, five times. Memory: the peak resident size (VmHWM, C
libraries included) of a child process importing the ten-fold bundle against one
importing the site's activity once (goal: at most 1.2×). The project databases are plain
files: the project manager's hub, where bundles arrive, is not encrypted by default.

Run: .venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import big_site
from table import Row, alternately, interleaved, report

from app.demo import make_demo
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.merge import confirm_site, import_bundles
from app.exchange.rows import travelling_models
from db.database import Database
from db.engine import connect_file
from tests.helpers import DOCTOR, MANAGER

REPEAT = 5

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
    for leftover in folder.glob("baseline.sqlite*"):
        leftover.unlink()
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


def import_once(pm_file: Path, bundle: Path) -> float:
    """Seconds to import the bundle into a fresh copy of the empty project."""
    copy = pm_file.with_name(f"pm-copy-{uuid.uuid4().hex}.sqlite")
    shutil.copy(pm_file, copy)
    pm = Database.open(copy)
    start = time.perf_counter()
    import_bundles(pm, MANAGER, [bundle])
    took = time.perf_counter() - start
    pm.close()
    copy.unlink()
    return took


def _vm_hwm_mib() -> float:
    """This process's peak resident size (C libraries' memory included)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss(pm_file: Path, bundle: Path) -> float:
    """The peak resident size of a fresh process importing the bundle, in MiB."""
    done = subprocess.run([sys.executable, __file__, "--child", str(pm_file), str(bundle)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return float(done.stdout.strip().splitlines()[-1])


def raw_read(site_file: Path) -> int:
    """The baseline of an export: every travelling row of the encrypted file read with
    SQLCipher's cursor, nothing else."""
    connection = connect_file(site_file, big_site.KEY)
    count = 0
    for model in travelling_models():
        count += len(connection.execute(f"SELECT * FROM {model.__tablename__}").fetchall())
    connection.close()
    return count


def rows() -> list[Row]:
    """Export and import rates against plain reads and inserts of the same rows, alternately
    five times; peak memory of a child importing 10x against 1x the activity."""
    with tempfile.TemporaryDirectory() as scratch:
        small, large = Path(scratch) / "small", Path(scratch) / "large"
        small.mkdir()
        large.mkdir()
        small_pm, small_bundle, _ = build(small, 1)
        pm_file, bundle, count = build(large, 10)
        encrypted = big_site.encrypt(large / "site.sqlite", large / "site-encrypted.sqlite")
        site = Database.open(encrypted, big_site.KEY)
        out = large / "again.bundle"
        exported = interleaved(lambda: bundles.export_bundle(site, DOCTOR, out, full=True),
                               lambda: raw_read(encrypted), REPEAT)  # fmt: skip
        site.close()
        imported = alternately(lambda: import_once(pm_file, bundle),
                               lambda: baseline(large, large / "site.sqlite"), REPEAT)  # fmt: skip
        memory = alternately(lambda: peak_rss(pm_file, bundle),
                             lambda: peak_rss(small_pm, small_bundle), REPEAT)  # fmt: skip
    rate = [count / exported[0], count / exported[2], count / imported[0], count / imported[2]]
    return [
        Row(f"export ({count} rows, encrypted) vs raw read", "rows/s", rate[0], rate[1], ">= 0.30",
            _rate_spread(count, exported[0], exported[1]),
            _rate_spread(count, exported[2], exported[3])),
        Row(f"import ({count} rows) vs executemany", "rows/s", rate[2], rate[3], ">= 0.50",
            _rate_spread(count, imported[0], imported[1]),
            _rate_spread(count, imported[2], imported[3])),
        Row("import peak RSS, 10x vs 1x activity", "MiB", memory[0], memory[2], "<= 1.2",
            memory[1], memory[3]),
    ]  # fmt: skip


def _rate_spread(count: int, median: float, spread: float) -> float:
    """The spread of a rate, from the spread of its seconds around their median."""
    fastest = max(median - spread / 2, 1e-9)
    return count / fastest - count / (median + spread / 2)


def _child() -> None:
    pm = Database.open(Path(sys.argv[2]))
    import_bundles(pm, MANAGER, [Path(sys.argv[3])])
    pm.close()
    print(_vm_hwm_mib())


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child()
    else:
        report(rows)
