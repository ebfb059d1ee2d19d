"""Writing the report: an Excel workbook (one sheet per table) and SPSS files for re-analysis."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import access, codes
from app.permissions import Account, Capability
from app.reports.build import ReportScope, age_on, require_report_access
from app.reports.data import frames
from db.database import Database
from db.files import replaced_when_done


def save_report(
    report: dict[str, Any],
    kind: str,
    path: Path,
    site_name: str,
    language: str,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Writes the report as a PDF ("pdf") or an Excel workbook ("xlsx").

    It is written beside the name asked for and renamed into place, so a save that fails
    or is cancelled (``progress`` raising at its end) leaves no half-written file there
    and an earlier file of that name as it was.
    """
    with replaced_when_done(path) as partial:
        if kind == "xlsx":
            from app.reports.workbook import write_workbook

            write_workbook(report, partial, language, site_name)
        else:
            from app.reports.document import printed_report
            from printouts.report import write_report_pdf

            write_report_pdf(printed_report(report, site_name, language), site_name, partial)
        if progress is not None:
            progress(1, 1)


def _labels(code_list: codes.CodeList) -> dict[int, str]:
    return {i: f"{c.en} {c.zh}" for i, c in enumerate(code_list, start=1)}


def _coded(values: Any, code_list: codes.CodeList) -> list[float | None]:
    numbers = {c.code: i for i, c in enumerate(code_list, start=1)}
    return [numbers.get(v) for v in values]


def write_spss(db: Database, actor: Account, scope: ReportScope, path: Path) -> tuple[Path, Path]:
    """Person-level and session-level data as two .sav files with variable and value labels.

    One line per person with the diagnosis is individual-level clinical data, so it needs
    clinical details on top of reports.
    """
    require_report_access(db, actor)
    access.require(db, actor, Capability.SEE_CLINICAL)
    import pandas as pd
    import pyreadstat

    data = frames(db)
    people_path = path.with_name(path.stem + "-people.sav")
    sessions_path = path.with_name(path.stem + "-sessions.sav")
    people = data["enrolments"]
    people_frame = pd.DataFrame({
        "code": people["code"].astype(str),
        "community": people["community"].astype(str),
        "role": _coded(people["role"], codes.ROLES),
        "enrolled": people["enrolled_on"].map(lambda d: d.isoformat()),
        "age": [age_on(b, scope.end) if b is not None and b == b else None
                for b in people["birth_date"]],
        "sex": _coded(people["sex"], codes.SEXES),
        "education": _coded(people["education"], codes.EDUCATION),
        "marital": _coded(people["marital_status"], codes.MARITAL_STATUSES),
        "working": [None if w is None or w != w else (1 if w else 2) for w in people["working"]],
        "diagnosis": _coded(people["diagnosis"], codes.DIAGNOSES),
    })  # fmt: skip
    with replaced_when_done(people_path) as partial:
        pyreadstat.write_sav(
            people_frame, str(partial),
            column_labels=["Person code", "Community", "Role", "Enrolled on",
                           "Age at the period's last day", "Sex", "Education", "Marital status",
                           "Working", "Diagnosis"],
            variable_value_labels={
                "role": _labels(codes.ROLES), "sex": _labels(codes.SEXES),
                "education": _labels(codes.EDUCATION), "marital": _labels(codes.MARITAL_STATUSES),
                "working": {1: "Yes 是", 2: "No 否"}, "diagnosis": _labels(codes.DIAGNOSES),
            },
        )  # fmt: skip
    sessions = data["sessions"]
    minutes = [
        None
        if s is None or e is None or s != s or e != e
        else (e.hour * 60 + e.minute) - (s.hour * 60 + s.minute)
        for s, e in zip(sessions["actual_start"], sessions["actual_end"], strict=True)
    ]
    sessions_frame = pd.DataFrame({
        "community": sessions["community"].astype(str),
        "date": sessions["session_date"].map(lambda d: d.isoformat()),
        "status": _coded(sessions["status"], codes.SESSION_STATUSES),
        "topic": _coded(sessions["topic"], codes.TOPICS),
        "venue": _coded(sessions["venue"], codes.VENUES),
        "minutes": minutes,
    })  # fmt: skip
    with replaced_when_done(sessions_path) as partial:
        pyreadstat.write_sav(
            sessions_frame, str(partial),
            column_labels=["Community", "Date", "Status", "Topic category", "Venue",
                           "Actual length (minutes)"],
            variable_value_labels={"status": _labels(codes.SESSION_STATUSES),
                                   "topic": _labels(codes.TOPICS), "venue": _labels(codes.VENUES)},
        )  # fmt: skip
    return people_path, sessions_path
