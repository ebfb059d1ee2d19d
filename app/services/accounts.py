"""Staff members and the accounts people sign in with.

Every account is linked to a record the rest of the service knows: a peer's account to the
person enrolled as a peer, every other role's to a staff record (made with the account),
so the new professional appears in every staff picker. Accounts are disabled, never
deleted, because the audit log names them.

Passwords are kept only as argon2id hashes (memory-hard, so a stolen database file does
not give the passwords away cheaply) and must pass a policy: long enough, not the user
name, not one of the commonest passwords. When the database file is encrypted, a new
password also re-wraps that user's slot in the key file, so the new password opens the
database, and disabling an account removes its slot, so that password opens it no more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app import codes
from app.access import require
from app.errors import UserError, WrongPassword
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.services.site import check_code
from db import keyring
from db.base import utc_now
from db.database import Database
from db.later import Write, busy
from db.models import AuditEntry, Enrolment, Person, StaffMember, UserAccount

MIN_PASSWORD_LENGTH = 8
MAX_USERNAME_LENGTH = 64
COMMON_PASSWORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "common_passwords.txt"
UNKNOWN_USER = "?"
"""What the audit log says in place of a user name that is no account (it may be a password)."""

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost


@dataclass(frozen=True)
class StaffRow:
    """A staff member as lists show them."""

    code: str
    name: str
    profession: str
    active: bool


@dataclass(frozen=True)
class AccountRow:
    """An account as the Accounts page and ``accounts list`` show it."""

    username: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    linked_code: str | None
    """The staff code, or the peer's person code."""


def add_staff(db: Database, actor: Account, code: str, name: str, profession: str) -> StaffRow:
    """Adds (or updates) a professional who supports the service."""
    require(db, actor, Capability.MANAGE_ACCOUNTS)
    check_code(code, translate("accounts", "Staff"))
    if profession not in codes.PROFESSIONS:
        raise UserError(
            translate("accounts", "{value!r} is not a known profession.").format(value=profession)
        )
    if not name.strip():
        raise UserError(translate("accounts", "The staff member needs a name."))
    with db.transaction(actor.username) as session:
        staff = session.scalars(select(StaffMember).where(StaffMember.code == code)).first()
        if staff is None:
            staff = StaffMember(code=code)
            session.add(staff)
        staff.name = name.strip()
        staff.profession = profession
        staff.deleted = False
        return StaffRow(staff.code, staff.name, staff.profession, staff.active)


def list_staff(db: Database) -> list[StaffRow]:
    """Every live staff member, by code."""
    with db.reading() as session:
        stmt = select(StaffMember).where(StaffMember.deleted.is_(False)).order_by(StaffMember.code)
        return [StaffRow(s.code, s.name, s.profession, s.active) for s in session.scalars(stmt)]


# --- the password policy ---------------------------------------------------------------


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of the commonest passwords, case-folded; read once."""
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().casefold() for s in lines if s.strip() and not s.startswith("#"))


def check_password(username: str, password: str) -> None:
    """Refuses a password a center should not use: short, the user name, or very common."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(translate("accounts", "A password needs at least {n} characters.")
                        .format(n=MIN_PASSWORD_LENGTH))  # fmt: skip
    if username.strip() and password.strip().casefold() == username.strip().casefold():
        raise UserError(translate("accounts", "The password must not be the user name."))
    if password.strip().casefold() in common_passwords():
        raise UserError(translate("accounts", "This password is one of the most common ones, "
                                  "which are tried first: choose another."))  # fmt: skip


# --- accounts ----------------------------------------------------------------------------


def list_accounts(db: Database, actor: Account) -> list[AccountRow]:
    """Every account, active or not, by user name."""
    require(db, actor, Capability.MANAGE_ACCOUNTS)
    with db.reading() as session:
        rows = session.execute(
            select(UserAccount, StaffMember.code, Person.code)
            .outerjoin(StaffMember, StaffMember.id == UserAccount.staff_id)
            .outerjoin(Person, Person.id == UserAccount.person_id)
            .order_by(UserAccount.username)
        ).all()
        return [AccountRow(a.username, a.display_name, a.role, a.active,
                           a.must_change_password, staff_code or person_code)
                for a, staff_code, person_code in rows]  # fmt: skip


