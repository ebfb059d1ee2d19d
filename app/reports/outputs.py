"""Writing the report: an Excel workbook (one sheet per table) and SPSS files for re-analysis."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.permissions import Account
from app.reports.build import ReportScope
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


def write_spss(db: Database, actor: Account, scope: ReportScope, path: Path) -> tuple[Path, ...]:
    """The records in scope as SPSS files, one per unit (see app.reports.spss)."""
    from app.reports import spss

    return spss.write_spss(db, actor, scope, path)
