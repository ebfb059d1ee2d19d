"""The command line's ``rekey``: the database under a new key, for when someone who knew a
password has left (a community doctor, --user)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.errors import UserError

if TYPE_CHECKING:
    from db.database import Database


def add_rekey_command(commands: Any) -> None:
    """Registers ``rekey [--recovery-sheet FILE.pdf] [--lang zh|en]``."""
    rekey = commands.add_parser("rekey", help="put the database under a new key, sealed for "
                                "every active account, with a new recovery key (a community "
                                "doctor, --user)")  # fmt: skip
    rekey.add_argument("--recovery-sheet", help="write the new recovery key as a PDF sheet to "
                       "print (default: show the key once)")  # fmt: skip
    rekey.add_argument("--lang", choices=("zh", "en"), default="zh", help="sheet language")
    rekey.set_defaults(handler=_rekey)


def _rekey(db: Database, args: argparse.Namespace) -> int:
    from app.cli import _hand_over_recovery_key  # shared with init and recovery-sheet
    from app.services.encryption import rekey

    if args.account is None:
        raise UserError("changing the key needs a community doctor: give --user NAME")
    result = rekey(db, args.account)
    print("The database is under a new key; the old recovery sheet no longer opens it "
          "(backups made before keep their own key file).")  # fmt: skip
    for name in result.need_reset:
        print(f"{name}: their key slot was of the old form and is gone; reset their password "
              "(accounts reset) before they can sign in.")  # fmt: skip
    _hand_over_recovery_key(db, result.recovery_key, args.recovery_sheet, args.lang)
    return 0
