"""The report's tables as rows and columns, shared by the workbook and the PDF report."""

from __future__ import annotations

from typing import Any

from app import codes

Table = tuple[str, list[str], list[list[Any]]]  # title, headers, rows


def _test_row(test: dict[str, Any]) -> list[Any]:
    return ["chi2", test.get("chi2"), "df", test.get("df"), "p", test.get("p"),
            "fisher_p", test.get("fisher_p")]  # fmt: skip


def report_tables(report: dict[str, Any]) -> list[Table]:
    """Every table of the report, in the order of the issue's sections."""
    sessions = report["sessions"]
    periods = sorted({p for counts in sessions["per_period"].values() for p in counts})
    tables: list[Table] = [(
        "Activities per community and six months",
        ["community", *periods],
        [[c, *(counts.get(p, 0) for p in periods)] for c, counts in
         sorted(sessions["per_period"].items())] + [_test_row(sessions["test"])],
    ), (
        "Topic categories",
        ["topic", "label", "n", "percent"],
        [[c, codes.TOPICS[c].en, v["n"], v["percent"]] for c, v in sessions["topics"].items()],
    ), (
        "Formats",
        ["format", "n", "percent"],
        [[c, v["n"], v["percent"]] for c, v in sorted(sessions["formats"].items())],
    ), (
        "Session length (minutes)",
        list(sessions["duration"]),
        [list(sessions["duration"].values())],
    ), (
        "Consumers present per session",
        ["consumers present in all", *sessions["attendance"]["per_session"]],
        [[sessions["attendance"]["consumers_present"],
          *sessions["attendance"]["per_session"].values()]],
    ), (
        "Cancelled sessions",
        ["reason", "n"],
        [[r, n] for r, n in sessions["cancelled"]["reasons"].items()],
    )]  # fmt: skip
    for role in ("peer", "consumer"):
        enrolled = report["enrollment"][role]
        years = sorted({y for counts in enrolled["table"].values() for y in counts})
        tables.append((
            f"Enrolled {role}s per community and year",
            ["community", *years],
            [[c, *(counts.get(y, 0) for y in years)] for c, counts in
             sorted(enrolled["table"].items())] + [_test_row(enrolled["test"])],
        ))  # fmt: skip
    ages = report["demographics"]["age"]
    tables.append(("Age", ["group", *ages["peer"]],
                   [["peer", *ages["peer"].values()], ["consumer", *ages["consumer"].values()],
                    ["t-test", *ages["test"].values()]]))  # fmt: skip
    for name in ("sex", "education", "marital_status", "working", "diagnosis"):
        item = report["demographics"][name]
        categories = sorted({c for by_role in item["counts"].values() for c in by_role})
        tables.append((
            name.replace("_", " ").capitalize(), ["category", "peer", "consumer"],
            [[c, item["counts"]["peer"].get(c, 0), item["counts"]["consumer"].get(c, 0)]
             for c in categories] + [_test_row(item)],
        ))  # fmt: skip
    survey_rows = [
        [instrument, item, *values.values()]
        for instrument, items in report["surveys"].items()
        for item, values in items.items()
    ]
    first = next(iter(next(iter(report["surveys"].values())).values()))
    tables.append(("Satisfaction and perceived benefit", ["instrument", "item", *first],
                   survey_rows))  # fmt: skip
    events = report["emergencies"]
    tables.append(("Emergency events", ["kind or state", "n"],
                   [[k, n] for k, n in {**events["kinds"], **events["states"]}.items()]))  # fmt: skip
    tables.append(
        ("Supervision", ["kind", "n"], list(map(list, report["supervision"]["kinds"].items())))
    )
    tables.append(("Training", list(report["training"]), [list(report["training"].values())]))
    return tables
