"""Automatic, rotating backups and restoring one, never overwriting without a copy first.

Backups are SQLite online-backup copies named by date; an encrypted database's backups are
encrypted with the same key, each with a copy of the key file beside it. Rotation keeps the
last 7 daily
copies and one copy for each of the last 4 weeks; an optional second folder (a USB stick)
gets the same. A restore first keeps the current database as a backup, then puts the
chosen copy in place. Both report progress, and stopping them part-way (a cancel) leaves
every file as it was.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app import access
from app.errors import Cancelled, UserError
from app.i18n import translate
from app.permissions import Account, Capability
from db.backup import backup_sqlite
from db.database import Database
from db.encryption import encrypt_file, is_plain
from db.engine import connect_file
from db.files import make_folder
from db.keyring import keyring_path

PREFIX = "peer-support-"
DAILY, WEEKLY = 7, 4
DATED = re.compile(rf"{PREFIX}\d{{4}}-\d{{2}}-\d{{2}}")
COUNTED = ("person", "activity_session", "attendance", "emergency_event", "survey_answer")
CHUNK = 4 * 1024 * 1024  # bytes copied between progress reports while restoring

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, shown before restoring it."""

    path: Path
    taken: datetime
    site: str
    counts: dict[str, int]


def backup_name(day: date, suffix: str = "") -> str:
    """The file name of a day's backup."""
    return f"{PREFIX}{day.isoformat()}{suffix}.sqlite"


def backup_folders(db: Database, second: str | None) -> list[Path]:
    """Where backups are taken: beside the database file, and the second folder if set."""
    database = db.engine.url.database
    if db.engine.dialect.name != "sqlite" or not database:
        return []
    return [Path(database).parent / "backups", *([Path(second)] if second else [])]


def take_backup(
    db: Database, folder: Path, day: date | None = None, progress: Progress | None = None
) -> Path:
    """Today's backup in the folder (replacing an earlier one of the same day), rotated."""
    day = day or date.today()
    target = backup_sqlite(db.engine, folder / backup_name(day), progress)
    rotate(folder, day)
    return target


def take_backups(db: Database, folders: list[Path], progress: Progress | None = None) -> list[str]:
    """Today's backup in each folder; what went wrong in each folder that failed.

    One folder failing (a full disk, a stick not plugged in) does not stop the others.
    """
    problems = []
    for number, folder in enumerate(folders):
        try:
            take_backup(db, folder, progress=_share(progress, number, len(folders)))
        except Cancelled:
            raise
        except Exception as error:  # a full disk, a missing stick, a file SQLite cannot write
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            problems.append(translate("backups", "{folder}: {reason}").format(
                folder=folder, reason=reason))  # fmt: skip
    return problems


def _share(progress: Progress | None, part: int, parts: int) -> Progress | None:
    """Reports one part of some work as its share of the whole, in thousandths."""
    if progress is None:
        return None
    report = progress

    def share(done: int, total: int) -> None:
        report(part * 1000 + (done * 1000 // total if total else 1000), parts * 1000)

    return share


def _day_of(path: Path) -> date | None:
    try:
        return date.fromisoformat(path.stem[len(PREFIX) : len(PREFIX) + 10])
    except ValueError:
        return None


def rotate(folder: Path, today: date) -> list[Path]:
    """Removes dated backups beyond the last 7 days and one per week for 4 weeks."""
    dated = sorted(((d, p) for p in folder.glob(f"{PREFIX}*.sqlite")
                    if DATED.fullmatch(p.stem) and (d := _day_of(p)) is not None),
                   reverse=True)  # fmt: skip
    keep = {p for _, p in dated[:DAILY]}
    weeks: set[tuple[int, int]] = set()
    for day, path in dated:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < WEEKLY:
            weeks.add(week)
            keep.add(path)
    removed = [p for _, p in dated if p not in keep]
    for path in removed:
        path.unlink()
        keyring_path(path).unlink(missing_ok=True)
    return removed


def describe(path: Path, key: bytes | None = None) -> BackupInfo:
    """The backup's date, site and record counts, read without changing it.

    An encrypted backup is read with the site's key; a plain one (from before the
    database was encrypted) without.
    """
    try:
        connection = connect_file(path, None if is_plain(path) else key, read_only=True)
        try:
            site = connection.execute("SELECT site_code FROM installation").fetchone()
            counts = {t: connection.execute(f"SELECT count(*) FROM {t} WHERE deleted = 0")
                      .fetchone()[0] for t in COUNTED}  # fmt: skip
        finally:
            connection.close()
    except Exception as error:  # either driver's errors, or a key that does not open it
        raise UserError(translate("backups", "{file} is not a backup of this application: {reason}")
                        .format(file=path.name, reason=error)) from None  # fmt: skip
    taken = datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, taken, site[0] if site else "", counts)


def restore(
    db_file: Path,
    backup: Path,
    keep_folder: Path,
    key: bytes | None = None,
    progress: Progress | None = None,
) -> Path:
    """Puts a backup in place of the database, keeping the current one as a backup first.

    With a key, a plain backup (from before encryption) is encrypted before it goes in place.
    Until the last step nothing is changed: if ``progress`` raises (the user cancelled) or
    a copy fails, the copies made so far are removed and the database is left as it was.
    """
    describe(backup, key)
    make_folder(keep_folder)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    kept = keep_folder / f"{PREFIX}before-restore-{stamp}.sqlite"
    partial = db_file.with_name(db_file.name + ".restoring")
    try:
        current = Database.open(db_file, key)
        try:
            backup_sqlite(current.engine, kept, _share(progress, 0, 2))
        finally:
            current.close()
        _copy_file(backup, partial, _share(progress, 1, 2))
        if key is not None:
            encrypt_file(partial, key)
        if progress is not None:
            progress(1, 1)  # the last moment to stop with nothing changed
    except BaseException:
        for made in (partial, kept, keyring_path(kept)):
            made.unlink(missing_ok=True)
        raise
    for extra in ("-wal", "-shm"):
        Path(f"{db_file}{extra}").unlink(missing_ok=True)
    os.replace(partial, db_file)
    return kept


def _copy_file(source: Path, target: Path, progress: Progress | None) -> None:
    """Copies a file in steps, reporting bytes copied, and syncs the copy to disk."""
    total = source.stat().st_size
    done = 0
    with open(source, "rb") as reading, open(target, "wb") as writing:
        while chunk := reading.read(CHUNK):
            writing.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        writing.flush()
        os.fsync(writing.fileno())


def list_backups(folders: list[Path], key: bytes | None = None) -> list[BackupInfo]:
    """Every readable backup in the folders, newest first; unreadable files are left out."""
    found = []
    for folder in folders:
        for path in folder.glob("*.sqlite") if folder.is_dir() else ():
            try:
                found.append(describe(path, key))
            except UserError:
                continue
    return sorted(found, key=lambda info: info.taken, reverse=True)


def restore_in_place(
    db: Database,
    actor: Account,
    backup: Path,
    keep_folder: Path,
    progress: Progress | None = None,
) -> Path:
    """Restores a backup under an open database, which then works on the restored file.

    The engine's connections are released first and open again on the new file; an older
    schema is upgraded as on any opening. Returns where the database as it was is kept.
    """
    from db.migrate import upgrade_to_head

    access.require(db, actor, Capability.RESTORE_BACKUP)
    database = db.engine.url.database
    if db.engine.dialect.name != "sqlite" or not database:
        raise UserError(translate("backups", "Only a database file can be restored."))
    db.close()
    kept = restore(Path(database), backup, keep_folder, db.key, progress)
    upgrade_to_head(db.engine)
    return kept
