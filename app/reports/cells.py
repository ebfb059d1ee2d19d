"""The cells of a journal table and how each prints: counts with percentages, means with
SDs, and test results as APA-style journals write them (χ²(1) = 0.62, p = .431)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DASH = "–"
"""A cell with nothing to count (a community not yet started)."""
FISHER_MARK = "†"
"""Marks a p from Fisher's exact test, explained under the table."""


@dataclass(frozen=True)
class Count:
    """n and its percentage (one decimal) of a stated whole."""

    n: int
    percent: float | None

    def text(self) -> str:
        return f"{self.n} ({self.percent:.1f})" if self.percent is not None else str(self.n)


@dataclass(frozen=True)
class MeanSD:
    """A mean and its standard deviation, one decimal each."""

    mean: float | None
    sd: float | None

    def text(self) -> str:
        if self.mean is None:
            return DASH
        return f"{self.mean:.1f} ({self.sd:.1f})" if self.sd is not None else f"{self.mean:.1f}"


@dataclass(frozen=True)
class Rate:
    """A rate such as sessions per month, two decimals."""

    value: float | None

    def text(self) -> str:
        return DASH if self.value is None else f"{self.value:.2f}"


@dataclass(frozen=True)
class HypothesisTest:
    """A test's statistic with its df, p, and Fisher's exact p where it is used."""

    symbol: str  # "χ²" or "t"
    statistic: float | None
    df: int | None
    p: float | None
    fisher_p: float | None = None

    def statistic_text(self) -> str:
        if self.statistic is None or self.df is None:
            return ""
        return f"{self.symbol}({self.df}) = {self.statistic:.2f}"

    def text(self) -> str:
        """χ²(df) = x.xx, p = .xxx, with Fisher's p marked where used; blank without a test."""
        if not self.statistic_text():
            return ""
        text = f"{self.statistic_text()}, p {p_text(self.p)}"
        if self.fisher_p is not None:
            text += f"; Fisher p {p_text(self.fisher_p)}{FISHER_MARK}"
        return text


def p_text(p: float | None) -> str:
    """ "= .043", "< .001" (three decimals, no leading zero), as journals print p."""
    if p is None:
        return ""
    if p < 0.001:
        return "< .001"
    return "= " + f"{p:.3f}".removeprefix("0")


def percent(n: int, whole: int) -> float | None:
    """n as a percentage of the whole, one decimal; None of nothing."""
    return round(100 * n / whole, 1) if whole else None


Cell = str | int | Count | MeanSD | Rate | HypothesisTest | None


def cell_text(cell: Cell) -> str:
    """How a cell prints in the PDF and on screen."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, int):
        return str(cell)
    return cell.text()


@dataclass(frozen=True)
class JournalTable:
    """A table as a journal prints it: a title, one header row, body rows, notes below.

    ``sections`` are the indexes of rows that head a group of rows (a variable of Table 2,
    an instrument); their first cell is printed as a heading and the rest indented.
    """

    key: str
    title: str
    sheet: str  # a short, whole name for the workbook's tab (31 characters at most)
    headers: list[str]
    rows: list[list[Cell]]
    sections: frozenset[int] = frozenset()
    notes: list[str] = field(default_factory=list)

    def text_rows(self) -> list[list[str]]:
        """Every body row as printed text, padded to the headers' width."""
        width = len(self.headers)
        return [[cell_text(c) for c in row] + [""] * (width - len(row)) for row in self.rows]

    def as_tuple(self) -> tuple[str, list[str], list[list[Any]]]:
        """(title, headers, printed rows): the plain shape a screen table needs."""
        return self.title, list(self.headers), self.text_rows()
