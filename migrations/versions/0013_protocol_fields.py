"""protocol fields: every field of the study's paper forms (issue 22)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 06:00:00

Every new column is nullable, so records made before it keep their values and bundles from
sites not yet upgraded still merge: a missing answer reads as "not recorded", not as "no".
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SESSION_COLUMNS = (
    ("record_keeper_id", sa.String(length=36)),
    ("direction", sa.Text()),
    ("direction_by_id", sa.String(length=36)),
    ("held_topic", sa.String(length=32)),
    ("held_venue", sa.String(length=32)),
    ("held_venue_detail", sa.String(length=200)),
    ("adverse_event", sa.Boolean()),
    ("recorded_by_id", sa.String(length=36)),
    ("handover_batch", sa.Integer()),
)
SESSION_KEYS = (
    ("record_keeper_id", "person"),
    ("direction_by_id", "staff_member"),
    ("recorded_by_id", "person"),
)


def upgrade() -> None:
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        for name, kind in SESSION_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        for column, table in SESSION_KEYS:
            batch_op.create_foreign_key(
                batch_op.f(f"fk_activity_session_{column}_{table}"), table, [column], ["id"]
            )


def downgrade() -> None:
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        for column, table in SESSION_KEYS:
            batch_op.drop_constraint(
                batch_op.f(f"fk_activity_session_{column}_{table}"), type_="foreignkey"
            )
        for name, _kind in reversed(SESSION_COLUMNS):
            batch_op.drop_column(name)
