"""`people import` of 100,000 rows against reading the same file with the csv module.

The file is a roster as Excel writes it ("CSV UTF-8", with a byte-order mark, CRLF): every
line a new consumer of one community. The import reads the file twice a row at a time
(once to check every line, once to write), and writes in batches in one transaction, new
records in one statement per batch with their versions and audit entries. The baseline
reads and splits the same file with the csv module only; the two are timed alternately.

Memory is measured as the peak resident size of a child process doing only the import:
100,000 rows against 10,000 (goal: at most 1.2×, memory bounded), and an 87 MB roster of
1.1 million lines with a bad last line (refused whole) against the same 10,000.

Run: .venv/bin/python benchmarks/bench_people_import.py
"""

from __future__ import annotations

import csv
import resource
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from table import Row, interleaved, report

from app.imports.people_csv import HEADER, import_people
from app.services import site
from db.database import Database
from tests.helpers import DOCTOR

ROWS = 100_000
SMALL = 10_000
HUGE = 1_100_000  # about 87 MB
REPEAT = 3


def roster(path: Path, rows: int, bad_last: bool = False) -> Path:
    """A roster of ``rows`` consumers, as Chinese Excel saves CSV UTF-8."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for n in range(rows):
            born = f"{1950 + n % 40}-05-05"
            writer.writerow([f"C{n:07d}", "consumer", "TJH", "2016/3/1", "", "女", born,
                             "初中", "已婚", "否", "精神分裂症", ""])  # fmt: skip
        if bad_last:
            writer.writerow(["X1", "consumer", "TJH", "2016/3/1", "", "女", "1800-01-01",
                             "", "", "", "", ""])  # fmt: skip
    return path


def read_with_csv(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def site_file(path: Path) -> Database:
    db = Database.open(path)
    site.init_site(db, "CY01", "Chaoyang")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    return db


def child(data: Path, database: Path) -> None:
    """In a child process: imports the file into the (empty) site, prints peak RSS in MiB."""
    from app.errors import UserError

    db = Database.open(database)
    try:
        import_people(db, DOCTOR, data)
    except UserError as error:
        print(str(error).splitlines()[0], file=sys.stderr)
    finally:
        db.close()
    print(high_water_mib())


def high_water_mib() -> float:
    """This process's peak resident size. Not ``getrusage``: Linux gives a child the
    parent's peak at fork and keeps it through exec; VmHWM belongs to the new program."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss(data: Path, empty_site: Path, work: Path) -> float:
    """The peak resident size of a fresh process importing ``data`` into a copy of the site."""
    database = work / f"rss-{data.stem}.sqlite"
    shutil.copyfile(empty_site, database)
    done = subprocess.run([sys.executable, __file__, "--child", str(data), str(database)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return float(done.stdout.strip().splitlines()[-1])


def rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        data = roster(here / "roster.csv", ROWS)
        empty = here / "empty.sqlite"
        site_file(empty).close()
        sites = []
        for n in range(REPEAT):
            shutil.copyfile(empty, here / f"site{n}.sqlite")
            sites.append(Database.open(here / f"site{n}.sqlite"))

        def import_next() -> None:
            db = sites.pop()
            assert import_people(db, DOCTOR, data).new == ROWS
            db.close()

        timed = interleaved(import_next, lambda: read_with_csv(data), REPEAT)
        small = peak_rss(roster(here / "small.csv", SMALL), empty, here)
        large = peak_rss(data, empty, here)
        huge_file = roster(here / "huge.csv", HUGE, bad_last=True)
        megabytes = huge_file.stat().st_size / 2**20
        huge = peak_rss(huge_file, empty, here)
    return [
        Row(
            "people import, 100k rows",
            "s",
            timed[0],
            timed[2],
            "<= 60 s",
            timed[1],
            timed[3],
        ),
        Row("  peak RSS, 100k rows vs 10k", "MiB", large, small, "<= 1.2"),
        Row(f"  peak RSS, {megabytes:.0f} MB refused vs 10k", "MiB", huge, small, "<= 1.2"),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        report(rows)
