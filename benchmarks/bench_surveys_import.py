"""`surveys import` of 100,000 answers against reading the same file with the csv module.

The file is an evaluation round as Excel writes it ("CSV UTF-8", with a byte-order mark,
CRLF): 1,000 consumers, each asked three questions on 34 days. The import reads the file
twice a row at a time (once to check every line, repeats found in a scratch file; once to
write), and writes in batches in one transaction, new answers in one statement per batch
with their versions and audit entries. The baseline reads and splits the same file with the
csv module only; the two are timed alternately.

Memory is measured as the peak resident size of a child process doing only the import:
100,000 answers against 10,000 (goal: at most 1.2×, memory bounded), and a file of a
million answers with a bad last line (refused whole) against the same 10,000.

Run: .venv/bin/python benchmarks/bench_surveys_import.py
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_people_import import high_water_mib, roster
from table import Row, interleaved, report

from app.imports.people_csv import import_people
from app.imports.surveys_csv import HEADER, import_surveys
from app.services import site
from db.database import Database
from tests.helpers import DOCTOR

ROWS = 100_000
SMALL = 10_000
HUGE = 1_000_000
PEOPLE = 1000
REPEAT = 3
ITEMS = (("consumer_satisfaction", "satisfied_with_peers"),
         ("consumer_satisfaction", "wants_to_continue"),
         ("consumer_benefit", "social_communication"))  # fmt: skip


def answers(path: Path, rows: int, bad_last: bool = False) -> Path:
    """``rows`` answers of the roster's consumers, as Chinese Excel saves CSV UTF-8."""
    first = date(2016, 6, 1)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for n in range(rows):
            asked = n // PEOPLE
            instrument, item = ITEMS[asked % 3]
            day = first + timedelta(days=asked // 3)
            writer.writerow([f"C{n % PEOPLE:07d}", instrument, item, "是" if n % 2 else "否",
                             day.isoformat()])  # fmt: skip
        if bad_last:
            writer.writerow(["C0000000", "consumer_satisfaction", "own_mood", "yes",
                             "2016-06-01"])  # fmt: skip
    return path


def read_with_csv(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def site_file(path: Path, work: Path) -> None:
    """A site with the 1,000 consumers the answers name."""
    db = Database.open(path)
    site.init_site(db, "CY01", "Chaoyang")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    import_people(db, DOCTOR, roster(work / "people.csv", PEOPLE))
    db.close()


def child(data: Path, database: Path) -> None:
    """In a child process: imports the answers into the site, prints peak RSS in MiB."""
    from app.errors import UserError

    db = Database.open(database)
    try:
        import_surveys(db, DOCTOR, data)
    except UserError as error:
        print(str(error).splitlines()[0], file=sys.stderr)
    finally:
        db.close()
    print(high_water_mib())


def peak_rss(data: Path, site_copy: Path, work: Path) -> float:
    """The peak resident size of a fresh process importing ``data`` into a copy of the site."""
    database = work / f"rss-{data.stem}.sqlite"
    shutil.copyfile(site_copy, database)
    done = subprocess.run([sys.executable, __file__, "--child", str(data), str(database)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return float(done.stdout.strip().splitlines()[-1])


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        data = answers(here / "answers.csv", ROWS)
        empty = here / "site.sqlite"
        site_file(empty, here)
        sites = []
        for n in range(REPEAT):
            shutil.copyfile(empty, here / f"site{n}.sqlite")
            sites.append(Database.open(here / f"site{n}.sqlite"))

        def import_next() -> None:
            db = sites.pop()
            assert import_surveys(db, DOCTOR, data).new == ROWS
            db.close()

        timed = interleaved(import_next, lambda: read_with_csv(data), REPEAT)
        small = peak_rss(answers(here / "small.csv", SMALL), empty, here)
        large = peak_rss(data, empty, here)
        huge_file = answers(here / "huge.csv", HUGE, bad_last=True)
        megabytes = huge_file.stat().st_size / 2**20
        huge = peak_rss(huge_file, empty, here)
    return [
        Row("surveys import, 100k answers", "s", timed[0], timed[2], "<= 60 s", timed[1], timed[3]),
        Row("  peak RSS, 100k answers vs 10k", "MiB", large, small, "<= 1.2"),
        Row(f"  peak RSS, {megabytes:.0f} MB refused vs 10k", "MiB", huge, small, "<= 1.2"),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        report(rows)
