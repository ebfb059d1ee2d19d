"""The command line's account commands: ``accounts add|list|disable|enable|reset`` and ``passwd``.

They act as the account signed in with ``--user``; on a plain scratch database opened
without one, as a local community doctor. New passwords come from PEER_SUPPORT_NEW_PASSWORD
or are typed twice; each writes the user's slot in the key file of an encrypted database.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli import NEW_PASSWORD_VARIABLE, PASSWORD_VARIABLE, read_secret
from app.errors import UserError
from app.permissions import Account

if TYPE_CHECKING:
    from db.database import Database

LOCAL = Account("local", "local", "community_doctor")
"""Who acts on a plain scratch database opened without --user (tests, trying things out)."""


def add_account_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds ``accounts`` and ``passwd`` to the command line's sub-commands."""
    from app.codes import ACCOUNT_ROLES

    accounts = commands.add_parser("accounts", help="the team's sign-in accounts (a community "
                                   "doctor, --user)")  # fmt: skip
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an account; its user chooses their own password "
                             f"at the first sign-in (password from {NEW_PASSWORD_VARIABLE} "
                             "or typed twice)")  # fmt: skip
    add.add_argument("username", metavar="USER", help="the new user name")
    add.add_argument("--role", required=True,
                     help="one of: " + ", ".join(ACCOUNT_ROLES.code_names()))  # fmt: skip
    add.add_argument("--person", help="a peer's account: the code of the person enrolled as a peer")
    add.add_argument("--name", default="", help="the person's name (default: the user name)")
    add.set_defaults(handler=_add)
    actions.add_parser("list", help="every account, active or disabled").set_defaults(
        handler=_list)  # fmt: skip
    disable = actions.add_parser("disable", help="stop an account signing in (it stays, for "
                                 "the audit log); its password opens the file no more")  # fmt: skip
    disable.add_argument("username", metavar="USER")
    disable.set_defaults(handler=_disable)
    enable = actions.add_parser("enable", help="let a disabled account sign in again, with a "
                                "new password to change at the next sign-in")  # fmt: skip
    enable.add_argument("username", metavar="USER")
    enable.set_defaults(handler=_enable)
    reset = actions.add_parser("reset", help="set a forgotten password (and unlock the account); "
                               "its user changes it at the next sign-in")  # fmt: skip
    reset.add_argument("username", metavar="USER")
    reset.set_defaults(handler=_reset)
    passwd = commands.add_parser("passwd", help=f"change your own password (--user; the current "
                                 f"one from {PASSWORD_VARIABLE}, the new one from "
                                 f"{NEW_PASSWORD_VARIABLE} or typed twice)")  # fmt: skip
    passwd.set_defaults(handler=_passwd)


def _actor(args: argparse.Namespace) -> Account:
    account: Account | None = getattr(args, "account", None)
    return account if account is not None else LOCAL


def _new_password(db: Database, actor: Account, username: str) -> str:
    """Asked only of an account that may set it, so nobody types a password for nothing."""
    from app.access import require
    from app.permissions import Capability

    require(db, actor, Capability.MANAGE_ACCOUNTS)
    return read_secret(NEW_PASSWORD_VARIABLE, f"New password for {username}: ", confirm=True)


def _slot_note(db: Database) -> str:
    return " Their password opens the encrypted database." if db.key is not None else ""


def _add(db: Database, args: argparse.Namespace) -> int:
    from app.services import accounts

    actor = _actor(args)
    password = _new_password(db, actor, args.username)
    row = accounts.add_account(db, actor, args.username, args.role, password, args.name,
                               args.person)  # fmt: skip
    print(f"Account {row.username} ({row.role}) added, linked to {row.linked_code}; "
          f"{row.username} chooses a new password at the first sign-in."
          + _slot_note(db))  # fmt: skip
    return 0


def _list(db: Database, args: argparse.Namespace) -> int:
    from app.services import accounts

    for row in accounts.list_accounts(db, _actor(args)):
        state = "active" if row.active else "disabled"
        change = "must change password" if row.must_change_password and row.active else ""
        print("\t".join((row.username, row.display_name, row.role, state,
                         row.linked_code or "", change)).rstrip())  # fmt: skip
    return 0


def _disable(db: Database, args: argparse.Namespace) -> int:
    from app.services import accounts

    accounts.disable_account(db, _actor(args), args.username)
    slot = "; its password no longer opens the database" if db.key is not None else ""
    print(f"Account {args.username} disabled{slot}.")
    return 0


def _enable(db: Database, args: argparse.Namespace) -> int:
    from app.services import accounts

    actor = _actor(args)
    accounts.enable_account(db, actor, args.username, _new_password(db, actor, args.username))
    print(f"Account {args.username} enabled; {args.username} chooses a new password at the "
          f"next sign-in.{_slot_note(db)}")  # fmt: skip
    return 0


def _reset(db: Database, args: argparse.Namespace) -> int:
    from app.services import accounts

    actor = _actor(args)
    accounts.reset_password(db, actor, args.username, _new_password(db, actor, args.username))
    print(f"The password of {args.username} is reset; {args.username} chooses a new one at "
          f"the next sign-in.{_slot_note(db)}")  # fmt: skip
    return 0


def _passwd(db: Database, args: argparse.Namespace) -> int:
    from app.services import accounts

    account: Account | None = getattr(args, "account", None)
    if account is None:
        raise UserError("passwd changes the password of the user signed in: give --user NAME")
    old = read_secret(PASSWORD_VARIABLE, "Current password: ")
    new = read_secret(NEW_PASSWORD_VARIABLE, "New password: ", confirm=True)
    accounts.change_own_password(db, account, old, new)
    print(f"The password of {account.username} is changed.")
    return 0
