"""Creating the project at the project manager, and setting a site up from its project file.

The project's private key is kept sealed (see app/exchange/project_key.py): in the hub
database, and in the recovery copy, which is sealed under a recovery key.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey
from sqlalchemy import func, select

from app.errors import UserError
from app.exchange import keys, project_key
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import site
from db import keyring
from db.database import Database
from db.files import write_text
from db.models import ExchangeKey, UserAccount

PROJECT_FORMAT = "peer-support-project/1"
SEALED_LINE = "sealed private key"
"""The recovery copy's line holding the key sealed under the recovery key."""


@dataclass(frozen=True)
class ProjectFile:
    """What a site needs to send bundles to the project manager."""

    project_id: str
    name: str
    public_key: str

    @property
    def fingerprint(self) -> str:
        """The project key's fingerprint, to check the file came from the project manager."""
        return keys.fingerprint(keys.decode(self.public_key))


@dataclass(frozen=True)
class Manager:
    """The project manager's first account, made with the project."""

    username: str
    password: str


def make_project(db: Database, name: str, manager: Manager | None = None) -> ProjectFile:
    """Makes this database the project manager's: its identity, the manager's account and
    the project's key pair, the private key sealed.

    A hub without a database key (PostgreSQL) seals it for the manager's password.
    """
    if keys.load(db, keys.PROJECT_PRIVATE) is not None:
        raise UserError(translate("exchange", "This database already holds a project."))
    _become_hub(db, name)
    if manager is not None:
        _add_manager(db, manager)
    private, public = keys.new_project_keys()
    project = ProjectFile(str(uuid.uuid4()), name, keys.encode(bytes(public)))
    _keep_keys(db, project, bytes(private), manager)
    return project


def _become_hub(db: Database, name: str) -> None:
    installation = db.installation()
    if installation is None:
        site.init_site(db, "PM", name, kind="project")
    elif installation.kind != "project":
        raise UserError(translate("exchange", "This database is a site's; use a new one."))


def _add_manager(db: Database, manager: Manager) -> None:
    from app.services import accounts

    accounts.add_first_account(db, manager.username, manager.password, manager.username,
                               "project_manager")  # fmt: skip


def _keep_keys(db: Database, project: ProjectFile, private: bytes, manager: Manager | None) -> None:
    project_key.keep_new(db, private, (manager.username, manager.password) if manager else None)
    keys.store(db, keys.PROJECT_PUBLIC, project.public_key)
    keys.store(db, keys.PROJECT_ID, project.project_id)


def hand_out(
    db: Database, project: ProjectFile, out: Path, recovery: Path, recovery_key: str
) -> None:
    """Writes the project file for the sites and the recovery copy sealed under the key."""
    write_project_file(project, out)
    private = project_key.private_key(db)
    assert private is not None
    write_recovery(project, private, recovery, recovery_key)


def create_project(
    db: Database, name: str, out: Path, recovery: Path | None = None,
    manager: Manager | None = None,
) -> tuple[ProjectFile, str]:  # fmt: skip
    """Makes the project and writes its files; returns it and the new recovery key that
    opens the recovery copy (to show once or print).

    For a hub with no recovery key of its own (PostgreSQL, scratch files). An encrypted
    hub seals its copy under the hub's recovery key (``make_project`` then ``hand_out``).
    """
    project = make_project(db, name, manager)
    recovery_key = keyring.new_recovery_key()
    hand_out(db, project, out, recovery or out.with_suffix(".recovery.txt"), recovery_key)
    return project, recovery_key


def write_project_file(project: ProjectFile, path: Path) -> None:
    """The file handed to every site."""
    data = {
        "format": PROJECT_FORMAT,
        "project_id": project.project_id,
        "name": project.name,
        "public_key": project.public_key,
    }
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2))


def write_recovery(project: ProjectFile, private: bytes, path: Path, recovery_key: str) -> None:
    """The recovery copy of the project's private key, sealed under the recovery key."""
    sealed = keyring.wrap(keyring.normalise_recovery_key(recovery_key), private, "project")
    lines = [
        "PEER SUPPORT PROJECT RECOVERY COPY / 项目密钥恢复副本",
        f"project: {project.name} ({project.project_id})",
        f"fingerprint / 密钥指纹: {project.fingerprint}",
        f"{SEALED_LINE}: {json.dumps(sealed)}",
        "",
        "The key above is sealed: it opens only with the recovery key (on the recovery sheet).",
        "此密钥已加密，只有恢复密钥（见恢复密钥单）才能打开。",
        "To restore: python main.py project restore FILE",
        "恢复方法：python main.py project restore FILE",
    ]
    write_text(path, "\n".join(lines) + "\n")


