"""Travelling records: owner site, revisions, timestamps, soft deletion and the audit log."""

from __future__ import annotations

import uuid
from datetime import UTC, date

import pytest
from sqlalchemy import select

from app.services import site
from db.database import Database
from db.hooks import HardDeleteError
from db.models import AuditEntry, Community
from tests.helpers import DOCTOR


def _community(db: Database, code: str = "TJH") -> Community:
    with db.reading() as session:
        return session.scalars(select(Community).where(Community.code == code)).one()


def test_new_record_gets_uuid_owner_and_first_revision(db: Database) -> None:
    """A new community carries a UUID key, this site as owner, revision 1, UTC times."""
    community = _community(db)
    assert uuid.UUID(community.id).version == 4
    assert community.owner_site == "CY01"
    assert community.revision == 1
    assert community.deleted is False
    assert community.created_at.tzinfo is UTC
    assert community.created_at == community.updated_at


def test_change_raises_revision_and_update_time(db: Database) -> None:
    """Each real change raises the revision by one and moves updated_at forward."""
    before = _community(db)
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖（新）", date(2015, 9, 1))
    after = _community(db)
    assert after.revision == before.revision + 1
    assert after.updated_at > before.updated_at
    assert after.created_at == before.created_at


def test_saving_the_same_values_changes_nothing(db: Database) -> None:
    """Saving a record unchanged keeps its revision, so bundles do not carry it again."""
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    assert _community(db).revision == 1


def test_hard_delete_is_refused(db: Database) -> None:
    """Deleting a travelling row outright fails and leaves it in place."""
    with pytest.raises(HardDeleteError), db.transaction() as session:
        session.delete(session.scalars(select(Community)).one())
    assert _community(db).deleted is False


def test_marking_deleted_is_audited_as_delete(db: Database) -> None:
    """Marking a row deleted raises its revision and is logged as a deletion by the user."""
    with db.transaction("dr.li") as session:
        session.scalars(select(Community)).one().deleted = True
    community = _community(db)
    assert community.revision == 2
    with db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == community.id).order_by(AuditEntry.id)
        ).all()
    assert [(e.action, e.username) for e in entries] == [
        ("create", DOCTOR.username),
        ("delete", "dr.li"),
    ]


def test_failed_transaction_writes_no_audit(db: Database) -> None:
    """An error inside a transaction leaves neither the change nor its audit entry."""
    with db.reading() as session:
        before = len(session.scalars(select(AuditEntry)).all())
    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Community(code="XHY", name_en="Xiangheyuan"))
        session.flush()
        raise RuntimeError("power cut")
    with db.reading() as session:
        assert len(session.scalars(select(AuditEntry)).all()) == before
        assert session.scalars(select(Community).where(Community.code == "XHY")).first() is None
