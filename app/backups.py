"""Automatic, rotating backups and restoring one, never overwriting without a copy first.

Backups are SQLite online-backup copies named by date; an encrypted database's backups are
encrypted with the same key, each with a copy of the key file beside it. Rotation keeps the
last 7 daily copies and one copy for each of the last 4 weeks, the ``before-restore`` copies
a restore keeps among them; an optional second folder (a USB stick) gets the same.

A restore first checks the backup (it opens with the key, passes the integrity check, is
of this installation and of a schema this program knows), then takes the database's lock
exclusively: if another program or window has the file open, it refuses and changes
nothing. It keeps the current database as a backup, puts the chosen copy in place, upgrades
an older schema and applies again the consent withdrawals made since the backup. Both
report progress, and stopping them part-way (a cancel) leaves every file as it was.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app import access
from app.errors import Cancelled, UserError, storage_error
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import withdrawal
from db.backup import backup_file, backup_sqlite
from db.database import Database
from db.encryption import encrypt_file, is_plain
from db.engine import connect_file
from db.file_lock import EXCLUSIVE_WAIT, Busy, FileLock
from db.files import copy_in_steps, make_folder, sync_folder
from db.keyring import keyring_path
from db.migrate import known_revisions

PREFIX = "peer-support-"
DAILY, WEEKLY = 7, 4
DATED = re.compile(rf"{PREFIX}(\d{{4}}-\d{{2}}-\d{{2}})")
BEFORE_RESTORE = re.compile(rf"{PREFIX}before-restore-(\d{{4}}-\d{{2}}-\d{{2}})-\d{{6}}")
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
            named = storage_error(error, folder)  # in the user's words, never "disk I/O error"
            reason = named or (error.strerror if isinstance(error, OSError) and error.strerror
                               else error)  # fmt: skip
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
    """The day a dated backup or a ``before-restore`` copy was taken; None for other files."""
    found = DATED.fullmatch(path.stem) or BEFORE_RESTORE.fullmatch(path.stem)
    if found is None:
        return None
    try:
        return date.fromisoformat(found.group(1))
    except ValueError:
        return None


def rotate(folder: Path, today: date) -> list[Path]:
    """Removes copies beyond the last 7 days and one per week for 4 weeks.

    Dated backups and the ``before-restore`` copies a restore keeps rotate together: every
    copy of the 7 newest days is kept, then the newest copy of each earlier week.
    """
    dated = sorted(((d, p.name, p) for p in folder.glob(f"{PREFIX}*.sqlite")
                    if (d := _day_of(p)) is not None), reverse=True)  # fmt: skip
    days = sorted({day for day, _, _ in dated}, reverse=True)[:DAILY]
    keep = {p for day, _, p in dated if day in days}
    weeks = {day.isocalendar()[:2] for day in days}
    for day, _, path in dated:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < WEEKLY:
            weeks.add(week)
            keep.add(path)
    removed = [p for _, _, p in dated if p not in keep]
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


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the database as it was is kept, and which consent
    withdrawals made after the backup it applied again."""

    kept: Path
    withdrawals: list[str]

    def summary(self) -> str:
        """One or two lines for the window and the command line."""
        lines = [translate("backups", "The database as it was is kept in {file}.")
                 .format(file=self.kept)]  # fmt: skip
        if self.withdrawals:
            lines.append(withdrawals_note(self.withdrawals))
        return "\n".join(lines)


def withdrawals_note(codes: list[str]) -> str:
    """Says which erased people a restore kept erased."""
    if len(codes) == 1:
        return translate("backups", "1 consent withdrawal made after this backup was applied "
                         "again: {codes}").format(codes=codes[0])  # fmt: skip
    return translate("backups", "{n} consent withdrawals made after this backup were applied "
                     "again: {codes}").format(n=len(codes), codes=", ".join(codes))  # fmt: skip