def read_recovery(recovery: Path, recovery_key: str | None) -> tuple[str, str, bytes]:
    """The project's name, id and private key from a recovery copy opened with its key.

    A copy written before the key was sealed holds it in clear and needs no key.
    """
    fields = {}
    try:
        for line in recovery.read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition(": ")
            fields[key.strip()] = value.strip()
        name, _, rest = fields["project"].rpartition(" (")
        project_id = rest.rstrip(")")
        sealed = fields.get(SEALED_LINE)
        raw = keys.decode(fields["private key"]) if sealed is None else None
        slot = json.loads(sealed) if sealed is not None else None
    except (OSError, KeyError, IndexError, ValueError) as error:
        raise UserError(translate("exchange", "{file} is not a recovery copy: {reason}").format(
            file=recovery.name, reason=error)) from None  # fmt: skip
    if raw is None:
        try:
            raw = keyring.unwrap(keyring.normalise_recovery_key(recovery_key or ""), slot)
        except keyring.WrongSecret:
            raise UserError(translate("exchange", "The recovery key does not open {file}: "
                            "check it against the recovery sheet.").format(
                                file=recovery.name)) from None  # fmt: skip
    PrivateKey(raw)  # a damaged key is said here, not at the first import
    return name, project_id, raw


def restore_project(
    db: Database, recovery: Path, recovery_key: str | None = None, name: str = "",
    manager: Manager | None = None,
) -> ProjectFile:  # fmt: skip
    """Puts the project's keys into a new project manager's database from a recovery copy."""
    copy_name, project_id, raw = read_recovery(recovery, recovery_key)
    if keys.load(db, keys.PROJECT_PRIVATE) is not None:
        raise UserError(translate("exchange", "This database already holds a project."))
    _become_hub(db, name or copy_name)
    if manager is not None:
        _add_manager(db, manager)
    public = keys.encode(bytes(PrivateKey(raw).public_key))
    project = ProjectFile(project_id, name or copy_name, public)
    _keep_keys(db, project, raw, manager)
    return project


def adopt_unclaimed_hub(db: Database, username: str, password: str) -> None:
    """A hub made before accounts (none at all) gets its first project manager's account
    at the first sign-in: whoever holds its unprotected file could read it anyway."""
    installation = db.installation()
    if installation is None or installation.kind != "project":
        return
    with db.reading() as session:
        if session.scalar(select(func.count()).select_from(UserAccount)):
            return
    _add_manager(db, Manager(username.strip(), password))


def read_project_file(path: Path) -> ProjectFile:
    """The project file a site was given, checked."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != PROJECT_FORMAT:
            raise ValueError("not a project file")
        project = ProjectFile(str(data["project_id"]), str(data["name"]), str(data["public_key"]))
        if len(keys.decode(project.public_key)) != 32:
            raise ValueError("the public key is damaged")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise UserError(
            translate("exchange", "{file} is not a project file: {reason}").format(
                file=path.name, reason=error
            )
        ) from None
    return project


def joined_project(db: Database) -> str | None:
    """The id of the project this site sends its bundles to, or None."""
    return keys.load(db, keys.PROJECT_ID)


def join_project(db: Database, actor: Account, project_file: Path) -> str:
    """Sets a site that was set up on its own up for a project, so it can send bundles.

    Returns the site key's fingerprint, which the project manager will confirm. Joining
    a second time, or with a file that is not a project file, changes nothing.
    """
    from app.access import require

    require(db, actor, Capability.MANAGE_SITE)
    project = read_project_file(project_file)
    installation = site.require_installation(db)
    if installation.kind == "project":
        raise UserError(translate("exchange", "This is the project manager's database: "
                                  "only a site joins a project."))  # fmt: skip
    if joined_project(db) is not None:
        raise UserError(translate("exchange", "This site has already joined a project."))
    return keep_site_keys(db, project, actor.username)


def keep_site_keys(db: Database, project: ProjectFile, user: str) -> str:
    """The site's signing key and the project's public key, kept in one transaction."""
    signing, verify = keys.new_signing_key()
    with db.transaction(user) as session:
        for purpose, value in ((keys.SITE_SIGNING, keys.encode(bytes(signing))),
                               (keys.PROJECT_PUBLIC, project.public_key),
                               (keys.PROJECT_ID, project.project_id)):  # fmt: skip
            session.add(ExchangeKey(purpose=purpose, value=value))
    return keys.fingerprint(bytes(verify))


def init_site_with_project(db: Database, code: str, name: str, project_file: Path) -> str:
    """Sets a site up for a project: its identity, a signing key, the project's public key.

    Returns the site key's fingerprint, which the project manager will confirm.
    """
    project = read_project_file(project_file)
    site.init_site(db, code, name)
    return keep_site_keys(db, project, "system")
