"""A corrected person travels: the hub shows the same person under the new code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.services import people, person_edit, site
from db.database import Database
from tests.helpers import DOCTOR, MANAGER


@pytest.fixture
def mzd(tmp_path: Path, pm: Database) -> Database:
    """A site joined to the project, with two consumers."""
    db = Database.open(tmp_path / "mzd.sqlite")
    project.init_site_with_project(db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code in ("MZD-C1", "MZD-C2"):
        people.add_person(db, DOCTOR, people.PersonData(code, "MZD", sex="male"), "consumer",
                          date(2016, 3, 1))  # fmt: skip
    return db


def _send(site_db: Database, pm: Database, path: Path) -> None:
    """Exports the site's changes and imports them at the hub, confirming the site once."""
    bundles.export_bundle(site_db, DOCTOR, path)
    try:
        import_bundles(pm, MANAGER, [path])
    except BundleRefused as refused:
        if "sites confirm MZ01" not in str(refused):
            raise
        confirm_site(pm, MANAGER, "MZ01", str(refused).split("sites confirm MZ01 ")[1].strip())
        import_bundles(pm, MANAGER, [path])


def _hub(pm: Database) -> dict[str, tuple[str, ...]]:
    return {row.code: row.former_codes for row in people.list_people(pm)}


def test_hub_shows_the_person_under_the_new_code(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """Sent, corrected, sent again: one person at the hub, new code, old one as former."""
    _send(mzd, pm, tmp_path / "1.bundle")
    revision = person_edit.person_form(mzd, DOCTOR, "MZD-C1").revision
    person_edit.correct_code(mzd, DOCTOR, "MZD-C1", "MZD-C9", revision)
    form = person_edit.person_form(mzd, DOCTOR, "MZD-C9")
    person_edit.edit_person(mzd, DOCTOR, "MZD-C9", replace(form.data, education="primary"))
    _send(mzd, pm, tmp_path / "2.bundle")
    assert _hub(pm) == {"MZD-C9": ("MZD-C1",), "MZD-C2": ()}
    detail = people.person_detail(pm, MANAGER, "MZD-C1")
    assert (detail.row.person.code, detail.row.person.education) == ("MZD-C9", "primary")


def test_swapped_codes_merge_at_the_hub(pm: Database, mzd: Database, tmp_path: Path) -> None:
    """Two people's codes swapped at the site arrive swapped, without tripping over the
    one-code-per-site rule half-way."""
    _send(mzd, pm, tmp_path / "1.bundle")
    ids = {row.code: row.id for row in people.list_people(mzd)}
    person_edit.correct_code(mzd, DOCTOR, "MZD-C1", "SPARE")
    person_edit.correct_code(mzd, DOCTOR, "MZD-C2", "MZD-C1")
    person_edit.correct_code(mzd, DOCTOR, "SPARE", "MZD-C2")
    _send(mzd, pm, tmp_path / "2.bundle")
    hub = {row.code: row.id for row in people.list_people(pm)}
    assert hub == {"MZD-C1": ids["MZD-C2"], "MZD-C2": ids["MZD-C1"]}


def test_a_code_given_up_and_reused_merges_at_the_hub(
    pm: Database, mzd: Database, tmp_path: Path
) -> None:
    """MZD-C1 becomes MZD-C7 and a newcomer is enrolled as MZD-C1: both arrive."""
    _send(mzd, pm, tmp_path / "1.bundle")
    person_edit.correct_code(mzd, DOCTOR, "MZD-C1", "MZD-C7")
    people.add_person(mzd, DOCTOR, people.PersonData("MZD-C1", "MZD"), "consumer",
                      date(2016, 4, 1))  # fmt: skip
    _send(mzd, pm, tmp_path / "2.bundle")
    assert _hub(pm) == {"MZD-C1": (), "MZD-C2": (), "MZD-C7": ("MZD-C1",)}
