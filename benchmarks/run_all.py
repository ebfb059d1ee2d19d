"""Runs every benchmark of the project, each in its own process, prints one table and
writes it to benchmarks/latest.md (with the date, the commit, the time taken and the
machine's load), which README.md's Benchmarks section shows.

Run: .venv/bin/python benchmarks/run_all.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from table import Row, markdown_table, print_table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from db.files import write_text  # noqa: E402


def collect(script: Path) -> list[Row]:
    """The rows one benchmark prints with ``--json``; its errors go to stderr."""
    result = subprocess.run([sys.executable, str(script), "--json"], capture_output=True,
                            text=True, check=False)  # fmt: skip
    if result.returncode != 0:
        print(f"{script.stem} failed:\n{result.stderr}", file=sys.stderr)
        return []
    return [Row(**json.loads(line)) for line in result.stdout.splitlines() if line.startswith("{")]


def main() -> int:
    rows: list[Row] = []
    failures = []
    began = time.perf_counter()
    loads, took = [], []
    for script in sorted(HERE.glob("bench_*.py")):
        started = time.perf_counter()
        found = collect(script)
        spent = (time.perf_counter() - started) / 60
        took.append(f"{script.stem.removeprefix('bench_')} {spent:.1f}")
        print(f"{script.stem}: {spent:.1f} minutes", flush=True)
        loads.append(os.getloadavg()[0])
        if not found:
            failures.append(script.stem)
        rows += found
    minutes = (time.perf_counter() - began) / 60
    print_table(rows)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False, cwd=HERE).stdout.strip()  # fmt: skip
    missed = sum(r.verdict != "met" for r in rows)
    note = (f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC at {commit or 'unknown commit'}, "
            f"{minutes:.1f} minutes (per benchmark: {', '.join(took)}), "
            f"{os.cpu_count()} cores, load average "
            f"{min(loads, default=0):.1f}-{max(loads, default=0):.1f} after each benchmark; "
            f"{len(rows)} rows, {missed} not met.")  # fmt: skip
    if failures:
        note += f" Failed: {', '.join(failures)}."
    write_text(HERE / "latest.md", f"# Latest benchmark run\n\n{note}\n\n{markdown_table(rows)}")
    print(note)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
