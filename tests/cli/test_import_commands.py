"""The import and export commands as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.imports.people_csv import HEADER
from main import main

HEAD = ",".join(HEADER)


@pytest.fixture
def site_file(tmp_path: Path) -> str:
    path = str(tmp_path / "site.sqlite")
    assert (
        main(["--db", path, "init", "--site", "CY01", "--name", "Chaoyang", "--unencrypted"]) == 0
    )
    assert main(["--db", path, "sites", "add", "TJH", "--name", "Tuanjiehu"]) == 0
    return path


def test_people_import_export(
    site_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A good file prints its summary; export writes it back with a BOM for Excel."""
    csv = tmp_path / "p.csv"
    csv.write_text(f"{HEAD}\nP1,peer,TJH,2015-09-01,,female,,,,,,\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", site_file, "people", "import", str(csv)]) == 0
    assert "1 people read: 1 new" in capsys.readouterr().out
    out = tmp_path / "export.csv"
    assert main(["--db", site_file, "people", "export", "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"P1,peer,TJH,2015-09-01" in data


def test_bad_file_exits_1_with_the_line(
    site_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad line gives exit code 1, the line and reason on stderr, no traceback."""
    csv = tmp_path / "p.csv"
    csv.write_text(f"{HEAD}\nP1,peer,TJH,2015-02-30,,,,,,,,\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", site_file, "people", "import", str(csv)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "enrolled_on" in err and "2015-02-30" in err
    assert "Traceback" not in err


def test_missing_file_is_a_clear_error(
    site_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not there is named."""
    assert main(["--db", site_file, "surveys", "import", str(tmp_path / "none.csv")]) == 1
    assert "none.csv" in capsys.readouterr().err


def test_a_workbook_with_a_bad_row_exits_1_naming_row_and_column(
    site_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An .xlsx roster with Chinese headings: a bad row refuses it, by row and column."""
    from datetime import datetime

    from tests.helpers import write_workbook

    book = write_workbook(tmp_path / "花名册.xlsx", [
        ["编号", "角色", "社区", "入组日期", "离开日期", "性别", "出生日期", "文化程度",
         "婚姻状况", "工作状况", "诊断", "照料对象"],
        ["P1", "同伴支持者", "TJH", datetime(2015, 9, 1)],
        ["P2", "同伴支持者", "TJH", datetime(2015, 9, 1), datetime(2015, 8, 1)],
    ])  # fmt: skip
    capsys.readouterr()
    assert main(["--db", site_file, "people", "import", str(book)]) == 1
    err = capsys.readouterr().err
    assert "row 3, column 离开日期" in err and "Traceback" not in err
    book.unlink()
    write_workbook(book, [["编号", "角色", "社区", "入组日期", "离开日期", "性别", "出生日期",
                           "文化程度", "婚姻状况", "工作状况", "诊断", "照料对象"],
                          ["P1", "同伴支持者", "TJH", datetime(2015, 9, 1)]])  # fmt: skip
    assert main(["--db", site_file, "people", "import", str(book)]) == 0
    assert "1 people read: 1 new" in capsys.readouterr().out
