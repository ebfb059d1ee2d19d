"""The report's tables as a journal prints them, shared by the PDF, the workbook and the
Reports page: labels in the output's language, categories in their natural order, N (%)
and mean (SD) cells, each test in its own column or under its table."""

from __future__ import annotations

from typing import Any

from app import codes
from app.reports.cells import (
    DASH,
    Cell,
    Count,
    HypothesisTest,
    JournalTable,
    MeanSD,
    Rate,
    percent,
)
from app.reports.words import (
    INSTRUMENT_LABELS,
    ITEM_LABELS,
    code_label,
    half_year_label,
    pair_label,
    word,
)

Table = tuple[str, list[str], list[list[Any]]]  # title, headers, printed rows
ROLES = ("peer", "consumer")
DEMOGRAPHICS: tuple[tuple[str, str, codes.CodeList | None], ...] = (
    ("sex", "Sex", codes.SEXES),
    ("education", "Education", codes.EDUCATION),
    ("marital_status", "Marital status", codes.MARITAL_STATUSES),
    ("working", "Working", None),
    ("diagnosis", "Diagnosis", codes.DIAGNOSES),
)
YES_NO = codes.CodeList("yes or no", codes.Code("yes", "Yes", "是"), codes.Code("no", "No", "否"))


def report_tables(report: dict[str, Any], language: str = "en") -> list[Table]:
    """Every table as (title, headers, printed rows), for a screen table."""
    return [table.as_tuple() for table in journal_tables(report, language)]


def journal_tables(report: dict[str, Any], language: str) -> list[JournalTable]:
    """Every table of the report, in the order a paper presents them."""
    words = _Words(report, language)
    return [
        _enrolment(report, words), _demographics(report, words), _surveys(report, words),
        _frequency(report, words), _per_period(report, words), *_mixes(report, words),
        _duration(report, words), _cancelled(report, words), _emergencies(report, words),
        _screening(report, words), _supervision(report, words), _training(report, words),
    ]  # fmt: skip


class _Words:
    """Words, code labels and community names in the output's language."""

    def __init__(self, report: dict[str, Any], language: str) -> None:
        self.language = language
        self.names = {c["code"]: c[language] for c in report.get("communities", [])}
        self.starts = {c["code"]: c["start"] for c in report.get("communities", [])}

    def __call__(self, text: str) -> str:
        return word(text, self.language)

    def code(self, code_list: codes.CodeList, code: str) -> str:
        return code_label(code_list, code, self.language)

    def community(self, code: str) -> str:
        return self.names.get(code, code)


def _chi2(test: dict[str, Any]) -> HypothesisTest:
    return HypothesisTest(
        "χ²", test.get("chi2"), test.get("df"), test.get("p"), test.get("fisher_p")
    )


def _enrolment(report: dict[str, Any], w: _Words) -> JournalTable:
    start, end = report["scope"]["from"], report["scope"]["to"]
    years = [str(y) for y in range(int(start[:4]), int(end[:4]) + 1)]
    communities = list(w.names) or sorted(
        {c for role in ROLES for c in report["enrollment"][role]["table"]}
    )
    rows: list[list[Cell]] = []
    sections = set()
    for role, title in (("peer", "Peers"), ("consumer", "Consumers")):
        table = report["enrollment"][role]["table"]
        sections.add(len(rows))
        rows.append([w(title), *[""] * len(years)])
        totals = [0] * len(years)
        for community in communities:
            began = (w.starts.get(community) or "0000")[:4]
            counts = table.get(community, {})
            row: list[Cell] = [w.community(community)]
            for index, year in enumerate(years):
                totals[index] += counts.get(year, 0)
                row.append(DASH if year < began else counts.get(year, 0))
            rows.append(row)
        rows.append([w("Total"), *totals])
    tests = {role: _chi2(report["enrollment"][role]["test"]).text() or DASH for role in ROLES}
    notes = [w("People enrolled on 31 December (on {end} in the last year). – : the community "
               "had not started.").format(end=end),
             w("Peers: {peer}. Consumers: {consumer}.").format(peer=tests["peer"],
                                                              consumer=tests["consumer"])]  # fmt: skip
    return JournalTable("enrolment", w("Table 1. People enrolled per community and year"),
                        "Table 1 enrolment", [w("Community"), *years], rows,
                        frozenset(sections), notes)  # fmt: skip