def check_candidate(backup: Path, key: bytes | None, db_file: Path) -> BackupInfo:
    """What the backup holds, once it is known to be safe to put in place of ``db_file``.

    It must open (with the site's key, or plainly if taken before encryption), pass SQLite's
    integrity check, be a backup of this very installation (same site code, same set-up),
    and be of this program's schema or an older one. Otherwise a UserError says why.
    """
    revision, identity = _candidate_facts(backup, key)
    if revision is not None and revision not in known_revisions():
        raise UserError(translate("backups", "{file} was made by a newer version of the program "
                                  "(schema {revision}): install that version to restore it.")
                        .format(file=backup.name, revision=revision))  # fmt: skip
    _same_installation(backup, identity, _read_identity(db_file, key))
    return describe(backup, key)


def _candidate_facts(backup: Path, key: bytes | None) -> tuple[str | None, dict[str, Any]]:
    """The backup's schema revision and identity, after it opened and passed integrity_check."""
    try:
        connection = connect_file(backup, None if is_plain(backup) else key, read_only=True)
    except Exception as error:  # a key that does not open it, a file that is no database
        raise UserError(translate("backups", "{file} does not open with this database's key (a "
                                  "backup taken before the key was changed, or of another "
                                  "database): {reason}").format(file=backup.name, reason=error)
                        ) from None  # fmt: skip
    try:
        try:
            rows = connection.execute("PRAGMA integrity_check")
            verdict = [" ".join(str(row[0]).split()) for row in rows]  # SQLite may use lines
        except Exception as error:  # "disk image is malformed"; "file is not a database" is
            if "not a database" in str(error):  # garbage, or another key: handled below
                raise
            verdict = [str(error)]
        if verdict != ["ok"]:
            raise UserError(translate("backups", "{file} is damaged (integrity check: {reason}); "
                                      "choose another backup.")
                            .format(file=backup.name, reason=verdict[0]))  # fmt: skip
        return _revision(connection), _identity(connection)
    except UserError:
        raise
    except Exception as error:  # no installation table: not one of ours
        raise UserError(translate("backups", "{file} is not a backup of this application: {reason}")
                        .format(file=backup.name, reason=error)) from None  # fmt: skip
    finally:
        connection.close()


def _revision(connection: Any) -> str | None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _identity(connection: Any) -> dict[str, Any]:
    """The installation row as stored (site code, name, kind, when it was set up)."""
    cursor = connection.execute("SELECT * FROM installation")
    row = cursor.fetchone()
    if row is None:
        return {}
    return dict(zip((column[0] for column in cursor.description), row, strict=True))


def _read_identity(db_file: Path, key: bytes | None) -> dict[str, Any]:
    connection = connect_file(db_file, key)
    try:
        return _identity(connection)
    finally:
        connection.close()


def _same_installation(backup: Path, theirs: dict[str, Any], ours: dict[str, Any]) -> None:
    """Refuses the backup of another site, of the project manager, or of another set-up."""
    if not ours:
        return  # a database not set up yet may take any site's backup
    here = ours.get("site_code", "")
    if theirs.get("kind", "site") == "project" and ours.get("kind", "site") != "project":
        raise UserError(translate("backups", "This backup is of the project manager's database "
                                  "({name}), not of this site {here}.")
                        .format(name=theirs.get("site_name", ""), here=here))  # fmt: skip
    if theirs.get("site_code") != here or theirs.get("kind", "site") != ours.get("kind", "site"):
        raise UserError(translate("backups", "This backup is of site {site} ({name}), not of this "
                                  "site {here}.").format(site=theirs.get("site_code", "?"),
                        name=theirs.get("site_name", ""), here=here))  # fmt: skip
    if theirs.get("created_at") != ours.get("created_at"):
        raise UserError(translate("backups", "This backup is of another installation of site "
                                  "{here} (set up {theirs}), not of this one (set up {ours}).")
                        .format(here=here, theirs=theirs.get("created_at"),
                                ours=ours.get("created_at")))  # fmt: skip


