"""Checking where a command is to write before it does any work, so that a missing folder,
a folder in the way or a folder we may not write to gets one clear message and nothing
is written (the write itself goes through db.files, whole or not at all)."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import UserError
from app.i18n import translate


def check_output(path: Path) -> None:
    """Raises a UserError naming the path and the reason it cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise UserError(
            translate("output", "Cannot write {path}: the folder {folder} does not exist.").format(
                path=path, folder=folder
            )
        )
    if not folder.is_dir():
        raise UserError(
            translate("output", "Cannot write {path}: {folder} is not a folder.").format(
                path=path, folder=folder
            )
        )
    if path.is_dir():
        raise UserError(
            translate("output", "Cannot write {path}: a folder of that name is in the way.").format(
                path=path
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(
            translate(
                "output", "Cannot write {path}: the folder {folder} is read-only or not yours."
            ).format(path=path, folder=folder)
        )
