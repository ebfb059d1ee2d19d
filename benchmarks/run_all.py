"""Runs every benchmark of the project, each in its own process, and prints one table.

Run: .venv/bin/python benchmarks/run_all.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from table import Row, print_table

HERE = Path(__file__).resolve().parent


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
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        found = collect(script)
        failures += not found
        rows += found
    print_table(rows)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
