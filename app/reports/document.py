"""The report as a printout reads it: plain words, printed tables and chart series, all in
the output's language, so the PDF writer knows no codes (STYLE.md, habit 8)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app import codes
from app.reports.cells import JournalTable
from app.reports.tables import journal_tables
from app.reports.words import code_label, half_year_label, word

CHART_COMMUNITIES = 8
"""Communities a chart tells apart, one colour each. With more, a chart shows them added
together (a legend of hundreds of colours that repeat helps nobody); the tables give each
community's figures."""


@dataclass(frozen=True)
class PrintedTable:
    """A table's printed text: title, headers, rows, section rows, notes."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    sections: frozenset[int] = frozenset()
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Chart:
    """A bar chart: category labels along one axis, one series of values per name."""

    title: str
    categories: list[str]
    series: dict[str, list[float]]
    horizontal: bool = False
    category_axis: str = ""
    """What the categories are (the axis they stand along), in the report's language."""
    value_axis: str = ""
    """What the bars count, in the report's language."""


@dataclass(frozen=True)
class PrintedReport:
    """Everything the PDF shows, in its language."""

    title: str
    scope_lines: list[str]
    charts: list[Chart]
    tables: list[PrintedTable]
    page_label: str  # "Page {page} of {pages}"
    language: str


def scope_lines(report: dict[str, Any], site: str, language: str, made: date) -> list[str]:
    """Site, period, communities and the day the report was made."""
    scope = report["scope"]
    names = [c[language] for c in report.get("communities", [])]
    chosen = ", " if language == "en" else "、"
    communities = chosen.join(names) if scope["communities"] else word("All communities", language)
    if scope["communities"] is None and names:
        communities += (
            f" ({chosen.join(names)})" if language == "en" else f"（{chosen.join(names)}）"
        )
    lines = [
        f"{word('Period', language)}: {scope['from']} – {scope['to']}",
        f"{word('Communities', language)}: {communities}",
        f"{word('Made on', language)}: {made.isoformat()}",
    ]
    return ([f"{word('Site', language)}: {site}"] if site else []) + lines


def printed_report(
    report: dict[str, Any], site: str, language: str, made: date | None = None
) -> PrintedReport:
    """The report as the PDF prints it."""
    tables = [_printed(t) for t in journal_tables(report, language)]
    return PrintedReport(
        word("Evaluation report", language),
        scope_lines(report, site, language, made or date.today()),
        charts(report, language),
        tables,
        word("Page {page} of {pages}", language),
        language,
    )


def _printed(table: JournalTable) -> PrintedTable:
    return PrintedTable(table.title, table.headers, table.text_rows(), table.sections, table.notes)


def half_years_between(first: date, last: date) -> list[str]:
    """Every six-month period from the one holding ``first`` to the one holding ``last``
    (2016H1, 2016H2, 2017H1…), so a period without sessions is there to show as zero."""
    periods, year, half = [], first.year, 1 if first.month <= 6 else 2
    while (year, half) <= (last.year, 1 if last.month <= 6 else 2):
        periods.append(f"{year}H{half}")
        year, half = (year, 2) if half == 1 else (year + 1, 1)
    return periods


def _span(report: dict[str, Any]) -> tuple[date, date]:
    scope = report["scope"]
    return date.fromisoformat(scope["from"]), date.fromisoformat(scope["to"])


def _together(series: dict[str, list[int]], language: str) -> dict[str, list[int]]:
    """Each community's series, or with more than a chart tells apart, their sum."""
    if len(series) <= CHART_COMMUNITIES:
        return series
    name = word("All {n} communities", language).format(n=len(series))
    return {name: [sum(values) for values in zip(*series.values(), strict=True)]}


def charts(report: dict[str, Any], language: str) -> list[Chart]:
    """Sessions per community and six months, topic categories, enrolment per year: every
    community of the report by name (or, beyond ``CHART_COMMUNITIES``, all added together)
    and every period of its span, those without any as zero."""
    names = {c["code"]: c[language] for c in report.get("communities", [])}
    per_period = report["sessions"]["per_period"]
    communities = sorted(set(names) | set(per_period), key=lambda c: names.get(c, c))
    first, last = _span(report)
    periods = half_years_between(first, last)
    topics = report["sessions"]["topics"]
    held = word("Sessions held", language)
    found = [
        Chart(
            word("Activities per community and six months", language),
            [half_year_label(p, language).replace("年", "年\n", 1) for p in periods],
            _together({names.get(c, c): [per_period.get(c, {}).get(p, 0) for p in periods]
                       for c in communities}, language),
            category_axis=word("Six months", language), value_axis=held,
        ),
        Chart(
            word("Topic categories", language),
            [code_label(codes.TOPICS, t, language) for t in topics],
            {held: [v["n"] for v in topics.values()]},
            horizontal=True, category_axis=word("Topic category", language), value_axis=held,
        ),
    ]  # fmt: skip
    years = [str(y) for y in range(first.year, last.year + 1)]
    for role, title in (("peer", "Peers"), ("consumer", "Consumers")):
        table = report["enrollment"][role]["table"]
        name = f"{word('Table 1. People enrolled per community and year', language)}: "
        found.append(Chart(name + word(title, language), years,
                           _together({names.get(c, c): [table.get(c, {}).get(y, 0)
                                                        for y in years]
                                      for c in communities}, language),
                           category_axis=word("Year", language),
                           value_axis=word("Enrolled", language)))  # fmt: skip
    return found