def add_account(
    db: Database,
    actor: Account,
    username: str,
    role: str,
    password: str,
    display_name: str = "",
    person_code: str | None = None,
) -> AccountRow:
    """A new account, linked to its peer or staff record; its user chooses their own
    password at the first sign-in. A peer's account names the person enrolled as a peer;
    every other role's gets a staff record of that profession, unless an unlinked one of
    the same name and profession is there already."""
    require(db, actor, Capability.MANAGE_ACCOUNTS)
    username, display_name = username.strip(), display_name.strip() or username.strip()
    _check_new_account(username, role, person_code)
    check_password(username, password)
    with db.transaction(actor.username) as session:
        if _find(session, username, ignore_case=True) is not None:
            raise UserError(translate("accounts", "The user name {name} is taken.")
                            .format(name=username))  # fmt: skip
        person = _peer(session, person_code) if role == "peer" else None
        staff = None if role == "peer" else _staff_for(session, username, role, display_name)
        account = UserAccount(username=username, display_name=display_name, role=role,
                              password_hash=_hasher.hash(password), must_change_password=True,
                              staff_id=staff.id if staff else None,
                              person_id=person.id if person else None)  # fmt: skip
        session.add(account)
        record_event(session, actor.username, "account_added", role, about=username)
        row = AccountRow(username, display_name, role, True, True,
                         staff.code if staff else person.code if person else None)  # fmt: skip
    rewrap_key(db, username, password)
    return row


def add_first_account(
    db: Database, username: str, password: str, display_name: str, role: str = "community_doctor"
) -> Account:
    """The first account, with its staff record, made at set-up while nobody can sign in yet:
    a site's community doctor, or a hub's project manager; refused once there is any account."""
    username, display_name = username.strip(), display_name.strip() or username.strip()
    _check_new_account(username, role, None)
    check_password(username, password)
    with db.transaction(username) as session:
        if session.scalar(select(func.count()).select_from(UserAccount)):
            raise UserError(translate("accounts", "This site has accounts already: a community "
                                      "doctor adds the others."))  # fmt: skip
        staff = _staff_for(session, username, role, display_name)
        session.add(UserAccount(username=username, display_name=display_name, role=role,
                                password_hash=_hasher.hash(password),
                                staff_id=staff.id))  # fmt: skip
        record_event(session, username, "account_added", role)
        staff_code = staff.code
    return Account(username, display_name, role, staff_code)


def disable_account(db: Database, actor: Account, username: str) -> None:
    """Stops the account signing in and removes its slot from the key file, so its password
    opens neither the database nor backups taken from now on. The row stays: the audit log
    names it. Refused for one's own account and the last active community doctor."""
    require(db, actor, Capability.MANAGE_ACCOUNTS)
    with db.transaction(actor.username) as session:
        account = _existing(session, username)
        if account.username == actor.username:
            raise UserError(translate("accounts", "You cannot disable your own account."))
        if not account.active:
            raise UserError(translate("accounts", "The account {name} is disabled already.")
                            .format(name=account.username))  # fmt: skip
        if account.role == "community_doctor" and _active_doctors(session) <= 1:
            raise UserError(translate(
                "accounts", "{name} is the last active community doctor: add another community "
                "doctor's account first, so someone can still manage the site."
            ).format(name=account.username))  # fmt: skip
        account.active = False
        _set_staff_active(session, account, False)
        record_event(session, actor.username, "account_disabled", about=account.username)
        session.flush()
        # The slot goes before the commit: a crash in between leaves the account active but
        # without a slot (it gets one back at its next sign-in), never disabled with one.
        if db.key is not None and db.file is not None:
            keyring.remove_slot(keyring.keyring_path(db.file), account.username)


def enable_account(db: Database, actor: Account, username: str, password: str) -> None:
    """Lets a disabled account sign in again, with a new password its user must change."""
    require(db, actor, Capability.MANAGE_ACCOUNTS)
    with db.transaction(actor.username) as session:
        account = _existing(session, username)
        if account.active:
            raise UserError(translate("accounts", "The account {name} is active already.")
                            .format(name=account.username))  # fmt: skip
        check_password(account.username, password)
        account.active = True
        _set_staff_active(session, account, True)
        _new_password(account, password, must_change=True)
        record_event(session, actor.username, "account_enabled", about=account.username)
        name = account.username
    rewrap_key(db, name, password)


def reset_password(db: Database, actor: Account, username: str, password: str) -> None:
    """A new password for someone who forgot theirs (and unlocks the account); they choose
    their own at the next sign-in."""
    require(db, actor, Capability.MANAGE_ACCOUNTS)
    with db.transaction(actor.username) as session:
        account = _existing(session, username)
        if not account.active:
            raise UserError(translate("accounts", "The account {name} is disabled: enable it "
                                      "with a new password instead.").format(
                                          name=account.username))  # fmt: skip
        check_password(account.username, password)
        _new_password(account, password, must_change=True)
        record_event(session, actor.username, "password_reset",
                     f"by {actor.username}", about=account.username)  # fmt: skip
        name = account.username
    rewrap_key(db, name, password)


