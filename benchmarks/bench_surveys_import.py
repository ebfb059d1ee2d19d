"""`surveys import` of 100,000 answers on an encrypted site, in a fresh process, against
reading the same file with the csv module.

The file is an evaluation round as Excel writes it ("CSV UTF-8", with a byte-order mark,
CRLF): 1,000 consumers, each asked three questions on 34 days. The import reads the file
twice a row at a time (once to check every line, repeats found in a scratch file; once to
write), and writes in batches in one transaction, new answers in one statement per batch
with their versions and audit entries.

Each import runs in a fresh process on its own copy of the site (``fresh_import``), which
also gives its peak resident size: 100,000 answers against 10,000 (goal: at most 1.2×,
memory bounded), and a file of 100,000 answers every one of them wrong (refused whole,
its problems kept up to the import's limit) against the same 10,000. Five runs of each,
taking turns with the csv read.

Run: .venv/bin/python benchmarks/bench_surveys_import.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_people_import import roster
from fresh_import import KEY, child, import_rows
from table import Row, report

from app.imports.people_csv import import_people
from app.imports.surveys_csv import HEADER, import_surveys
from app.services import site
from db.database import Database
from tests.helpers import DOCTOR

ROWS = 100_000
SMALL = 10_000
PEOPLE = 1000
ITEMS = (("consumer_satisfaction", "satisfied_with_peers"),
         ("consumer_satisfaction", "wants_to_continue"),
         ("consumer_benefit", "social_communication"))  # fmt: skip
WRONG = ("consumer_satisfaction", "own_mood")


def answers(path: Path, rows: int, wrong: bool = False) -> Path:
    """``rows`` answers of the roster's consumers, as Chinese Excel saves CSV UTF-8;
    ``wrong``: each to a question the instrument does not ask."""
    first = date(2016, 6, 1)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for n in range(rows):
            asked = n // PEOPLE
            instrument, item = WRONG if wrong else ITEMS[asked % 3]
            day = first + timedelta(days=asked // 3)
            writer.writerow([f"C{n % PEOPLE:07d}", instrument, item, "是" if n % 2 else "否",
                             day.isoformat()])  # fmt: skip
    return path


def site_file(path: Path, work: Path) -> None:
    """An encrypted site with the 1,000 consumers the answers name."""
    db = Database.open(path, KEY)
    site.init_site(db, "CY01", "Chaoyang")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    import_people(db, DOCTOR, roster(work / "people.csv", PEOPLE))
    db.close()


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        files = (answers(here / "answers.csv", ROWS), answers(here / "small.csv", SMALL),
                 answers(here / "wrong.csv", ROWS, wrong=True))  # fmt: skip
        site_file(here / "site.sqlite", here)
        return import_rows(Path(__file__), "surveys import, 100k answers", files,
                           here / "site.sqlite", here)  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(lambda db, data: import_surveys(db, DOCTOR, data))
    else:
        report(rows)
