"""The fault matrix's figures, gathered over the run and printed at its end."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figure:
    """What the faults did to one operation."""

    faults: int = 0
    sound: int = 0
    records_lost: int = 0
    tracebacks: int = 0


FIGURES: dict[str, Figure] = {}


def table() -> list[str]:
    """The figures as text lines: operation | faults injected | sound | lost | tracebacks."""
    head = ("operation", "faults injected", "runs sound afterwards", "records lost (goal 0)",
            "tracebacks (goal 0)")  # fmt: skip
    rows = [(name, str(f.faults), str(f.sound), str(f.records_lost), str(f.tracebacks))
            for name, f in FIGURES.items()]  # fmt: skip
    total = Figure(*(sum(getattr(f, k) for f in FIGURES.values())
                     for k in ("faults", "sound", "records_lost", "tracebacks")))  # fmt: skip
    rows.append(("all", str(total.faults), str(total.sound), str(total.records_lost),
                 str(total.tracebacks)))  # fmt: skip
    widths = [max(len(row[i]) for row in (head, *rows)) for i in range(len(head))]

    def line(cells: tuple[str, ...]) -> str:
        return " | ".join(c.ljust(w) if i == 0 else c.rjust(w)
                          for i, (c, w) in enumerate(zip(cells, widths, strict=True)))  # fmt: skip

    return [line(head), "-+-".join("-" * w for w in widths), *map(line, rows)]