def restore(
    db_file: Path,
    backup: Path,
    keep_folder: Path,
    key: bytes | None = None,
    progress: Progress | None = None,
    username: str = "system",
) -> Restored:
    """Puts a backup in place of the database, keeping the current one as a backup first.

    The backup is checked first (``check_candidate``). The database must be closed here:
    the restore takes the exclusive lock on its lock file, waiting a few seconds for other
    programs and windows to close it, and refuses if they do not, so the file and its
    -wal are never replaced under someone using them. With a key, a plain backup (from
    before encryption) is encrypted before it goes in place. Until the last step nothing is
    changed: if ``progress`` raises (the user cancelled) or a copy fails, the copies made so
    far are removed and the database is left as it was. The consent withdrawals of the
    ledger are applied to the copy before it goes in place (audited as ``username``). The
    kept copy rotates with the backups in its folder.
    """
    check_candidate(backup, key, db_file)
    lock = FileLock(db_file)
    try:
        lock.acquire(exclusive=True, wait=EXCLUSIVE_WAIT)
    except Busy:
        raise UserError(in_use_message()) from None
    try:
        done = _swap(db_file, backup, keep_folder, key, progress, username)
    finally:
        lock.release()
    rotate(keep_folder, date.today())
    return done


def in_use_message() -> str:
    """The one line a restore refused for a database open elsewhere shows."""
    return translate("backups", "The database is open in another program or window: close it "
                     "there first.")  # fmt: skip


def _swap(
    db_file: Path,
    backup: Path,
    keep_folder: Path,
    key: bytes | None,
    progress: Progress | None,
    username: str,
) -> Restored:
    """Under the exclusive lock: keeps the current file, then renames the backup's copy over
    it. No one else has the file open, so its -wal (emptied into it first) may go."""
    make_folder(keep_folder)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    kept = keep_folder / f"{PREFIX}before-restore-{stamp}.sqlite"
    partial = db_file.with_name(db_file.name + ".restoring")
    try:
        _checkpoint(db_file, key)
        backup_file(db_file, key, kept, _share(progress, 0, 2))
        _copy_file(backup, partial, _share(progress, 1, 2))
        if key is not None:
            encrypt_file(partial, key)
        again = withdrawal.reapply_to_copy(partial, key, db_file, username)
        if progress is not None:
            progress(1, 1)  # the last moment to stop with nothing changed
    except BaseException:
        for made in (partial, kept, keyring_path(kept)):
            made.unlink(missing_ok=True)
        raise
    for extra in ("-wal", "-shm"):
        Path(f"{db_file}{extra}").unlink(missing_ok=True)
    os.replace(partial, db_file)
    sync_folder(db_file.parent)
    return Restored(kept, again)


def _checkpoint(db_file: Path, key: bytes | None) -> None:
    """Moves everything in the -wal into the database file, so removing the -wal loses nothing."""
    connection = connect_file(db_file, key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _copy_file(source: Path, target: Path, progress: Progress | None) -> None:
    """Copies a file in steps, reporting bytes copied, and syncs the copy to disk."""
    copy_in_steps(source, target, CHUNK, progress)
    with open(target, "rb") as written:
        os.fsync(written.fileno())


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
) -> Restored:
    """Restores a backup under an open database, which then works on the restored file.

    The database's connections and its shared lock are released for the restore, and taken
    again on the new file (or the old one, if the restore was refused); an older schema is
    upgraded as on any opening.
    """
    from app.audit import after_restore
    from db.migrate import upgrade_to_head

    access.require(db, actor, Capability.RESTORE_BACKUP)
    if db.file is None:
        raise UserError(translate("backups", "Only a database file can be restored."))
    db.close()
    try:
        done = restore(db.file, backup, keep_folder, db.key, progress, actor.username)
    finally:
        db.reopen(db.key)
    upgrade_to_head(db.engine)
    after_restore(db, actor.username)  # the log is the backup's now: not entries deleted
    return done
