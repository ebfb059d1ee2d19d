"""The project manager's database on PostgreSQL: same migrations, same import, same result."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.audit import verify_chain
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.chain_heads import site_flags
from app.exchange.merge import confirm_site, import_bundles, missing_bundles
from app.services import people, sessions
from app.services import site as sites
from db.database import Database
from db.migrate import current_revision, head_revision
from tests.app.test_exchange import PLAN
from tests.helpers import DOCTOR, MANAGER
from tests.postgres import running_server, server_bin

pytestmark = pytest.mark.skipif(server_bin() is None, reason="no PostgreSQL server installed")


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    with running_server() as url:
        yield url


def test_project_manager_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """Migrations reach head on PostgreSQL, and a SQLite site's bundles merge there."""
    pm = Database.open(pg_url)
    assert current_revision(pm.engine) == head_revision()
    project.create_project(pm, "Chaoyang", tmp_path / "project.json")
    site = Database.open(tmp_path / "site.sqlite")
    fingerprint = project.init_site_with_project(site, "MZ01", "Maizidian",
                                                 tmp_path / "project.json")  # fmt: skip

    sites.add_community(site, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code, role in (("MZD-P1", "peer"), ("MZD-P2", "peer"), ("MZD-C1", "consumer")):
        people.add_person(site, DOCTOR, people.PersonData(code, "MZD"), role, date(2016, 3, 1))
    sessions.plan_session(site, DOCTOR, PLAN)
    first = tmp_path / "1.bundle"
    bundles.export_bundle(site, DOCTOR, first)
    with pytest.raises(BundleRefused):
        import_bundles(pm, MANAGER, [first])
    confirm_site(pm, MANAGER, "MZ01", fingerprint)
    receipt = import_bundles(pm, MANAGER, [first])
    again = import_bundles(pm, MANAGER, [first])
    assert receipt.new > 0 and again.new == 0 and again.updated == 0
    assert [r.theme for r in sessions.list_sessions(pm)] == ["使用微信"]
    assert {r.code for r in people.list_people(pm)} == {"MZD-P1", "MZD-P2", "MZD-C1"}
    assert missing_bundles(pm) == []
    assert verify_chain(pm, MANAGER).problems == [] and site_flags(pm) == []
    pm.close()
