"""Importing survey answers from CSV."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.imports.csv_reading import ImportFailed
from app.imports.surveys_csv import import_surveys
from app.services import surveys
from db.database import Database
from tests.helpers import DOCTOR

HEAD = "person_code,instrument,item,answer,date"
GOOD = f"""{HEAD}
C1,consumer_satisfaction,satisfied_with_peers,yes,2016-06-01
C1,consumer_satisfaction,wants_to_continue,是,2016/6/1
P1,peer_benefit,working_skills,no,2016年6月1日
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "answers.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_good_file_then_same_file_again(people_db: Database, tmp_path: Path) -> None:
    """Answers are saved once; importing them again changes nothing."""
    path = write(tmp_path, "\ufeff" + GOOD)
    first = import_surveys(people_db, DOCTOR, path)
    assert (first.read, first.new) == (3, 3)
    again = import_surveys(people_db, DOCTOR, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert [a.answer for a in surveys.list_answers(people_db, DOCTOR)] == ["yes", "yes", "no"]


def test_not_assessed_with_reason_column(people_db: Database, tmp_path: Path) -> None:
    """The optional reason column is kept for answers not assessed."""
    text = f"{HEAD},reason\nC2,consumer_benefit,social_communication,未评估,2016-06-01,在住院\n"
    import_surveys(people_db, DOCTOR, write(tmp_path, text, encoding="gb18030"))
    [answer] = surveys.list_answers(people_db, DOCTOR)
    assert (answer.answer, answer.reason) == ("not_assessed", "在住院")


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("X9,consumer_satisfaction,wants_to_continue,yes,2016-06-01", "person_code"),
        ("C1,happiness,wants_to_continue,yes,2016-06-01", "instrument"),
        ("C1,consumer_satisfaction,own_mood,yes,2016-06-01", "item"),
        ("C1,consumer_satisfaction,wants_to_continue,maybe,2016-06-01", "answer"),
        ("C1,consumer_satisfaction,wants_to_continue,yes,2016-13-01", "date"),
        ("P1,consumer_satisfaction,wants_to_continue,yes,2016-06-01", "instrument"),
        ("C1,consumer_satisfaction,satisfied_with_peers,no,2016-06-01", "person_code"),
    ],
)
def test_bad_line_refuses_the_whole_file(
    people_db: Database, tmp_path: Path, line: str, column: str
) -> None:
    """One bad line is named with its column; no answer is saved."""
    with pytest.raises(ImportFailed) as caught:
        import_surveys(people_db, DOCTOR, write(tmp_path, f"{GOOD}{line}\n"))
    assert [(p.line, p.column) for p in caught.value.problems] == [(5, column)]
    assert surveys.list_answers(people_db, DOCTOR) == []
