"""The command line on an encrypted database: init --user, --user with the password from the
environment, recover, recovery-sheet and backups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.keyring import keyring_path
from tests.helpers import run

PASSWORD = "first-pass-1"



@pytest.fixture
def site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    """An encrypted site set up by `init --user li`; the password in PEER_SUPPORT_PASSWORD."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    db = str(tmp_path / "site.sqlite")
    code, out, _ = run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang",
                       "--user", "li")  # fmt: skip
    assert code == 0 and "is set up" in out and "encrypted" in out
    recovery = re.search(r"Recovery key .*: (\S+)", out)
    assert recovery is not None
    monkeypatch.setenv("TEST_RECOVERY_KEY", recovery.group(1))
    return db


def test_init_encrypts_and_commands_need_the_user(
    site: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --user a command fails with one clear line; a wrong password too; with the
    right one it works."""
    assert not Path(site).read_bytes().startswith(b"SQLite format 3")
    code, _, err = run(capsys, "--db", site, "sites", "list")
    assert code == 1 and err.count("\n") == 1 and "is encrypted: give --user NAME" in err
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "wrong-pass-9")
    code, _, err = run(capsys, "--db", site, "--user", "li", "sites", "list")
    assert code == 1 and err == "error: The user name or password is wrong.\n"
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    assert run(capsys, "--db", site, "--user", "li", "sites", "add", "TJH", "--name", "T")[0] == 0
    assert "TJH" in run(capsys, "--db", site, "--user", "li", "sites", "list")[1]


def test_recover_sets_a_new_password(
    site: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`recover --user li` with the recovery key sets the new password, which then opens it."""
    monkeypatch.setenv(
        "PEER_SUPPORT_RECOVERY_KEY", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH"
    )
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "new-pass-22")
    code, _, err = run(capsys, "--db", site, "--user", "li", "recover")
    assert code == 1 and "recovery key is wrong" in err
    monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", __import__("os").environ["TEST_RECOVERY_KEY"])
    code, out, _ = run(capsys, "--db", site, "--user", "li", "recover")
    assert code == 0 and "password of li is set" in out
    assert run(capsys, "--db", site, "--user", "li", "check")[0] == 1  # old password
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "new-pass-22")
    assert run(capsys, "--db", site, "--user", "li", "audit", "verify")[0] == 0


def test_backups_are_encrypted_and_listed(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """backup --out and backups take write encrypted copies with the key file beside them;
    backups list still says what each holds; restore puts one back."""
    out = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", site, "--user", "li", "backup", "--out", str(out))[0] == 0
    assert keyring_path(out).is_file() and not out.read_bytes().startswith(b"SQLite format 3")
    assert run(capsys, "--db", str(out), "--user", "li", "sites", "list")[0] == 0
    assert run(capsys, "--db", site, "--user", "li", "backups", "take")[0] == 0
    code, listing, _ = run(capsys, "--db", site, "--user", "li", "backups", "list")
    assert code == 0 and "CY01" in listing and "person 0" in listing
    backup = next((tmp_path / "backups").glob("peer-support-*.sqlite"))
    code, restored, _ = run(capsys, "--db", site, "--user", "li", "restore", str(backup), "--yes")
    assert code == 0 and "Restored" in restored


def test_recovery_sheet_replaces_the_key(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A community doctor writes a new recovery sheet; the old key no longer recovers."""
    sheet = tmp_path / "sheet.pdf"
    code, out, _ = run(capsys, "--db", site, "--user", "li", "recovery-sheet", "--out",
                       str(sheet), "--lang", "en")  # fmt: skip
    assert code == 0 and "replaces the old one" in out
    text = PdfReader(sheet).pages[0].extract_text()
    assert "Database recovery key" in text and "Chaoyang" in text
    monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", __import__("os").environ["TEST_RECOVERY_KEY"])
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "new-pass-22")
    code, _, err = run(capsys, "--db", site, "--user", "li", "recover")
    assert code == 1 and "recovery key is wrong" in err


def test_init_without_user_asks_for_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A site file is set up encrypted, so init needs the first doctor's account."""
    db = str(tmp_path / "site.sqlite")
    code, _, err = run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang")
    assert code == 1 and "--user NAME" in err and not Path(db).exists()


def test_rekey_puts_the_database_under_a_new_key(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`rekey --recovery-sheet` by the community doctor: the file changes key, the password
    still opens it, the new sheet is written and the old recovery key no longer recovers."""
    first_page = Path(site).read_bytes()[:4096]
    sheet = tmp_path / "sheet.pdf"
    code, out, _ = run(capsys, "--db", site, "--user", "li", "rekey", "--recovery-sheet",
                       str(sheet), "--lang", "en")  # fmt: skip
    assert code == 0 and "under a new key" in out and sheet.is_file()
    assert Path(site).read_bytes()[:4096] != first_page
    assert run(capsys, "--db", site, "--user", "li", "audit", "verify")[0] == 0
    monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", __import__("os").environ["TEST_RECOVERY_KEY"])
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "new-pass-22")
    code, _, err = run(capsys, "--db", site, "--user", "li", "recover")
    assert code == 1 and "recovery key is wrong" in err
