"""Careless commands: a mistyped path, another program's file, a newer schema, a command
without its --yes, a demo stopped part way, a key file asking for an absurd cost."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path

import pytest

from app.demo import DemoBuilder
from app.services import people
from db.database import Database
from db.keyring import keyring_path
from tests.helpers import run


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_command_on_a_file_that_is_not_there_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db typo/x.sqlite sites list` says there is no database there; no folder, no file."""
    typo = tmp_path / "typo" / "x.sqlite"
    code, out, err = run(capsys, "--db", str(typo), "sites", "list")
    assert code == 1 and out == ""
    assert err.startswith(f"error: there is no database at {typo}") and err.count("\n") == 1
    assert not (tmp_path / "typo").exists()


def test_another_programs_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A SQLite file with other tables: one line, not a byte changed, no copy beside it."""
    other = tmp_path / "notes.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('shopping')")
    connection.commit()
    connection.close()
    before = _digest(other)
    code, _, err = run(capsys, "--db", str(other), "sites", "list")
    assert code == 1 and err.count("\n") == 1 and "not a database of this program" in err
    assert _digest(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_a_newer_schema_is_refused_without_a_copy(
    tmp_path: Path, migrated_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file from a newer program: refused in one line, unchanged, no .bak copy made."""
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(migrated_file.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = _digest(newer)
    for _attempt in range(2):
        code, _, err = run(capsys, "--db", str(newer), "sites", "list")
        assert code == 1 and err.count("\n") == 1 and "newer version" in err
    assert _digest(newer) == before
    assert not [p.name for p in tmp_path.iterdir() if ".bak" in p.name or ".before-" in p.name]


def test_withdraw_without_yes_exits_1_with_the_line_to_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing is erased; the refusal gives the exact command with --yes."""
    db = str(tmp_path / "site.sqlite")
    run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang", "--unencrypted")
    code, _, err = run(capsys, "--db", db, "people", "withdraw", "C1", "--on", "2016-09-01")
    assert code == 1 and err.count("\n") == 1
    assert f"run: python main.py --db {db} people withdraw C1 --on 2016-09-01 --yes" in err


def test_a_demo_stopped_part_way_leaves_nothing_and_can_run_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo is one transaction: stopped after its people, none of them is kept."""
    db = str(tmp_path / "demo.sqlite")

    def killed(_builder: DemoBuilder) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(DemoBuilder, "add_emergencies", killed)
        with pytest.raises(KeyboardInterrupt):
            run(capsys, "--db", db, "demo")
    opened = Database.open(db)
    assert people.list_people(opened) == []
    opened.close()
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "communities" in out
    code, _, _ = run(capsys, "--db", db, "check")
    assert code == 0


def test_a_key_file_asking_for_an_absurd_cost_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slot asking argon2id for a million passes is refused before deriving anything."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "first-pass-1")
    db = tmp_path / "site.sqlite"
    assert run(capsys, "--db", str(db), "init", "--site", "CY01", "--name", "C",
               "--user", "li")[0] == 0  # fmt: skip
    ring = json.loads(keyring_path(db).read_text(encoding="utf-8"))
    ring["slots"]["li"]["ops"] = 1_000_000
    keyring_path(db).write_text(json.dumps(ring), encoding="utf-8")
    began = time.monotonic()
    code, _, err = run(capsys, "--db", str(db), "--user", "li", "sites", "list")
    assert code == 1 and err.count("\n") == 1 and "out of bounds" in err
    assert time.monotonic() - began < 5
