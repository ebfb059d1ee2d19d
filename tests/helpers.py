"""Helpers shared by tests of every layer."""

from __future__ import annotations

from sqlalchemy import select

from app.permissions import Account
from app.services import accounts, lookup
from db.database import Database
from db.models import UserAccount

DOCTOR = Account("li", "李医生", "community_doctor")
"""A community doctor acting in tests that are not about who may do what."""


def create_account(
    db: Database,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    staff_code: str | None = None,
    person_code: str | None = None,
) -> Account:
    """An account written straight into the database, as a test's starting point: no
    permission check, password policy, staff record or key slot (``accounts.add_account``
    is the way a site makes one)."""
    with db.transaction(username) as session:
        if session.scalars(select(UserAccount).where(UserAccount.username == username)).first():
            raise ValueError(f"the test made the account {username} twice")
        session.add(UserAccount(
            username=username, display_name=display_name or username, role=role,
            password_hash=accounts.hash_password(password),
            staff_id=lookup.staff(session, staff_code).id if staff_code else None,
            person_id=lookup.person(session, person_code).id if person_code else None,
        ))  # fmt: skip
    return Account(username, display_name or username, role, staff_code, person_code)
