"""The command line signs in and applies the permission table: a peer's account is refused
what the table does not grant it (one `error:` line, exit 1, nothing written or changed), a
community doctor's is not; a database with accounts needs --user."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from app import codes
from app.backups import take_backup
from app.services import encryption, people, screening
from app.services.site import add_community
from app.services.withdrawal import withdrawn_on
from db.database import Database
from db.keyring import keyring_path, set_slot
from tests.helpers import DOCTOR, create_account, run

DOCTOR_PASSWORD, PEER_PASSWORD = "first-pass-1", "peer-pass-22"
ENROLLED = date(2015, 9, 1)



@pytest.fixture
def site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An encrypted site of a project, with a screened consumer C1 (name, phone, diagnosis),
    a peer P1 with the account "wang", a backup, and a survey file to import."""
    project_file = str(tmp_path / "project.json")
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", DOCTOR_PASSWORD)
    assert run(capsys, "--db", str(tmp_path / "pm.sqlite"), "project", "create", "--name",
               "Chaoyang", "--out", project_file, "--user", "pm")[0] == 0  # fmt: skip
    path = tmp_path / "site.sqlite"
    assert run(capsys, "--db", str(path), "init", "--site", "CY01", "--name", "Chaoyang",
               "--project", project_file, "--user", "li")[0] == 0  # fmt: skip
    db = encryption.open_with_password(path, "li", DOCTOR_PASSWORD)
    add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", ENROLLED)
    consumer = people.PersonData(
        "C1", "TJH", birth_date=date(1980, 2, 2), diagnosis="schizophrenia"
    )
    people.add_person(db, DOCTOR, consumer, "consumer", ENROLLED,
                      people.ContactData("王小明", "13900000001"))  # fmt: skip
    people.add_person(db, DOCTOR, people.PersonData("P1", "TJH"), "peer", ENROLLED)
    criteria = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    screening.record_screening(db, DOCTOR, screening.ScreeningData(
        "C1", "consumer", date(2015, 8, 20), criteria, psp_score=61))  # fmt: skip
    create_account(db, "wang", PEER_PASSWORD, "peer", person_code="P1")
    assert db.key is not None
    set_slot(keyring_path(path), "wang", PEER_PASSWORD, db.key)  # the slot `accounts add` writes
    take_backup(db, tmp_path / "backups", date(2016, 6, 1))
    db.close()
    (tmp_path / "answers.csv").write_text(
        "person_code,instrument,item,answer,date\n"
        "C1,consumer_satisfaction,satisfied_with_peers,yes,2016-06-01\n",
        encoding="utf-8",
    )
    return path


def _as(monkeypatch: pytest.MonkeyPatch, user: str) -> list[str]:
    """The arguments that sign in as the user, whose password is put where the CLI reads it."""
    password = PEER_PASSWORD if user == "wang" else DOCTOR_PASSWORD
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", password)
    return ["--user", user]


COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "print person-record": lambda f: ["print", "person-record", "--id", "C1",
                                      "--out", str(f / "record.pdf")],
    "people export": lambda f: ["people", "export", "--out", str(f / "people.csv")],
    "report --sav": lambda f: ["report", "--sav", str(f / "data")],
    "surveys import": lambda f: ["surveys", "import", str(f / "answers.csv")],
    "sites add": lambda f: ["sites", "add", "NEW", "--name", "New"],
    "bundle export": lambda f: ["bundle", "export", "--out", str(f / "b.bundle")],
    "audit verify": lambda f: ["audit", "verify"],
    "people withdraw": lambda f: ["people", "withdraw", "C1", "--yes"],
    "restore": lambda f: ["restore", str(next((f / "backups").glob("*.sqlite"))), "--yes",
                          "--folder", str(f / "kept")],
}  # fmt: skip
"""What the issue found a peer could do on the command line."""


TABLES = ("community", "survey_answer", "person", "export_record")


def _state(site: Path) -> dict[str, object]:
    """What the commands would change, read as the doctor."""
    db = encryption.open_with_password(site, "li", DOCTOR_PASSWORD)
    try:
        with db.engine.connect() as connection:
            counts = {table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                      for table in TABLES}  # fmt: skip
        return counts | {"contact": people.contact_for(db, DOCTOR, "C1"),
                         "withdrawn": withdrawn_on(db, "C1")}  # fmt: skip
    finally:
        db.close()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_peer_is_refused_with_one_line_and_nothing_changes(
    site: Path, command: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Each command the peer's role lacks: exit 1, one `error:` line, no file, no change."""
    folder = site.parent
    before = _state(site)
    code, out, err = run(capsys, "--db", str(site), *_as(monkeypatch, "wang"),
                         *COMMANDS[command](folder))  # fmt: skip
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: Your account may not ")
    assert "王小明" not in out and "13900000001" not in out and "schizophrenia" not in out
    written = {p.name for p in folder.iterdir()}
    assert not written & {"record.pdf", "people.csv", "data-people.sav", "b.bundle", "kept"}
    assert _state(site) == before


def test_a_doctor_may_do_each_of_them(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same commands succeed for the site's community doctor (withdraw and restore last,
    as they change what the others read)."""
    folder = site.parent
    for command in COMMANDS:
        code, _, err = run(capsys, "--db", str(site), *_as(monkeypatch, "li"),
                           *COMMANDS[command](folder))  # fmt: skip
        assert (command, code, err) == (command, 0, "")
    assert (folder / "record.pdf").exists() and (folder / "data-people.sav").exists()
    assert b"schizophrenia" in (folder / "people.csv").read_bytes()


def test_a_database_with_accounts_needs_the_user(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plain database acts as the local operator until it has an account; then every
    command needs --user."""
    path = str(tmp_path / "plain.sqlite")
    assert (
        run(capsys, "--db", path, "init", "--site", "CY01", "--name", "C", "--unencrypted")[0] == 0
    )
    assert run(capsys, "--db", path, "sites", "add", "TJH", "--name", "Tuanjiehu")[0] == 0
    db = Database.open(Path(path))
    create_account(db, "li", DOCTOR_PASSWORD, "community_doctor")
    db.close()
    code, _, err = run(capsys, "--db", path, "sites", "list")
    assert code == 1 and err.count("\n") == 1 and "give --user NAME" in err
