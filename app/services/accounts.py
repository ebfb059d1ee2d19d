"""Staff members and the accounts people sign in with.

Passwords are kept only as argon2id hashes (memory-hard, so a stolen database file does
not give the passwords away cheaply). When the database file is encrypted, a new password
also re-wraps that user's slot in the key file, so the new password opens the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from app.services.site import check_code
from db import keyring
from db.base import utc_now
from db.database import Database
from db.models import AuditEntry, StaffMember, UserAccount

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()  # argon2id with the library's current recommended cost


@dataclass(frozen=True)
class StaffRow:
    """A staff member as lists show them."""

    code: str
    name: str
    profession: str
    active: bool


def add_staff(
    db: Database, code: str, name: str, profession: str, user: str = "system"
) -> StaffRow:
    """Adds (or updates) a professional who supports the service."""
    check_code(code, translate("accounts", "Staff"))
    if profession not in codes.PROFESSIONS:
        raise UserError(
            translate("accounts", "{value!r} is not a known profession.").format(value=profession)
        )
    if not name.strip():
        raise UserError(translate("accounts", "The staff member needs a name."))
    with db.transaction(user) as session:
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


def create_account(
    db: Database,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    staff_code: str | None = None,
    person_code: str | None = None,
    user: str = "system",
) -> Account:
    """Creates a sign-in account; the password is stored only as an argon2id hash."""
    username = username.strip()
    if not username:
        raise UserError(translate("accounts", "The account needs a user name."))
    if role not in codes.ACCOUNT_ROLES:
        raise UserError(translate("accounts", "{value!r} is not a known role.").format(value=role))
    _check_password(password)
    with db.transaction(user) as session:
        taken = session.scalars(select(UserAccount).where(UserAccount.username == username))
        if taken.first() is not None:
            raise UserError(
                translate("accounts", "The user name {name} is taken.").format(name=username)
            )
        account = UserAccount(
            username=username,
            display_name=display_name or username,
            role=role,
            password_hash=_hasher.hash(password),
            staff_id=lookup.staff(session, staff_code).id if staff_code else None,
            person_id=lookup.person(session, person_code).id if person_code else None,
        )
        session.add(account)
    return Account(username, account.display_name, role, staff_code, person_code)


MAX_FAILURES = 5
LOCK_MINUTES = 15


def record_event(session: Session, username: str, action: str, detail: str = "") -> None:
    """Writes an account event (sign-in, failed sign-in, lock, unlock) to the audit log."""
    session.add(AuditEntry(at=utc_now(), username=username or "?", action=action,
                           table_name="user_account", record_id=username[:36] or "?",
                           detail=detail))  # fmt: skip


def sign_in(db: Database, username: str, password: str, action: str = "sign_in") -> Account:
    """The account if the password matches; one message for any failure, to leak nothing.

    After MAX_FAILURES wrong passwords in a row the account is locked for LOCK_MINUTES;
    every success, failure and lock is in the audit log.
    """
    signed_in: Account | None = None
    locked_for = 0
    name = username.strip()
    with db.transaction(name or "?") as session:
        account = session.scalars(select(UserAccount).where(UserAccount.username == name)).first()
        now = utc_now()
        if account is not None and account.locked_until is not None and account.locked_until > now:
            locked_for = max(1, int((account.locked_until - now).total_seconds() // 60) + 1)
            record_event(session, name, "sign_in_refused", "locked")
        elif account is None or not account.active:
            record_event(session, name, "sign_in_failed", "unknown or inactive account")
        elif not _verify(account.password_hash, password):
            account.failed_attempts += 1
            record_event(session, name, "sign_in_failed", f"attempt {account.failed_attempts}")
            if account.failed_attempts >= MAX_FAILURES:
                account.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                account.failed_attempts = 0
                record_event(session, name, "account_locked", f"{LOCK_MINUTES} minutes")
        else:
            account.failed_attempts = 0
            account.locked_until = None
            if _hasher.check_needs_rehash(account.password_hash):
                account.password_hash = _hasher.hash(password)
            record_event(session, name, action)
            staff = session.get(StaffMember, account.staff_id) if account.staff_id else None
            signed_in = Account(
                account.username,
                account.display_name,
                account.role,
                staff.code if staff else None,
                None,
            )
    if locked_for:
        raise UserError(
            translate(
                "accounts", "Too many wrong passwords: this account is locked for {n} minutes."
            ).format(n=locked_for)
        )
    if signed_in is None:
        raise UserError(translate("accounts", "The user name or password is wrong."))
    return signed_in


def note_lock(db: Database, username: str) -> None:
    """Records that the screen was locked for this user."""
    with db.transaction(username) as session:
        record_event(session, username, "screen_locked")


def reset_password(db: Database, actor_role: str, username: str, new: str, user: str) -> None:
    """A community doctor sets a new password for someone who forgot theirs (and unlocks it)."""
    access.require(db, Account(user, user, actor_role), Capability.MANAGE_ACCOUNTS)
    _set_password(db, username, new, user, f"by {user}")


def reset_with_recovery_key(db: Database, username: str, new: str) -> None:
    """Sets a new password once the recovery key has opened the database (and unlocks it)."""
    _set_password(db, username.strip(), new, username.strip(), "with the recovery key")


def _set_password(db: Database, username: str, new: str, user: str, detail: str) -> None:
    _check_password(new)
    with db.transaction(user) as session:
        account = session.scalars(
            select(UserAccount).where(UserAccount.username == username)
        ).first()
        if account is None:
            raise UserError(translate("accounts", "No account has the user name {name}.").format(
                name=username))  # fmt: skip
        account.password_hash = _hasher.hash(new)
        account.failed_attempts = 0
        account.locked_until = None
        record_event(session, username, "password_reset", detail)
    rewrap_key(db, username, new)


def rewrap_key(db: Database, username: str, password: str) -> None:
    """Seals the database key for the user under this password in the key file.

    Written after the password is committed: a crash in between leaves the old password
    opening the file, and the recovery key sets things right.
    """
    if db.key is not None and db.file is not None:
        keyring.set_slot(keyring.keyring_path(db.file), username, password, db.key)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def change_password(db: Database, username: str, old: str, new: str) -> None:
    """Replaces the password after checking the old one."""
    sign_in(db, username, old)
    _check_password(new)
    with db.transaction(username) as session:
        account = session.scalars(select(UserAccount).where(UserAccount.username == username)).one()
        account.password_hash = _hasher.hash(new)
    rewrap_key(db, username, new)


def hash_password(password: str) -> str:
    """The argon2id hash kept in place of a password."""
    return _hasher.hash(password)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            translate("accounts", "A password needs at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            )
        )
