"""The command line: set-up, communities, help, and clear errors without tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from main import main
from tests.helpers import run

ROOT = Path(__file__).resolve().parents[2]



def test_init_then_sites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A site is set up once; communities are added and listed with both names."""
    db = str(tmp_path / "site.sqlite")
    assert (
        run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang", "--unencrypted")[0]
        == 0
    )
    code, _, err = run(
        capsys, "--db", db, "init", "--site", "CY02", "--name", "Other", "--unencrypted"
    )
    assert code == 1 and "already set up as site CY01" in err
    assert (
        run(
            capsys,
            "--db",
            db,
            "sites",
            "add",
            "TJH",
            "--name",
            "Tuanjiehu",
            "--name-zh",
            "团结湖",
            "--start",
            "2015-09-01",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "--db", db, "sites", "list")
    assert code == 0
    assert out.splitlines() == ["TJH\tTuanjiehu\t团结湖\t2015-09-01"]


def test_commands_before_init_explain_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Adding a community to a database that is not set up says to run init."""
    code, _, err = run(
        capsys, "--db", str(tmp_path / "x.sqlite"), "sites", "add", "TJH", "--name", "T"
    )
    assert code == 1
    assert "init --site" in err
    assert "Traceback" not in err


def test_bad_community_code_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user mistake prints one line to stderr and exits non-zero."""
    db = str(tmp_path / "site.sqlite")
    run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang", "--unencrypted")
    code, _, err = run(capsys, "--db", db, "sites", "add", "团 结", "--name", "x")
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and err.startswith("error:")


def test_bad_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An impossible date is refused by the parser with a message naming it."""
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "--db",
                str(tmp_path / "s.sqlite"),
                "sites",
                "add",
                "TJH",
                "--name",
                "T",
                "--start",
                "2015-02-30",
            ]
        )
    assert exit_info.value.code == 2
    assert "2015-02-30" in capsys.readouterr().err


def test_unopenable_database_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that is not a database gives one line, not a traceback."""
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--db", str(junk), "sites", "list")
    assert code == 1 and "cannot open the database" in err.lower()
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["init"],
        ["sites"],
        ["sites", "add"],
        ["people", "import"],
        ["people", "export"],
        ["surveys", "import"],
        ["demo"],
        ["check"],
        ["backup"],
        ["screenshots"],
    ],
)
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """--help works for the program and each sub-command."""
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_entry_point_runs_as_a_program(tmp_path: Path) -> None:
    """python main.py works as a separate process, as users start it."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(tmp_path / "s.sqlite"),
            "init",
            "--site",
            "CY01",
            "--name",
            "Chaoyang",
            "--unencrypted",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "CY01" in result.stdout
