"""indexes for the sessions list

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:55:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_activity_session_date_start", "activity_session", ["session_date", "planned_start"]
    )
    op.create_index(
        "ix_attendance_kind_present_session", "attendance", ["kind", "present", "session_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_attendance_kind_present_session", table_name="attendance")
    op.drop_index("ix_activity_session_date_start", table_name="activity_session")
