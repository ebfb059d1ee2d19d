"""Rows from a site on an older schema, turned into the rows this schema keeps.

A site not upgraded to 0014 yet sends a supervision's one supervisor inside the
supervision row. Here it becomes that supervision's supervisor row, with the key and
revision migration 0014 gives the same row when the site upgrades, so the hub and the site
hold one record, not two.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, select

from db.models import StaffMember

SEVERAL_SUPERVISORS = "0014"
"""The schema from which supervisors travel in rows of their own."""
SUPERVISOR_ROWS = uuid.UUID("b7c1e0d4-5a0e-4f14-9c3a-0e1d2c3b4a14")
"""Namespace of the supervisor rows' keys (the same as migration 0014's)."""


def supervisor_row_id(supervision_id: str) -> str:
    """The key of the supervisor row made from a supervision's one supervisor."""
    return str(uuid.uuid5(SUPERVISOR_ROWS, supervision_id))


def split_supervisors(
    connection: Connection, schema: str, table: str, raw_rows: list[Any]
) -> list[dict[str, Any]]:
    """Takes the one supervisor out of each supervision row of an older schema and returns
    them as supervisor rows, each with the staff member's profession as known here."""
    if table != "supervision" or schema >= SEVERAL_SUPERVISORS:
        return []
    made = []
    for raw in raw_rows:
        if not isinstance(raw, dict) or "supervisor_id" not in raw:
            continue
        staff = raw.pop("supervisor_id")
        if not isinstance(staff, str):
            continue
        made.append({
            "id": supervisor_row_id(str(raw.get("id"))), "supervision_id": raw.get("id"),
            "staff_id": staff, "profession": None, "owner_site": raw.get("owner_site"),
            "created_at": raw.get("created_at"), "updated_at": raw.get("updated_at"),
            "revision": raw.get("revision"), "deleted": raw.get("deleted"),
        })  # fmt: skip
    wanted = {row["staff_id"] for row in made}
    jobs = dict(connection.execute(select(StaffMember.id, StaffMember.profession)
                                   .where(StaffMember.id.in_(wanted))).all())  # fmt: skip
    for row in made:
        row["profession"] = jobs.get(row["staff_id"])
    return made
