"""The report's SPSS files: one per unit, filtered by the scope, labelled for SPSS users,
and enough on their own to reproduce Table 2's chi-square."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest

from app.reports.build import ReportScope, build_report, data_span
from app.services import people
from db.database import Database
from main import main
from tests.helpers import DOCTOR

UNITS = ("people", "enrolments", "sessions", "attendance", "answers")


def _read(path: Path, user_missing: bool = False):  # type: ignore[no-untyped-def]
    import pyreadstat

    return pyreadstat.read_sav(str(path), user_missing=user_missing)


def test_files_per_unit_labelled_and_filtered(
    evaluation_site: Database, db_path: Path, tmp_path: Path
) -> None:
    """--community and --from/--to choose the rows; every file says its unit; codes are
    F1.0 with bilingual labels, dates SPSS dates, measure levels set, not assessed missing."""
    people.become_peer(evaluation_site, DOCTOR, "C1", date(2017, 1, 1))
    out = tmp_path / "r.sav"
    assert main(["--db", str(db_path), "report", "--sav", str(out), "--community", "TJH",
                 "--from", "2017-01-01", "--to", "2017-06-30"]) == 0  # fmt: skip
    files = {unit: tmp_path / f"r-{unit}.sav" for unit in UNITS}
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sav") == sorted(
        p.name for p in files.values()
    )
    frame, meta = _read(files["people"])
    assert meta.file_label.startswith("People: one row per person")
    assert sorted(frame["code"]) == ["C1", "C2", "C3", "P1", "P2"]  # M1 is at MZD
    c1 = frame[frame["code"] == "C1"].iloc[0]
    assert c1["became_peer"] == 1 and c1["peer_from"] == date(2017, 1, 1)
    assert c1["consumer_to"] == date(2017, 1, 1)
    assert meta.original_variable_types["sex"] == "F1.0"
    assert meta.original_variable_types["birth"] == "DATE11"
    assert meta.variable_measure["education"] == "ordinal"
    assert meta.variable_measure["sex"] == "nominal" and meta.variable_measure["age"] == "scale"
    assert meta.variable_value_labels["sex"] == {1: "Male 男", 2: "Female 女"}
    assert meta.column_names_to_labels["diagnosis"] == "Diagnosis 诊断"

    sessions, meta = _read(files["sessions"])
    assert meta.file_label.startswith("Sessions")
    assert all(date(2017, 1, 1) <= d <= date(2017, 6, 30) for d in sessions["date"])
    assert len(sessions) == 9 and set(sessions["community"]) == {1}
    assert meta.original_variable_types["date"] == "DATE11"

    enrolments, _ = _read(files["enrolments"])
    assert sorted(enrolments[enrolments["code"] == "C1"]["role"]) == [1, 2]  # peer and consumer
    attendance, meta = _read(files["attendance"])
    assert len(attendance) == 9 * 5 and meta.variable_value_labels["present"][1] == "Yes 是"

    answers, meta = _read(files["answers"])
    assert meta.file_label.startswith("Survey answers")
    assert meta.variable_value_labels["answer"][9] == "Not assessed 未评估"
    assert meta.variable_value_labels["item"][1] == "Satisfied with the peers 对同伴支持者满意"
    assert sorted(answers["answer"].fillna(-1)) == [-1, 1, 1]  # not assessed is missing
    raw, meta = _read(files["answers"], user_missing=True)
    assert sorted(raw["answer"]) == [1, 1, 9]
    assert meta.missing_ranges["answer"] == [{"lo": 8.0, "hi": 8.0}, {"lo": 9.0, "hi": 9.0}]


def test_table_2_sex_chi_square_from_the_sav_alone(
    evaluation_site: Database, db_path: Path, tmp_path: Path
) -> None:
    """The people file's last-day roles and sex give the report's χ² with scipy."""
    from scipy.stats import chi2_contingency

    for code, role in (("P3", "peer"), ("C4", "consumer"), ("C5", "consumer")):
        data = people.PersonData(code, "TJH", sex="male", birth_date=date(1980, 1, 1))
        people.add_person(evaluation_site, DOCTOR, data, role, date(2016, 1, 1))
    span = data_span(evaluation_site)
    assert span is not None
    expected = build_report(evaluation_site, DOCTOR, ReportScope(*span))["demographics"]["sex"]
    assert main(["--db", str(db_path), "report", "--sav", str(tmp_path / "r.sav")]) == 0
    frame, _ = _read(tmp_path / "r-people.sav")
    table = [[int(((frame[group] == 1) & (frame["sex"] == sex)).sum()) for sex in (1, 2)]
             for group in ("peer_end", "consumer_end")]  # fmt: skip
    chi2, p, df, _ = chi2_contingency(table, correction=False)
    assert table == [[1, 2], [2, 3]]  # M1's unknown sex is missing, as in the report
    assert (chi2, p, df) == (pytest.approx(expected["chi2"]), pytest.approx(expected["p"]),
                             expected["df"])  # fmt: skip


def test_a_failing_file_leaves_no_partial_set(
    evaluation_site: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills at the third file: one error line, the earlier set as it was, nothing
    new and no partial file left."""
    import pyreadstat

    out = tmp_path / "out"
    out.mkdir()
    (out / "r-people.sav").write_bytes(b"last week's")
    written = []
    real = pyreadstat.write_sav

    def fill_up(frame, path, **kwargs):  # type: ignore[no-untyped-def]
        written.append(path)
        if len(written) == 3:
            raise OSError(errno.ENOSPC, "No space left on device", path)
        return real(frame, path, **kwargs)

    monkeypatch.setattr(pyreadstat, "write_sav", fill_up)
    assert main(["--db", str(db_path), "report", "--sav", str(out / "r.sav")]) == 1
    assert [p.name for p in out.iterdir()] == ["r-people.sav"]
    assert (out / "r-people.sav").read_bytes() == b"last week's"
