"""index for sessions waiting to be logged

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 12:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_activity_session_status_date", "activity_session", ["status", "session_date"]
    )


def downgrade() -> None:
    op.drop_index("ix_activity_session_status_date", table_name="activity_session")
