"""A watched folder at the project manager: bundles dropped into it are imported.

Sites send bundles by chat or a shared folder; saving them all into one folder is enough.
Each bundle is imported on its own, so one refused bundle does not hold back the others,
and then moved aside: to ``imported/``, or to ``refused/`` with a note saying why, so a
bundle is never imported twice by the watch and never silently dropped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from app import access
from app.errors import UserError
from app.exchange.merge import import_bundles
from app.i18n import translate
from app.permissions import Account, Capability
from db.database import Database
from db.files import write_text

BUNDLE_SUFFIX = ".bundle"
IMPORTED = "imported"
REFUSED = "refused"
SETTLE_SECONDS = 5.0
"""A file changed more recently than this may still be being copied in; it waits."""


@dataclass(frozen=True)
class Outcome:
    """What became of one dropped bundle."""

    file: str
    imported: bool
    message: str


def _settled(path: Path, now: float) -> bool:
    return now - path.stat().st_mtime >= SETTLE_SECONDS


def _move_aside(path: Path, into: str) -> Path:
    """Moves the file into a subfolder, never over a file of the same name."""
    folder = path.parent / into
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem}-{number}{path.suffix}"
    path.replace(target)
    return target


def import_dropped(db: Database, actor: Account, folder: Path) -> list[Outcome]:
    """Imports every settled bundle in the folder, oldest first, and moves each aside."""
    access.require(db, actor, Capability.IMPORT_BUNDLE)
    if not folder.is_dir():
        raise UserError(translate("exchange", "{folder} is not a folder.").format(folder=folder))
    now = time.time()
    waiting = sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix == BUNDLE_SUFFIX),
        key=lambda p: (p.stat().st_mtime, p.name),
    )
    outcomes = []
    for path in waiting:
        if not _settled(path, now):
            continue
        try:
            receipt = import_bundles(db, actor, [path])
        except (UserError, ValueError, TypeError, KeyError, RecursionError) as error:
            # Whatever is wrong with one file, it is set aside with its reason and the
            # watch goes on to the next; only the hub's own database failing stops it.
            reason = str(error) if isinstance(error, UserError) else translate(
                "exchange", "{file}: cannot be read ({reason})").format(
                file=path.name, reason=f"{type(error).__name__}: {error}"[:200])  # fmt: skip
            moved = _move_aside(path, REFUSED)
            write_text(moved.with_name(moved.name + ".txt"), f"{reason}\n")
            outcomes.append(Outcome(path.name, False, reason))
        else:
            _move_aside(path, IMPORTED)
            outcomes.append(Outcome(path.name, True, receipt.summary()))
    return outcomes
