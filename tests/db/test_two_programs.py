"""Two programs on one file: a second one waits for the first, then says in one line that
another program is using the database; one SQLite build, recent enough, serves every file;
command-line writers and the window's services together leave a sound file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.backups import describe, take_backup
from app.checks import run_checks
from app.services import accounts, people, site
from app.services.setup import SetupData
from app.site_door import SiteDoor
from db import engine, sqlite_library
from db.database import Database
from db.models import AuditEntry
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
import sys, time
from db import keyring
keyring.KDF_COST = (1, 8192)  # the test suite's cost, which the site's key slots were made at
from main import main
db, prefix, until, user = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]
n = 0
while time.time() < until:
    n += 1
    code = prefix + str(n)
    exit_code = main(["--db", db, *user, "sites", "add", code, "--name", code])
    print("CONFIRMED" if exit_code == 0 else "REFUSED", code, flush=True)
"""
STRESS_SECONDS = int(os.environ.get("STRESS_SECONDS", "60"))
PASSWORD = "first-pass-1"


@dataclass
class Window:
    """What the window's side of the stress test did: people saved, unlocks, backups."""

    saved: list[str] = field(default_factory=list)
    unlocks: int = 0
    backups: list[Path] = field(default_factory=list)
    failure: list[BaseException] = field(default_factory=list)


def _encrypted_site(path: Path) -> None:
    door = SiteDoor(path)
    door.set_up(SetupData("CY01", "Chaoyang", "TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1),
                          "Dr Li", "li", PASSWORD))  # fmt: skip
    door.close()


def _plain_site(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _site(path, capsys)
    db = Database.open(path)
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    db.close()


def _work_as_the_window(path: Path, encrypted: bool, until: float, did: Window) -> None:
    """The services the window calls, on the window's one open database: people saved one
    by one, the lock screen's unlock now and then (signed in when encrypted), a backup
    every quarter of the run and the closing backup."""
    try:
        door = SiteDoor(path)
        account = door.sign_in("li", PASSWORD) if encrypted else DOCTOR
        db = door.open_unlocked() if not encrypted else door.db
        assert db is not None
        folder, next_backup, n = path.parent / f"backups-{path.stem}", 0.0, 0
        while time.time() < until:
            n += 1
            people.add_person(db, account, people.PersonData(f"P{n}", "TJH"), "consumer",
                              date(2016, 1, 1))  # fmt: skip
            did.saved.append(f"P{n}")
            if encrypted and n % 5 == 0:
                accounts.sign_in(db, "li", PASSWORD, "unlock")
                did.unlocks += 1
            if time.time() >= next_backup:
                did.backups.append(take_backup(db, folder))
                next_backup = time.time() + STRESS_SECONDS / 4
        did.backups.append(take_backup(db, folder, day=date(2099, 1, 1)))  # the closing one
        door.close()
    except BaseException as error:
        did.failure.append(error)


def _confirmed(output: str, answer: str) -> list[str]:
    return [line.split()[1] for line in output.splitlines() if line.startswith(answer + " ")]


@pytest.mark.slow
def test_two_command_line_writers_and_the_window_on_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A minute of two command-line writers (each command a ``main`` run, confirmed by its
    exit code 0) and the window's services on one file, a plain file and an encrypted one at
    the same time: afterwards ``check`` finds each sound, every confirmed write is there and
    every sign-in's bookkeeping too. Both files run in the same minute rather than one after
    the other, so the test costs one minute instead of two, and each file has the other's
    load on the same two cores on top: a harsher test, not a milder one."""
    files = {"plain": tmp_path / "plain.sqlite", "encrypted": tmp_path / "encrypted.sqlite"}
    _plain_site(files["plain"], capsys)
    _encrypted_site(files["encrypted"])
    until = time.time() + STRESS_SECONDS
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PEER_SUPPORT_PASSWORD": PASSWORD}
    writers = {(kind, prefix): subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), prefix, str(until),
         *(["--user", "li"] if kind == "encrypted" else [])],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for kind, path in files.items() for prefix in ("A", "B")}  # fmt: skip
    windows = {kind: Window() for kind in files}
    threads = [threading.Thread(target=_work_as_the_window,
                                args=(path, kind == "encrypted", until, windows[kind]))
               for kind, path in files.items()]  # fmt: skip
    for thread in threads:
        thread.start()
    outputs = {name: w.communicate(timeout=STRESS_SECONDS + 120) for name, w in writers.items()}
    for thread in threads:
        thread.join(timeout=120)
    for name, writer in writers.items():
        assert writer.returncode == 0, (name, outputs[name][1][-3000:])
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    for kind, path in files.items():
        did = windows[kind]
        assert not did.failure, did.failure
        written = {name: _confirmed(out, "CONFIRMED") for name, (out, _) in outputs.items()
                   if name[0] == kind}  # fmt: skip
        refused = [c for name, (out, _) in outputs.items() if name[0] == kind
                   for c in _confirmed(out, "REFUSED")]  # fmt: skip
        user = ["--user", "li"] if kind == "encrypted" else []
        code, out, err = run(capsys, "--db", str(path), *user, "check")
        assert code == 0, (kind, out, err)
        door = SiteDoor(path)
        if kind == "encrypted":
            door.sign_in("li", PASSWORD)
        db = door.open_unlocked() if kind == "plain" else door.db
        assert db is not None
        assert run_checks(db) == []
        assert {p.code for p in people.list_people(db)} == set(did.saved), kind
        communities = {c.code for c in site.list_communities(db)}
        for name, codes in written.items():
            assert set(codes) <= communities, (name, sorted(set(codes) - communities)[:5])
            assert len(codes) > 5, (name, codes)
        assert refused == [], (kind, refused, [e[-2000:] for _, e in outputs.values()])
        if kind == "encrypted":
            assert db.later.wait(60)
            with db.reading() as session:
                unlocks = session.scalar(select(func.count()).select_from(AuditEntry)
                                         .where(AuditEntry.action == "unlock"))  # fmt: skip
            assert unlocks == did.unlocks > 3
        assert len(did.saved) > 50, (kind, len(did.saved))
        with capsys.disabled():
            print(
                f"\n{kind}: writers confirmed {[len(c) for c in written.values()]}, window "
                f"saved {len(did.saved)}, unlocked {did.unlocks}, backups {len(did.backups)}"
            )
        closing = did.backups[-1]
        assert describe(closing, db.key).counts["person"] == len(did.saved)
        door.close()
