"""Accounts and staff: adding, disabling, resetting, the password policy and signing in."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.audit import list_entries
from app.backups import take_backup
from app.errors import UserError
from app.permissions import Account
from app.services import accounts, encryption
from app.services.accounts import AccountRow
from app.services.setup import SetupData
from app.site_door import SiteDoor
from db import keyring
from db.base import utc_now
from db.database import Database
from db.keyring import keyring_path
from db.models import AuditEntry, UserAccount
from tests.helpers import DOCTOR, create_account

ROOT = Path(__file__).resolve().parents[2]
PASS = "tea-garden-7"


@pytest.fixture
def site_db(db: Database) -> Database:
    """A site whose community doctor (li) has an account, as after set-up."""
    accounts.add_first_doctor(db, DOCTOR.username, "first-pass-1", DOCTOR.display_name)
    return db


def _rows(db: Database) -> list[AccountRow]:
    return accounts.list_accounts(db, DOCTOR)


def _audit(db: Database) -> list[tuple[str, str, str, str]]:
    with db.reading() as session:
        return [(e.username, e.action, e.record_id, e.detail)
                for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]  # fmt: skip


def test_password_is_stored_as_argon2id(site_db: Database) -> None:
    """The database holds an argon2id hash, never the password."""
    accounts.add_account(site_db, DOCTOR, "zhao", "psychiatrist", "correct horse")
    with site_db.reading() as session:
        stored = session.scalars(select(UserAccount.password_hash)
                                 .where(UserAccount.username == "zhao")).one()  # fmt: skip
    assert stored.startswith("$argon2id$")
    assert "correct horse" not in stored


def test_sign_in_checks_the_password(site_db: Database) -> None:
    """The right password signs in; a wrong one or unknown user gets the same message."""
    assert accounts.sign_in(site_db, "li", "first-pass-1").staff_code == "LI"
    with pytest.raises(UserError) as wrong:
        accounts.sign_in(site_db, "li", "wrong horse")
    with pytest.raises(UserError) as unknown:
        accounts.sign_in(site_db, "zhang", "correct horse")
    assert str(wrong.value) == str(unknown.value)
    with site_db.reading() as session:
        assert session.scalars(select(UserAccount.failed_attempts)).one() == 1


def test_a_password_typed_as_the_user_name_never_reaches_the_audit_log(site_db: Database) -> None:
    """A sign-in with a name that is no account is logged as "?", so a password typed into
    the user-name field is nowhere in the audit log."""
    with pytest.raises(UserError, match="wrong"):
        accounts.sign_in(site_db, "my-secret-Pass9", "first-pass-1")
    failed = [e for e in _audit(site_db) if e[1] == "sign_in_failed"]
    assert failed == [("?", "sign_in_failed", "?", "unknown account")]
    assert not any("my-secret-Pass9" in "".join(e) for e in _audit(site_db))


@pytest.mark.parametrize(("password", "says"), [
    ("short1", "at least 8 characters"),
    ("ZhaoMing", "must not be the user name"),
    ("88888888", "most common"),
    ("woaini1314", "most common"),
    ("Password1", "most common"),
    ("1qaz2wsx", "most common"),
    ("QWERTYUI", "most common"),
])  # fmt: skip
def test_the_password_policy_refuses_weak_passwords(password: str, says: str) -> None:
    """Short passwords, the user name in any case, and the commonest passwords are refused."""
    with pytest.raises(UserError, match=says):
        accounts.check_password("zhaoming", password)
    accounts.check_password("zhaoming", "zhaoming-likes-tea")


def test_the_common_passwords_ship_with_the_program() -> None:
    """The list has a few hundred entries, Chinese users' favourites among them, and is a
    data file of the package and of the standalone build."""
    listed = accounts.common_passwords()
    assert 300 <= len(listed) <= 1000
    assert {"123456789", "88888888", "woaini1314", "qwertyui", "password1", "a1234567",
            "11111111", "1qaz2wsx", "abc12345"} <= listed  # fmt: skip
    relative = accounts.COMMON_PASSWORDS_FILE.relative_to(ROOT / "app").as_posix()
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = package_data["tool"]["setuptools"]["package-data"]["app"]
    assert any(Path(relative).match(p) for p in patterns)
    assert "common_passwords.txt" in (ROOT / "packaging" / "peer-support.spec").read_text()


def test_a_professional_gets_a_staff_record_in_every_picker(site_db: Database) -> None:
    """A psychologist's account comes with a staff record of that profession and name, and
    its user must choose their own password at the first sign-in."""
    row = accounts.add_account(site_db, DOCTOR, "zhao.min", "clinical_psychologist", PASS,
                               display_name="赵敏")  # fmt: skip
    assert row == AccountRow("zhao.min", "赵敏", "clinical_psychologist", True, True, "ZHAOMIN")
    staff = {s.code: s for s in accounts.list_staff(site_db)}
    assert (staff["ZHAOMIN"].name, staff["ZHAOMIN"].profession) == ("赵敏", "clinical_psychologist")
    account = accounts.sign_in(site_db, "zhao.min", PASS)
    assert (account.staff_code, account.must_change_password) == ("ZHAOMIN", True)
    accounts.add_account(site_db, DOCTOR, "ZhaoMin2", "social_worker", PASS, "赵敏")
    assert "ZHAOMIN2" in {s.code for s in accounts.list_staff(site_db)}


def test_a_staff_code_taken_by_someone_else_is_numbered(site_db: Database) -> None:
    """A user name whose code is taken gets the next free one; one without letters a default."""
    accounts.add_staff(site_db, DOCTOR, "WANG", "王医生", "psychiatrist")
    assert accounts.add_account(site_db, DOCTOR, "wang", "social_worker", PASS,
                                "王社工").linked_code == "WANG-2"  # fmt: skip
    assert accounts.add_account(site_db, DOCTOR, "王五", "social_worker", PASS,
                                "王五").linked_code == "STAFF"  # fmt: skip


def test_an_unlinked_staff_record_of_the_same_name_is_reused(site_db: Database) -> None:
    """A professional entered as staff before accounts existed keeps one record, now linked."""
    accounts.add_staff(site_db, DOCTOR, "PSY1", "赵医生", "psychiatrist")
    row = accounts.add_account(site_db, DOCTOR, "zhao", "psychiatrist", PASS, "赵医生")
    assert row.linked_code == "PSY1"
    assert [s.code for s in accounts.list_staff(site_db) if s.name == "赵医生"] == ["PSY1"]


def test_a_peers_account_names_a_person_enrolled_as_a_peer(people_db: Database) -> None:
    """A peer's account is linked to the enrolled peer and gets no staff record; a missing,
    unknown or non-peer person code, or a second account for the peer, is refused."""
    accounts.add_first_doctor(people_db, "li", "first-pass-1", "李医生")
    staff_before = accounts.list_staff(people_db)
    assert accounts.add_account(people_db, DOCTOR, "wang", "peer", PASS, "王芳",
                                person_code="P1").linked_code == "P1"  # fmt: skip
    assert accounts.sign_in(people_db, "wang", PASS).person_code == "P1"
    assert accounts.list_staff(people_db) == staff_before
    for person, says in ((None, "names the peer's person code"), ("NOPE", "No person has"),
                         ("C1", "not enrolled as a peer"), ("P1", "has an account already")):
        with pytest.raises(UserError, match=says):
            accounts.add_account(people_db, DOCTOR, "zhou", "peer", PASS, person_code=person)
    with pytest.raises(UserError, match="Only a peer's account"):
        accounts.add_account(people_db, DOCTOR, "zhou", "psychiatrist", PASS, person_code="P2")
    assert [r.username for r in _rows(people_db)] == ["li", "wang"]


@pytest.mark.parametrize(("username", "role", "password", "says"), [
    ("zhou", "nurse", PASS, "not a known role"),
    ("LI", "psychiatrist", PASS, "taken"),
    ("zhou", "psychiatrist", "12345678", "most common"),
    ("", "psychiatrist", PASS, "needs a user name"),
    ("zhou wei", "psychiatrist", PASS, "no spaces"),
])  # fmt: skip
def test_bad_input_changes_nothing(
    site_db: Database, username: str, role: str, password: str, says: str
) -> None:
    """An unknown role, a taken name (in any case), a weak password or a bad user name: one
    clear message, and neither accounts, staff nor the audit log changed."""
    before = (_rows(site_db), accounts.list_staff(site_db), _audit(site_db))
    with pytest.raises(UserError, match=says):
        accounts.add_account(site_db, DOCTOR, username, role, password)
    assert (_rows(site_db), accounts.list_staff(site_db), _audit(site_db)) == before


@pytest.mark.parametrize("role", ["peer", "psychiatrist", "research_assistant"])
def test_only_a_manager_of_accounts_manages_them(site_db: Database, role: str) -> None:
    """Roles without the right are refused every account action, each refusal audited."""
    actor = Account("zhou", "周", role)
    accounts.add_account(site_db, DOCTOR, "zhao", "psychiatrist", PASS)
    attempts = [
        lambda: accounts.list_accounts(site_db, actor),
        lambda: accounts.add_account(site_db, actor, "sun", "psychiatrist", PASS),
        lambda: accounts.disable_account(site_db, actor, "zhao"),
        lambda: accounts.enable_account(site_db, actor, "zhao", PASS),
        lambda: accounts.reset_password(site_db, actor, "zhao", PASS),
        lambda: accounts.add_staff(site_db, actor, "SW9", "孙社工", "social_worker"),
    ]
    for attempt in attempts:
        with pytest.raises(UserError, match="Your account may not"):
            attempt()
    refused = [e for e in _audit(site_db) if e[1] == "access_refused"]
    assert len(refused) == len(attempts) and {e[0] for e in refused} == {"zhou"}
    assert [r.username for r in _rows(site_db)] == ["li", "zhao"]
    assert _rows(site_db)[1].active


def test_a_disabled_account_cannot_sign_in_and_is_kept(site_db: Database) -> None:
    """Disabling keeps the account (the audit log names it), stops its sign-in and takes its
    staff record out of the pickers; enabling needs a new password, to change at sign-in."""
    accounts.add_account(site_db, DOCTOR, "zhao", "psychiatrist", PASS, "赵医生")
    accounts.disable_account(site_db, DOCTOR, "zhao")
    assert [(r.username, r.active) for r in _rows(site_db)] == [("li", True), ("zhao", False)]
    assert not next(s for s in accounts.list_staff(site_db) if s.code == "ZHAO").active
    with pytest.raises(UserError, match="wrong"):
        accounts.sign_in(site_db, "zhao", PASS)
    with pytest.raises(UserError, match="disabled already"):
        accounts.disable_account(site_db, DOCTOR, "zhao")
    with pytest.raises(UserError, match="enable it"):
        accounts.reset_password(site_db, DOCTOR, "zhao", "river-stone-4")
    with pytest.raises(UserError, match="most common"):
        accounts.enable_account(site_db, DOCTOR, "zhao", "password1")
    accounts.enable_account(site_db, DOCTOR, "zhao", "river-stone-4")
    assert accounts.sign_in(site_db, "zhao", "river-stone-4").must_change_password
    assert next(s for s in accounts.list_staff(site_db) if s.code == "ZHAO").active
    with pytest.raises(UserError, match="active already"):
        accounts.enable_account(site_db, DOCTOR, "zhao", "river-stone-5")
    actions = [(e[0], e[1], e[2]) for e in _audit(site_db) if e[1].startswith("account_")]
    assert actions[-2:] == [("li", "account_disabled", "zhao"), ("li", "account_enabled", "zhao")]


def test_one_may_not_disable_oneself_or_the_last_community_doctor(site_db: Database) -> None:
    """A doctor cannot disable their own account, nor the site's last active community
    doctor, so someone can always manage the site."""
    accounts.add_account(site_db, DOCTOR, "chen", "community_doctor", PASS, "陈医生")
    chen = Account("chen", "陈医生", "community_doctor")
    with pytest.raises(UserError, match="your own account"):
        accounts.disable_account(site_db, DOCTOR, "li")
    accounts.disable_account(site_db, DOCTOR, "chen")
    pm = Account("pm", "Project manager", "project_manager")
    with pytest.raises(UserError, match="last active community doctor"):
        accounts.disable_account(site_db, pm, "li")
    accounts.enable_account(site_db, DOCTOR, "chen", PASS)
    accounts.disable_account(site_db, chen, "li")
    assert [r.active for r in _rows(site_db)] == [True, False]
    with pytest.raises(UserError, match="No account has the user name nobody"):
        accounts.disable_account(site_db, chen, "nobody")


def test_a_reset_unlocks_and_must_be_changed_at_the_next_sign_in(site_db: Database) -> None:
    """A locked-out user's password is reset: they sign in with it, must choose their own,
    and after changing it the flag is gone and only the new password works."""
    accounts.add_account(site_db, DOCTOR, "zhao", "psychiatrist", PASS)
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(UserError):
            accounts.sign_in(site_db, "zhao", "wrong-one-1")
    with pytest.raises(UserError, match="locked"):
        accounts.sign_in(site_db, "zhao", PASS)
    accounts.reset_password(site_db, DOCTOR, "zhao", "river-stone-4")
    zhao = accounts.sign_in(site_db, "zhao", "river-stone-4")
    assert zhao.must_change_password
    accounts.change_own_password(site_db, zhao, "river-stone-4", "my-own-choice-9")
    assert not accounts.sign_in(site_db, "zhao", "my-own-choice-9").must_change_password
    assert not _rows(site_db)[1].must_change_password
    with pytest.raises(UserError, match="wrong"):
        accounts.sign_in(site_db, "zhao", "river-stone-4")
    assert [e.record_id for e in list_entries(site_db, action="password_reset")] == ["zhao"]


def test_changing_ones_own_password_checks_the_old_and_the_policy(site_db: Database) -> None:
    """A wrong current password, a weak or unchanged new one: refused, the old one still works;
    wrong current passwords count towards the lock-out."""
    li = accounts.sign_in(site_db, "li", "first-pass-1")
    for old, new, says in (("wrong-pass-1", "second-pass-2", "current password is wrong"),
                           ("first-pass-1", "li", "at least 8"),
                           ("first-pass-1", "abc12345", "most common"),
                           ("first-pass-1", "first-pass-1", "must differ")):  # fmt: skip
        with pytest.raises(UserError, match=says):
            accounts.change_own_password(site_db, li, old, new)
    accounts.sign_in(site_db, "li", "first-pass-1")  # the count starts again
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(UserError):
            accounts.change_own_password(site_db, li, "wrong-pass-1", "second-pass-2")
    with pytest.raises(UserError, match="locked"):
        accounts.sign_in(site_db, "li", "first-pass-1")
    with site_db.transaction() as session:
        session.execute(update(UserAccount).values(locked_until=utc_now() - timedelta(minutes=1)))
    accounts.change_own_password(site_db, li, "first-pass-1", "second-pass-2")
    accounts.sign_in(site_db, "li", "second-pass-2")


def test_the_first_doctor_is_made_once_with_a_staff_record(db: Database) -> None:
    """Set-up's community doctor appears in the staff pickers; once a site has accounts,
    only a community doctor adds more."""
    account = accounts.add_first_doctor(db, "li", "first-pass-1", "李医生")
    assert (account.role, account.staff_code, account.must_change_password) == (
        "community_doctor", "LI", False)  # fmt: skip
    assert [(s.code, s.name, s.profession) for s in accounts.list_staff(db)] == [
        ("LI", "李医生", "community_doctor")]  # fmt: skip
    with pytest.raises(UserError, match="has accounts already"):
        accounts.add_first_doctor(db, "chen", "first-pass-1", "陈医生")


def test_accounts_made_for_tests_sign_in(db: Database) -> None:
    """The tests' shortcut makes an account that signs in like any other."""
    create_account(db, "wang", "old-password", "peer")
    assert accounts.sign_in(db, "wang", "old-password").role == "peer"


