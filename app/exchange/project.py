"""Creating the project at the project manager, and setting a site up from its project file."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey

from app.errors import UserError
from app.exchange import keys
from app.i18n import translate
from app.services import site
from db.database import Database

PROJECT_FORMAT = "peer-support-project/1"


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


def create_project(db: Database, name: str, out: Path, recovery: Path | None = None) -> ProjectFile:
    """Makes this database the project manager's; writes the project file and a recovery copy.

    The recovery copy holds the private key: printed or kept offline, it lets a new
    installation read the sites' bundles if this computer is lost.
    """
    if keys.load(db, keys.PROJECT_PRIVATE) is not None:
        raise UserError(translate("exchange", "This database already holds a project."))
    if db.installation() is None:
        site.init_site(db, "PM", name, kind="project")
    elif db.installation().kind != "project":  # type: ignore[union-attr]
        raise UserError(translate("exchange", "This database is a site's; use a new one."))
    private, public = keys.new_project_keys()
    project = ProjectFile(str(uuid.uuid4()), name, keys.encode(bytes(public)))
    keys.store(db, keys.PROJECT_PRIVATE, keys.encode(bytes(private)))
    keys.store(db, keys.PROJECT_PUBLIC, project.public_key)
    keys.store(db, keys.PROJECT_ID, project.project_id)
    write_project_file(project, out)
    write_recovery(project, private, recovery or out.with_suffix(".recovery.txt"))
    return project


def write_project_file(project: ProjectFile, path: Path) -> None:
    """The file handed to every site."""
    data = {
        "format": PROJECT_FORMAT,
        "project_id": project.project_id,
        "name": project.name,
        "public_key": project.public_key,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def write_recovery(project: ProjectFile, private: PrivateKey, path: Path) -> None:
    """The recovery copy of the project's private key, to print or keep offline."""
    path.write_text(
        "\n".join(
            [
                "PEER SUPPORT PROJECT RECOVERY KEY / 项目恢复密钥",
                f"project: {project.name} ({project.project_id})",
                f"fingerprint / 密钥指纹: {project.fingerprint}",
                f"private key: {keys.encode(bytes(private))}",
                "",
                "Keep this page offline. To restore: python main.py project restore FILE",
                "请离线保管此页。恢复方法：python main.py project restore FILE",
            ]
        )
        + "\n",
        encoding="utf-8",
    )


def restore_project(db: Database, recovery: Path, name: str = "") -> ProjectFile:
    """Puts the project's keys into a new project manager's database from a recovery copy."""
    fields = {}
    for line in recovery.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(": ")
        fields[key.strip()] = value.strip()
    try:
        private = PrivateKey(keys.decode(fields["private key"]))
        project_id = fields["project"].rsplit("(", 1)[1].rstrip(")")
    except (KeyError, IndexError, ValueError) as error:
        raise UserError(
            translate("exchange", "{file} is not a recovery copy: {reason}").format(
                file=recovery.name, reason=error
            )
        ) from None
    if db.installation() is None:
        site.init_site(db, "PM", name or fields["project"].split(" (")[0], kind="project")
    project = ProjectFile(project_id, name, keys.encode(bytes(private.public_key)))
    keys.store(db, keys.PROJECT_PRIVATE, keys.encode(bytes(private)))
    keys.store(db, keys.PROJECT_PUBLIC, project.public_key)
    keys.store(db, keys.PROJECT_ID, project_id)
    return project


def read_project_file(path: Path) -> ProjectFile:
    """The project file a site was given, checked."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != PROJECT_FORMAT:
            raise ValueError("not a project file")
        project = ProjectFile(str(data["project_id"]), str(data["name"]), str(data["public_key"]))
        if len(keys.decode(project.public_key)) != 32:
            raise ValueError("the public key is damaged")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(
            translate("exchange", "{file} is not a project file: {reason}").format(
                file=path.name, reason=error
            )
        ) from None
    return project


def init_site_with_project(db: Database, code: str, name: str, project_file: Path) -> str:
    """Sets a site up for a project: its identity, a signing key, the project's public key.

    Returns the site key's fingerprint, which the project manager will confirm.
    """
    project = read_project_file(project_file)
    site.init_site(db, code, name)
    signing, verify = keys.new_signing_key()
    keys.store(db, keys.SITE_SIGNING, keys.encode(bytes(signing)))
    keys.store(db, keys.PROJECT_PUBLIC, project.public_key)
    keys.store(db, keys.PROJECT_ID, project.project_id)
    return keys.fingerprint(bytes(verify))
