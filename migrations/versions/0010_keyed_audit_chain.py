"""keyed audit chain: each entry's place, MAC and record hash; heads in bundles and at the hub

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 18:20:00

The keyed chain starts here; entries already written keep their unkeyed chain (``hash``)
and are not given MACs after the fact: a MAC computed now would vouch for entries nobody
can vouch for. Instead one ``audit_chain_keyed`` entry chains onto the last of them (so
from now on they cannot be changed or removed unnoticed), and one ``baseline`` entry per
record this installation owns records its present state, so a record changed later
without an entry is found. ``app.audit.verify_chain`` notes where the keyed chain began.
This uses ``db.audit_chain`` as it is at head: a later change of its MAC or record-hash
layout must migrate the chain again.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("record_hash", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_audit_entry_seq"), ["seq"])
        batch_op.create_index("ix_audit_entry_table_name_record_id", ["table_name", "record_id"])
    with op.batch_alter_table("export_record", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audit_count", sa.Integer(), nullable=True))
    op.create_table(
        "audit_head_seen",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_code", sa.String(length=32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.Column("earlier", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head_seen")),
    )
    with op.batch_alter_table("audit_head_seen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_head_seen_site_code"), ["site_code"],
                              unique=False)
    _start_keyed_chain()


def _start_keyed_chain() -> None:
    """The anchor entry and one baseline per record, in a database that holds anything."""
    from db import audit_chain

    bind = op.get_bind()
    site = bind.execute(sa.text("SELECT site_code FROM installation WHERE id = 1")).scalar()
    entries = bind.execute(sa.text("SELECT count(*) FROM audit_entry")).scalar() or 0
    if site is None and not entries:
        return
    key = audit_chain.audit_key(bind)
    assert key is not None
    audit_chain.append(bind, key, [{
        "at": datetime.now(UTC), "username": "system", "action": "audit_chain_keyed",
        "table_name": "audit_entry", "record_id": "", "record_hash": None,
        "detail": f"keyed chain begins after {entries} unkeyed entries (upgrade to 0010)",
    }])  # fmt: skip
    if site is not None:
        audit_chain.write_baseline(bind, site, "state at the upgrade to 0010")


def downgrade() -> None:
    with op.batch_alter_table("audit_head_seen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_head_seen_site_code"))
    op.drop_table("audit_head_seen")
    with op.batch_alter_table("export_record", schema=None) as batch_op:
        batch_op.drop_column("audit_count")
    op.execute("DELETE FROM exchange_key WHERE purpose = 'audit_key'")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_table_name_record_id")
        batch_op.drop_constraint(batch_op.f("uq_audit_entry_seq"), type_="unique")
        batch_op.drop_column("record_hash")
        batch_op.drop_column("mac")
        batch_op.drop_column("seq")
