"""The whole permission table, cell by cell: every role tries every action through a service.

Each case runs one representative service for the capability on a prepared site (or the
project manager's hub) and finds that it works exactly when the table grants it; a refusal
carries the capability's message, is written to the audit log, and changes nothing else.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import access
from app.backups import restore_in_place, take_backup
from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.merge import confirm_site, import_bundles
from app.permissions import PERMISSIONS, Account, Capability, can
from app.reports.build import ReportScope, build_report
from app.services import (
    accounts,
    emergencies,
    people,
    screening,
    sessions,
    site,
    supervision,
    surveys,
    training,
)
from app.services.withdrawal import withdraw_consent
from db.base import Base
from db.database import Database
from db.models import AuditEntry
from tests.helpers import DOCTOR, MANAGER, create_account

ENROLLED = date(2015, 9, 1)
PLAN = sessions.SessionPlan("TJH", date(2016, 1, 5), time(9), time(10, 30), "health_center",
                            "social_skills", "P1", ("P2",))  # fmt: skip
REPORT = sessions.SessionReport(time(9), time(10, 30), ("C1",), ("C2",), ("P1", "P2"))
EVENT = emergencies.EventReport("TJH", datetime(2016, 1, 5, 2, 30, tzinfo=UTC), "self_harm",
                                "C1 scratched his arm", "Called the doctor", ("C1",),
                                reported_to="D1")  # fmt: skip
SCOPE = ReportScope(date(2015, 1, 1), date(2016, 12, 31))
NEW_PASSWORD = "a-Better-pass-2026"


@dataclass
class Prepared:
    """A site (with a session, an event, contacts and a backup) and a hub with its bundle."""

    site: Database
    hub: Database
    folder: Path
    session_id: str
    event_id: str

    @property
    def bundle(self) -> Path:
        return self.folder / "site.bundle"

    @property
    def backup(self) -> Path:
        return next((self.folder / "backups").glob("*.sqlite"))


def _make_templates(folder: Path) -> tuple[str, str]:
    """Writes the site, the hub, a bundle and a backup once; returns the session and event."""
    hub = Database.open(folder / "hub.sqlite")
    project.create_project(hub, "Chaoyang project", folder / "project.json")
    db = Database.open(folder / "site.sqlite")
    project.init_site_with_project(db, "CY01", "Chaoyang", folder / "project.json")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", ENROLLED)
    for code, role in (("P1", "peer"), ("P2", "peer"), ("C1", "consumer"), ("C2", "consumer")):
        data = people.PersonData(code, "TJH", sex="female", birth_date=date(1975, 5, 5),
                                 diagnosis="schizophrenia")  # fmt: skip
        people.add_person(db, DOCTOR, data, role, ENROLLED, people.ContactData("王小明", "139"))
    accounts.add_staff(db, DOCTOR, "D1", "李医生", "community_doctor")
    create_account(db, "wang", "wang-pass-2015", "peer", person_code="P1")
    session_id = sessions.plan_session(db, DOCTOR, PLAN)
    event_id = emergencies.report_event(db, DOCTOR, EVENT)
    bundles.export_bundle(db, DOCTOR, folder / "site.bundle")
    take_backup(db, folder / "backups", date(2016, 6, 1))
    with pytest.raises(UserError, match="sites confirm CY01") as caught:
        import_bundles(hub, MANAGER, [folder / "site.bundle"], validate_only=True)
    confirm_site(hub, MANAGER, "CY01", str(caught.value).split("sites confirm CY01 ")[1].strip())
    db.close()
    hub.close()
    return session_id, event_id


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    folder = tmp_path_factory.mktemp("templates")
    session_id, event_id = _make_templates(folder)
    return folder, session_id, event_id


@pytest.fixture
def prepared(templates: tuple[Path, str, str], tmp_path: Path) -> Iterator[Prepared]:
    """A fresh copy of the templates for one case."""
    folder, session_id, event_id = templates
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    both = Prepared(Database.open(tmp_path / "site.sqlite"), Database.open(tmp_path / "hub.sqlite"),
                    tmp_path, session_id, event_id)  # fmt: skip
    yield both
    both.site.close()
    both.hub.close()


Action = Callable[[Prepared, Account], Any]
SITE, HUB = "site", "hub"
ACTIONS: dict[Capability, tuple[str, Action]] = {
    Capability.PLAN_SESSIONS: (SITE, lambda p, a: sessions.plan_session(p.site, a, PLAN, True)),
    Capability.LOG_SESSIONS: (
        SITE, lambda p, a: sessions.log_session(p.site, a, p.session_id, REPORT, True)),
    Capability.REPORT_EMERGENCIES: (SITE, lambda p, a: emergencies.report_event(p.site, a, EVENT)),
    Capability.ACKNOWLEDGE_EMERGENCIES: (
        SITE, lambda p, a: emergencies.acknowledge(p.site, a, p.event_id, "D1")),
    Capability.MANAGE_PEOPLE: (SITE, lambda p, a: people.add_person(
        p.site, a, people.PersonData("C9", "TJH"), "consumer", ENROLLED)),
    Capability.SEE_CLINICAL: (SITE, lambda p, a: screening.screening_for(p.site, a, "C1")),
    Capability.SEE_CONTACTS: (SITE, lambda p, a: people.contact_for(p.site, a, "C1")),
    Capability.RECORD_SUPERVISION: (SITE, lambda p, a: supervision.record_supervision(
        p.site, a, supervision.SupervisionData("TJH", date(2016, 2, 1), "as_needed"))),
    Capability.RECORD_TRAINING: (
        SITE, lambda p, a: training.add_course(p.site, a, "pre_service", "岗前培训", ENROLLED)),
    Capability.RECORD_SURVEYS: (SITE, lambda p, a: surveys.record_answers(p.site, a, [
        surveys.Answer("C1", "consumer_satisfaction", "satisfied_with_peers", "yes",
                       date(2016, 6, 1))])),
    Capability.EXPORT_BUNDLE: (
        SITE, lambda p, a: bundles.export_bundle(p.site, a, p.folder / "next.bundle")),
    Capability.IMPORT_BUNDLE: (HUB, lambda p, a: import_bundles(p.hub, a, [p.bundle])),
    Capability.SEE_REPORTS: (SITE, lambda p, a: build_report(p.site, a, SCOPE)),
    Capability.MANAGE_ACCOUNTS: (SITE, lambda p, a: accounts.reset_password(
        p.site, a, "wang", NEW_PASSWORD)),
    Capability.RESTORE_BACKUP: (
        SITE, lambda p, a: restore_in_place(p.site, a, p.backup, p.folder / "kept")),
    Capability.WITHDRAW_CONSENT: (
        SITE, lambda p, a: withdraw_consent(p.site, a, "C1", date(2016, 6, 1))),
    Capability.MANAGE_SITE: (SITE, lambda p, a: site.add_community(p.site, a, "NEW", "New")),
    Capability.SEE_ALL_SITES: (HUB, lambda p, a: build_report(p.hub, a, SCOPE)),
}  # fmt: skip
"""One service per capability that needs exactly that capability."""


def _rows(db: Database) -> dict[str, int]:
    """Rows in every table but the audit log, to show a refusal changed nothing."""
    with db.engine.connect() as connection:
        return {
            table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
            if table.name != AuditEntry.__tablename__
        }


def _refusals(db: Database, actor: Account, capability: Capability) -> int:
    with db.reading() as session:
        return session.scalar(
            select(func.count()).where(AuditEntry.action == "access_refused",
                                       AuditEntry.username == actor.username,
                                       AuditEntry.detail == capability.value)
        ) or 0  # fmt: skip


def test_every_capability_has_a_representative_service() -> None:
    """A capability added to the table without a case here would go unchecked."""
    assert set(ACTIONS) == set(Capability)


@pytest.mark.parametrize("capability", list(Capability), ids=lambda c: c.value)
@pytest.mark.parametrize("role", sorted(PERMISSIONS))
def test_the_service_works_exactly_when_the_table_says(
    prepared: Prepared, role: str, capability: Capability
) -> None:
    """Granted: the service works. Not granted: one refusal, audited, nothing changed."""
    actor = Account(f"user-{role}"[:30], role, role)
    where, action = ACTIONS[capability]
    db = prepared.site if where == SITE else prepared.hub
    if can(role, capability):
        action(prepared, actor)
        assert _refusals(db, actor, capability) == 0
        return
    before = _rows(db)
    with pytest.raises(UserError) as refused:
        action(prepared, actor)
    assert str(refused.value) == str(access.refusal(capability))
    assert _refusals(db, actor, capability) == 1
    assert _rows(db) == before
