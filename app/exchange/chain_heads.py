"""Each site's audit chain head in its bundles, and the project manager's check of them.

A site's bundle manifest (signed) carries its audit chain's head (entry count and newest
MAC) and, for the places earlier bundles reported, the MAC its chain holds there now. The
project manager keeps every head it receives (``AuditHeadSeen``, per site and bundle, a
bundle that arrives again included) and flags a site whose chain went backwards (fewer
entries than an earlier bundle said: entries deleted, or an older database put back) or
forked (the same place holds another MAC than an earlier bundle said: the log rewritten).
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.exchange.bundle import BundleRefused
from app.i18n import translate
from db import audit_chain
from db.database import Database
from db.models import AuditHeadSeen, ExportRecord

EARLIER = 12  # earlier bundles whose places a manifest vouches for
_MAC = re.compile(r"[0-9a-f]{64}")
_PLACE = re.compile(r"[1-9][0-9]{0,17}")


def for_manifest(session: Session) -> dict[str, Any] | None:
    """This site's head now, with its MACs at the places its last bundles reported."""
    connection = session.connection()
    head = audit_chain.head(connection)
    if head is None:
        return None
    counts = session.scalars(select(ExportRecord.audit_count).where(
        ExportRecord.audit_count.is_not(None)).order_by(ExportRecord.sequence.desc())
        .limit(EARLIER))  # fmt: skip
    earlier = {str(count): audit_chain.mac_at(connection, count) or "" for count in counts
               if count is not None and count <= head.count}  # fmt: skip
    return {"count": head.count, "mac": head.mac, "earlier": earlier}


def _checked(value: Any, name: str) -> dict[str, Any] | None:
    """A manifest's head, checked; None for a bundle from before heads were sent."""
    if value is None:
        return None
    try:
        count, mac, earlier = value["count"], value["mac"], value["earlier"]
        if type(count) is not int or not 1 <= count < 2**62:
            raise ValueError(count)
        if not isinstance(mac, str) or not _MAC.fullmatch(mac):
            raise ValueError(mac)
        if not isinstance(earlier, dict) or len(earlier) > 4 * EARLIER:
            raise ValueError("earlier")
        if not all(_PLACE.fullmatch(str(k)) and isinstance(v, str) and len(v) <= 64
                   for k, v in earlier.items()):  # fmt: skip
            raise ValueError("earlier")
        earlier = {str(int(k)): v for k, v in earlier.items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleRefused(translate("exchange", "{file}: the audit log head in the manifest "
                                      "is damaged").format(file=name)) from None  # fmt: skip
    return {"count": count, "mac": mac, "earlier": earlier}


def keep(session: Session, site: str, sequence: int, manifest: dict[str, Any], name: str) -> None:
    """Keeps the head a bundle reported (in the import's transaction)."""
    head = _checked(manifest.get("audit"), name)
    if head is not None:
        earlier = json.dumps(head["earlier"])
        session.add(AuditHeadSeen(site_code=site, sequence=sequence, count=head["count"],
                                  mac=head["mac"], earlier=earlier))  # fmt: skip


def newest_id(session: Session) -> int:
    """The last head kept so far: an import's own flags are those of heads kept after it."""
    return session.scalar(select(func.max(AuditHeadSeen.id))) or 0


def flags(session: Session, site: str | None = None, after: int = 0) -> list[str]:
    """Each site whose audit chain went backwards or forked between the bundles received;
    ``after`` keeps to the heads kept after that one (an import's receipt)."""
    stmt = select(AuditHeadSeen).order_by(AuditHeadSeen.site_code, AuditHeadSeen.sequence,
                                          AuditHeadSeen.id)  # fmt: skip
    if site is not None:
        stmt = stmt.where(AuditHeadSeen.site_code == site)
    seen: dict[str, list[AuditHeadSeen]] = {}
    for row in session.scalars(stmt):
        seen.setdefault(row.site_code, []).append(row)
    lines: list[str] = []
    for rows in seen.values():
        for index, later in enumerate(rows):
            if later.id <= after:
                continue
            problem = next((p for p in (_compare(e, later) for e in rows[:index]) if p), None)
            if problem is not None:
                lines.append(problem)
    return lines


def _compare(before: AuditHeadSeen, after: AuditHeadSeen) -> str | None:
    """Why ``after`` (a later bundle, or the same one again) cannot follow ``before``."""
    if after.count < before.count:
        return translate(
            "exchange", "Site {site}: its audit log went back from {before} entries (bundle "
            "{a}) to {after} (bundle {b}): entries were deleted, or an older copy of its "
            "database was put back.").format(site=after.site_code, before=before.count,
                                             a=before.sequence, after=after.count,
                                             b=after.sequence)  # fmt: skip
    if after.count == before.count:
        then = after.mac
    else:
        then = json.loads(after.earlier or "{}").get(str(before.count))
    if then is not None and then != before.mac:
        return translate(
            "exchange", "Site {site}: the audit log in bundle {b} does not continue the one "
            "in bundle {a}: it was rewritten (forked).").format(
            site=after.site_code, a=before.sequence, b=after.sequence)  # fmt: skip
    return None


def site_flags(db: Database, site: str | None = None) -> list[str]:
    """The flags of every site (or one), for the Exchange page and the printed receipt."""
    with db.reading() as session:
        return flags(session, site)
