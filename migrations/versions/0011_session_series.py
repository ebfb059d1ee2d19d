"""session series: sessions planned together as a repeating series share a key

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 18:55:00

Sessions planned before this revision keep no series (``series_id`` is NULL): which of them
were planned together was never recorded, and guessing could cancel sessions nobody meant to.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("series_id", sa.String(length=36), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_activity_session_series_id"), ["series_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_session_series_id"))
        batch_op.drop_column("series_id")