def _demographics(report: dict[str, Any], w: _Words) -> JournalTable:
    demographics = report["demographics"]
    ages = demographics["age"]
    sizes = {role: _group_size(demographics, role) for role in ROLES}
    age_test = ages["test"]
    rows: list[list[Cell]] = [[
        w("Age, mean (SD)"), MeanSD(ages["peer"]["mean"], ages["peer"]["sd"]),
        MeanSD(ages["consumer"]["mean"], ages["consumer"]["sd"]),
        HypothesisTest("t", age_test.get("t"), age_test.get("df"), age_test.get("p")),
    ]]  # fmt: skip
    sections = set()
    fisher = False
    for name, title, code_list in DEMOGRAPHICS:
        item = demographics[name]
        fisher = fisher or item.get("fisher_p") is not None
        sections.add(len(rows))
        rows.append([w(title), "", "", _chi2(item)])
        listed = code_list or YES_NO
        found = {c for role in ROLES for c in item["counts"][role]}
        order = [c.code for c in listed] + sorted(found - set(listed.code_names()) - {"unknown"})
        if "unknown" in found:
            order.append("unknown")
        for code in order:
            counts = [item["counts"][role].get(code, 0) for role in ROLES]
            rows.append([w.code(listed, code),
                         *(Count(n, percent(n, sizes[role])) for n, role in zip(counts, ROLES, strict=True))])  # fmt: skip
    notes = [w("N (%) of each group; age in completed years on {end}; unknown values are left "
               "out of the tests.").format(end=report["scope"]["to"])]  # fmt: skip
    if fisher:
        notes.append(w("† Fisher's exact test, two-sided (a 2×2 table with an expected count "
                       "under 5)."))  # fmt: skip
    headers = [w("Characteristic"), w("Peers ({n})").format(n=sizes["peer"]),
               w("Consumers ({n})").format(n=sizes["consumer"]), w("Test")]  # fmt: skip
    if w.language == "en":
        headers[1:3] = [f"Peers (n = {sizes['peer']})", f"Consumers (n = {sizes['consumer']})"]
    return JournalTable("demographics", w("Table 2. Characteristics of peers and consumers"),
                        "Table 2 demographics", headers, rows, frozenset(sections), notes)  # fmt: skip


def _group_size(demographics: dict[str, Any], role: str) -> int:
    """Everyone in the group: the sex counts include those whose sex is unknown."""
    return sum(demographics["sex"]["counts"][role].values())


def _surveys(report: dict[str, Any], w: _Words) -> JournalTable:
    rows: list[list[Cell]] = []
    sections = set()
    for instrument, items in report["surveys"].items():
        sections.add(len(rows))
        rows.append([pair_label(INSTRUMENT_LABELS, instrument, w.language), "", "", "", "", ""])
        for item, values in items.items():
            asked = values["asked"]
            rows.append([
                pair_label(ITEM_LABELS, item, w.language), asked,
                Count(values["yes"], percent(values["yes"], asked)),
                Count(values["no"], percent(values["no"], asked)), values["not_assessed"],
                HypothesisTest("χ²", values.get("chi2"), values.get("df"), values.get("p")),
            ])  # fmt: skip
    headers = [w("Item"), w("Asked, n"), w("Yes, n (%)"), w("No, n (%)"), w("Not assessed, n"),
               w("Test")]  # fmt: skip
    notes = [w("Yes as a percentage of everyone asked; χ² goodness of fit against an even "
               "split of those assessed.")]  # fmt: skip
    return JournalTable("surveys", w("Table 3. Satisfaction and perceived benefit"),
                        "Table 3 outcomes", headers, rows, frozenset(sections), notes)  # fmt: skip


