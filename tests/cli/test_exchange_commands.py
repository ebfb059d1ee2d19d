"""The exchange on the command line: project, site set-up, export, confirm, import."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.helpers import run


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    """Every account's password, as the command line reads it."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "manager-pass-1")
    return "manager-pass-1"


def test_from_project_to_merged_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The whole first hand-over as the README describes it."""
    site = str(tmp_path / "site.sqlite")
    pm = (str(tmp_path / "pm.sqlite"), "--user", "pm")  # the hub needs sign-in
    project_file, bundle = str(tmp_path / "project.json"), str(tmp_path / "b1.bundle")
    assert run(capsys, "--db", *pm, "project", "create", "--name", "Chaoyang", "--out",
               project_file)[0] == 0  # fmt: skip
    assert (tmp_path / "project.recovery.txt").exists()
    code, out, _ = run(capsys, "--db", site, "init", "--site", "MZ01", "--name", "Maizidian",
                       "--project", project_file, "--unencrypted")  # fmt: skip
    fingerprint = re.search(r"confirm: (\S+)", out).group(1)  # type: ignore[union-attr]
    run(capsys, "--db", site, "sites", "add", "MZD", "--name", "Maizidian")
    assert run(capsys, "--db", site, "bundle", "export", "--out", bundle)[0] == 0
    code, _, err = run(capsys, "--db", *pm, "bundle", "import", bundle)
    assert code == 1 and f"sites confirm MZ01 {fingerprint}" in err
    assert run(capsys, "--db", *pm, "sites", "confirm", "MZ01", fingerprint)[0] == 0
    code, out, _ = run(capsys, "--db", *pm, "bundle", "import", bundle)
    assert code == 0 and "1 new" in out
    code, out, _ = run(capsys, "--db", *pm, "sites", "list")
    assert "MZD" in out


def test_bundle_watch_once_imports_what_was_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`bundle watch FOLDER --once` imports the settled bundles and says what it did."""
    pm, site = (str(tmp_path / "pm.sqlite"), "--user", "pm"), str(tmp_path / "site.sqlite")
    drop = tmp_path / "drop"
    drop.mkdir()
    project_file, bundle = str(tmp_path / "project.json"), drop / "b1.bundle"
    run(capsys, "--db", *pm, "project", "create", "--name", "Chaoyang", "--out", project_file)
    out = run(capsys, "--db", site, "init", "--site", "MZ01", "--name", "Maizidian",
              "--project", project_file, "--unencrypted")[1]  # fmt: skip
    fingerprint = re.search(r"confirm: (\S+)", out).group(1)  # type: ignore[union-attr]
    run(capsys, "--db", site, "sites", "add", "MZD", "--name", "Maizidian")
    run(capsys, "--db", site, "bundle", "export", "--out", str(bundle))
    assert run(capsys, "--db", *pm, "bundle", "import", str(bundle))[0] == 1  # not confirmed yet
    run(capsys, "--db", *pm, "sites", "confirm", "MZ01", fingerprint)
    os.utime(bundle, (bundle.stat().st_mtime - 60, bundle.stat().st_mtime - 60))
    code, out, _ = run(capsys, "--db", *pm, "bundle", "watch", str(drop), "--once")
    assert code == 0 and "b1.bundle: imported" in out and "1 new" in out
    assert (drop / "imported" / "b1.bundle").exists()
