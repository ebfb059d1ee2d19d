"""accounts: must change password, and every professional's account linked to a staff record

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 17:30:00
"""

import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    _link_staff_records()


def _link_staff_records() -> None:
    """Accounts made by ``init --doctor-name`` had no staff record, so their doctor was in no
    staff picker: each professional's account without one is linked to the unlinked staff
    record of the same name and profession, or gets a new one (as accounts.add_account
    does, frozen here as it was at this revision)."""
    bind = op.get_bind()
    accounts = sa.table("user_account", sa.column("id"), sa.column("username"),
                        sa.column("display_name"), sa.column("role"),
                        sa.column("active", sa.Boolean), sa.column("staff_id"),
                        sa.column("person_id"))
    staff = sa.table("staff_member", sa.column("id"), sa.column("owner_site"),
                     sa.column("created_at", sa.DateTime), sa.column("updated_at", sa.DateTime),
                     sa.column("revision"), sa.column("deleted", sa.Boolean),
                     sa.column("code"), sa.column("name"), sa.column("profession"),
                     sa.column("community_id"), sa.column("active", sa.Boolean))
    site = bind.execute(sa.text("SELECT site_code FROM installation WHERE id = 1")).scalar()
    unlinked = bind.execute(sa.select(accounts).where(
        accounts.c.staff_id.is_(None), accounts.c.person_id.is_(None),
        accounts.c.role != "peer").order_by(accounts.c.id)).all()
    for account in unlinked:
        name = account.display_name or account.username
        linked = sa.select(accounts.c.staff_id).where(accounts.c.staff_id.is_not(None))
        match = bind.execute(sa.select(staff.c.id).where(
            staff.c.name == name, staff.c.profession == account.role,
            staff.c.deleted.is_(False), staff.c.id.not_in(linked)).order_by(staff.c.code)).scalar()
        if match is None:
            if site is None:
                continue
            match = str(uuid.uuid4())
            now = datetime.now(UTC).replace(tzinfo=None)
            bind.execute(staff.insert().values(
                id=match, owner_site=site, created_at=now, updated_at=now, revision=1,
                deleted=False, code=_free_code(bind, staff, account.username), name=name,
                profession=account.role, community_id=None, active=account.active))
        bind.execute(accounts.update().where(accounts.c.id == account.id).values(staff_id=match))


def _free_code(bind: sa.Connection, staff: sa.TableClause, username: str) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]", "", username).lstrip("_-").upper()[:28] or "STAFF"
    taken = set(bind.execute(sa.select(staff.c.code)).scalars())
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}-{n}"
    return code


def downgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_column("must_change_password")