def _frequency(report: dict[str, Any], w: _Words) -> JournalTable:
    sessions = report["sessions"]
    months = sessions.get("frequency_months", {})
    held = {c: sum(counts.values()) for c, counts in sessions["per_period"].items()}
    end = report["scope"]["to"]
    rows: list[list[Cell]] = []
    for community, run in months.items():
        first = _month_back(end, run)
        rows.append([w.community(community), first, run, held.get(community, 0),
                     Rate(sessions["frequency"].get(community))])  # fmt: skip
    headers = [w("Community"), w("Ran from"), w("Months"), w("Sessions held"), w("Per month")]
    notes = [w("Months from the community's start (or its first session) to the period's end.")]
    return JournalTable("frequency", w("Sessions per month in each community"),
                        "Sessions per month", headers, rows, notes=notes)  # fmt: skip


def _month_back(end: str, months: int) -> str:
    """The month (YYYY-MM) that is ``months`` months back from the end's, counting both."""
    index = int(end[:4]) * 12 + int(end[5:7]) - 1 - (months - 1)
    return f"{index // 12}-{index % 12 + 1:02d}"


def _per_period(report: dict[str, Any], w: _Words) -> JournalTable:
    per_period = report["sessions"]["per_period"]
    periods = sorted({p for counts in per_period.values() for p in counts})
    rows: list[list[Cell]] = [
        [w.community(c), *(counts.get(p, 0) for p in periods), sum(counts.values())]
        for c, counts in sorted(per_period.items())
    ]
    rows.append([w("Total"), *(sum(c.get(p, 0) for c in per_period.values()) for p in periods),
                 report["sessions"]["held"]])  # fmt: skip
    test = _chi2(report["sessions"]["test"]).text() or DASH
    headers = [w("Community"), *(half_year_label(p, w.language) for p in periods), w("Total")]
    return JournalTable("per_period", w("Activities per community and six months"),
                        "Sessions per half-year", headers, rows,
                        notes=[w("Communities by six months: {test}.").format(test=test)])  # fmt: skip


def _mixes(report: dict[str, Any], w: _Words) -> list[JournalTable]:
    sessions = report["sessions"]
    held = sessions["held"]
    topics = [[w.code(codes.TOPICS, c), Count(v["n"], percent(v["n"], held))]
              for c, v in sessions["topics"].items()]  # fmt: skip
    formats = sessions["formats"]
    format_rows = [[w.code(codes.FORMATS, c), Count(formats[c]["n"], percent(formats[c]["n"], held))]
                   for c in _ordered(codes.FORMATS, formats)]  # fmt: skip
    venues = sessions["venues"]
    venue_rows = [[w.code(codes.VENUES, c), Count(venues[c], percent(venues[c], held))]
                  for c in _ordered(codes.VENUES, venues)]  # fmt: skip
    total: list[Cell] = [w("Total"), held]
    return [
        JournalTable("topics", w("Topic categories"), "Topics",
                     [w("Topic category"), w("n (%)")], [*topics, total]),
        JournalTable("formats", w("Formats"), "Formats", [w("Format"), w("n (%)")],
                     [*format_rows, [w("Sessions held"), held]],
                     notes=[w("A session may use several formats.")]),
        JournalTable("venues", w("Venues"), "Venues", [w("Venue"), w("n (%)")],
                     [*venue_rows, total]),
    ]  # fmt: skip


def _ordered(code_list: codes.CodeList, found: dict[str, Any]) -> list[str]:
    """The codes found, in the code list's order, any stray ones after."""
    return [c for c in code_list.code_names() if c in found] + sorted(
        set(found) - set(code_list.code_names())
    )


def _duration(report: dict[str, Any], w: _Words) -> JournalTable:
    d = report["sessions"]["duration"]
    row: list[Cell] = [d["n"], MeanSD(d["mean"], d["sd"]), _whole(d["min"]), _whole(d["max"])]
    return JournalTable("duration", w("Session length (minutes)"), "Session length",
                        [w("Sessions timed, n"), w("Mean (SD)"), w("Shortest"), w("Longest")],
                        [row])  # fmt: skip


