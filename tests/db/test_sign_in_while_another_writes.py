"""Signing in while another program holds the write lock: getting in waits for nothing, its
bookkeeping is written once that program is done, and a wrong password is counted (or the
attempt refused) so the lock-out holds."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.services import accounts
from app.services.setup import SetupData
from app.site_door import SiteDoor
from db import engine, keyring
from db.database import Database
from db.models import AuditEntry, UserAccount

SETUP = SetupData("CY01", "Chaoyang", "TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1),
                  "Dr Li", "li", "first-pass-1")  # fmt: skip


@contextmanager
def another_program_writing(path: Path, key: bytes | None = None) -> Iterator[None]:
    """Another program's write transaction (BEGIN IMMEDIATE) held open for the block."""
    ready, done = threading.Event(), threading.Event()
    failure: list[BaseException] = []

    def hold() -> None:
        try:
            other = engine.connect_file(path, key)
            other.isolation_level = None
            other.execute("BEGIN IMMEDIATE")
        except BaseException as error:
            failure.append(error)
            ready.set()
            return
        ready.set()
        done.wait(120)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    assert not failure, failure
    try:
        yield
    finally:
        done.set()
        thread.join()


def _events(db: Database, action: str) -> list[AuditEntry]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _failures(db: Database, name: str) -> int:
    with db.reading() as session:
        account = session.scalars(select(UserAccount).where(UserAccount.username == name)).one()
        return account.failed_attempts


@pytest.fixture
def plain(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A plain site file with one account, whose connections wait 2 s for another's write."""
    monkeypatch.setattr(engine, "BUSY_SECONDS", 2)
    db.engine.dispose()  # connections from now on wait 2 s
    accounts.add_first_account(db, "li", "first-pass-1", "Li")
    return db


def test_signing_in_while_another_program_writes_takes_under_a_second(plain: Database) -> None:
    """Given another program's open write, a right password gets in within a second; the
    sign-in's audit entry, dated when it happened, follows once that write ends."""
    assert plain.file is not None
    with another_program_writing(plain.file):
        began = time.monotonic()
        account = accounts.sign_in(plain, "li", "first-pass-1")
        took = time.monotonic() - began
        assert account.username == "li" and took < 1.0, took
        assert _events(plain, "sign_in") == [] and plain.later.waiting == 1
        time.sleep(2.5)  # longer than the busy wait: the worker keeps trying
    assert plain.later.wait(10)
    (entry,) = _events(plain, "sign_in")
    assert entry.username == "li" and entry.at.timestamp() < time.time() - 2


def test_a_wrong_password_while_another_program_writes_is_refused_not_let_through(
    plain: Database,
) -> None:
    """A wrong password that cannot be counted (the write outlasts the wait) is refused with
    a message saying so; the five-attempt lock-out still locks once writing is possible."""
    assert plain.file is not None
    with another_program_writing(plain.file):
        for _ in range(3):
            with pytest.raises(UserError, match="could not be counted"):
                accounts.sign_in(plain, "li", "wrong-pass-1")
    assert _failures(plain, "li") == 0  # nothing was counted, and nothing got in
    for _ in range(accounts.MAX_FAILURES - 1):
        with pytest.raises(UserError, match="wrong"):
            accounts.sign_in(plain, "li", "wrong-pass-1")
    with pytest.raises(UserError, match="locked"):
        accounts.sign_in(plain, "li", "wrong-pass-1")
    with pytest.raises(UserError, match="locked"):
        accounts.sign_in(plain, "li", "first-pass-1")


def test_a_wrong_password_during_a_short_write_is_counted_after_it(plain: Database) -> None:
    """A write shorter than the wait: the wrong password waits for it and is counted."""
    assert plain.file is not None
    answer: list[BaseException] = []
    with another_program_writing(plain.file):
        thread = threading.Thread(target=lambda: _try(plain, answer))
        thread.start()
        time.sleep(0.5)
        assert thread.is_alive()  # waiting for the other program's write to end
    thread.join()
    assert len(answer) == 1 and "wrong" in str(answer[0])
    assert _failures(plain, "li") == 1


def _try(db: Database, answer: list[BaseException]) -> None:
    try:
        accounts.sign_in(db, "li", "wrong-pass-1")
    except UserError as error:
        answer.append(error)


def test_a_lock_out_holds_while_another_program_writes(plain: Database) -> None:
    """A locked account stays locked under another program's write: the right password is
    refused (the lock is read, not written)."""
    assert plain.file is not None
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(UserError):
            accounts.sign_in(plain, "li", "wrong-pass-1")
    with another_program_writing(plain.file), pytest.raises(UserError, match="locked"):
        accounts.sign_in(plain, "li", "first-pass-1")
    assert plain.later.wait(10)
    assert len(_events(plain, "sign_in_refused")) == 1


def test_a_success_written_late_does_not_wipe_a_later_failure(plain: Database) -> None:
    """A sign-in whose bookkeeping waits, then a wrong password counted before it is
    written: the count stays, so waiting bookkeeping never resets the lock-out's count."""
    assert plain.file is not None
    with another_program_writing(plain.file):
        accounts.sign_in(plain, "li", "first-pass-1")
        plain.later.finish(0)  # the success's bookkeeping is dropped: the program ended
    with pytest.raises(UserError, match="wrong"):
        accounts.sign_in(plain, "li", "wrong-pass-1")
    assert _failures(plain, "li") == 1
    accounts.sign_in(plain, "li", "first-pass-1")
    assert _failures(plain, "li") == 0


def test_opening_an_encrypted_file_while_another_program_writes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An encrypted site whose key file holds a wrong password's events: signing in while
    another program writes opens it within a second; the events reach the audit log, and
    leave the key file, once that program is done."""
    monkeypatch.setattr(engine, "BUSY_SECONDS", 2)
    door = SiteDoor(db_path)
    door.set_up(SETUP)
    door.close()
    with pytest.raises(UserError):
        SiteDoor(db_path).sign_in("li", "wrong-pass-1")
    key_file = keyring.keyring_path(db_path)
    assert keyring.load(key_file).pending
    key = keyring.unwrap("first-pass-1", keyring.load(key_file).slots["li"])
    door = SiteDoor(db_path)
    with another_program_writing(db_path, key):
        began = time.monotonic()
        account = door.sign_in("li", "first-pass-1")
        took = time.monotonic() - began
        assert account.username == "li" and took < 1.0, took
        assert keyring.load(key_file).pending
    assert door.db is not None and door.db.later.wait(10)
    assert keyring.load(key_file).pending == []
    assert [e.detail.split(";")[0] for e in _events(door.db, "sign_in_failed")] == [
        "attempt 1 (key file)"
    ]
    assert len(_events(door.db, "sign_in")) == 1
    door.close()
