"""One row format and one table for every benchmark, alone or run together.

Each benchmark module exposes ``rows() -> list[Row]``; ``report(rows)`` prints them as a
table, or as JSON lines when ``--json`` is given so ``run_all`` can collect every module's
rows (each in its own process) into one table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Row:
    """One figure, its baseline measured in the same run, and the goal for their ratio."""

    measure: str
    unit: str
    figure: float
    baseline: float
    goal: str = ""

    @property
    def ratio(self) -> float:
        return self.figure / self.baseline if self.baseline else float("inf")


def print_table(rows: list[Row]) -> None:
    """Prints rows as one aligned table."""
    print(f"{'measure':<40}{'unit':>6}{'figure':>11}{'baseline':>11}{'ratio':>9}{'goal':>10}")
    for r in rows:
        print(f"{r.measure:<40}{r.unit:>6}{r.figure:>11.3f}{r.baseline:>11.3f}"
              f"{r.ratio:>9.2f}{r.goal:>10}")  # fmt: skip


def report(make_rows: Callable[[], list[Row]]) -> None:
    """A benchmark's entry point: a table, or JSON lines with ``--json``."""
    rows = make_rows()
    if "--json" in sys.argv:
        for r in rows:
            print(json.dumps(asdict(r)))
    else:
        print_table(rows)
