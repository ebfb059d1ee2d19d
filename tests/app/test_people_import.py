"""Importing participants from the CSV files people really bring."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.errors import UserError
from app.imports.csv_reading import ImportFailed
from app.imports.people_csv import HEADER, export_people, import_people
from app.services import people
from db.database import Database
from tests.helpers import DOCTOR

HEAD = ",".join(HEADER)
GOOD = f"""{HEAD}
P1,peer,TJH,2015-09-01,,female,1975-05-05,senior_high,married,no,schizophrenia,
C1,consumer,TJH,2015-09-01,,male,1980-02-03,junior_high,single,yes,bipolar,
G1,caregiver,TJH,2015-10-01,,female,1950-01-01,primary,widowed,no,,C1
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_good_file_is_imported(db: Database, tmp_path: Path) -> None:
    """Every line becomes a person with role, demographics and caregiver link."""
    result = import_people(db, DOCTOR, write(tmp_path, GOOD))
    assert (result.read, result.new, result.updated, result.unchanged) == (3, 3, 0, 0)
    rows = {r.person.code: r.person for r in people.registry(db, DOCTOR)}
    assert rows["P1"].role == "peer" and rows["P1"].education == "senior_high"
    assert rows["C1"].working is True and rows["C1"].diagnosis == "bipolar"
    assert rows["G1"].caregiver_of == "C1"


