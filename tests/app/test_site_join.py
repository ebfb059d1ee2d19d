"""A site set up without the project file joins the project later, or at set-up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import keys, project
from app.exchange.merge import confirm_site, import_bundles
from app.permissions import Account
from app.services.setup import SetupData, first_run_setup
from db.database import Database
from db.models import AuditEntry
from tests.helpers import DOCTOR, MANAGER, PEER

SETUP = SetupData("MZ01", "Maizidian", "MZD", "麦子店", "Maizidian", date(2016, 3, 1),
                  "Dr Li", "li", "first-pass-1")  # fmt: skip


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """The project manager's project file, with the hub in pm.sqlite."""
    pm = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm, "Chaoyang", tmp_path / "project.json")
    pm.close()
    return tmp_path / "project.json"


def _keys(db: Database) -> list[tuple[str, str]]:
    return [(p, keys.load(db, p) or "") for p in (keys.SITE_SIGNING, keys.PROJECT_PUBLIC,
                                                   keys.PROJECT_ID)]  # fmt: skip


def test_a_site_set_up_alone_joins_and_sends_a_bundle(
    blank_db: Database, project_file: Path, tmp_path: Path
) -> None:
    """Set up through the window without a project file, the site joins and its bundle merges."""
    first_run_setup(blank_db, SETUP)
    with pytest.raises(UserError):
        bundles.export_bundle(blank_db, DOCTOR, tmp_path / "early.bundle")  # no project yet
    fingerprint = project.join_project(blank_db, DOCTOR, project_file)
    assert keys.site_fingerprint(blank_db) == fingerprint
    bundles.export_bundle(blank_db, DOCTOR, tmp_path / "1.bundle")
    pm = Database.open(tmp_path / "pm.sqlite")
    with pytest.raises(UserError):
        import_bundles(pm, MANAGER, [tmp_path / "1.bundle"])
    confirm_site(pm, MANAGER, "MZ01", fingerprint)
    assert import_bundles(pm, MANAGER, [tmp_path / "1.bundle"]).new > 0
    pm.close()


def test_joining_twice_or_with_another_file_changes_nothing(
    blank_db: Database, project_file: Path, tmp_path: Path
) -> None:
    """A second join and a file that is not a project file: one message, keys as they were."""
    first_run_setup(blank_db, SETUP)
    not_a_project = tmp_path / "notes.json"
    not_a_project.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(UserError, match="is not a project file"):
        project.join_project(blank_db, DOCTOR, not_a_project)
    assert project.joined_project(blank_db) is None
    project.join_project(blank_db, DOCTOR, project_file)
    before = _keys(blank_db)
    with pytest.raises(UserError, match="already joined"):
        project.join_project(blank_db, DOCTOR, project_file)
    assert _keys(blank_db) == before


def test_a_peer_may_not_join_and_the_refusal_is_audited(
    blank_db: Database, project_file: Path
) -> None:
    """Joining is the site's settings: a peer is refused, and the audit log says so."""
    first_run_setup(blank_db, SETUP)
    with pytest.raises(UserError, match="may not"):
        project.join_project(blank_db, PEER, project_file)
    assert project.joined_project(blank_db) is None
    with blank_db.reading() as session:
        refused = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "access_refused", AuditEntry.username == "wang"
        )).all()  # fmt: skip
    assert refused


def test_the_hub_joins_nothing(project_file: Path, tmp_path: Path) -> None:
    pm = Database.open(tmp_path / "pm.sqlite")
    with pytest.raises(UserError, match="only a site joins"):
        project.join_project(pm, Account("pm", "PM", "project_manager"), project_file)
    pm.close()


def test_set_up_with_the_project_file_joins_at_once(
    blank_db: Database, project_file: Path, tmp_path: Path
) -> None:
    """The first-run set-up with the project file leaves a site ready to send bundles."""
    first_run_setup(blank_db, replace(SETUP, project_file=project_file))
    assert project.joined_project(blank_db) is not None
    assert bundles.export_bundle(blank_db, DOCTOR, tmp_path / "1.bundle")["sequence"] == 1


def test_set_up_with_a_bad_project_file_sets_nothing_up(blank_db: Database, tmp_path: Path) -> None:
    """A wrong file is said before anything is written: the site can be set up again."""
    wrong = tmp_path / "photo.jpg"
    wrong.write_bytes(b"\xff\xd8\xff\xe0")
    with pytest.raises(UserError, match="is not a project file"):
        first_run_setup(blank_db, replace(SETUP, project_file=wrong))
    assert blank_db.installation() is None
