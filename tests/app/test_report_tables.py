"""The report's tables as a journal prints them: Table 1, Table 2, outcomes, frequency."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from app.reports.build import ReportScope, build_report, data_span
from app.reports.cells import HypothesisTest, p_text
from app.reports.tables import journal_tables
from db.database import Database
from main import main
from tests.helpers import DOCTOR

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")


@pytest.fixture
def site(evaluation_site: Database) -> Database:
    """The evaluation site of tests/app/conftest.py."""
    return evaluation_site


def _table(site: Database, key: str, language: str = "en", **scope: object):  # type: ignore[no-untyped-def]
    span = data_span(site)
    assert span is not None
    report = build_report(site, DOCTOR, ReportScope(*span, **scope))  # type: ignore[arg-type]
    return next(t for t in journal_tables(report, language) if t.key == key)


def test_default_period_is_the_span_of_the_data(
    site: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --from/--to the report runs from the first record to the last, not to today."""
    assert main(["--db", str(db_path), "report", "--json", "-"]) == 0
    scope = json.loads(capsys.readouterr().out)["scope"]
    assert (scope["from"], scope["to"]) == ("2015-09-01", "2018-08-15")


def test_table_1_marks_years_before_a_community_started(site: Database) -> None:
    """MZD started in March 2016: its 2015 cell is a dash, not a zero; totals per year."""
    table = _table(site, "enrolment")
    assert table.headers == ["Community", "2015", "2016", "2017", "2018"]
    rows = table.text_rows()
    assert rows[0][0] == "Peers" and 0 in table.sections
    assert ["Maizidian", "–", "0", "0", "0"] in rows
    assert ["Tuanjiehu", "2", "2", "2", "2"] in rows
    consumers = rows[rows.index(["Consumers", "", "", "", ""]) :]
    assert ["Maizidian", "–", "1", "1", "1"] in consumers
    assert ["Total", "3", "4", "4", "4"] in consumers
    assert any("χ²(" in note or "–" in note for note in table.notes)


def test_table_2_in_natural_order_with_percentages_and_tests(site: Database) -> None:
    """Categories in the code list's order with N (%), age as mean (SD) with t(df), each
    variable's test in its own column, unknown last."""
    table = _table(site, "demographics")
    assert table.headers == ["Characteristic", "Peers (n = 2)", "Consumers (n = 4)", "Test"]
    rows = table.text_rows()
    labels = [r[0] for r in rows]
    education = labels[labels.index("Education") + 1 : labels.index("Marital status")]
    assert education == ["Primary school", "Junior high school", "Senior high school",
                         "Junior college", "Undergraduate", "Postgraduate", "Unknown"]  # fmt: skip
    assert rows[labels.index("Junior college")][1:3] == ["0 (0.0)", "3 (75.0)"]
    assert rows[labels.index("Primary school")][1:3] == ["1 (50.0)", "0 (0.0)"]
    assert rows[labels.index("Unknown")][1:3] == ["0 (0.0)", "1 (25.0)"]
    age = rows[0]
    assert age[:3] == ["Age, mean (SD)", "38.0 (7.1)", "43.0 (0.0)"]
    assert re.fullmatch(r"t\(3\) = -?\d+\.\d\d, p = \.\d{3}", age[3])
    assert rows[labels.index("Sex")][1:] == ["", "", ""]  # one category known: no test
    assert re.fullmatch(r"χ²\(2\) = 5\.00, p = \.082", rows[labels.index("Education")][3])
    diagnosis = rows[labels.index("Diagnosis")][3]
    assert re.fullmatch(r"χ²\(1\) = \d+\.\d\d, p = \.\d{3}; Fisher p = \.\d{3}†", diagnosis)
    assert any(note.startswith("†") for note in table.notes)


def test_outcomes_yes_of_everyone_asked_and_test_of_the_assessed(site: Database) -> None:
    """2 yes of 3 asked is 66.7 %; 1 not assessed; χ²(1) = 2.00 over the 2 assessed."""
    rows = _table(site, "surveys").text_rows()
    item = next(r for r in rows if r[0] == "Satisfied with the peers")
    assert item == ["Satisfied with the peers", "3", "2 (66.7)", "0 (0.0)", "1",
                    "χ²(1) = 2.00, p = .157"]  # fmt: skip
    assert rows[0][0] == "Consumer satisfaction"


def test_frequency_over_the_months_each_community_ran(site: Database) -> None:
    """TJH ran 36 months of the span (2015-09 to 2018-08) for 30 sessions: 0.83; a period
    from 2017 gives 20 months: 1.50 a month, not 30 over the whole span."""
    rows = _table(site, "frequency").text_rows()
    assert ["Tuanjiehu", "2015-09", "36", "30", "0.83"] in rows
    assert ["Maizidian", "2016-03", "30", "0", "0.00"] in rows
    report = build_report(site, DOCTOR, ReportScope(date(2017, 1, 1), date(2018, 8, 31)))
    assert report["sessions"]["frequency"]["TJH"] == 1.5
    assert report["sessions"]["frequency_months"]["TJH"] == 20


def test_chinese_tables_carry_labels_never_codes(site: Database) -> None:
    """Every title, header, cell and note of the Chinese tables is free of snake_case codes."""
    span = data_span(site)
    assert span is not None
    report = build_report(site, DOCTOR, ReportScope(*span))
    tables = journal_tables(report, "zh")
    cells = [c for t in tables for r in t.text_rows() for c in r]
    text = " ".join(
        [
            *(t.title for t in tables),
            *(h for t in tables for h in t.headers),
            *(n for t in tables for n in t.notes),
            *cells,
        ]
    )
    assert not SNAKE.findall(text)
    assert "大专" in text and "团结湖" in text and "表2" in text


def test_p_values_as_journals_print_them() -> None:
    """Three decimals without the leading zero; below .001 as "< .001"."""
    assert p_text(0.04321) == "= .043" and p_text(8.3e-9) == "< .001" and p_text(1.0) == "= 1.000"
    result = HypothesisTest("χ²", 11.4219, 3, 0.0097, None)
    assert result.text() == "χ²(3) = 11.42, p = .010"