def change_own_password(db: Database, actor: Account, old: str, new: str) -> None:
    """The signed-in user replaces their password, after giving the current one; a wrong
    one counts towards the lock-out like a wrong password at sign-in."""
    check_password(actor.username, new)
    if new == old:
        raise UserError(translate("accounts", "The new password must differ from the old one."))
    locked_for = 0
    wrong = False
    with db.transaction(actor.username) as session:
        account = _find(session, actor.username)
        if account is None or not account.active:
            raise UserError(translate("accounts", "No active account has the user name {name}.")
                            .format(name=actor.username))  # fmt: skip
        locked_for = _locked_for(account)
        if not locked_for:
            if _verify(account.password_hash, old):
                _new_password(account, new, must_change=False)
                record_event(session, account.username, "password_changed")
            else:
                wrong = True
                locked_for = _count_failure(session, account, "password_change_failed")
    if locked_for:
        raise _locked(locked_for)
    if wrong:
        raise UserError(translate("accounts", "The current password is wrong."))
    rewrap_key(db, actor.username, new)


def _check_new_account(username: str, role: str, person_code: str | None) -> None:
    """Refuses a new account's user name, role or person before anything is written."""
    if not username:
        raise UserError(translate("accounts", "The account needs a user name."))
    if len(username) > MAX_USERNAME_LENGTH or any(ch.isspace() or not ch.isprintable()
                                                  for ch in username):  # fmt: skip
        raise UserError(translate("accounts", "A user name has at most {n} characters and no "
                                  "spaces.").format(n=MAX_USERNAME_LENGTH))  # fmt: skip
    if role not in codes.ACCOUNT_ROLES:
        known = ", ".join(codes.ACCOUNT_ROLES.code_names())
        raise UserError(translate("accounts", "{value!r} is not a known role (one of: {known}).")
                        .format(value=role, known=known))  # fmt: skip
    if role == "peer" and not person_code:
        raise UserError(translate("accounts", "A peer's account names the peer's person code."))
    if role != "peer" and person_code:
        raise UserError(translate("accounts", "Only a peer's account names a person's code; "
                                  "other accounts get a staff record."))  # fmt: skip


def _peer(session: Session, person_code: str | None) -> Person:
    """The person a peer's account is for: enrolled as a peer today, with no account yet."""
    person = lookup.person(session, (person_code or "").strip())
    today = date.today()
    enrolled = session.scalars(select(Enrolment.id).where(
        Enrolment.person_id == person.id, Enrolment.role == "peer",
        Enrolment.deleted.is_(False), Enrolment.enrolled_on <= today,
        (Enrolment.left_on.is_(None)) | (Enrolment.left_on > today))).first()  # fmt: skip
    if enrolled is None:
        raise UserError(translate("accounts", "{code} is not enrolled as a peer, so cannot "
                                  "have a peer's account.").format(code=person.code))  # fmt: skip
    holder = session.scalars(select(UserAccount.username)
                             .where(UserAccount.person_id == person.id)).first()  # fmt: skip
    if holder is not None:
        raise UserError(translate("accounts", "{code} has an account already: {name}.")
                        .format(code=person.code, name=holder))  # fmt: skip
    return person


def _staff_for(session: Session, username: str, role: str, name: str) -> StaffMember:
    """The staff record a new account links to: an unlinked one of the same name and
    profession (entered before accounts existed), or a new one with a code from the user name."""
    linked = select(UserAccount.staff_id).where(UserAccount.staff_id.is_not(None))
    existing = session.scalars(select(StaffMember).where(
        StaffMember.deleted.is_(False), StaffMember.name == name,
        StaffMember.profession == role, StaffMember.id.not_in(linked),
    ).order_by(StaffMember.code)).first()  # fmt: skip
    if existing is not None:
        existing.active = True
        return existing
    staff = StaffMember(code=_free_staff_code(session, username), name=name, profession=role)
    session.add(staff)
    session.flush()
    return staff


def _free_staff_code(session: Session, username: str) -> str:
    """A staff code made from the user name's letters and digits, numbered if taken."""
    base = re.sub(r"[^A-Za-z0-9_-]", "", username).lstrip("_-").upper()[:28] or "STAFF"
    taken = set(session.scalars(select(StaffMember.code)))
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return check_code(code, translate("accounts", "Staff"))


