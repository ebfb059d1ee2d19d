"""Random and mutated files at the CSV imports and the bundle reader: always a clear error
or a clean import, never a traceback, never a partial write."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.merge import confirm_site, import_bundles
from app.imports.people_csv import HEADER, import_people
from app.imports.surveys_csv import import_surveys
from app.services import people, site, surveys
from db.database import Database
from tests.helpers import DOCTOR, MANAGER

GOOD_PEOPLE = ",".join(HEADER) + "\nP9,peer,TJH,2015-09-01,,female,1975-05-05,,,,,\n"
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


def _mutate(data: bytes, edits: list[tuple[int, int]]) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        if buffer:
            buffer[position % len(buffer)] = value
    return bytes(buffer)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), max_size=6),
       cut=st.integers(0, 200))  # fmt: skip
def test_mutated_people_csv(
    people_db: Database,
    tmp_path_factory: pytest.TempPathFactory,
    edits: list[tuple[int, int]],
    cut: int,
) -> None:
    """Either the one good line is imported, or a UserError says why and nothing changed."""
    path = tmp_path_factory.mktemp("csv") / "people.csv"
    data = _mutate(GOOD_PEOPLE.encode("utf-8"), edits)
    path.write_bytes(data[: len(data) - cut] if cut < len(data) else data)
    before = {r.code for r in people.list_people(people_db)}
    try:
        import_people(people_db, DOCTOR, path)
    except UserError as error:
        assert str(error)
        assert {r.code for r in people.list_people(people_db)} == before


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_as_survey_csv(
    people_db: Database, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    """Random bytes never crash the survey import and never half-write."""
    path = tmp_path_factory.mktemp("csv") / "answers.csv"
    path.write_bytes(data)
    try:
        import_surveys(people_db, DOCTOR, path)
    except UserError as error:
        assert str(error)
    assert surveys.list_answers(people_db, DOCTOR) == []


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A confirmed project database file and one good bundle's bytes."""
    from datetime import date

    folder = tmp_path_factory.mktemp("fuzz-exchange")
    pm = Database.open(folder / "pm.sqlite")
    project.create_project(pm, "Fuzz", folder / "project.json")
    db = Database.open(folder / "site.sqlite")
    fingerprint = project.init_site_with_project(db, "MZ01", "Maizidian", folder / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    people.add_person(db, DOCTOR, people.PersonData("MZD-C1", "MZD"), "consumer", date(2016, 3, 1))
    bundles.export_bundle(db, DOCTOR, folder / "good.bundle")
    with contextlib.suppress(UserError):
        import_bundles(pm, MANAGER, [folder / "good.bundle"], validate_only=True)
    confirm_site(pm, MANAGER, "MZ01", fingerprint)
    pm.close()
    return folder / "pm.sqlite", (folder / "good.bundle").read_bytes()


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(0, 100_000), st.integers(0, 255)), min_size=1,
                      max_size=4), cut=st.integers(0, 50))  # fmt: skip
def test_mutated_bundle(
    exchange: tuple[Path, bytes],
    tmp_path_factory: pytest.TempPathFactory,
    edits: list[tuple[int, int]],
    cut: int,
) -> None:
    """A changed or cut bundle is refused with a message; the project database is unchanged."""
    pm_file, good = exchange
    folder = tmp_path_factory.mktemp("bundle")
    data = _mutate(good, edits)
    data = data[: len(data) - cut] if cut else data
    if data == good:
        return
    path = folder / "bad.bundle"
    path.write_bytes(data)
    pm = Database.open(pm_file)
    try:
        with pytest.raises(UserError):
            import_bundles(pm, MANAGER, [path])
        assert people.list_people(pm) == []
    finally:
        pm.close()
