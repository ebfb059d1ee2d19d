"""Fixtures shared by every test: a fresh database per test, settings kept out of $HOME."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services import people, site
from db import keyring
from db.database import Database
from tests.helpers import DOCTOR

ENROLLED = date(2015, 9, 1)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Points the user's data and settings folders at a temporary place for each test."""
    home = tmp_path_factory.mktemp("home")
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(name, str(home / name.lower()))
    return home


@pytest.fixture(autouse=True)
def default_name_form() -> Iterator[None]:
    """Each test starts and ends with the default form of names for peers."""
    from app import name_forms

    name_forms.use_site_form(name_forms.DEFAULT)
    yield
    name_forms.use_site_form(name_forms.DEFAULT)


CHEAP_KDF = (1, 8192)
"""libsodium's argon2id OPSLIMIT_MIN and MEMLIMIT_MIN."""


@pytest.fixture(autouse=True)
def cheap_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Derives keys from passwords at argon2id's least cost, for a fast suite; the program
    itself always derives at full cost (a process a test starts does too)."""
    monkeypatch.setattr(keyring, "KDF_COST", CHEAP_KDF)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives."""
    return tmp_path / "site.sqlite"


@pytest.fixture(scope="session")
def migrated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, migrated once for the whole run."""
    path = tmp_path_factory.mktemp("migrated") / "empty.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture
def blank_db(db_path: Path, migrated_file: Path) -> Iterator[Database]:
    """A database at the newest schema, not yet set up as a site: a copy of the file
    migrated once per run (owner-only, as the program makes them)."""
    shutil.copyfile(migrated_file, db_path)
    db_path.chmod(0o600)
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def db(blank_db: Database) -> Database:
    """A site database serving Tuanjiehu, with no participants."""
    site.init_site(blank_db, "CY01", "Chaoyang peer support")
    site.add_community(blank_db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    return blank_db


@pytest.fixture
def people_db(db: Database) -> Database:
    """A site with two peers (P1, P2), three consumers (C1-C3) and a second community."""
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code, role in (
        ("P1", "peer"),
        ("P2", "peer"),
        ("C1", "consumer"),
        ("C2", "consumer"),
        ("C3", "consumer"),
    ):
        data = people.PersonData(
            code, "TJH", sex="female", birth_date=date(1975, 5, 5), diagnosis="schizophrenia"
        )
        people.add_person(db, DOCTOR, data, role, ENROLLED)
    people.add_person(db, DOCTOR, people.PersonData("M1", "MZD"), "consumer", date(2016, 3, 1))
    return db