def _set_staff_active(session: Session, account: UserAccount, active: bool) -> None:
    """A disabled professional leaves the staff pickers; enabled again, they come back."""
    if account.staff_id is not None and (staff := session.get(StaffMember, account.staff_id)):
        staff.active = active


def _active_doctors(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(UserAccount).where(
        UserAccount.role == "community_doctor", UserAccount.active.is_(True))) or 0  # fmt: skip


def _find(session: Session, username: str, ignore_case: bool = False) -> UserAccount | None:
    name = username.strip()
    column = func.lower(UserAccount.username) if ignore_case else UserAccount.username
    return session.scalars(select(UserAccount).where(
        column == (name.lower() if ignore_case else name))).first()  # fmt: skip


def _existing(session: Session, username: str) -> UserAccount:
    account = _find(session, username)
    if account is None:
        raise UserError(translate("accounts", "No account has the user name {name}.")
                        .format(name=username.strip()))  # fmt: skip
    return account


def _new_password(account: UserAccount, password: str, must_change: bool) -> None:
    account.password_hash = _hasher.hash(password)
    account.must_change_password = must_change
    account.failed_attempts = 0
    account.locked_until = None


# --- signing in ------------------------------------------------------------------------

MAX_FAILURES = 5
LOCK_MINUTES = 15


def record_event(
    session: Session,
    username: str,
    action: str,
    detail: str = "",
    about: str | None = None,
    at: datetime | None = None,
) -> None:
    """Writes an account event (sign-in, lock, an account added...) to the audit log:
    who did it, and whose account it concerns (``about``, by default the same user);
    ``at`` when it happened, if that was before it could be written."""
    target = username if about is None else about
    session.add(AuditEntry(at=at or utc_now(), username=username or UNKNOWN_USER, action=action,
                           table_name="user_account", record_id=target[:36] or UNKNOWN_USER,
                           detail=detail))  # fmt: skip


def sign_in(db: Database, username: str, password: str, action: str = "sign_in") -> Account:
    """The account if the password matches; one message for any failure, to leak nothing.

    After MAX_FAILURES wrong passwords in a row the account is locked for LOCK_MINUTES;
    every success, failure and lock is in the audit log. A name that is no account is
    logged as "?": it may be a password typed into the wrong field. The account comes back
    with ``must_change_password`` set after a reset, for the caller to ask for a new one.

    Getting in needs no write lock: it is decided on a read, and its bookkeeping (the audit
    entry, the counter back to zero) is written at once if it can be, else as soon as
    another program's write ends (``db.later``). A wrong password is counted before the
    answer, waiting for the lock like any save: a password guessed while another program
    writes is counted, or refused as not counted, never let through uncounted.
    """
    name, at = username.strip(), utc_now()
    with db.reading() as session:  # the slow password check holds no write lock
        account = _find(session, name)
        checked = account.password_hash if account is not None else None
        matches = checked is not None and _verify(checked, password)
        seen = _Seen.of(session, account) if account is not None else None
    if seen is None:
        _later(db, UNKNOWN_USER, "sign_in_failed", "unknown account", at=at)
        raise wrong_password()
    if (locked_for := _minutes_left(seen.locked_until)) > 0:
        _later(db, name, "sign_in_refused", "locked", at=at)
        raise _locked(locked_for)
    if not seen.active:
        _later(db, name, "sign_in_failed", "disabled account", at=at)
        raise wrong_password()
    if not matches:
        _count_wrong_password(db, name)
        raise wrong_password()
    rehashed = _hasher.hash(password) if _hasher.check_needs_rehash(seen.password_hash) else None
    db.later.now_or_later(Write(name, lambda session: _signed_in(session, seen, action, at,
                                                                 rehashed)))  # fmt: skip
    return seen.signed_in


@dataclass(frozen=True)
class _Seen:
    """An account as the sign-in read it: what its bookkeeping later compares against."""

    username: str
    active: bool
    password_hash: str
    failed_attempts: int
    locked_until: datetime | None
    signed_in: Account

    @classmethod
    def of(cls, session: Session, account: UserAccount) -> _Seen:
        return cls(account.username, account.active, account.password_hash,
                   account.failed_attempts, account.locked_until,
                   _account(session, account))  # fmt: skip


