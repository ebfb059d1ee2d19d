"""screening sheet, needs interview, several supervisors (issue 22)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 08:00:00

The screening's new columns are nullable, so screenings made before keep their values and
read "not recorded". A supervision's one supervisor becomes its first row in
``supervision_supervisor``, with the staff member's profession; that row's key is derived
from the supervision's (``supervisor_row_id``), so the project manager, which derives the
same row from a bundle of a site not upgraded yet, holds the same record as the site.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUPERVISOR_ROWS = uuid.UUID("b7c1e0d4-5a0e-4f14-9c3a-0e1d2c3b4a14")
"""The namespace of the keys of supervisor rows made from a supervision's one supervisor."""

SCREENING_COLUMNS = (
    ("referral", sa.String(length=32)),
    ("referral_other", sa.Text()),
    ("psychiatrist_id", sa.String(length=36)),
    ("psychiatrist_assessment", sa.Text()),
    ("evidence", sa.JSON()),
    ("compassionate", sa.Boolean()),
    ("practical_skills", sa.Boolean()),
    ("diagnosis_found", sa.String(length=32)),
    ("decision", sa.String(length=16)),
    ("decided_by_id", sa.String(length=36)),
    ("decided_on", sa.Date()),
    ("follow_up_contact", sa.Boolean()),
    ("cared_for_id", sa.String(length=36)),
)
SCREENING_KEYS = (
    ("psychiatrist_id", "staff_member"),
    ("decided_by_id", "staff_member"),
    ("cared_for_id", "person"),
)


def supervisor_row_id(supervision_id: str) -> str:
    """The key of the supervisor row made from a supervision's one supervisor."""
    return str(uuid.uuid5(SUPERVISOR_ROWS, supervision_id))


def upgrade() -> None:
    with op.batch_alter_table("screening", schema=None) as batch_op:
        for name, kind in SCREENING_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        for column, table in SCREENING_KEYS:
            batch_op.create_foreign_key(
                batch_op.f(f"fk_screening_{column}_{table}"), table, [column], ["id"]
            )
    op.create_table(
        "needs_interview",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("interviewed_on", sa.Date(), nullable=False),
        sa.Column("interviewer_id", sa.String(length=36), nullable=True),
        sa.Column("hopes", sa.Text(), nullable=False),
        sa.Column("preferred_times", sa.Text(), nullable=False),
        sa.Column("preferred_activities", sa.Text(), nullable=False),
        sa.Column("concerns", sa.Text(), nullable=False),
        *_travelling(),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_needs_interview_person_id_person")),
        sa.ForeignKeyConstraint(["interviewer_id"], ["staff_member.id"],
                                name=op.f("fk_needs_interview_interviewer_id_staff_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs_interview")),
    )  # fmt: skip
    with op.batch_alter_table("needs_interview", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_needs_interview_person_id"), ["person_id"])
        batch_op.create_index(batch_op.f("ix_needs_interview_owner_site"), ["owner_site"])
    supervisors = op.create_table(
        "supervision_supervisor",
        sa.Column("supervision_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("profession", sa.String(length=32), nullable=True),
        *_travelling(),
        sa.ForeignKeyConstraint(["supervision_id"], ["supervision.id"],
                                name=op.f("fk_supervision_supervisor_supervision_id_supervision")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"],
                                name=op.f("fk_supervision_supervisor_staff_id_staff_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_supervisor")),
        sa.UniqueConstraint("supervision_id", "staff_id",
                            name=op.f("uq_supervision_supervisor_supervision_id_staff_id")),
    )  # fmt: skip
    with op.batch_alter_table("supervision_supervisor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_supervisor_supervision_id"),
                              ["supervision_id"])  # fmt: skip
        batch_op.create_index(batch_op.f("ix_supervision_supervisor_owner_site"), ["owner_site"])
    _move_supervisors(supervisors)
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_supervision_supervisor_id_staff_member"), type_="foreignkey"
        )
        batch_op.drop_column("supervisor_id")
    _baselines(("supervision", "supervision_supervisor"))


def _baselines(tables: tuple[str, ...]) -> None:
    """One ``baseline`` audit entry per record of the tables this installation owns: their
    stored state changed here (db.audit_chain: a record changed without an entry is found)."""
    from db import audit_chain

    bind = op.get_bind()
    site = bind.execute(sa.text("SELECT site_code FROM installation WHERE id = 1")).scalar()
    key = audit_chain.audit_key(bind, create=False) if site is not None else None
    if key is None:
        return
    now = datetime.now(UTC)
    for table in tables:
        result = bind.execute(sa.text(f"SELECT * FROM {table} WHERE owner_site = :s ORDER BY id"),
                              {"s": site})  # fmt: skip
        names = list(result.keys())
        rows = [dict(zip(names, row, strict=True)) for row in result]
        audit_chain.append(bind, key, [{
            "at": now, "username": "system", "action": "baseline", "table_name": table,
            "record_id": str(row["id"]), "detail": "state at the upgrade to 0014",
            "record_hash": audit_chain.record_hash(key, row)} for row in rows])  # fmt: skip


def _move_supervisors(supervisors: sa.Table) -> None:
    """Each supervision's one supervisor, with their profession, as its first supervisor row."""
    supervision = sa.table(
        "supervision", sa.column("id", sa.String), sa.column("supervisor_id", sa.String),
        sa.column("owner_site", sa.String), sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime), sa.column("revision", sa.Integer),
        sa.column("deleted", sa.Boolean),
    )  # fmt: skip
    staff = sa.table("staff_member", sa.column("id", sa.String),
                     sa.column("profession", sa.String))  # fmt: skip
    rows = op.get_bind().execute(
        sa.select(supervision, staff.c.profession).join(
            staff, staff.c.id == supervision.c.supervisor_id)
    ).all()  # fmt: skip
    if rows:
        op.bulk_insert(supervisors, [
            {"id": supervisor_row_id(r.id), "supervision_id": r.id, "staff_id": r.supervisor_id,
             "profession": r.profession, "owner_site": r.owner_site, "created_at": r.created_at,
             "updated_at": r.updated_at, "revision": r.revision, "deleted": r.deleted}
            for r in rows
        ])  # fmt: skip


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
    with op.batch_alter_table("supervision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("supervisor_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_supervision_supervisor_id_staff_member"),
            "staff_member", ["supervisor_id"], ["id"],
        )  # fmt: skip
    # The first supervisor (by key) of each supervision goes back in its one place.
    op.execute(
        "UPDATE supervision SET supervisor_id = (SELECT min(x.staff_id) FROM "
        "supervision_supervisor x WHERE x.supervision_id = supervision.id AND NOT x.deleted)"
    )
    with op.batch_alter_table("supervision_supervisor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_supervisor_owner_site"))
        batch_op.drop_index(batch_op.f("ix_supervision_supervisor_supervision_id"))
    op.drop_table("supervision_supervisor")
    with op.batch_alter_table("needs_interview", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_needs_interview_owner_site"))
        batch_op.drop_index(batch_op.f("ix_needs_interview_person_id"))
    op.drop_table("needs_interview")
    with op.batch_alter_table("screening", schema=None) as batch_op:
        for column, table in SCREENING_KEYS:
            batch_op.drop_constraint(
                batch_op.f(f"fk_screening_{column}_{table}"), type_="foreignkey"
            )
        for name, _kind in reversed(SCREENING_COLUMNS):
            batch_op.drop_column(name)
