"""The command line's accounts and passwd commands, on an encrypted site and a scratch one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.audit import list_entries
from app.services import accounts, encryption
from db import keyring
from db.database import Database
from db.keyring import keyring_path
from tests.helpers import run

PASSWORD = "first-pass-1"
GIVEN, OWN = "given-pass-5", "zhaos-own-choice-7"



@pytest.fixture
def site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    """An encrypted site set up by `init --user li --doctor-name 李医生`, signed in as li
    through PEER_SUPPORT_PASSWORD; new passwords come from PEER_SUPPORT_NEW_PASSWORD."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    db = str(tmp_path / "site.sqlite")
    code, _, err = run(capsys, "--db", db, "init", "--site", "CY01", "--name", "Chaoyang",
                       "--user", "li", "--doctor-name", "李医生")  # fmt: skip
    assert code == 0, err
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", GIVEN)
    return db


def as_li(capsys: pytest.CaptureFixture[str], site: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", site, "--user", "li", *args)


def test_init_links_the_first_doctor_to_a_staff_record(
    site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The doctor named at `init` has a staff record, so is in every staff picker."""
    code, out, _ = as_li(capsys, site, "accounts", "list")
    assert code == 0 and out == "li\t李医生\tcommunity_doctor\tactive\tLI\n"
    db = encryption.open_with_password(Path(site), "li", PASSWORD)
    assert [(s.code, s.name, s.profession) for s in accounts.list_staff(db)] == [
        ("LI", "李医生", "community_doctor")]  # fmt: skip
    db.close()


def test_a_new_user_opens_the_encrypted_database_with_their_own_password(
    site: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`accounts add` writes the new user's slot: they sign in with the given password, must
    choose their own (`passwd`) before anything else, and then it opens the database."""
    code, out, err = as_li(capsys, site, "accounts", "add", "zhao", "--role", "psychiatrist",
                           "--name", "赵医生")  # fmt: skip
    assert code == 0, err
    assert "zhao (psychiatrist) added, linked to ZHAO" in out and "encrypted" in out
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", GIVEN)
    code, _, err = run(capsys, "--db", site, "--user", "zhao", "sites", "list")
    assert code == 1 and err == "error: zhao must choose a new password first: passwd\n"
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", OWN)
    code, out, _ = run(capsys, "--db", site, "--user", "zhao", "passwd")
    assert code == 0 and "password of zhao is changed" in out
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", OWN)
    assert run(capsys, "--db", site, "--user", "zhao", "sites", "list")[0] == 0
    encryption.open_with_password(Path(site), "zhao", OWN).close()
    with pytest.raises(Exception, match="wrong"):
        encryption.open_with_password(Path(site), "zhao", GIVEN)


def test_disable_removes_the_slot_enable_and_reset_write_one(
    site: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disabled user's password unwraps nothing and signs in nowhere; enabled with a new
    password, or reset, they sign in with that one and must change it."""
    ring = keyring_path(Path(site))
    assert as_li(capsys, site, "accounts", "add", "zhao", "--role", "psychiatrist")[0] == 0
    slot = keyring.load(ring).slots["zhao"]
    code, out, _ = as_li(capsys, site, "accounts", "disable", "zhao")
    assert code == 0 and "zhao disabled; its password no longer opens the database" in out
    assert "zhao" not in keyring.load(ring).slots
    assert keyring.unwrap(GIVEN, slot)  # the old slot, kept aside by this test, still would
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", GIVEN)
    code, _, err = run(capsys, "--db", site, "--user", "zhao", "sites", "list")
    assert code == 1 and err == "error: The user name or password is wrong.\n"
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    code, out, _ = as_li(capsys, site, "accounts", "list")
    assert "zhao\tzhao\tpsychiatrist\tdisabled\tZHAO\n" in out
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "back-again-3")
    assert as_li(capsys, site, "accounts", "enable", "zhao")[0] == 0
    encryption.open_with_password(Path(site), "zhao", "back-again-3").close()
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "reset-pass-4")
    code, out, _ = as_li(capsys, site, "accounts", "reset", "zhao")
    assert code == 0 and "zhao chooses a new one at the next sign-in" in out
    assert "must change password" in as_li(capsys, site, "accounts", "list")[1]
    encryption.open_with_password(Path(site), "zhao", "reset-pass-4").close()


@pytest.mark.parametrize(("args", "says"), [
    (("add", "zhou", "--role", "nurse"), "'nurse' is not a known role"),
    (("add", "LI", "--role", "psychiatrist"), "The user name LI is taken."),
    (("add", "zhou", "--role", "peer", "--person", "NOPE"), "No person has the code NOPE."),
    (("add", "zhou", "--role", "peer"), "A peer's account names the peer's person code."),
    (("disable", "li"), "You cannot disable your own account."),
    (("disable", "nobody"), "No account has the user name nobody."),
    (("enable", "li"), "The account li is active already."),
])  # fmt: skip
def test_bad_input_is_one_error_line_and_changes_nothing(
    site: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    """Each mistake prints one `error:` line, exits 1 and leaves accounts and key file as
    they were."""
    ring = keyring_path(Path(site))
    before = (as_li(capsys, site, "accounts", "list")[1], keyring.load(ring).slots)
    code, out, err = as_li(capsys, site, "accounts", *args)
    assert (code, out) == (1, "") and err.startswith("error: ") and err.count("\n") == 1
    assert says in err
    assert (as_li(capsys, site, "accounts", "list")[1], keyring.load(ring).slots) == before


def test_a_weak_password_is_refused(
    site: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A common password for a new account, or for one's own: one line, nothing changed."""
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", "woaini1314")
    code, _, err = as_li(capsys, site, "accounts", "add", "zhou", "--role", "social_worker")
    assert code == 1 and "most common" in err and err.count("\n") == 1
    code, _, err = as_li(capsys, site, "passwd")
    assert code == 1 and "most common" in err
    assert as_li(capsys, site, "accounts", "list")[1].count("\n") == 1


def test_scratch_database_peer_accounts_and_refusals(
    people_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a plain scratch database the first account is made by the local operator, without
    signing in, every later command needs --user; a peer's
    account names an enrolled peer (not a consumer); nobody disables their own account; the
    peer, signed in, may not manage accounts, and the refusal is audited."""
    people_db.close()
    db = str(db_path)
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", GIVEN)
    assert run(capsys, "--db", db, "accounts", "add", "li", "--role", "community_doctor")[0] == 0
    code, _, err = run(capsys, "--db", db, "accounts", "add", "wang", "--role", "peer",
                       "--person", "P1")  # fmt: skip
    assert code == 1 and "give --user NAME" in err  # once there is an account, sign in

    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", GIVEN)
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", OWN)
    assert run(capsys, "--db", db, "--user", "li", "passwd")[0] == 0
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", OWN)
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", GIVEN)
    code, _, err = run(capsys, "--db", db, "--user", "li", "accounts", "add", "zhou", "--role",
                       "peer", "--person", "C1")  # fmt: skip
    assert (code, err) == (1, "error: C1 is not enrolled as a peer, so cannot have a peer's "
                              "account.\n")  # fmt: skip
    code, out, _ = run(capsys, "--db", db, "--user", "li", "accounts", "add", "wang", "--role",
                       "peer", "--person", "P1", "--name", "王芳")  # fmt: skip
    assert code == 0 and "linked to P1" in out
    code, _, err = run(capsys, "--db", db, "--user", "li", "accounts", "disable", "li")
    assert code == 1 and "your own account" in err

    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", GIVEN)
    monkeypatch.setenv("PEER_SUPPORT_NEW_PASSWORD", OWN)
    assert run(capsys, "--db", db, "--user", "wang", "passwd")[0] == 0
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", OWN)
    code, _, err = run(capsys, "--db", db, "--user", "wang", "accounts", "list")
    assert code == 1 and err == "error: Your account may not manage accounts.\n"
    code, _, err = run(capsys, "--db", db, "--user", "wang", "accounts", "reset", "li")
    assert code == 1 and "may not manage accounts" in err
    opened = encryption.open_with_password(db_path, "wang", OWN)  # encrypted at li's sign-in
    refused = list_entries(opened, action="access_refused")
    assert [(e.username, e.detail) for e in refused] == [("wang", "manage_accounts")] * 2
    assert [e.username for e in list_entries(opened, action="account_added")] == ["li", "local"]
    opened.close()
