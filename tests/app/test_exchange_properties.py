"""Whatever the order and repetition of a site's bundles, the merged result is the same."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange import bundle as bundles
from app.exchange import keys, project
from app.exchange.merge import confirm_site, import_bundles
from app.services import people, sessions, site
from db.database import Database
from tests.app.test_exchange import PLAN
from tests.helpers import DOCTOR, MANAGER


@pytest.fixture(scope="module")
def material(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], str]:
    """A project database and four bundles of a site whose records change between them."""
    folder = tmp_path_factory.mktemp("exchange")
    pm = Database.open(folder / "pm.sqlite")
    project.create_project(pm, "Chaoyang", folder / "project.json")
    db = Database.open(folder / "site.sqlite")
    fingerprint = project.init_site_with_project(db, "MZ01", "Maizidian", folder / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code, role in (("MZD-P1", "peer"), ("MZD-P2", "peer"), ("MZD-C1", "consumer")):
        people.add_person(db, DOCTOR, people.PersonData(code, "MZD"), role, date(2016, 3, 1))
    paths = []
    sid = sessions.plan_session(db, DOCTOR, PLAN)
    for n, theme in enumerate(("一", "二", "三", "四"), start=1):
        sessions.update_plan(db, DOCTOR, sid, replace(PLAN, theme=theme))
        sessions.plan_session(db, DOCTOR, replace(PLAN, session_date=date(2016, 4, n)))
        path = folder / f"{n}.bundle"
        bundles.export_bundle(db, DOCTOR, path)
        paths.append(path)
    import_bundles_refused_then_confirm(pm, paths[0], fingerprint)
    pm.close()
    return folder / "pm.sqlite", paths, keys.fingerprint(b"")


def import_bundles_refused_then_confirm(pm: Database, path: Path, fingerprint: str) -> None:
    with contextlib.suppress(Exception):  # the first sight registers the site, unconfirmed
        import_bundles(pm, MANAGER, [path], validate_only=True)
    confirm_site(pm, MANAGER, "MZ01", fingerprint)


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    return sorted((r.session_date, r.theme, r.status) for r in sessions.list_sessions(db))


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.lists(st.integers(min_value=0, max_value=3), min_size=4, max_size=8))
def test_any_order_and_repetition_gives_the_same_database(
    material: tuple[Path, list[Path], str],
    tmp_path_factory: pytest.TempPathFactory,
    order: list[int],
) -> None:
    """Import the bundles one by one in a random order with repeats: all four always win."""
    pm_file, paths, _ = material
    folder = tmp_path_factory.mktemp("run")
    shutil.copy(pm_file, folder / "pm.sqlite")
    pm = Database.open(folder / "pm.sqlite")
    for index in [*order, 0, 1, 2, 3]:
        import_bundles(pm, MANAGER, [paths[index]])
    result = _snapshot(pm)
    pm.close()
    assert result[0][1] == "四"
    assert len(result) == 5
