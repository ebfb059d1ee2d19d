"""First-run set-up of a site: identity, first community and first community doctor, at once.

All in one transaction, so a set-up that fails half-way never leaves a site that nobody
can sign in to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.errors import UserError
from app.i18n import translate
from app.services.accounts import check_password, hash_password
from app.services.site import check_code
from db.database import Database
from db.models import Community, Installation, StaffMember, UserAccount


@dataclass(frozen=True)
class SetupData:
    """What the first-run screen asks for."""

    site_code: str
    site_name: str
    community_code: str
    community_name_zh: str
    community_name_en: str
    community_start: date | None
    doctor_name: str
    username: str
    password: str


def first_run_setup(db: Database, data: SetupData) -> None:
    """Sets up the site with its first community and community-doctor account."""
    check_code(data.site_code, translate("setup", "Site"))
    check_code(data.community_code, translate("setup", "Community"))
    for value, what in (
        (data.site_name, translate("setup", "the site's name")),
        (data.doctor_name, translate("setup", "the doctor's name")),
        (data.username, translate("setup", "a user name")),
        (data.community_name_zh or data.community_name_en, translate("setup", "a community name")),
    ):
        if not value.strip():
            raise UserError(translate("setup", "Please fill in {what}.").format(what=what))
    check_password(data.username, data.password)
    if db.installation() is not None:
        raise UserError(translate("setup", "This database is already set up."))
    with db.transaction(data.username) as session:
        session.add(Installation(id=1, site_code=data.site_code, site_name=data.site_name.strip()))
        session.info["site_code"] = data.site_code
        session.add(
            Community(
                code=data.community_code,
                name_zh=data.community_name_zh.strip(),
                name_en=data.community_name_en.strip(),
                start_date=data.community_start,
            )
        )
        doctor = StaffMember(
            code="D001", name=data.doctor_name.strip(), profession="community_doctor"
        )
        session.add(doctor)
        session.flush()
        session.add(
            UserAccount(
                username=data.username.strip(),
                display_name=data.doctor_name.strip(),
                role="community_doctor",
                password_hash=hash_password(data.password),
                staff_id=doctor.id,
            )
        )
