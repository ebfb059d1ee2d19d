"""Imports as a site meets them, for the roster and survey benchmarks: each run is a fresh
process that opens its own copy of an encrypted site, imports one file, and reports the
seconds the import took and its peak resident size. The big file, its csv-module read, the
small file and the refused file take turns, five runs each, the order reversed every other
turn; medians and spreads."""

from __future__ import annotations

import csv
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

from table import Row

from app.errors import UserError
from db.database import Database

KEY = bytes(range(32))
"""A site's database is encrypted; so is the benchmark's."""
REPEAT = 5


def read_with_csv(path: Path) -> int:
    """The baseline: the same file read and split by the csv module alone."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def high_water_mib() -> float:
    """This process's peak resident size. Not ``getrusage``: Linux gives a child the
    parent's peak at fork and keeps it through exec; VmHWM belongs to the new program."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(do_import: Callable[[Database, Path], object]) -> None:
    """In the child (``--child DATA DATABASE``): imports, prints seconds and peak MiB."""
    data, database = Path(sys.argv[2]), Path(sys.argv[3])
    db = Database.open(database, KEY)
    start = time.perf_counter()
    try:
        do_import(db, data)
    except UserError as error:  # the refused file
        print(str(error).splitlines()[0], file=sys.stderr)
    seconds = time.perf_counter() - start
    db.close()
    print(seconds, high_water_mib())


def _fresh(script: Path, data: Path, site: Path, work: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of a fresh process importing ``data`` into a copy of the site."""
    database = work / "run.sqlite"
    shutil.copyfile(site, database)
    done = subprocess.run([sys.executable, str(script), "--child", str(data), str(database)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    seconds, mib = done.stdout.split()[-2:]
    database.unlink()
    return float(seconds), float(mib)


def import_rows(script: Path, what: str, files: tuple[Path, Path, Path], site: Path,
                work: Path) -> list[Row]:  # fmt: skip
    """The rows of one import: the big file against the csv module's read, the peak RSS of
    the big file and the refused one (every line wrong) against the small one's."""
    big, small, refused = files
    runs: dict[str, list[tuple[float, float]]] = {"big": [], "small": [], "refused": []}
    reads: list[float] = []

    def read() -> None:
        start = time.perf_counter()
        read_with_csv(big)
        reads.append(time.perf_counter() - start)

    steps: list[Callable[[], None]] = [
        lambda: runs["big"].append(_fresh(script, big, site, work)),
        read,
        lambda: runs["small"].append(_fresh(script, small, site, work)),
        lambda: runs["refused"].append(_fresh(script, refused, site, work)),
    ]
    for turn in range(REPEAT):
        for step in steps if turn % 2 == 0 else steps[::-1]:
            step()

    def mid(values: list[float]) -> tuple[float, float]:
        return median(values), max(values) - min(values)

    took, took_spread = mid([seconds for seconds, _ in runs["big"]])
    read_took, read_spread = mid(reads)
    peak, peak_spread = mid([mib for _, mib in runs["big"]])
    small_peak, small_spread = mid([mib for _, mib in runs["small"]])
    refused_peak, refused_spread = mid([mib for _, mib in runs["refused"]])
    return [
        Row(f"{what}, encrypted, fresh process", "s", took, read_took, "<= 60 s", took_spread,
            read_spread),
        Row("  peak RSS, 100k vs 10k", "MiB", peak, small_peak, "<= 1.2", peak_spread,
            small_spread),
        Row("  peak RSS, 100k wrong lines refused vs 10k", "MiB", refused_peak, small_peak,
            "<= 1.2", refused_spread, small_spread),
    ]  # fmt: skip
