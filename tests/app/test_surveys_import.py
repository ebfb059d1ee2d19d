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


def _many_answers(lines: int) -> list[str]:
    """``lines`` answers of C1, three a day from 2010 on, as the evaluation file holds them."""
    from datetime import date, timedelta

    items = [("consumer_satisfaction", "satisfied_with_peers"),
             ("consumer_satisfaction", "wants_to_continue"),
             ("consumer_benefit", "social_communication")]  # fmt: skip
    day = date(2010, 1, 1)
    return [f"C1,{items[n % 3][0]},{items[n % 3][1]},{'yes' if n % 2 else 'no'},"
            f"{(day + timedelta(days=n // 3)).isoformat()}" for n in range(lines)]  # fmt: skip


def test_a_big_file_is_written_in_batches_and_checked_across_them(
    people_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """5,000 answers: a line repeating one three batches before, or a bad last line, refuses
    the whole file; the good file is written in a handful of flushes, not one per line."""
    from sqlalchemy.orm import Session

    from app.imports import surveys_csv

    lines = [HEAD, *_many_answers(5000)]
    with pytest.raises(ImportFailed) as caught:
        import_surveys(people_db, DOCTOR, write(tmp_path, "\r\n".join([*lines, lines[2]])))
    assert [(p.line, p.column) for p in caught.value.problems] == [(5002, "person_code")]
    assert "line 3" in caught.value.problems[0].reason
    bad = "C1,consumer_satisfaction,wants_to_continue,maybe,2016-06-01"
    with pytest.raises(ImportFailed):
        import_surveys(people_db, DOCTOR, write(tmp_path, "\r\n".join([*lines, bad])))
    assert surveys.list_answers(people_db, DOCTOR) == []
    flushes: list[int] = []
    real_flush = Session.flush
    counted = lambda self, *a: flushes.append(1) or real_flush(self, *a)  # noqa: E731
    monkeypatch.setattr(Session, "flush", counted)
    result = import_surveys(people_db, DOCTOR, write(tmp_path, "\r\n".join(lines)))
    assert (result.read, result.new) == (5000, 5000)
    assert len(flushes) < 5000 // surveys_csv.BATCH * 20  # a few per batch, not one per line
    assert len(surveys.list_answers(people_db, DOCTOR)) == 5000


def test_imported_answers_are_audited_and_versioned_as_typed_ones(
    people_db: Database, tmp_path: Path
) -> None:
    """Bulk-written answers each get their create entry with the record's hash and their
    version; a changed answer in a second file is versioned like an edit, the rest stay."""
    from sqlalchemy import select

    from app.audit import verify_chain
    from db.models import AuditEntry, RecordVersion, SurveyAnswer

    import_surveys(people_db, DOCTOR, write(tmp_path, GOOD))
    again = import_surveys(
        people_db, DOCTOR, write(tmp_path, GOOD.replace("yes,2016-06-01", "no,2016-06-01"))
    )
    assert (again.new, again.updated, again.unchanged) == (0, 1, 2)
    assert verify_chain(people_db, DOCTOR).problems == []
    with people_db.reading() as session:
        ids = set(session.scalars(select(SurveyAnswer.id)))
        created = session.execute(
            select(AuditEntry.record_id, AuditEntry.record_hash).where(
                AuditEntry.action == "create", AuditEntry.table_name == "survey_answer"
            )
        ).all()
        assert len(ids) == 3 and {r for r, _ in created} == ids and all(h for _, h in created)
        versions = session.execute(select(RecordVersion.action).where(
            RecordVersion.table_name == "survey_answer")).scalars().all()  # fmt: skip
    assert sorted(versions) == ["create", "create", "create", "update"]
    assert [a.answer for a in surveys.list_answers(people_db, DOCTOR)][:1] == ["no"]