def _whole(value: float | None) -> Cell:
    return DASH if value is None else round(value)


def _cancelled(report: dict[str, Any], w: _Words) -> JournalTable:
    cancelled = report["sessions"]["cancelled"]
    reasons = cancelled["reasons"]
    rows: list[list[Cell]] = [[w.code(codes.CANCEL_REASONS, r), reasons[r]]
                              for r in _ordered(codes.CANCEL_REASONS, reasons)]  # fmt: skip
    rows.append([w("Total"), cancelled["n"]])
    return JournalTable("cancelled", w("Cancelled sessions"), "Cancelled",
                        [w("Reason"), w("n")], rows)  # fmt: skip


def _emergencies(report: dict[str, Any], w: _Words) -> JournalTable:
    events = report["emergencies"]
    rows: list[list[Cell]] = [[w("Category"), ""]]
    rows += [[w.code(codes.EVENT_CATEGORIES, k) if k in codes.EVENT_CATEGORIES
              else w("Not recorded"), n] for k, n in events.get("categories", {}).items()]
    kinds = len(rows)
    rows.append([w("Kind"), ""])
    rows += [[w.code(codes.EVENT_KINDS, k), n] for k, n in events["kinds"].items()]
    states = len(rows)
    rows.append([w("State"), ""])
    rows += [[w(s.capitalize()), n] for s, n in events["states"].items()]
    rows.append([w("Total"), events["total"]])
    adverse = report["sessions"].get("adverse_events", {})
    sessions_row = len(rows)
    rows.append([w("Sessions held, by adverse event during the session"), ""])
    rows += [[w(label), adverse.get(key, 0)] for key, label in ADVERSE_ROWS]
    return JournalTable("emergencies", w("Emergency events"), "Emergencies",
                        ["", w("n")], rows, frozenset({0, kinds, states, sessions_row}))  # fmt: skip


ADVERSE_ROWS = (("none", "No adverse event"), ("yes", "Adverse event"),
                ("not_recorded", "Not recorded"))  # fmt: skip


def _screening(report: dict[str, Any], w: _Words) -> JournalTable:
    screened = report.get("screening") or {}
    roles = [r for r in ("peer", "consumer") if r in screened]

    def row(label: str, key: str, code: str) -> list[Cell]:
        return [label, *(screened[r][key][code] for r in roles)]

    rows: list[list[Cell]] = [[w("Screened"), *(screened[r]["screened"] for r in roles)]]
    rows += [row(w.code(codes.ELIGIBILITY, c), "decisions", c)
             for c in codes.ELIGIBILITY.code_names()]  # fmt: skip
    rows.append(row(w("Not decided"), "decisions", "not_decided"))
    rows += [row(w.code(codes.REFERRALS, c), "referrals", c) for c in codes.REFERRALS.code_names()]
    rows.append(row(w("How they came: not recorded"), "referrals", "not_recorded"))
    return JournalTable("screening", w("Screening"), "Screening",
                        ["", *(w("Peers") if r == "peer" else w("Consumers") for r in roles)],
                        rows)  # fmt: skip


def _supervision(report: dict[str, Any], w: _Words) -> JournalTable:
    kinds = report["supervision"]["kinds"]
    rows: list[list[Cell]] = [[w.code(codes.SUPERVISION_KINDS, k), kinds[k]]
                              for k in _ordered(codes.SUPERVISION_KINDS, kinds)]  # fmt: skip
    rows.append([w("Total"), report["supervision"]["total"]])
    return JournalTable("supervision", w("Supervision"), "Supervision", [w("Kind"), w("n")], rows)


def _training(report: dict[str, Any], w: _Words) -> JournalTable:
    t = report["training"]
    return JournalTable("training", w("Training"), "Training",
                        [w("Sessions"), w("Attendances"), w("Absences")],
                        [[t["sessions"], t["attendances"], t["absences"]]])  # fmt: skip
