"""`project create --user`, `project restore` and `site join` on the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.encryption import is_plain
from db.keyring import keyring_path
from tests.helpers import run

PASSWORD = "manager-pass-1"


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)



def _create(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    """Creates the hub in pm.sqlite; returns what it printed."""
    code, out, err = run(capsys, "--db", str(tmp_path / "pm.sqlite"), "project", "create",
                         "--name", "Chaoyang", "--out", str(tmp_path / "project.json"),
                         "--user", "pm", *extra)  # fmt: skip
    assert code == 0, err
    return out


def test_project_create_makes_an_encrypted_hub_with_the_managers_account(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hub file is encrypted with its key file; the recovery sheet is written; the
    hub's commands need the manager's sign-in."""
    out = _create(tmp_path, capsys, "--recovery-sheet", str(tmp_path / "sheet.pdf"))
    hub = tmp_path / "pm.sqlite"
    assert keyring_path(hub).exists() and not is_plain(hub)
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert "Project key fingerprint" in out
    code, _, err = run(capsys, "--db", str(hub), "sites", "list")
    assert code == 1 and "--user" in err
    assert run(capsys, "--db", str(hub), "--user", "pm", "sites", "list")[0] == 0


def test_project_create_needs_the_managers_account(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "pm.sqlite"), "project", "create",
                       "--name", "Chaoyang", "--out", str(tmp_path / "project.json"))  # fmt: skip
    assert code == 1 and err.startswith("error:") and "--user" in err
    assert not (tmp_path / "project.json").exists()


def test_project_restore_asks_for_the_recovery_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy opens only with the hub's recovery key; restored, the fingerprint is the same."""
    out = _create(tmp_path, capsys)
    fingerprint = re.search(r"fingerprint: (\S+)", out).group(1)  # type: ignore[union-attr]
    recovery = re.search(r"Recovery key \(shown only now.*\): (\S+)", out).group(1)  # type: ignore[union-attr]
    copy, new_hub = str(tmp_path / "project.recovery.txt"), str(tmp_path / "new.sqlite")
    monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", "AAAAA-" * 7 + "AAAAA")
    code, _, err = run(capsys, "--db", new_hub, "project", "restore", copy, "--user", "pm")
    assert code == 1 and "does not open" in err and err.count("\n") == 1
    assert not Path(new_hub).exists() or not keyring_path(Path(new_hub)).exists()
    monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", recovery)
    code, out, err = run(capsys, "--db", new_hub, "project", "restore", copy, "--user", "pm")
    assert code == 0, err
    assert fingerprint in out and keyring_path(Path(new_hub)).exists()


def test_site_join_later(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An encrypted site set up alone joins once; a second join or a wrong file is refused."""
    _create(tmp_path, capsys)
    site = str(tmp_path / "site.sqlite")
    assert run(capsys, "--db", site, "init", "--site", "MZ01", "--name", "Maizidian",
               "--user", "li")[0] == 0  # fmt: skip
    join = ("--db", site, "--user", "li", "site", "join", "--project")
    code, _, err = run(capsys, *join, str(tmp_path / "project.recovery.txt"))
    assert code == 1 and "is not a project file" in err
    code, out, _ = run(capsys, *join, str(tmp_path / "project.json"))
    assert code == 0 and re.search(r"confirm: [0-9A-F-]{24}", out)
    code, _, err = run(capsys, *join, str(tmp_path / "project.json"))
    assert code == 1 and "already joined" in err
    code, _, err = run(capsys, "--db", site, "--user", "li", "bundle", "export", "--out",
                       str(tmp_path / "1.bundle"))  # fmt: skip
    assert code == 0, err
