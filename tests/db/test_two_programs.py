"""Two programs on one file: a second one waits for the first, then says in one line that
another program is using the database; one SQLite build, recent enough, serves every file;
command-line writers and the window's services together leave a sound file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from app.checks import run_checks
from app.services import people, site
from db import engine, sqlite_library
from db.database import Database
from tests.helpers import DOCTOR, run

ROOT = Path(__file__).resolve().parents[2]


def _site(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", str(path), "init", "--site", "CY01", "--name", "Chaoyang",
               "--unencrypted")[0] == 0  # fmt: skip


def _hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another program writing for ``seconds``: a write transaction left open that long."""
    ready = threading.Event()

    def write() -> None:
        library = engine.sqlite_module()  # the same library as the program's, as in a program
        other = library.connect(str(path), isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=write)
    thread.start()
    ready.wait()
    return thread


def test_a_second_program_waits_then_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given another program's long write, a command waits its time, then one line."""
    path = tmp_path / "site.sqlite"
    _site(path, capsys)
    monkeypatch.setattr(engine, "BUSY_SECONDS", 1)
    holder = _hold_write_lock(path, 4)
    began = time.monotonic()
    code, _, err = run(capsys, "--db", str(path), "sites", "add", "TJH", "--name", "T")
    waited = time.monotonic() - began
    holder.join()
    assert code == 1 and err.count("\n") == 1, err
    assert err.startswith("error: another program is using the database")
    assert "sqlalche.me" not in err and "OperationalError" not in err
    assert waited >= 0.9


def test_a_second_program_waits_for_a_short_write_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write of a second and a half ahead of it: the command waits, then succeeds."""
    path = tmp_path / "site.sqlite"
    _site(path, capsys)
    holder = _hold_write_lock(path, 1.5)
    code, _, err = run(capsys, "--db", str(path), "sites", "add", "TJH", "--name", "T")
    holder.join()
    assert code == 0, err


def test_every_file_goes_through_one_recent_sqlite(tmp_path: Path) -> None:
    """Plain files too are opened with a SQLite at or above 3.51.3 (SQLCipher's, unkeyed)."""
    db = Database.open(tmp_path / "plain.sqlite")
    with db.engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
    db.close()
    assert tuple(int(p) for p in str(version).split(".")) >= sqlite_library.LEAST_SQLITE


def test_an_old_sqlite_is_refused_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With only libraries older than 3.51.3 at hand, nothing is opened: one line says why."""
    monkeypatch.setattr(sqlite_library, "LEAST_SQLITE", (9, 0, 0))
    path = tmp_path / "site.sqlite"
    code, _, err = run(capsys, "--db", str(path), "init", "--site", "CY01", "--name", "C",
                       "--unencrypted")  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "older than 9.0.0" in err


def test_signing_in_checks_the_password_without_the_write_lock(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The password is checked before the bookkeeping's transaction begins, so a slow
    check never holds the write lock."""
    from app.services import accounts

    accounts.add_first_account(db, "li", "first-pass-1", "Li")
    held_during_check: list[bool] = []
    verify = accounts._verify

    def watched(password_hash: str, password: str) -> bool:
        library = engine.sqlite_module()
        probe = library.connect(str(db.file), timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            held_during_check.append(False)
        except library.OperationalError:
            held_during_check.append(True)
        finally:
            probe.close()
        return verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", watched)
    assert accounts.sign_in(db, "li", "first-pass-1").username == "li"
    assert held_during_check == [False]


WRITER = """
import sys
from main import main
db, prefix, until = sys.argv[1], sys.argv[2], float(sys.argv[3])
import time
n = 0
while time.time() < until:
    n += 1
    code = prefix + str(n)
    if main(["--db", db, "sites", "add", code, "--name", code]) == 0:
        print("CONFIRMED", code, flush=True)
"""


@pytest.mark.slow
def test_two_command_line_writers_and_the_services_on_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Twenty seconds of two command-line writers and the window's services at once:
    afterwards check finds the file sound and every confirmed write is there."""
    path = tmp_path / "site.sqlite"
    _site(path, capsys)
    until = time.time() + 20
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), prefix, str(until)],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
               for prefix in ("A", "B")]  # fmt: skip
    db = Database.open(path)
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    confirmed, n = [], 0
    while time.time() < until:
        n += 1
        people.add_person(db, DOCTOR, people.PersonData(f"P{n}", "TJH"), "consumer",
                          date(2016, 1, 1))  # fmt: skip
        confirmed.append(f"P{n}")
    outputs = [w.communicate(timeout=120)[0] for w in writers]
    written = [line.split()[1] for out in outputs for line in out.splitlines()
               if line.startswith("CONFIRMED ")]  # fmt: skip
    assert all(w.returncode == 0 for w in writers)
    assert run_checks(db) == []
    assert {p.code for p in people.list_people(db)} == set(confirmed)
    codes = {c.code for c in site.list_communities(db)}
    assert set(written) <= codes
    db.close()
    assert len(written) > 4 and len(confirmed) > 20
