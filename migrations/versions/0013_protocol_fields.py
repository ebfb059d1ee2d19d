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


SUPERVISION_COLUMNS = (
    ("minutes", sa.Integer()),
    ("difficulties", sa.Text()),
    ("guidance", sa.Text()),
    ("audio_recorded", sa.Boolean()),
)


TRAINING_COLUMNS = (
    ("workshop", sa.String(length=32)),
    ("formats", sa.JSON()),
    ("minutes", sa.Integer()),
    ("trainer_profession", sa.String(length=32)),
)


def upgrade() -> None:
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        for name, kind in TRAINING_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        for name, kind in SUPERVISION_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    with op.batch_alter_table("emergency_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("handed_over_at", sa.DateTime(), nullable=True))
    op.create_table(
        "survey_interview",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("cared_for_role", sa.String(length=16), nullable=True),
        sa.Column("interviewer_id", sa.String(length=36), nullable=True),
        sa.Column("interviewer_role", sa.String(length=32), nullable=True),
        sa.Column("comments", sa.Text(), nullable=False),
        *_travelling(),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_survey_interview_person_id_person")),
        sa.ForeignKeyConstraint(["interviewer_id"], ["staff_member.id"],
                                name=op.f("fk_survey_interview_interviewer_id_staff_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_interview")),
        sa.UniqueConstraint("person_id", "answered_on",
                            name=op.f("uq_survey_interview_person_id_answered_on")),
    )  # fmt: skip
    with op.batch_alter_table("survey_interview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_survey_interview_person_id"), ["person_id"])
        batch_op.create_index(batch_op.f("ix_survey_interview_owner_site"), ["owner_site"])
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        for name, kind in SESSION_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        for column, table in SESSION_KEYS:
            batch_op.create_foreign_key(
                batch_op.f(f"fk_activity_session_{column}_{table}"), table, [column], ["id"]
            )


def _travelling() -> list[sa.Column[object]]:
    """The columns every travelling record has (db.base.Travelling)."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner_site", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def downgrade() -> None:
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        for name, _kind in reversed(TRAINING_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        for name, _kind in reversed(SUPERVISION_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table("emergency_event", schema=None) as batch_op:
        batch_op.drop_column("handed_over_at")
        batch_op.drop_column("category")
    with op.batch_alter_table("survey_interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_survey_interview_owner_site"))
        batch_op.drop_index(batch_op.f("ix_survey_interview_person_id"))
    op.drop_table("survey_interview")
    with op.batch_alter_table("activity_session", schema=None) as batch_op:
        for column, table in SESSION_KEYS:
            batch_op.drop_constraint(
                batch_op.f(f"fk_activity_session_{column}_{table}"), type_="foreignkey"
            )
        for name, _kind in reversed(SESSION_COLUMNS):
            batch_op.drop_column(name)
