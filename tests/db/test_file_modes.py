"""Files and folders the program makes are its user's only: 0600 and 0700 on Linux and macOS."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import Database
from db.files import make_folder, replaced_when_done
from db.keyring import keyring_path
from main import main

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most desktops start programs with (files 0644); restored afterwards, since
    main narrows it for the rest of the process."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def test_the_program_makes_owner_only_files_and_folders(
    tmp_path: Path,
    usual_umask: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Set up through the program's entry in a new folder, with a recovery sheet, then a
    backup: the database, its -wal, its key file, the sheet, the backup and the key file
    beside it are 0600, the folders made 0700."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "first-pass-1")
    db, sheet = tmp_path / "made" / "site.sqlite", tmp_path / "sheet.pdf"
    assert main(["--db", str(db), "init", "--site", "CY01", "--name", "Chaoyang", "--user",
                 "li", "--recovery-sheet", str(sheet)]) == 0  # fmt: skip
    assert main(["--db", str(db), "--user", "li", "backups", "take"]) == 0
    capsys.readouterr()
    backup = next((db.parent / "backups").glob("*.sqlite"))
    files = [db, keyring_path(db), sheet, backup, keyring_path(backup)]
    assert {p.name: oct(_mode(p)) for p in files} == {p.name: "0o600" for p in files}
    assert {oct(_mode(p)) for p in (db.parent, db.parent / "backups")} == {"0o700"}


def test_a_database_and_its_journals_are_owner_only_whatever_the_umask(
    tmp_path: Path, usual_umask: None
) -> None:
    """Opened outside main (the umask left at 022), a new database file, its -wal and -shm
    are still 0600 and the folders made for it 0700."""
    path = tmp_path / "new" / "deeper" / "site.sqlite"
    db = Database.open(path)
    try:
        with db.engine.connect() as connection:  # the -wal and -shm exist while it is open
            connection.exec_driver_sql("SELECT count(*) FROM installation")
            made = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert [oct(_mode(p)) for p in made] == ["0o600"] * 3
        assert [oct(_mode(p)) for p in (path.parent, path.parent.parent)] == ["0o700"] * 2
    finally:
        db.close()


def test_files_written_through_the_safe_write_helper_are_owner_only(
    tmp_path: Path, usual_umask: None
) -> None:
    """A bundle or an export written through the helper (here by opening the partial file
    for writing, as the writers do) is 0600 in a folder made 0700; the user's own folder
    above it is left as it was."""
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o755)
    folder = make_folder(mine / "exports")
    out = folder / "CY01-0001.bundle"
    with replaced_when_done(out) as partial, open(partial, "wb") as handle:
        handle.write(b"bundle bytes")
    assert out.read_bytes() == b"bundle bytes"
    assert (oct(_mode(out)), oct(_mode(folder))) == ("0o600", "0o700")
    assert oct(_mode(mine)) == "0o755"
