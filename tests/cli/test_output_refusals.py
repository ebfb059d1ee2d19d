"""Bad input and unwritable places on print, report and recovery-sheet: one `error:` line,
exit 1, no traceback and nothing written."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from db.database import Database
from tests.helpers import run


def _refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, _out, err = run(capsys, *args)
    assert code == 1 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    return lines[0]


def _places(tmp_path: Path) -> dict[str, Path]:
    """A missing folder, a folder where the file should go and (unless root, who may
    write anywhere) a read-only folder."""
    (tmp_path / "taken.pdf").mkdir()
    places = {"missing folder": tmp_path / "nowhere" / "out.pdf",
              "folder in the way": tmp_path / "taken.pdf"}  # fmt: skip
    if os.name != "nt" and os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        places["read-only"] = locked / "out.pdf"
    return places


def _files(tmp_path: Path) -> set[str]:
    return {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()
            and p.name != "site.sqlite" and not p.name.startswith("site.sqlite-")}  # fmt: skip


def test_print_and_report_to_unwritable_places(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each place gets one line naming the path and why; no file, partial or not."""
    before = _files(tmp_path)
    for why, place in _places(tmp_path).items():
        for command in (["print", "plan", "--blank", "--out", str(place)],
                        ["report", "--pdf", str(place)],
                        ["report", "--xlsx", str(place.with_suffix(".xlsx"))],
                        ["report", "--sav", str(place.with_suffix(".sav"))]):  # fmt: skip
            if why == "folder in the way" and command[0] == "report" and "--pdf" not in command:
                continue
            line = _refused(capsys, "--db", str(db_path), *command)
            assert "Cannot write" in line and str(place.with_suffix("").parent) in line, line
    assert _files(tmp_path) == before


def test_bad_input_on_print_and_report(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A screening sheet of nobody, an unknown community, an empty period and --from after
    --to are refused, and nothing is written."""
    db = ["--db", str(db_path)]
    out = tmp_path / "out.pdf"
    line = _refused(capsys, *db, "print", "screening", "--id", "NOPE", "--out", str(out))
    assert "NOPE" in line
    assert "NOPE" in _refused(capsys, *db, "report", "--community", "NOPE", "--pdf", str(out))
    line = _refused(capsys, *db, "report", "--from", "2000-01-01", "--to", "2000-12-31",
                    "--pdf", str(out))  # fmt: skip
    assert "Nothing is recorded between 2000-01-01 and 2000-12-31" in line
    assert "--to is before --from" in _refused(
        capsys, *db, "report", "--from", "2018-01-01", "--to", "2017-01-01", "--xlsx", str(out)
    )
    assert not any(tmp_path.glob("out*"))


def test_recovery_sheet_into_a_missing_folder_keeps_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sheet cannot be written: the key is not replaced, so the old sheet still recovers."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "first-pass-1")
    db = str(tmp_path / "site.sqlite")
    code, out, _ = run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang",
                       "--user", "li")  # fmt: skip
    found = re.search(r"Recovery key .*: (\S+)", out)
    assert code == 0 and found is not None
    line = _refused(capsys, "--db", db, "--user", "li", "recovery-sheet", "--out",
                    str(tmp_path / "nowhere" / "sheet.pdf"))  # fmt: skip
    assert "does not exist" in line
    monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", found.group(1))
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "new-pass-22")
    code, out, err = run(capsys, "--db", db, "--user", "li", "recover")
    assert code == 0, err


def test_recovery_sheet_failing_mid_write_keeps_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills while the sheet is written: no sheet, no partial, the old key works."""
    import errno

    import printouts.recovery_sheet as sheets

    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "first-pass-1")
    db = str(tmp_path / "site.sqlite")
    _code, out, _ = run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang",
                       "--user", "li")  # fmt: skip
    found = re.search(r"Recovery key .*: (\S+)", out)
    assert found is not None

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sheets, "write_recovery_sheet", full)
    assert "disk is full" in _refused(capsys, "--db", db, "--user", "li", "recovery-sheet",
                                      "--out", str(tmp_path / "sheet.pdf"))  # fmt: skip
    assert not list(tmp_path.glob("sheet*"))
    monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", found.group(1))
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "new-pass-22")
    assert run(capsys, "--db", db, "--user", "li", "recover")[0] == 0


def test_the_workbook_from_the_command_line_names_the_site(
    people_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Scope sheet says which site the figures are from, as the window's workbook does."""
    import openpyxl

    out = tmp_path / "report.xlsx"
    code, _out, err = run(capsys, "--db", str(db_path), "report", "--xlsx", str(out))
    assert code == 0, err
    scope = openpyxl.load_workbook(out, read_only=True).worksheets[0]  # the scope, first
    cells = [str(c) for row in scope.iter_rows(values_only=True) for c in row if c]
    assert "Chaoyang peer support" in cells