SETUP = SetupData("CY01", "Chaoyang", "TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1),
                  "李医生", "li", "first-pass-1")  # fmt: skip


@pytest.fixture
def encrypted_site(db_path: Path) -> Iterator[Database]:
    """A site set up encrypted through the first-run set-up, signed in as its doctor."""
    door = SiteDoor(db_path)
    door.set_up(SETUP)
    assert door.db is not None
    yield door.db
    door.close()


def test_disabling_removes_the_slot_so_the_password_unwraps_nothing(
    encrypted_site: Database, db_path: Path
) -> None:
    """A new account's password opens the encrypted database; once the account is disabled
    its slot is gone (from backups taken later too) and that password opens nothing;
    enabled again, its new password opens it."""
    ring_file = keyring_path(db_path)
    accounts.add_account(encrypted_site, DOCTOR, "zhao", "psychiatrist", PASS)
    slot = keyring.load(ring_file).slots["zhao"]
    assert keyring.unwrap(PASS, slot) == encrypted_site.key
    encryption.open_with_password(db_path, "zhao", PASS).close()

    accounts.disable_account(encrypted_site, DOCTOR, "zhao")
    assert "zhao" not in keyring.load(ring_file).slots
    assert "li" in keyring.load(ring_file).slots
    with pytest.raises(UserError, match="wrong"):
        encryption.open_with_password(db_path, "zhao", PASS)
    backup = take_backup(encrypted_site, db_path.parent / "backups")
    assert "zhao" not in keyring.load(keyring_path(backup)).slots

    accounts.enable_account(encrypted_site, DOCTOR, "zhao", "river-stone-4")
    encryption.open_with_password(db_path, "zhao", "river-stone-4").close()


