"""corrections: record versions for History and Undo, former codes, emergency addenda

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 05:20:00

Records changed before this revision have no versions: their History shows the audit log's
entries (who changed which fields, when) without the old values, which were never kept.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("old_values", sa.Text(), nullable=False),
        sa.Column("new_values", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_version")),
    )
    with op.batch_alter_table("record_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_version_change_id"), ["change_id"])
        batch_op.create_index("ix_record_version_table_name_record_id",
                              ["table_name", "record_id"])  # fmt: skip
    op.create_table(
        "emergency_addendum",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("written_by", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner_site", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["emergency_event.id"],
                                name=op.f("fk_emergency_addendum_event_id_emergency_event")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_addendum")),
    )  # fmt: skip
    with op.batch_alter_table("emergency_addendum", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_emergency_addendum_event_id"), ["event_id"])
        batch_op.create_index(batch_op.f("ix_emergency_addendum_owner_site"), ["owner_site"])
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("former_codes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("former_codes")
    with op.batch_alter_table("emergency_addendum", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emergency_addendum_owner_site"))
        batch_op.drop_index(batch_op.f("ix_emergency_addendum_event_id"))
    op.drop_table("emergency_addendum")
    with op.batch_alter_table("record_version", schema=None) as batch_op:
        batch_op.drop_index("ix_record_version_table_name_record_id")
        batch_op.drop_index(batch_op.f("ix_record_version_change_id"))
    op.drop_table("record_version")
