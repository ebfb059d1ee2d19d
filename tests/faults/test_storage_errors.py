"""A full, failing or forbidden disk is named as such, in one place, whatever raised it."""

from __future__ import annotations

import errno
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from app.errors import StorageError, storage_error
from db import keyring
from db.engine import WrongKey, _apply_key
from db.keyring import keyring_path
from tests.faults.injector import failing_io, sqlite_full
from tests.faults.site import PASSWORD, RECOVERY_KEY, SITE, copy
from tests.helpers import run


@pytest.mark.parametrize(("error", "message"), [
    (OSError(errno.ENOSPC, "No space left on device", "/data/site.sqlite.partial"),
     "the disk is full: cannot write /data/site.sqlite.partial"),
    (OSError(errno.EIO, "Input/output error", "/data/a.pdf"),
     "the disk cannot be read or written (I/O error): /data/a.pdf"),
    (PermissionError(errno.EACCES, "Permission denied", "/data/out.csv"),
     "permission denied: /data/out.csv"),
    (OSError(errno.EROFS, "Read-only file system", "/media/usb/b.bundle"),
     "the disk is read-only: cannot write /media/usb/b.bundle"),
    (sqlite3.OperationalError("database or disk is full"),
     "the disk is full: cannot write /data/site.sqlite"),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error")),
     "the disk cannot be read or written (I/O error): /data/site.sqlite"),
])  # fmt: skip
def test_each_cause_is_named_with_its_place(error: Exception, message: str) -> None:
    """OSError's errno or SQLite's message, also wrapped by SQLAlchemy or raised inside
    another error, becomes one message naming the cause and the file."""
    assert str(storage_error(error, "/data/site.sqlite")) == message
    try:
        try:
            raise error
        except Exception as inner:
            raise RuntimeError("a library's own error") from inner
    except RuntimeError as outer:
        assert str(storage_error(outer, "/data/site.sqlite")) == message


@pytest.mark.parametrize("error", [ValueError("bad"), OSError(errno.ENOENT, "gone", "/x"),
                                   sqlite3.OperationalError("no such table: person")])  # fmt: skip
def test_other_errors_are_not_storage_errors(error: Exception) -> None:
    """A missing file or a bug is not blamed on the disk."""
    assert storage_error(error) is None


def test_a_full_disk_is_no_wrong_key() -> None:
    """The first read after the key fails with "database or disk is full": that is raised as
    it is (then named as a full disk), while "file is not a database" is a wrong key."""

    class Connection:
        def __init__(self, failure: Exception) -> None:
            self.failure = failure

        def execute(self, sql: str) -> Any:
            if sql.startswith("SELECT"):
                raise self.failure
            return self

        def close(self) -> None:
            pass

    full = sqlite3.OperationalError("database or disk is full")
    with pytest.raises(sqlite3.OperationalError) as raised:
        _apply_key(Connection(full), b"k" * 32)
    assert isinstance(storage_error(raised.value), StorageError)
    with pytest.raises(WrongKey):
        _apply_key(Connection(sqlite3.DatabaseError("file is not a database")), b"k" * 32)


def test_an_uncounted_failed_sign_in_says_the_disk_is_full(
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A wrong password the key file cannot count is refused saying so, not as a wrong key
    file; with space again, the next wrong password is counted."""
    site = copy(template, tmp_path / "copy")
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "wrong-pass-9")
    with failing_io(1, errno.ENOSPC):
        code, _, err = run(capsys, "--db", str(site / SITE), "--user", "li", "sites", "list")
    assert code == 1 and err.startswith("error: The sign-in failed and could not be counted: "
                                        "the disk is full: cannot write ")  # fmt: skip
    assert len(err.splitlines()) == 1 and "key file does not belong" not in err
    code, _, err = run(capsys, "--db", str(site / SITE), "--user", "li", "sites", "list")
    assert code == 1 and err == "error: The user name or password is wrong.\n"
    assert keyring.load(keyring_path(site / SITE)).failures["li"]["count"] == 1
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    assert run(capsys, "--db", str(site / SITE), "--user", "li", "sites", "list")[0] == 0


def test_a_recovery_key_is_never_lost_with_its_sheet(
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whichever write of `recovery-sheet` fails, a recovery key that opens the database is
    at hand: the old one (nothing was replaced) or the new one, printed when its sheet could
    not be written."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "after-fault-1")
    printed = 0
    faults = [(f"write {n}", failing_io(n, errno.EACCES)) for n in range(1, 12)]
    faults += [(f"{n} pages", sqlite_full(n)) for n in (0, 1, 4)]
    for n, fault in faults:
        site = copy(template, tmp_path / n.replace(" ", "-"))
        base = ("--db", str(site / SITE), "--user", "li")
        with fault:
            code, out, err = run(capsys, *base, "recovery-sheet", "--out", str(site / "s.pdf"))
        if code == 0:
            continue
        assert code == 1 and err.startswith(("error: permission denied: ",
                                             "error: the disk is full")), err  # fmt: skip
        shown = re.search(r"Recovery key .*: (\S+)", out)
        printed += shown is not None
        key = shown.group(1) if shown else (site / RECOVERY_KEY).read_text(encoding="utf-8")
        monkeypatch.setenv("PEER_SUPPORT_RECOVERY_KEY", key)
        assert run(capsys, *base, "recover")[0] == 0, f"fault at {n}: no recovery key opens it"
        monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "after-fault-1")
        assert run(capsys, *base, "sites", "list")[0] == 0
        monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    assert printed, "no fault met the sheet after the key was replaced"
