"""One row format and one table for every benchmark, alone or run together.

Each benchmark module exposes ``rows() -> list[Row]``; ``report(rows)`` prints them as a
table, or as JSON lines when ``--json`` is given so ``run_all`` can collect every module's
rows (each in its own process) into one table.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
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
    """The ratio's goal, as "<= 3" (at most 3× the baseline) or ">= 0.3"; or the figure's
    own, in the row's unit, as "<= 50 ms"."""
    spread: float = 0.0
    """The figure's spread over its repetitions (max − min); 0 when measured once."""
    baseline_spread: float = 0.0

    @property
    def ratio(self) -> float:
        return self.figure / self.baseline if self.baseline else float("inf")

    @property
    def verdict(self) -> str:
        """"met" or "MISSED" against the goal; "-" for a row without one."""
        found = re.fullmatch(r"\s*(<=|>=|≤|≥)\s*([0-9.]+)\s*([x×]?|\S+)\s*", self.goal)
        if found is None or found.group(3) not in ("", "x", "×", self.unit):
            return "-"
        bound = float(found.group(2))
        value = self.figure if found.group(3) == self.unit else self.ratio
        at_most = found.group(1) in ("<=", "≤")
        return "met" if (value <= bound if at_most else value >= bound) else "MISSED"


def interleaved(
    figure: Callable[[], object], baseline: Callable[[], object], repeat: int = 5
) -> tuple[float, float, float, float]:
    """Times the figure's work and its baseline's alternately, ``repeat`` times each, so a
    busy moment of the machine weighs on both, and each goes first every other time, so
    neither always meets what the other left behind (a cache warmed, a disk still busy
    freeing a file); returns (median, spread) of each in seconds."""
    times: dict[int, list[float]] = {0: [], 1: []}
    for turn in range(repeat):
        for which in (0, 1) if turn % 2 == 0 else (1, 0):
            start = time.perf_counter()
            (figure, baseline)[which]()
            times[which].append(time.perf_counter() - start)
    (a, b) = (times[0], times[1])
    return (statistics.median(a), max(a) - min(a), statistics.median(b), max(b) - min(b))


def alternately(
    figure: Callable[[], float], baseline: Callable[[], float], repeat: int = 5
) -> tuple[float, float, float, float]:
    """As ``interleaved``, for work that measures itself (a worst keystroke, a peak of
    memory): each returns its figure; (median, spread) of each."""
    values: dict[int, list[float]] = {0: [], 1: []}
    for turn in range(repeat):
        for which in (0, 1) if turn % 2 == 0 else (1, 0):
            values[which].append((figure, baseline)[which]())
    (a, b) = (values[0], values[1])
    return (statistics.median(a), max(a) - min(a), statistics.median(b), max(b) - min(b))


def print_table(rows: list[Row]) -> None:
    """Prints rows as one aligned table: median ± spread of figure and baseline, the ratio,
    the goal and whether it was met."""
    print(f"{'measure':<44}{'unit':>6}{'figure':>11}{'±':>8}{'baseline':>11}{'±':>8}"
          f"{'ratio':>8}{'goal':>9}{'verdict':>9}")  # fmt: skip
    for r in rows:
        print(f"{r.measure:<44}{r.unit:>6}{r.figure:>11.3f}{r.spread:>8.3f}{r.baseline:>11.3f}"
              f"{r.baseline_spread:>8.3f}{r.ratio:>8.2f}{r.goal:>9}{r.verdict:>9}")  # fmt: skip


def markdown_table(rows: list[Row]) -> str:
    """The rows as a Markdown table, as README.md and latest.md show them."""
    lines = ["| measure | unit | figure ± spread | baseline ± spread | ratio | goal | verdict |",
             "|---|---|---:|---:|---:|---|---|"]  # fmt: skip
    for r in rows:
        lines.append(f"| {r.measure.strip()} | {r.unit} | {r.figure:.3f} ± {r.spread:.3f} | "
                     f"{r.baseline:.3f} ± {r.baseline_spread:.3f} | {r.ratio:.2f} | "
                     f"{r.goal} | {r.verdict} |")  # fmt: skip
    return "\n".join(lines) + "\n"


def report(make_rows: Callable[[], list[Row]]) -> None:
    """A benchmark's entry point: a table, or JSON lines with ``--json``."""
    rows = make_rows()
    if "--json" in sys.argv:
        for r in rows:
            print(json.dumps(asdict(r)))
    else:
        print_table(rows)
