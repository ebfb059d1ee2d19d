"""Session hooks that keep travelling records honest and write the audit log.

Every flush stamps new travelling rows with this installation's site, raises the revision
and update time of changed ones, refuses hard deletes and records each change in the
audit log, so no service can forget to.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from db.audit_chain import GENESIS, hash_entry
from db.base import Travelling, new_uuid, utc_now
from db.models.audit import AuditEntry

SKIP_COLUMNS = {"updated_at", "revision"}


class HardDeleteError(RuntimeError):
    """A travelling record was deleted outright instead of being marked deleted."""


class ReadOnlyRecord(RuntimeError):
    """At the project manager, a site's record changed other than by merging its bundles."""


def _changed_columns(obj: Travelling) -> list[str]:
    state = inspect(obj)
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in SKIP_COLUMNS and state.attrs[attr.key].history.has_changes()
    ]


def _audit(session: Session, action: str, obj: Travelling, detail: str = "") -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            username=session.info.get("user", "system"),
            action=action,
            table_name=type(obj).__tablename__,  # type: ignore[attr-defined]
            record_id=obj.id,
            detail=detail,
        )
    )


def chain_audit(session: Session) -> None:
    """Gives the flush's new audit entries their place in the hash chain, in insert order."""
    pending = [o for o in session.new if isinstance(o, AuditEntry) and o.hash is None]
    if not pending:
        return
    pending.sort(key=lambda o: inspect(o).insert_order)
    with session.no_autoflush:
        last = session.scalar(
            select(AuditEntry.hash).where(AuditEntry.hash.is_not(None))
            .order_by(AuditEntry.id.desc()).limit(1)
        )  # fmt: skip
    previous = last or GENESIS
    for entry in pending:
        entry.at = entry.at or utc_now()
        entry.prev_hash = previous
        entry.hash = previous = hash_entry(previous, entry)


def before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Stamps, versions and audits every travelling record in the flush."""
    merging = session.info.get("merging", False)
    now = utc_now()
    for obj in list(session.deleted):
        if isinstance(obj, Travelling):
            raise HardDeleteError(f"{type(obj).__name__} {obj.id} must be marked deleted")
    for obj in list(session.new):
        if not isinstance(obj, Travelling):
            continue
        obj.id = obj.id or new_uuid()
        if not merging:
            obj.owner_site = obj.owner_site or session.info["site_code"]
            obj.created_at = obj.updated_at = now
            obj.revision = 1
            obj.deleted = bool(obj.deleted)
        _audit(session, "create", obj)
    read_only = session.info.get("kind") == "project" and not merging
    for obj in list(session.dirty):
        if not isinstance(obj, Travelling) or not session.is_modified(obj):
            continue
        if read_only and obj.owner_site != session.info.get("site_code"):
            raise ReadOnlyRecord(
                f"{type(obj).__name__} {obj.id} belongs to site {obj.owner_site}; "
                "it changes only through that site's bundles"
            )
        changed = _changed_columns(obj)
        if not changed:
            continue
        if not merging:
            obj.revision = (obj.revision or 0) + 1
            obj.updated_at = now
        action = "delete" if "deleted" in changed and obj.deleted else "update"
        _audit(session, action, obj, ",".join(sorted(changed)))
    chain_audit(session)
