"""The report's workbook: a Scope sheet and a sheet per journal table, real numbers with
the formats a journal prints, widths to content, frozen headers, whole sheet names."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from db.database import Database
from main import main


@pytest.fixture
def book(evaluation_site: Database, db_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The English workbook of the evaluation site's whole span."""
    import openpyxl

    out = tmp_path / "report.xlsx"
    assert main(["--db", str(db_path), "report", "--xlsx", str(out), "--lang", "en"]) == 0
    return openpyxl.load_workbook(out)


def _row(sheet, label: str) -> list:  # type: ignore[no-untyped-def]
    return next(list(r) for r in sheet.iter_rows() if r[0].value == label)


def test_sheets_have_whole_short_names_and_a_scope(book) -> None:  # type: ignore[no-untyped-def]
    """Scope first; every name whole and distinct; period, communities, day and version."""
    assert book.sheetnames[:4] == ["Scope", "Table 1 enrolment", "Table 2 demographics",
                                   "Table 3 outcomes"]  # fmt: skip
    assert {"Sessions per month", "Topics", "Venues", "Emergencies"} <= set(book.sheetnames)
    scope = book["Scope"]
    period = _row(scope, "Period")
    assert [c.value for c in period[1:3]] == [datetime(2015, 9, 1), datetime(2018, 8, 15)]
    assert period[1].number_format == "yyyy-mm-dd"
    assert "Maizidian" in _row(scope, "Communities")[1].value
    assert _row(scope, "Made on")[1].value.date() == date.today()
    assert _row(scope, "App version")[1].value


def test_table_2_test_row_is_whole_and_formatted(book) -> None:  # type: ignore[no-untyped-def]
    """Diagnosis keeps χ²(1), its statistic, p and Fisher's p; n and % are numbers with
    integer and one-decimal formats; p shows three decimals."""
    sheet = book["Table 2 demographics"]
    assert [c.value for c in sheet[3]][:6] == [None, "n", "%", "n", "%", None]
    assert sheet.freeze_panes == "B4"
    diagnosis = _row(sheet, "Diagnosis")
    assert diagnosis[5].value == "χ²(1)"
    assert isinstance(diagnosis[6].value, float) and diagnosis[6].number_format == "0.00"
    assert 0 < diagnosis[7].value <= 1 and ".000" in diagnosis[7].number_format
    assert 0 < diagnosis[8].value <= 1 and ".000" in diagnosis[8].number_format  # Fisher
    college = _row(sheet, "Junior college")
    assert [c.value for c in college[1:5]] == [0, 0, 3, 75]
    assert college[3].number_format == "0" and college[4].number_format == "0.0"
    age = _row(sheet, "Age, mean (SD)")
    assert age[1].value == pytest.approx(38.0) and age[1].number_format == "0.0"
    assert age[5].value == "t(3)"
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    assert widths["A"] >= len("Junior high school") and all(w >= 3 for w in widths.values())


def test_table_1_and_frequency(book) -> None:  # type: ignore[no-untyped-def]
    """Table 1's dash before a community started; sessions per month with two decimals."""
    table_1 = book["Table 1 enrolment"]
    assert [c.value for c in _row(table_1, "Maizidian")] == ["Maizidian", "–", 0, 0, 0]
    assert table_1.freeze_panes == "B3"
    frequency = _row(book["Sessions per month"], "Tuanjiehu")
    assert [c.value for c in frequency] == ["Tuanjiehu", "2015-09", 36, 30, 0.83]
    assert frequency[4].number_format == "0.00"


def test_chinese_workbook_names(evaluation_site: Database, db_path: Path, tmp_path: Path) -> None:
    """The Chinese workbook's sheets and labels are Chinese, never codes."""
    import openpyxl

    out = tmp_path / "report.xlsx"
    assert main(["--db", str(db_path), "report", "--xlsx", str(out), "--lang", "zh"]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["范围", "表1 在组人数", "表2 基本特征"]
    labels = [r[0].value for r in book["表2 基本特征"].iter_rows() if r[0].value]
    assert "大专" in labels and not any("_" in str(label) for label in labels)