def _signed_in(
    session: Session, seen: _Seen, action: str, at: datetime, rehashed: str | None
) -> None:
    """A sign-in's bookkeeping: its audit entry, the wrong-password count back to zero and a
    hash of today's cost. Counts or a password changed since the sign-in read them are left
    as they are: a success never wipes a failure that came after it."""
    account = _find(session, seen.username)
    if account is None:
        return
    unchanged = account.password_hash == seen.password_hash
    if unchanged and (account.failed_attempts, account.locked_until) == (
            seen.failed_attempts, seen.locked_until):  # fmt: skip
        account.failed_attempts = 0
        account.locked_until = None
    if unchanged and rehashed is not None:
        account.password_hash = rehashed
    record_event(session, seen.username, action, at=at)


def _later(db: Database, username: str, action: str, detail: str, at: datetime) -> None:
    """A refusal's audit entry, written when it can be: the refusal needs no write."""
    db.later.now_or_later(Write(username, lambda session: record_event(
        session, username, action, detail, at=at)))  # fmt: skip


def _count_wrong_password(db: Database, name: str) -> None:
    """Counts a wrong password (locking after MAX_FAILURES), waiting for another program's
    write like any save; raises the lock-out when this one locks the account, or a refusal
    saying the attempt could not be counted when the wait ran out."""
    locked_for = 0
    try:
        with db.transaction(UNKNOWN_USER) as session:
            account = _find(session, name)
            if account is not None:
                locked_for = _minutes_left(account.locked_until) or _count_failure(
                    session, account, "sign_in_failed")  # fmt: skip
    except OperationalError as error:
        if not busy(error):
            raise
        raise UserError(translate(
            "accounts", "Another program is writing to the database, so this sign-in could not "
            "be counted and is refused. Try again when it is done."
        )) from None  # fmt: skip
    if locked_for:
        raise _locked(locked_for)


def _account(session: Session, account: UserAccount) -> Account:
    staff = session.get(StaffMember, account.staff_id) if account.staff_id else None
    person = session.get(Person, account.person_id) if account.person_id else None
    return Account(account.username, account.display_name, account.role,
                   staff.code if staff else None, person.code if person else None,
                   account.must_change_password)  # fmt: skip


def _locked_for(account: UserAccount) -> int:
    """Minutes the account stays locked; 0 when it is not locked."""
    return _minutes_left(account.locked_until)


def _minutes_left(locked_until: datetime | None) -> int:
    now = utc_now()
    if locked_until is None or locked_until <= now:
        return 0
    return max(1, int((locked_until - now).total_seconds() // 60) + 1)


def _count_failure(session: Session, account: UserAccount, action: str) -> int:
    """Counts a wrong password; returns the lock's minutes once MAX_FAILURES are reached."""
    account.failed_attempts += 1
    record_event(session, account.username, action, f"attempt {account.failed_attempts}")
    if account.failed_attempts < MAX_FAILURES:
        return 0
    account.locked_until = utc_now() + timedelta(minutes=LOCK_MINUTES)
    account.failed_attempts = 0
    record_event(session, account.username, "account_locked", f"{LOCK_MINUTES} minutes")
    return LOCK_MINUTES


def _locked(minutes: int) -> UserError:
    return UserError(translate(
        "accounts", "Too many wrong passwords: this account is locked for {n} minutes."
    ).format(n=minutes))  # fmt: skip


def note_lock(db: Database, username: str) -> None:
    """Records that the screen was locked for this user."""
    with db.transaction(username) as session:
        record_event(session, username, "screen_locked")


def reset_with_recovery_key(db: Database, username: str, new: str) -> None:
    """Sets a new password once the recovery key has opened the database (and unlocks it)."""
    name = username.strip()
    check_password(name, new)
    with db.transaction(name) as session:
        account = _existing(session, name)
        if not account.active:
            raise UserError(translate("accounts", "The account {name} is disabled: enable it "
                                      "with a new password instead.").format(
                                          name=account.username))  # fmt: skip
        _new_password(account, new, must_change=False)
        record_event(session, name, "password_reset", "with the recovery key")
    rewrap_key(db, name, new)


def rewrap_key(db: Database, username: str, password: str) -> None:
    """Seals the database key for the user under this password in the key file.

    Written after the password is committed: a crash in between leaves the old password
    opening the file, and the recovery key sets things right.
    """
    if db.key is not None and db.file is not None:
        keyring.set_slot(keyring.keyring_path(db.file), username, password, db.key)


def wrong_password() -> WrongPassword:
    """The one message for an unknown user and a wrong password alike."""
    return WrongPassword(translate("accounts", "The user name or password is wrong."))


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def hash_password(password: str) -> str:
    """The argon2id hash kept in place of a password."""
    return _hasher.hash(password)
