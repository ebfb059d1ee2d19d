"""Setting up an installation and the communities it serves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app import access
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from db import audit_chain
from db.database import Database
from db.models import Community, Installation

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class CommunityInfo:
    """A community as the screens and the command line show it."""

    id: str
    code: str
    name_zh: str
    name_en: str
    start_date: date | None


def check_code(code: str, what: str) -> str:
    """A code made of letters, digits, - and _, at most 32 long, as it travels in bundles."""
    if not CODE_PATTERN.match(code):
        raise UserError(
            translate("site", "{what} code {code!r} must be 1-32 letters, digits, - or _.").format(
                what=what, code=code
            )
        )
    return code


def require_installation(db: Database) -> Installation:
    """This database's identity; a clear error if ``init`` has not run."""
    installation = db.installation()
    if installation is None:
        raise UserError(
            translate("site", "This database is not set up yet: run init --site CODE --name NAME.")
        )
    return installation


def init_site(db: Database, site_code: str, site_name: str, kind: str = "site") -> None:
    """Gives a new database its identity; a database is set up once only."""
    check_code(site_code, translate("site", "Site"))
    if not site_name.strip():
        raise UserError(translate("site", "The site needs a name."))
    existing = db.installation()
    if existing is not None:
        raise UserError(
            translate("site", "This database is already set up as site {code}.").format(
                code=existing.site_code
            )
        )
    with db.transaction() as session:
        session.add(Installation(id=1, site_code=site_code, site_name=site_name.strip(), kind=kind))
        audit_chain.audit_key(session.connection())  # made with the installation, not later


def add_community(
    db: Database,
    actor: Account,
    code: str,
    name_en: str,
    name_zh: str = "",
    start_date: date | None = None,
) -> CommunityInfo:
    """Adds a community this site serves; adding an existing code updates its names."""
    access.require(db, actor, Capability.MANAGE_SITE)
    require_installation(db)
    check_code(code, translate("site", "Community"))
    with db.transaction(actor.username) as session:
        community = session.scalars(select(Community).where(Community.code == code)).first()
        if community is None:
            community = Community(code=code)
            session.add(community)
        community.name_en = name_en.strip()
        community.name_zh = name_zh.strip()
        community.start_date = start_date
        community.deleted = False
        session.flush()
        return _info(community)


def list_communities(db: Database) -> list[CommunityInfo]:
    """Every live community, by code."""
    with db.reading() as session:
        stmt = select(Community).where(Community.deleted.is_(False)).order_by(Community.code)
        return [_info(c) for c in session.scalars(stmt)]


def _info(community: Community) -> CommunityInfo:
    return CommunityInfo(
        community.id, community.code, community.name_zh, community.name_en, community.start_date
    )
