"""The command line's project commands: the hub's ``project create`` and ``project restore``,
and a site's ``site join``.

Registered by app/cli.py; ``project`` handlers get the way into the database (they make
it, as ``init`` does), ``site join`` the signed-in database.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError

if TYPE_CHECKING:
    from app.exchange.project import ProjectFile
    from app.site_door import SiteDoor
    from db.database import Database


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds ``project create|restore`` and ``site join`` to the command line."""
    project = commands.add_parser("project", help="the project manager's project and keys")
    actions = project.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make a new hub database, encrypted, with "
                                "the project manager's account (--user) and the key")  # fmt: skip
    create.add_argument("--name", required=True, help="project name")
    create.add_argument("--out", required=True, help="project file to hand to the sites")
    create.add_argument("--recovery", help="where to write the recovery copy of the key, "
                        "sealed under the recovery key (default: beside --out)")  # fmt: skip
    create.add_argument("--recovery-sheet", help="write the recovery key as a PDF sheet to "
                        "print (a hub file; default: show the key once)")  # fmt: skip
    create.add_argument("--lang", choices=("zh", "en"), default="zh", help="sheet language")
    create.set_defaults(door_handler=project_create)
    restore = actions.add_parser("restore", help="a new hub database (--user) with the "
                                 "project's key from its recovery copy")  # fmt: skip
    restore.add_argument("file", help="the recovery copy")
    restore.add_argument("--recovery-key", help="the key that opens the copy (default: "
                         "PEER_SUPPORT_RECOVERY_KEY or asked for)")  # fmt: skip
    restore.add_argument("--recovery-sheet", help="write the new hub's recovery key as a PDF")
    restore.add_argument("--lang", choices=("zh", "en"), default="zh", help="sheet language")
    restore.set_defaults(door_handler=project_restore)
    site = commands.add_parser("site", help="this site's place in a project")
    join = site.add_subparsers(dest="site_command", metavar="ACTION", required=True).add_parser(
        "join", help="join a project later, to send bundles (a community doctor, --user)")
    join.add_argument("--project", required=True, help="the project file from the project manager")
    join.set_defaults(handler=site_join)


def project_create(door: SiteDoor, args: argparse.Namespace) -> int:
    """A new hub: encrypted file (or PostgreSQL), manager's account, sealed project key."""
    from app.cli import PASSWORD_VARIABLE, read_secret
    from app.exchange import project

    if not args.user:
        raise UserError("name the project manager's account with --user NAME")
    password = read_secret(PASSWORD_VARIABLE, f"New password for {args.user}: ", confirm=True)
    manager = project.Manager(args.user, password)
    out = Path(args.out)
    copy = Path(args.recovery) if args.recovery else out.with_suffix(".recovery.txt")
    if door.file is None:
        db = _new_server_hub(door)
        made, recovery = project.create_project(db, args.name, out, copy, manager)
    else:
        made = _new_hub_file(door, args, password,
                             lambda db: project.make_project(db, args.name, manager))  # fmt: skip
        recovery = door.new_recovery_key or ""
        project.hand_out(door.db, made, out, copy, recovery)  # type: ignore[arg-type]
    print(f"Project {made.name} created; project file {out} for the sites.")
    print(f"Project key fingerprint: {made.fingerprint}")
    print(f"Recovery copy of the project key: {copy}, sealed under the recovery key below "
          "(keep both, apart).")  # fmt: skip
    _hand_over(door, recovery, args)
    return 0


def project_restore(door: SiteDoor, args: argparse.Namespace) -> int:
    """A new hub holding the project's key from its recovery copy."""
    from app.cli import PASSWORD_VARIABLE, RECOVERY_VARIABLE, read_secret
    from app.exchange import project

    if not args.user:
        raise UserError("name the project manager's account with --user NAME")
    copy = Path(args.file)
    key = args.recovery_key
    if key is None and project.SEALED_LINE in copy.read_text(encoding="utf-8", errors="replace"):
        key = read_secret(RECOVERY_VARIABLE, "Recovery key of the copy: ")
    project.read_recovery(copy, key)  # a wrong key is said before a password is asked
    password = read_secret(PASSWORD_VARIABLE, f"New password for {args.user}: ", confirm=True)
    manager = project.Manager(args.user, password)
    if door.file is None:
        made = project.restore_project(_new_server_hub(door), copy, key, manager=manager)
    else:
        made = _new_hub_file(door, args, password, lambda db: project.restore_project(
            db, copy, key, manager=manager))  # fmt: skip
    print(f"Project key restored (fingerprint {made.fingerprint}).")
    if door.new_recovery_key:
        _hand_over(door, door.new_recovery_key, args)
    return 0


def _new_server_hub(door: SiteDoor) -> Database:
    """The server database, which must not be set up yet."""
    if not door.needs_setup():
        raise UserError("this database is already set up; a project goes into a new one")
    db = door.open_unlocked()
    assert db is not None
    return db


def _new_hub_file(
    door: SiteDoor, args: argparse.Namespace, password: str, fill: Callable[[Database], ProjectFile]
) -> ProjectFile:
    """Creates the hub file encrypted, filled by ``fill``; returns what ``fill`` returned."""
    from app.services import encryption
    from db.keyring import keyring_path

    made: list[ProjectFile] = []
    door.db, door.new_recovery_key = encryption.create_encrypted(
        door.file, args.user, password, lambda db: made.append(fill(db)))  # type: ignore[arg-type]
    print(f"The database is encrypted. Its key file {keyring_path(door.file)} "  # type: ignore[arg-type]
          "must be backed up with it.")  # fmt: skip
    return made[0]


def _hand_over(door: SiteDoor, recovery: str, args: argparse.Namespace) -> None:
    """The hub file's recovery key as a sheet or shown once; a server hub's shown once."""
    from app.cli import _hand_over_recovery_key

    sheet = args.recovery_sheet if door.file is not None else None
    _hand_over_recovery_key(door.db, recovery, sheet, args.lang)  # type: ignore[arg-type]


def site_join(db: Database, args: argparse.Namespace) -> int:
    """A site set up without a project file joins the project."""
    from app.exchange.project import join_project

    if args.account is None:
        raise UserError("joining a project needs a community doctor: give --user NAME")
    fingerprint = join_project(db, args.account, Path(args.project))
    print("This site has joined the project; it can send bundles now.")
    print(f"Its key fingerprint, for the project manager to confirm: {fingerprint}")
    return 0
