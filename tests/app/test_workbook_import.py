"""Rosters and answers from Excel workbooks, with Chinese headers and Excel dates."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.imports.csv_reading import ImportFailed
from app.imports.people_csv import check_people, import_people
from app.imports.surveys_csv import import_surveys
from app.services import people, surveys
from db.database import Database
from tests.helpers import DOCTOR, write_workbook

CHINESE = ["编号", "角色", "社区", "入组日期", "离开日期", "性别", "出生日期", "文化程度",
           "婚姻状况", "工作状况", "诊断", "照料对象"]  # fmt: skip
ROSTER = [
    CHINESE,
    ["G1", "照料者", "TJH", datetime(2015, 10, 1), None, "女", "1950/1/1", "小学", "丧偶", "否",
     None, "C1"],
    ["P1", "同伴支持者", "TJH", datetime(2015, 9, 1), None, "女", datetime(1975, 5, 5), "高中",
     "已婚", False, "精神分裂症", None],
    ["C1", "服务对象", "TJH", "2015年9月1日", None, "男", date(1980, 2, 3), "本科", "离异", True,
     "双相情感障碍", None],
    [2001, "服务对象", "TJH", datetime(2016, 3, 1), None, None, None, None, None, None, None],
]  # fmt: skip


def test_a_chinese_workbook_with_excel_dates_is_imported(db: Database, tmp_path: Path) -> None:
    """Chinese headings and labels, Excel dates and text dates, a caregiver listed before the
    person cared for, a code typed as a number: every row imported as written."""
    path = write_workbook(tmp_path / "花名册.xlsx", ROSTER)
    result = import_people(db, DOCTOR, path)
    assert (result.read, result.new) == (4, 4)
    rows = {r.person.code: r.person for r in people.registry(db, DOCTOR)}
    assert (rows["P1"].role, rows["P1"].enrolled_on, rows["P1"].birth_date) == (
        "peer", date(2015, 9, 1), date(1975, 5, 5))  # fmt: skip
    assert (rows["C1"].working, rows["C1"].diagnosis, rows["C1"].marital_status) == (
        True, "bipolar", "divorced")  # fmt: skip
    assert rows["G1"].caregiver_of == "C1" and rows["P1"].working is False
    assert rows["2001"].enrolled_on == date(2016, 3, 1)
    again = import_people(db, DOCTOR, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)


def test_a_bad_row_refuses_the_workbook_naming_row_and_column(db: Database, tmp_path: Path) -> None:
    """One bad row: nothing is written, and the problem names the sheet's row, the column
    as the file heads it, and the value."""
    bad = ["P9", "同伴支持者", "TJH", 42248, None, "男人", None, None, None, None, None, None]
    path = write_workbook(tmp_path / "roster.xlsx", [*ROSTER, bad])
    with pytest.raises(ImportFailed) as caught:
        import_people(db, DOCTOR, path)
    found = {(p.line, p.column, p.value) for p in caught.value.problems}
    assert found == {(6, "入组日期", "42248"), (6, "性别", "男人")}
    assert "row 6, column 性别 ('男人')" in str(caught.value)
    assert people.list_people(db) == []


def test_the_preview_lists_rows_and_problems_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    """Checking a file reads every row and problem without writing anything."""
    bad = ["P1", "同伴支持者", "TJH", datetime(2015, 9, 1)] + [None] * 8
    path = write_workbook(tmp_path / "roster.xlsx", [*ROSTER, bad])
    checked = check_people(db, DOCTOR, path)
    assert checked.rows == 5 and len(checked.sample) == 5
    assert [(p.line, p.column) for p in checked.problems.kept] == [(6, "编号")]
    assert "line 3" in checked.problems.kept[0].reason
    assert checked.table.headings() == CHINESE
    assert people.list_people(db) == []


def test_survey_answers_from_a_chinese_workbook(people_db: Database, tmp_path: Path) -> None:
    """Answers with Chinese headings and an Excel date."""
    path = write_workbook(tmp_path / "answers.xlsx", [
        ["编号", "评估工具", "问题", "回答", "日期", "原因"],
        ["C1", "consumer_satisfaction", "satisfied_with_peers", "是", datetime(2016, 6, 1)],
        ["C2", "consumer_benefit", "social_communication", "未评估", datetime(2016, 6, 1),
         "在住院"],
    ])  # fmt: skip
    assert import_surveys(people_db, DOCTOR, path).new == 2
    answers = {a.person: a for a in surveys.list_answers(people_db, DOCTOR)}
    assert answers["C1"].answered_on == date(2016, 6, 1) and answers["C1"].answer == "yes"
    assert answers["C2"].reason == "在住院"


def test_a_huge_line_is_refused_without_holding_it(db: Database, tmp_path: Path) -> None:
    """A CSV line of megabytes is not a roster line: refused with its number."""
    from app.errors import UserError
    from app.imports.people_csv import HEADER

    path = tmp_path / "people.csv"
    path.write_bytes(",".join(HEADER).encode() + b"\n" + b"x" * (2 << 20) + b"\n")
    with pytest.raises(UserError, match="line 2: longer than"):
        import_people(db, DOCTOR, path)
