"""Staff and sign-in accounts with argon2id password hashes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.services import accounts
from db.database import Database
from db.models import UserAccount


def test_password_is_stored_as_argon2id(db: Database) -> None:
    """The database holds an argon2id hash, never the password."""
    accounts.create_account(db, "li", "correct horse", "community_doctor")
    with db.reading() as session:
        stored = session.scalars(select(UserAccount)).one().password_hash
    assert stored.startswith("$argon2id$")
    assert "correct horse" not in stored


def test_sign_in_checks_the_password(db: Database) -> None:
    """The right password signs in; a wrong one or unknown user gets the same message."""
    accounts.add_staff(db, "D1", "李医生", "community_doctor")
    accounts.create_account(db, "li", "correct horse", "community_doctor", staff_code="D1")
    assert accounts.sign_in(db, "li", "correct horse").staff_code == "D1"
    with pytest.raises(UserError) as wrong:
        accounts.sign_in(db, "li", "wrong horse")
    with pytest.raises(UserError) as unknown:
        accounts.sign_in(db, "zhang", "correct horse")
    assert str(wrong.value) == str(unknown.value)
    with db.reading() as session:
        assert session.scalars(select(UserAccount)).one().failed_attempts == 1


def test_accounts_reject_short_passwords_unknown_roles_and_duplicates(db: Database) -> None:
    """Weak passwords, unknown roles and taken names are refused."""
    with pytest.raises(UserError, match="8"):
        accounts.create_account(db, "li", "short", "peer")
    with pytest.raises(UserError):
        accounts.create_account(db, "li", "long enough", "nurse")
    accounts.create_account(db, "li", "long enough", "peer")
    with pytest.raises(UserError, match="taken"):
        accounts.create_account(db, "li", "long enough", "peer")


def test_change_password(db: Database) -> None:
    """After a change only the new password works."""
    accounts.create_account(db, "li", "first password", "peer")
    accounts.change_password(db, "li", "first password", "second password")
    accounts.sign_in(db, "li", "second password")
    with pytest.raises(UserError):
        accounts.sign_in(db, "li", "first password")
