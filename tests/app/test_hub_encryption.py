"""The project manager's hub at rest: encrypted, its project key sealed, a plain one converted."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import keys, project, project_key
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.permissions import Account
from app.services import encryption, people, sessions
from app.services import site as sites
from app.site_door import SiteDoor
from db import keyring
from db.database import Database
from db.encryption import is_plain
from db.keyring import keyring_path
from tests.app.test_exchange import PLAN
from tests.helpers import DOCTOR, MANAGER
from tests.postgres import running_server, server_bin

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "manager-pass-1"
PARTICIPANT = "MZD-C4471"
"""A participant code distinctive enough that finding it in a file's bytes is no accident."""


def _new_hub(folder: Path) -> tuple[Database, str, project.ProjectFile]:
    """An encrypted hub made as ``project create --user pm`` makes it; with its recovery key."""
    made: list[project.ProjectFile] = []
    manager = project.Manager("pm", PASSWORD)
    db, recovery = encryption.create_encrypted(
        folder / "pm.sqlite", "pm", PASSWORD,
        lambda db: made.append(project.make_project(db, "Chaoyang", manager)),
    )  # fmt: skip
    project.hand_out(db, made[0], folder / "project.json", folder / "copy.txt", recovery)
    return db, recovery, made[0]


def _site_bundle(folder: Path) -> tuple[Path, str]:
    """A site of the project with one participant and a session: its bundle and fingerprint."""
    site = Database.open(folder / "site.sqlite")
    fingerprint = project.init_site_with_project(site, "MZ01", "Maizidian",
                                                 folder / "project.json")  # fmt: skip
    sites.add_community(site, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code, role in (("MZD-P1", "peer"), ("MZD-P2", "peer"), (PARTICIPANT, "consumer")):
        people.add_person(site, DOCTOR, people.PersonData(code, "MZD"), role, date(2016, 3, 1))
    sessions.plan_session(site, DOCTOR, PLAN)
    path = folder / "1.bundle"
    bundles.export_bundle(site, DOCTOR, path)
    site.close()
    return path, fingerprint


def _import(db: Database, bundle: Path, fingerprint: str) -> int:
    """Imports the site's first bundle: refused until the site's key is confirmed."""
    with pytest.raises(BundleRefused):
        import_bundles(db, MANAGER, [bundle])
    confirm_site(db, MANAGER, "MZ01", fingerprint)
    return import_bundles(db, MANAGER, [bundle]).new


def _forms(private: bytes) -> list[bytes]:
    """The private key raw and as text: base64 (both alphabets) and hex."""
    encodings = (base64.b64encode, base64.urlsafe_b64encode, lambda raw: raw.hex().encode())
    return [private, *(encode(private) for encode in encodings)]


def _signed_in(path: Path, user: str = "pm", password: str = PASSWORD) -> SiteDoor:
    door = SiteDoor(path)
    door.sign_in(user, password)
    return door


def test_hub_file_holds_neither_the_project_key_nor_a_participant_code(tmp_path: Path) -> None:
    """After importing a bundle, the hub's file, key file and recovery copy show nothing."""
    db, _recovery, _made = _new_hub(tmp_path)
    private = project_key.private_key(db)
    assert private is not None
    assert project_key.is_sealed(keys.load(db, keys.PROJECT_PRIVATE) or "")  # inside, too
    bundle, fingerprint = _site_bundle(tmp_path)
    assert _import(db, bundle, fingerprint) > 0
    assert len(people.list_people(db)) == 3
    db.close()
    hub = (tmp_path / "pm.sqlite").read_bytes()
    for secret in _forms(private):
        for path in (tmp_path / "pm.sqlite", keyring_path(tmp_path / "pm.sqlite"),
                     tmp_path / "copy.txt", tmp_path / "project.json"):  # fmt: skip
            assert secret not in path.read_bytes(), path.name
    assert PARTICIPANT.encode() not in hub
    assert not is_plain(tmp_path / "pm.sqlite")


def test_every_slot_and_the_recovery_key_reach_the_project_key(tmp_path: Path) -> None:
    """The manager's password and the hub's recovery key both open the sealed project key."""
    db, recovery, made = _new_hub(tmp_path)
    db.close()
    door = _signed_in(tmp_path / "pm.sqlite")
    expected = project_key.private_key(door.db)  # type: ignore[arg-type]
    door.close()
    by_recovery = encryption.open_with_recovery_key(tmp_path / "pm.sqlite", recovery)
    try:
        assert project_key.private_key(by_recovery) == expected
        assert keys.encode(bytes(project.PrivateKey(expected).public_key)) == made.public_key  # type: ignore[arg-type]
    finally:
        by_recovery.close()


def test_the_recovery_copy_needs_the_recovery_key(tmp_path: Path) -> None:
    """The copy is sealed: a wrong key is refused, the hub's recovery key restores it."""
    db, recovery, made = _new_hub(tmp_path)
    db.close()
    fresh = Database.open(tmp_path / "new.sqlite")
    with pytest.raises(UserError, match="does not open"):
        project.restore_project(fresh, tmp_path / "copy.txt", keyring.new_recovery_key())
    assert keys.load(fresh, keys.PROJECT_PRIVATE) is None  # nothing changed
    restored = project.restore_project(fresh, tmp_path / "copy.txt", recovery.lower())
    assert restored.fingerprint == made.fingerprint
    fresh.close()


def test_a_rekeyed_hub_still_reaches_its_project_key(tmp_path: Path) -> None:
    """Re-keying the hub seals the project key again under the new database key, on the
    re-keyed copy before it takes the file's place; bundles still import afterwards."""
    db, _recovery, _made = _new_hub(tmp_path)
    private = project_key.private_key(db)
    old_key = db.key
    result = encryption.rekey(db, Account("pm", "pm", "project_manager"))
    assert db.key not in (None, old_key) and result.need_reset == []
    assert project_key.private_key(db) == private
    bundle, fingerprint = _site_bundle(tmp_path)
    assert _import(db, bundle, fingerprint) > 0
    db.close()
    reopened = encryption.open_with_password(tmp_path / "pm.sqlite", "pm", PASSWORD)
    assert project_key.private_key(reopened) == private
    reopened.close()


@pytest.fixture
def plain_hub(tmp_path: Path) -> tuple[Path, bytes]:
    """A hub as made before accounts and sealing: plain, no account, the key in clear."""
    path = tmp_path / "pm.sqlite"
    db = Database.open(path)
    project.create_project(db, "Chaoyang", tmp_path / "project.json")
    private = keys.decode(keys.load(db, keys.PROJECT_PRIVATE))  # type: ignore[arg-type]
    db.close()
    assert base64.b64encode(private) in path.read_bytes()  # as it was
    return path, private


def test_plain_hub_is_encrypted_and_sealed_at_first_sign_in(
    plain_hub: tuple[Path, bytes], tmp_path: Path
) -> None:
    """The first to sign in gets the manager's account; the file is encrypted, the key sealed."""
    path, private = plain_hub
    door = _signed_in(path)
    assert door.new_recovery_key and door.encrypted
    assert door.db is not None and project_key.private_key(door.db) == private
    bundle, fingerprint = _site_bundle(tmp_path)
    assert _import(door.db, bundle, fingerprint) > 0
    door.close()
    for secret in _forms(private):
        assert secret not in path.read_bytes()
    with pytest.raises(UserError):
        _signed_in(path, "someone", PASSWORD)  # the hub has its manager now


CHILD = """
import os, signal, sys
from app.site_door import SiteDoor

calls, stop = [0], int(sys.argv[2])
real_fsync = os.fsync

def fsync(fd):
    calls[0] += 1
    if calls[0] == stop:
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(fd)

os.fsync = fsync
SiteDoor(sys.argv[1]).sign_in("pm", sys.argv[3])
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("stop", [2, 4])
def test_hub_conversion_killed_part_way_finishes_at_the_next_sign_in(
    plain_hub: tuple[Path, bytes], stop: int
) -> None:
    """Killed with the key file written (2) or the encrypted file in place (4): the next
    sign-in gets in, finishes encrypting and seals the project key."""
    path, private = plain_hub
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), str(stop), PASSWORD],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == -9, done.stderr
    door = _signed_in(path)
    assert door.db is not None and project_key.private_key(door.db) == private
    door.close()
    assert not is_plain(path)
    assert base64.b64encode(private) not in path.read_bytes()


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if server_bin() is None:
        pytest.skip("no PostgreSQL server installed")
    with running_server() as url:
        yield url


def test_postgresql_hub_seals_the_key_for_the_manager(pg_url: str, tmp_path: Path) -> None:
    """On PostgreSQL the key is sealed per manager's password: locked until they sign in."""
    db = Database.open(pg_url)
    made, _recovery = project.create_project(db, "Chaoyang", tmp_path / "project.json",
                                             manager=project.Manager("pm", PASSWORD))  # fmt: skip
    private = project_key.private_key(db)
    assert private is not None
    stored = keys.load(db, keys.PROJECT_PRIVATE) or ""
    assert project_key.is_sealed(stored)
    assert all(secret.decode("latin-1") not in stored for secret in _forms(private))
    db.close()
    locked = Database.open(pg_url)
    with pytest.raises(UserError, match="locked"):
        project_key.private_key(locked)
    locked.close()
    door = _signed_in(pg_url)  # type: ignore[arg-type]
    assert door.db is not None and project_key.private_key(door.db) == private
    assert made.fingerprint == keys.fingerprint(bytes(project.PrivateKey(private).public_key))
    door.close()
