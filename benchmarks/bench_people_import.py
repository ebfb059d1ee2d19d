"""`people import` of 100,000 rows against reading the same file with the csv module.

The file is a roster as Excel writes it ("CSV UTF-8", with a byte-order mark, CRLF): every
line a new consumer of one community. The import checks every line, then writes them all
in one transaction in batches (no flush per line). The baseline reads and splits the
same file with the csv module only. Goals: the import under 60 s, all or nothing, and
its peak Python memory (tracemalloc, second run) stated.

Run: .venv/bin/python benchmarks/bench_people_import.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from table import Row, report

from app.imports.people_csv import HEADER, import_people
from app.services import site
from db.database import Database
from tests.helpers import DOCTOR

ROWS = 100_000


def roster(path: Path, rows: int) -> Path:
    """A roster of ``rows`` consumers, as Chinese Excel saves CSV UTF-8."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for n in range(rows):
            born = f"{1950 + n % 40}-05-05"
            writer.writerow([f"C{n:06d}", "consumer", "TJH", "2016/3/1", "", "女", born,
                             "初中", "已婚", "否", "精神分裂症", ""])  # fmt: skip
    return path


def read_with_csv(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def site_file(path: Path) -> Database:
    db = Database.open(path)
    site.init_site(db, "CY01", "Chaoyang")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    return db


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        data = roster(here / "roster.csv", ROWS)
        began = time.perf_counter()
        read_with_csv(data)
        baseline = time.perf_counter() - began
        db = site_file(here / "site.sqlite")
        began = time.perf_counter()
        result = import_people(db, DOCTOR, data)
        figure = time.perf_counter() - began
        assert result.new == ROWS
        db.close()
        small = roster(here / "small.csv", ROWS // 10)
        db = site_file(here / "traced.sqlite")
        tracemalloc.start()
        import_people(db, DOCTOR, small)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        db.close()
    return [
        Row("people import, 100k rows", "s", figure, baseline, "< 60 s"),
        Row("people import peak memory, 10k rows", "MB", peak, 0.0, ""),
    ]


if __name__ == "__main__":
    report(rows)
