"""The evaluation report on a small site whose figures are known."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.reports import stats
from app.reports.build import ReportScope, build_report, half_year
from app.services import people, sessions, surveys
from db.database import Database
from main import main
from tests.app.test_sessions import PLAN, REPORT
from tests.helpers import DOCTOR


@pytest.fixture
def site(people_db: Database) -> Database:
    """Two held sessions in 2016 H1, one in H2, one cancelled; survey answers; ages known."""
    for day in (date(2016, 1, 5), date(2016, 3, 1), date(2016, 9, 1)):
        sid = sessions.plan_session(people_db, DOCTOR, replace(PLAN, session_date=day))
        sessions.log_session(people_db, DOCTOR, sid, REPORT)
    sid = sessions.plan_session(people_db, DOCTOR, replace(PLAN, session_date=date(2016, 10, 1)))
    sessions.cancel_session(people_db, DOCTOR, sid, "weather")
    answers = [surveys.Answer(c, "consumer_satisfaction", "satisfied_with_peers", a,
                              date(2016, 6, 1)) for c, a in (("C1", "yes"), ("C2", "yes"),
                                                             ("C3", "not_assessed"))]  # fmt: skip
    surveys.record_answers(people_db, DOCTOR, answers)
    people.add_person(
        people_db,
        DOCTOR,
        people.PersonData("P3", "TJH", birth_date=date(1990, 1, 1)),
        "peer",
        date(2017, 2, 1),
    )
    return people_db


def test_sessions_per_half_year_and_length(site: Database) -> None:
    """Held sessions are counted per community and half year; length is actual minutes."""
    report = build_report(site, DOCTOR, ReportScope(date(2015, 1, 1), date(2017, 12, 31)))
    assert report["sessions"]["per_period"] == {"TJH": {"2016H1": 2, "2016H2": 1}}
    assert report["sessions"]["duration"]["mean"] == pytest.approx(80.0)
    assert report["sessions"]["cancelled"] == {"n": 1, "reasons": {"weather": 1}}
    assert report["sessions"]["topics"]["social_skills"]["n"] == 0
    assert report["sessions"]["topics"]["daily_life_skills"] == {"n": 3, "percent": 100.0}
    assert half_year(date(2016, 6, 30)) == "2016H1" and half_year(date(2016, 7, 1)) == "2016H2"


def test_formats_counted_per_session_held(site: Database) -> None:
    """A session held with two formats counts once under each; the cancelled one not at all."""
    sid = sessions.plan_session(site, DOCTOR, replace(PLAN, session_date=date(2016, 11, 1),
                                                      formats=("lecture",)))  # fmt: skip
    sessions.log_session(site, DOCTOR, sid, REPORT)
    report = build_report(site, DOCTOR, ReportScope(date(2015, 1, 1), date(2017, 12, 31)))
    assert report["sessions"]["formats"] == {
        "group_discussion": {"n": 3, "percent": 75.0},
        "role_play": {"n": 3, "percent": 75.0},
        "lecture": {"n": 1, "percent": 25.0},
    }


def test_enrollment_counted_on_31_december(site: Database) -> None:
    """Two peers at the end of 2015 and 2016; the third peer joins in 2017."""
    report = build_report(site, DOCTOR, ReportScope(date(2015, 1, 1), date(2017, 6, 30)))
    assert report["enrollment"]["peer"]["table"]["TJH"] == {"2015": 2, "2016": 2, "2017": 3}
    assert report["enrollment"]["consumer"]["table"]["MZD"] == {"2016": 1, "2017": 1}


def test_demographics_peers_against_consumers(site: Database) -> None:
    """Ages at the last day, compared with the same t-test as by hand."""
    report = build_report(site, DOCTOR, ReportScope(date(2015, 1, 1), date(2017, 6, 30)))
    ages = report["demographics"]["age"]
    assert (ages["peer"]["n"], ages["consumer"]["n"]) == (3, 3)  # M1's birth date is unknown
    peer_ages, consumer_ages = [42, 42, 27], [42, 42, 42]
    assert ages["peer"]["mean"] == pytest.approx(sum(peer_ages) / 3)
    assert ages["test"] == stats.t_test(peer_ages, consumer_ages)
    assert ages["test"]["df"] == 4
    assert report["demographics"]["sex"]["counts"]["peer"] == {"female": 2, "unknown": 1}


def test_survey_percent_of_everyone_asked(site: Database) -> None:
    """2 yes out of 3 asked is 66.7 %; the goodness-of-fit uses the 2 assessed only."""
    report = build_report(site, DOCTOR, ReportScope(date(2015, 1, 1), date(2017, 6, 30)))
    item = report["surveys"]["consumer_satisfaction"]["satisfied_with_peers"]
    assert (item["asked"], item["yes"], item["no"], item["not_assessed"]) == (3, 2, 0, 1)
    assert item["percent_yes"] == 66.7
    assert item["chi2"] == pytest.approx(2.0) and item["df"] == 1
    assert report["emergencies"]["total"] == 0
    assert set(report["emergencies"]["kinds"]) >= {"violence", "self_harm"}


def test_report_command_writes_json(
    site: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """report --json writes the documented keys; --community filters."""
    out = tmp_path / "report.json"
    assert main(["--db", str(db_path), "report", "--from", "2015-01-01", "--to", "2017-06-30",
                 "--json", str(out)]) == 0  # fmt: skip
    report = json.loads(out.read_text(encoding="utf-8"))
    capsys.readouterr()
    assert set(report["demographics"]["age"]["test"]) == {"t", "df", "p"}
    assert "fisher_p" in report["demographics"]["diagnosis"]
    assert main(["--db", str(db_path), "report", "--community", "MZD", "--json", "-"]) == 0
    only = json.loads(capsys.readouterr().out)
    assert only["sessions"]["held"] == 0 and only["scope"]["communities"] == ["MZD"]
    assert main(["--db", str(db_path), "report", "--from", "2018-01-01", "--to", "2017-01-01",
                 "--json", "-"]) == 1  # fmt: skip


def test_workbook_spss_and_pdf(site: Database, db_path: Path, tmp_path: Path) -> None:
    """The workbook has one sheet per table, the SPSS files keep their labels, the PDF its fonts."""
    import openpyxl
    import pyreadstat
    from pypdf import PdfReader

    from app.reports.tables import report_tables

    args = ["--db", str(db_path), "report", "--from", "2015-01-01", "--to", "2017-06-30"]
    assert main([*args, "--xlsx", str(tmp_path / "r.xlsx")]) == 0
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    scope = ReportScope(date(2015, 1, 1), date(2017, 6, 30))
    assert len(book.sheetnames) == len(report_tables(build_report(site, DOCTOR, scope))) + 1
    assert book[book.sheetnames[1]]["B2"].value == "2015"

    assert main([*args, "--sav", str(tmp_path / "r.sav")]) == 0
    frame, meta = pyreadstat.read_sav(str(tmp_path / "r-people.sav"))
    assert len(frame) == 7 and meta.column_names_to_labels["age"].startswith("Age")
    assert meta.variable_value_labels["sex"][2] == "Female 女"
    sessions_frame, _ = pyreadstat.read_sav(str(tmp_path / "r-sessions.sav"))
    assert sorted(sessions_frame["minutes"].dropna()) == [80.0, 80.0, 80.0]

    assert main([*args, "--pdf", str(tmp_path / "r.pdf"), "--lang", "zh"]) == 0
    reader = PdfReader(tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "服务评估报告" in text and "活动主题类别" in text
    fonts = {font.get_object()["/BaseFont"] for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}  # fmt: skip
    assert fonts and all("WenQuanYi" in str(f) for f in fonts)


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_a_cancelled_save_leaves_the_earlier_file(
    site: Database, tmp_path: Path, kind: str
) -> None:
    """Stopped at the end, the report's file keeps what it held and no partial file is left;
    a finished save replaces it."""
    from app.errors import Cancelled
    from app.reports.outputs import save_report

    report = build_report(site, DOCTOR, ReportScope(date(2015, 1, 1), date(2017, 12, 31)))
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / f"report.{kind}"
    path.write_bytes(b"last week's report")

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        save_report(report, kind, path, "Chaoyang", "zh", cancel)
    assert path.read_bytes() == b"last week's report"
    assert [p.name for p in folder.iterdir()] == [path.name]
    save_report(report, kind, path, "Chaoyang", "zh")
    assert path.read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