def test_same_file_twice_creates_no_duplicates(db: Database, tmp_path: Path) -> None:
    """A second import of the same file finds nothing new and nothing changed."""
    path = write(tmp_path, GOOD)
    import_people(db, DOCTOR, path)
    again = import_people(db, DOCTOR, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert len(people.list_people(db)) == 3


def test_changed_line_counts_as_updated(db: Database, tmp_path: Path) -> None:
    """Changing one person's education updates exactly that person."""
    import_people(db, DOCTOR, write(tmp_path, GOOD))
    changed = GOOD.replace("senior_high,married", "junior_college,married")
    result = import_people(db, DOCTOR, write(tmp_path, changed, name="v2.csv"))
    assert (result.new, result.updated, result.unchanged) == (0, 1, 2)


def test_excel_utf8_with_bom_and_crlf(db: Database, tmp_path: Path) -> None:
    """Excel's "CSV UTF-8" (byte-order mark, CRLF) reads like any other file."""
    path = write(tmp_path, "\ufeff" + GOOD.replace("\n", "\r\n"))
    assert import_people(db, DOCTOR, path).new == 3


def test_chinese_excel_gb18030_with_labels_and_date_styles(db: Database, tmp_path: Path) -> None:
    """Plain CSV from Chinese Windows: GBK bytes, Chinese labels, three date styles."""
    text = (
        f"{HEAD}\r\n"
        "P1,同伴支持者,TJH,2015年9月1日,,女,1975/5/5,高中,已婚,否,精神分裂症,\r\n"
        "C1,服务对象,TJH,2015/9/1,,男,1980-02-03,本科,离异,是,双相情感障碍,\r\n"
    )
    import_people(db, DOCTOR, write(tmp_path, text, encoding="gb18030"))
    rows = {r.person.code: r.person for r in people.registry(db, DOCTOR)}
    assert (rows["P1"].role, rows["P1"].sex, rows["P1"].education) == (
        "peer",
        "female",
        "senior_high",
    )
    assert rows["P1"].enrolled_on == date(2015, 9, 1) and rows["P1"].birth_date == date(1975, 5, 5)
    assert (rows["C1"].marital_status, rows["C1"].diagnosis) == ("divorced", "bipolar")


@pytest.mark.parametrize(
    ("line", "column", "value"),
    [
        ("P9,peer,TJH,2015-09-01,,man,,,,,,", "sex", "man"),
        ("P9,peer,TJH,2015-09-31,,,,,,,,", "enrolled_on", "2015-09-31"),
        ("P9,peer,TJH,2015-02-30,,,,,,,,", "enrolled_on", "2015-02-30"),
        ("P9,peer,TJH,01.09.2015,,,,,,,,", "enrolled_on", "01.09.2015"),
        ("P9,peer,XHY,2015-09-01,,,,,,,,", "community", "XHY"),
        ("P9,doctor,TJH,2015-09-01,,,,,,,,", "role", "doctor"),
        ("P9,peer,TJH,,,,,,,,,", "enrolled_on", ""),
        ("P 9,peer,TJH,2015-09-01,,,,,,,,", "code", "P 9"),
        ("P9,peer,TJH,2015-09-01,2015-08-01,,,,,,,", "left_on", "2015-08-01"),
        ("P9,peer,TJH,2015-09-01,,,,,,maybe,,", "working", "maybe"),
        ("P9,peer,TJH,2015-09-01,,,,,,,,C1", "caregiver_of", "C1"),
        ("G9,caregiver,TJH,2015-09-01,,,,,,,,NOBODY", "caregiver_of", "NOBODY"),
        ("P9,peer,TJH,2015-09-01,,,,,,,flu,", "diagnosis", "flu"),
    ],
)
def test_bad_line_is_named_and_nothing_is_written(
    db: Database, tmp_path: Path, line: str, column: str, value: str
) -> None:
    """A bad value names its line, column and value; the good lines are not written either."""
    text = f"{HEAD}\nC5,consumer,TJH,2015-09-01,,,,,,,,\n{line}\n"
    with pytest.raises(ImportFailed) as caught:
        import_people(db, DOCTOR, write(tmp_path, text))
    [problem] = caught.value.problems
    assert (problem.line, problem.column, problem.value) == (3, column, value)
    assert "line 3" in str(caught.value)
    assert people.list_people(db) == []


def test_future_dates_are_refused(db: Database, tmp_path: Path) -> None:
    """Enrolment and birth dates after today are errors."""
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    text = f"{HEAD}\nP9,peer,TJH,{tomorrow},,,{tomorrow},,,,,\n"
    with pytest.raises(ImportFailed) as caught:
        import_people(db, DOCTOR, write(tmp_path, text))
    assert {p.column for p in caught.value.problems} == {"enrolled_on", "birth_date"}


def test_duplicate_code_names_both_lines(db: Database, tmp_path: Path) -> None:
    """The same code twice in one file is refused, naming the earlier line."""
    text = f"{HEAD}\nP1,peer,TJH,2015-09-01,,,,,,,,\nP1,consumer,TJH,2015-09-01,,,,,,,,\n"
    with pytest.raises(ImportFailed, match=r"line 3.*line 2"):
        import_people(db, DOCTOR, write(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        (f"{HEAD}\n", "no data lines"),
        (f"{HEAD}\n\n\n", "no data lines"),
        ("code,role,community\nP1,peer,TJH\n", "missing columns: enrolled_on"),
        (f"{HEAD},nickname\n", "unknown columns: nickname"),
        (f"{HEAD}\nP1,peer,TJH,2015-09-01,,,,,,,,,extra\n", "13 cells"),
    ],
)
def test_malformed_files_get_a_clear_message(
    db: Database, tmp_path: Path, text: str, message: str
) -> None:
    """Empty files, wrong headers and ragged lines are refused with what is wrong."""
    with pytest.raises(UserError, match=message):
        import_people(db, DOCTOR, write(tmp_path, text))
    assert people.list_people(db) == []


def test_undecodable_and_binary_files(db: Database, tmp_path: Path) -> None:
    """Bytes that are no text, and a damaged or old Excel workbook, are refused with advice."""
    binary = tmp_path / "people.csv"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(UserError, match="not a text file"):
        import_people(db, DOCTOR, binary)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(HEAD.encode() + b"\n\xff\xfe\xfa\xff,peer\n")
    with pytest.raises(UserError, match="encoding"):
        import_people(db, DOCTOR, broken)
    workbook = tmp_path / "people.xlsx"
    workbook.write_bytes(b"PK\x03\x04")
    with pytest.raises(UserError, match="not an Excel workbook that can be read"):
        import_people(db, DOCTOR, workbook)
    old = tmp_path / "people.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match=r"Save As, \.xlsx"):
        import_people(db, DOCTOR, old)


def test_export_then_import_changes_nothing(db: Database, tmp_path: Path) -> None:
    """An exported file imports back as unchanged, line for line."""
    import_people(db, DOCTOR, write(tmp_path, GOOD))
    exported = export_people(db, DOCTOR)
    assert exported.splitlines()[0] == HEAD
    result = import_people(db, DOCTOR, write(tmp_path, exported, name="export.csv"))
    assert (result.read, result.new, result.updated, result.unchanged) == (3, 0, 0, 3)


def test_a_big_roster_is_written_in_batches_not_a_flush_per_line(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """5,000 lines: every one imported, in a handful of flushes; a bad last line refuses all."""
    from sqlalchemy.orm import Session

    from app.imports import people_csv

    line = "C{n:05d},consumer,TJH,2016/3/1,,女,1970-05-05,初中,已婚,否,精神分裂症,"
    lines = [",".join(HEADER)] + [line.format(n=n) for n in range(5000)]
    path = tmp_path / "big.csv"
    path.write_text("\r\n".join([*lines, "X1,consumer,TJH,2016/3/1,,女,1800-01-01,,,,,"]),
                    encoding="utf-8-sig")  # fmt: skip
    with pytest.raises(UserError, match="born before 1900"):
        import_people(db, DOCTOR, path)
    assert people.list_people(db) == []
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")
    flushes: list[int] = []
    real_flush = Session.flush
    counted = lambda self, *a: flushes.append(1) or real_flush(self, *a)  # noqa: E731
    monkeypatch.setattr(Session, "flush", counted)
    assert import_people(db, DOCTOR, path).new == 5000
    assert len(flushes) < 5000 // people_csv.BATCH * 20  # a few per batch, not one per line
    assert len(people.list_people(db)) == 5000


def test_imported_records_are_audited_and_versioned_as_typed_ones(
    db: Database, tmp_path: Path
) -> None:
    """Bulk-written people, enrolments and caregiver links each get their create entry with
    the record's hash and their version; the chain and every record's hash check out, and a
    changed line is versioned field by field like an edit."""
    from sqlalchemy import select

    from app.audit import verify_chain
    from app.history import record_history
    from db.models import AuditEntry, CaregiverLink, Enrolment, Person, RecordVersion

    import_people(db, DOCTOR, write(tmp_path, GOOD))
    import_people(db, DOCTOR, write(tmp_path, GOOD.replace("senior_high", "postgraduate"),
                                    name="v2.csv"))  # fmt: skip
    assert verify_chain(db, DOCTOR).problems == []
    with db.reading() as session:
        for model in (Person, Enrolment, CaregiverLink):
            ids = set(session.scalars(select(model.id)))
            created = session.execute(
                select(AuditEntry.record_id, AuditEntry.record_hash)
                .where(AuditEntry.action == "create", AuditEntry.table_name == model.__tablename__)
            ).all()  # fmt: skip
            assert {r for r, _ in created} == ids and all(h for _, h in created)
            versions = set(session.scalars(select(RecordVersion.record_id).where(
                RecordVersion.action == "create",
                RecordVersion.table_name == model.__tablename__)))  # fmt: skip
            assert versions == ids
        p1 = session.scalars(select(Person.id).where(Person.code == "P1")).one()
    [edit, creation] = record_history(db, DOCTOR, "person", [p1])
    assert [(c.label, c.old, c.new) for c in edit.changes] == [
        ("Education", "Senior high school", "Postgraduate")
    ]
    created = [(c.label, c.old, c.new) for c in creation.changes]
    assert ("Date of birth", "", "1975-05-05") in created
