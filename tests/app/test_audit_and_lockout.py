"""The tamper-evident audit log and account lock-out."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text, update

from app.audit import list_entries, verify_chain
from app.errors import UserError
from app.permissions import Account
from app.services import accounts, site
from db.base import utc_now
from db.database import Database
from db.models import UserAccount
from main import main
from tests import helpers
from tests.helpers import DOCTOR


def test_chain_is_intact_and_breaks_where_tampered(people_db: Database) -> None:
    """Every change is chained; editing or removing an entry is found at that entry."""
    assert verify_chain(people_db, DOCTOR).problems == []
    entries = list_entries(people_db)
    assert len(entries) > 10
    middle = entries[len(entries) // 2].id
    with people_db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET username = 'someone' WHERE id = :i"),
                           {"i": middle})  # fmt: skip
    assert verify_chain(people_db, DOCTOR).problems == [
        f"audit entry {middle} (no. {middle}): changed: its MAC does not match (edited, or the "
        "chain recomputed without the key)"
    ]


def test_removed_entry_breaks_the_next(people_db: Database) -> None:
    """Deleting an entry shows as a gap in the entries' numbers."""
    ids = sorted(e.id for e in list_entries(people_db))
    with people_db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry WHERE id = :i"), {"i": ids[3]})
    problems = verify_chain(people_db, DOCTOR).problems
    assert problems[0] == f"audit entries no. {ids[3]} to {ids[3]} are missing (deleted)"


def test_lock_out_after_five_wrong_passwords(db: Database) -> None:
    """Five wrong passwords lock the account for a while, even for the right password."""
    helpers.create_account(db, "wang", "right-password", "peer")
    for _ in range(5):
        with pytest.raises(UserError, match="wrong"):
            accounts.sign_in(db, "wang", "wrong-password")
    with pytest.raises(UserError, match="locked for 15 minutes"):
        accounts.sign_in(db, "wang", "right-password")
    kinds = [e.action for e in list_entries(db, record="wang")]
    assert kinds.count("sign_in_failed") == 5 and "account_locked" in kinds
    assert "sign_in_refused" in kinds
    with db.transaction() as session:  # the lock has run out
        session.execute(update(UserAccount).values(locked_until=utc_now() - timedelta(minutes=1)))
    assert accounts.sign_in(db, "wang", "right-password").username == "wang"
    assert verify_chain(db, DOCTOR).problems == []


def test_doctor_resets_a_peers_password(db: Database) -> None:
    """A community doctor may reset and unlock a peer's password; a peer may not."""
    helpers.create_account(db, "wang", "old-password", "peer")
    with pytest.raises(UserError):
        accounts.reset_password(db, Account("wang", "王", "peer"), "wang", "new-password")
    accounts.reset_password(db, helpers.DOCTOR, "wang", "new-password")
    assert accounts.sign_in(db, "wang", "new-password").role == "peer"
    assert [e.action for e in list_entries(db, action="password_reset")] == ["password_reset"]


def test_audit_verify_command(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """audit verify exits 0 on an intact chain and 1 naming the break."""
    site.add_community(db, DOCTOR, "MZD", "Maizidian")
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET detail = 'x' WHERE id = 1"))
    capsys.readouterr()
    assert main(["--db", str(db_path), "audit", "verify"]) == 1
    assert "audit entry 1" in capsys.readouterr().out
