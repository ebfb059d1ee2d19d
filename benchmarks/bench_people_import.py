"""`people import` of 100,000 rows on an encrypted site, in a fresh process, against
reading the same file with the csv module.

The file is a roster as Excel writes it ("CSV UTF-8", with a byte-order mark, CRLF): every
line a new consumer of one community. The import reads the file twice a row at a time
(once to check every line, once to write), and writes in batches in one transaction, new
records in one statement per batch with their versions and audit entries.

Each import runs in a fresh process on its own copy of the site (``fresh_import``), which
also gives its peak resident size: 100,000 rows against 10,000 (goal: at most 1.2×,
memory bounded), and a roster of 100,000 lines every one of them wrong (refused whole,
its problems kept up to the import's limit) against the same 10,000. Five runs of each,
taking turns with the csv read.

Run: .venv/bin/python benchmarks/bench_people_import.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fresh_import import KEY, child, import_rows
from table import Row, report

from app.imports.people_csv import HEADER, import_people
from app.services import site
from db.database import Database
from tests.helpers import DOCTOR

ROWS = 100_000
SMALL = 10_000


def roster(path: Path, rows: int, wrong: bool = False) -> Path:
    """A roster of ``rows`` consumers, as Chinese Excel saves CSV UTF-8; ``wrong``: each
    born in 1800."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for n in range(rows):
            born = "1800-01-01" if wrong else f"{1950 + n % 40}-05-05"
            writer.writerow([f"C{n:07d}", "consumer", "TJH", "2016/3/1", "", "女", born,
                             "初中", "已婚", "否", "精神分裂症", ""])  # fmt: skip
    return path


def site_file(path: Path) -> None:
    """An encrypted site with the community the roster names."""
    db = Database.open(path, KEY)
    site.init_site(db, "CY01", "Chaoyang")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    db.close()


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        files = (roster(here / "roster.csv", ROWS), roster(here / "small.csv", SMALL),
                 roster(here / "wrong.csv", ROWS, wrong=True))  # fmt: skip
        site_file(here / "site.sqlite")
        return import_rows(Path(__file__), "people import, 100k rows", files,
                           here / "site.sqlite", here)  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(lambda db, data: import_people(db, DOCTOR, data))
    else:
        report(rows)