def test_first_run_set_up_links_the_doctor_to_a_staff_record_and_checks_the_policy(
    db_path: Path,
) -> None:
    """The doctor set up through the first-run window is in the staff pickers, signs in
    without having to change the password, and set-up refuses a common password."""
    door = SiteDoor(db_path)
    with pytest.raises(UserError, match="most common"):
        door.set_up(replace(SETUP, password="woaini1314"))
    door.close()
    door = SiteDoor(db_path)
    door.set_up(SETUP)
    assert door.db is not None
    assert [(s.name, s.profession) for s in accounts.list_staff(door.db)] == [
        ("李医生", "community_doctor")]  # fmt: skip
    li = accounts.sign_in(door.db, "li", "first-pass-1")
    assert li.staff_code is not None and not li.must_change_password
    door.close()


def test_an_unknown_name_is_not_kept_in_the_key_file(
    encrypted_site: Database, db_path: Path
) -> None:
    """Signing in to the locked file with a name that has no slot notes "?" in the key file,
    never the name typed (it may be a password)."""
    with pytest.raises(UserError, match="wrong"):
        SiteDoor(db_path).sign_in("my-secret-Pass9", "first-pass-1")
    assert "my-secret-Pass9" not in keyring_path(db_path).read_text(encoding="utf-8")
