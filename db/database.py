"""One open database: its engine, its sessions and this installation's identity."""

from __future__ import annotations

import glob
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from db import engine as engine_module
from db.audit_chain import Head
from db.audit_chain import head as audit_head_of
from db.audit_head import HeadKeeper
from db.checkpoints import Checkpoints
from db.engine import WRITING, create_database_engine, database_url, engine_key, sqlite_file
from db.file_lock import SHARED_WAIT, Busy, FileLock
from db.files import make_folder
from db.hooks import AUDIT_KEY, CHANGE_ID, HEAD, after_flush, before_flush
from db.later import LaterWrites
from db.location import keyring_path
from db.migrate import upgrade_to_head
from db.models import Installation

LEFTOVERS = (".partial", ".restoring", ".rekeying", ".encrypting")
"""Suffixes of the copies a write builds beside its target before renaming it into place."""
STALE_SECONDS = 60.0
"""Seconds untouched after which a partial copy beside the database is taken as left over:
a failed sign-in writes the key file without opening the database, so a fresh one may be
in the making."""
STALE_BACKUP_PARTIAL = 3600.0
"""Seconds after which a partial backup in the shared backups folder is taken as left over."""


class BeingRestored(Exception):
    """The database file is held by a restore in another program or window."""

    def __init__(self, file: Path) -> None:
        super().__init__(f"{file} is being restored in another program or window: "
                         "open it again when that is done.")  # fmt: skip


class NotOurs(Exception):
    """The file is a SQLite database of another program: it is left untouched."""

    def __init__(self, file: Path | None) -> None:
        super().__init__(f"{file} is not a database of this program (it holds other tables); "
                         "nothing was changed in it")  # fmt: skip


class NewerSchema(Exception):
    """The database was written by a newer version of the program: it is left untouched."""

    def __init__(self, file: Path | None, revision: str) -> None:
        super().__init__(
            f"{file} was written by a newer version of this program (schema {revision}); "
            "update the program to open it. Nothing was changed."
        )


def refuse_foreign(file: Path | None, engine: Engine | None = None) -> None:
    """Refuses, before anything is written, a file this program cannot safely upgrade:
    another program's database, or one of a newer schema than this program knows.

    A plain file is read with a read-only connection of its own, since opening it the
    program's way would already switch its journal to WAL."""
    from db.migrate import known_revisions

    found = _schema_of_plain(file) if engine is None else _schema_of_engine(engine)
    if found is None:
        return
    revision, tables = found
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(file, revision)
    if revision is None and tables:
        raise NotOurs(file)


def _schema_of_plain(file: Path | None) -> tuple[str | None, list[str]] | None:
    """The revision and tables of an existing plain SQLite file; None for any other."""
    from db.engine import sqlite_module

    if file is None or not file.is_file():
        return None
    with open(file, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return None
    library = sqlite_module()  # the program's one SQLite: two in a process break locks
    connection = library.connect(f"{file.as_uri()}?mode=ro", uri=True)
    try:
        listing = "SELECT name FROM sqlite_master WHERE type = 'table'"
        tables = [row[0] for row in connection.execute(listing) if not row[0].startswith("sqlite_")]
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, tables
    except library.DatabaseError:
        return None  # opened the full way, which says what is wrong
    finally:
        connection.close()


def _schema_of_engine(engine: Engine) -> tuple[str | None, list[str]]:
    from sqlalchemy import inspect

    from db.migrate import current_revision

    with engine.connect() as connection:
        tables = [t for t in inspect(connection).get_table_names() if not t.startswith("sqlite_")]
    return current_revision(engine), tables


class Database:
    """An open database at the newest schema; services take their sessions from here.

    A database file is held with a shared lock on its lock file while it is open (see
    db.file_lock), so a restore elsewhere waits for it or refuses.
    """

    def __init__(self, engine: Engine, lock: FileLock | None = None) -> None:
        self._installation: Installation | None = None
        self._thread = threading.local()
        self._lock = lock
        self.later = LaterWrites(self)
        """Bookkeeping that must not keep a user waiting for another program's write."""
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        self.file: Path | None = sqlite_file(engine.url)
        """The SQLite file, or None for a server database."""
        self.key: bytes | None = engine_key(engine)
        """The SQLCipher key the file is encrypted with, or None when it is not."""
        self.checkpoints = Checkpoints(engine) if self.file is not None else None
        """Moves the write-ahead log into the file after commits, off the saving thread."""
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", before_flush)
        event.listen(self._sessions, "after_flush", after_flush)
        event.listen(self._sessions, "after_commit", self._after_commit)
        event.listen(self._sessions, "after_soft_rollback",
                     lambda session, _transaction: self._forget_audit(session))  # fmt: skip
        encrypted = self.file is not None and self.key is not None
        self.audit_heads = HeadKeeper(keyring_path(self.file) if encrypted else None)  # type: ignore[arg-type]
        """Carries the audit chain's head to the key file after each save that wrote entries."""
        if encrypted:
            self._catch_up_audit_head()

    def _catch_up_audit_head(self) -> None:
        """A key file without the chain's head (new, or from before) gets it at opening."""
        with self.engine.connect() as connection:
            head = audit_head_of(connection)
        if head is not None:
            self.audit_heads.committed(head)
            self.audit_heads.flush()

    @property
    def last_change_id(self) -> str | None:
        """The key of the last change this thread committed that changed records, for Undo."""
        return getattr(self._thread, "last_change_id", None)

    def _after_commit(self, session: Session) -> None:
        if self.checkpoints is not None:
            self.checkpoints.committed()
        if session.info.pop("change_written", False):
            self._thread.last_change_id = session.info.pop(CHANGE_ID)
        head = self._forget_audit(session)
        if head is not None:
            self.audit_heads.committed(head)

    @staticmethod
    def _forget_audit(session: Session) -> Head | None:
        """What a transaction knew of the audit chain ends with it; returns its last head."""
        session.info.pop(AUDIT_KEY, None)
        session.info.pop("change_written", None)
        session.info.pop(CHANGE_ID, None)
        return session.info.pop(HEAD, None)  # type: ignore[no-any-return]

    @classmethod
    def open(
        cls, target: str | Path | None = None, key: bytes | None = None, *, lock: bool = True
    ) -> Database:
        """Opens (creating if need be) the database at a path or URL and upgrades it.

        A key opens (or creates) a SQLCipher-encrypted file; a wrong one raises WrongKey.
        A file is locked shared while open (``lock=False`` only for the program's own
        temporary copies); BeingRestored while a restore holds it.
        """
        url = database_url(target)
        file = sqlite_file(url)
        refuse_foreign(file)
        held = hold_shared(file) if lock and file is not None else None
        try:
            engine = create_database_engine(url, key)
            try:
                if file is None or key is not None:
                    refuse_foreign(file, engine)
                upgrade_to_head(engine)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            if held is not None:
                held.release()
            raise
        return cls(engine, held)

    def installation(self) -> Installation | None:
        """This database's identity, or None before ``init`` has run.

        Read once it exists (it never changes after set-up), so transactions do not each
        pay a query for it.
        """
        if self._installation is None:
            with self._sessions() as session:
                self._installation = session.scalars(select(Installation)).first()
        return self._installation

    @contextmanager
    def transaction(
        self, user: str = "system", *, merging: bool = False, wait: bool = True
    ) -> Iterator[Session]:
        """A session whose work is committed together on success and rolled back on error.

        ``wait=False`` does not wait for another program's write: SQLite says at once that
        the database is locked (``db.later.busy``), for work that can be done later instead.

        A merge of site bundles may bring a child before its parent (a later bundle before
        an earlier one), so on SQLite it runs with foreign keys unenforced on its own
        connection; the missing parents arrive with their bundle, and ``check`` reports any
        reference still dangling.
        """
        joined = getattr(self._thread, "whole", None)
        if joined is not None:  # inside ``all_or_nothing``: a savepoint of the one transaction
            with joined.begin_nested():
                yield joined
            return
        installation = self.installation()
        with self.engine.connect() as connection:
            connection.info[WRITING] = True  # BEGIN IMMEDIATE: wait for the lock up front
            relaxed = merging and self.engine.dialect.name == "sqlite"
            hurried = not wait and self.engine.dialect.name == "sqlite"
            if relaxed:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            if hurried:
                connection.connection.driver_connection.execute("PRAGMA busy_timeout=0")
            try:
                with self._sessions(bind=connection) as session:
                    session.info["user"] = user
                    session.info["merging"] = merging
                    session.info["site_code"] = installation.site_code if installation else None
                    session.info["kind"] = installation.kind if installation else None
                    with session.begin():
                        yield session
            finally:
                connection.info.pop(WRITING, None)
                if hurried:
                    if connection.in_transaction():
                        connection.rollback()
                    wait_ms = engine_module.BUSY_SECONDS * 1000
                    connection.connection.driver_connection.execute(
                        f"PRAGMA busy_timeout={wait_ms}"
                    )
                if relaxed:
                    if connection.in_transaction():
                        connection.rollback()
                    connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; closing it ends the transaction without committing."""
        joined = getattr(self._thread, "whole", None)
        if joined is not None:  # reads inside ``all_or_nothing`` see its own writes
            yield joined
            return
        with self._sessions() as session:
            yield session

    @contextmanager
    def all_or_nothing(self, user: str = "system") -> Iterator[Session]:
        """One transaction that every transaction and read of this thread joins until it
        ends: long work made of many services' saves (the demo) is committed whole, or, if
        it fails or the program is killed, not at all."""
        with self.transaction(user) as session:
            self._thread.whole = session
            try:
                yield session
            finally:
                self._thread.whole = None

    def reopen(self, key: bytes | None) -> None:
        """Works on the same file under another key from now on (after a re-key); WrongKey
        if the key does not open it."""
        held = self._lock
        if held is None and self.file is not None:
            held = hold_shared(self.file)
        engine = create_database_engine(self.engine.url, key)
        try:
            with engine.connect():
                pass
        except BaseException:
            engine.dispose()
            if held is not self._lock and held is not None:
                held.release()
            raise
        self._stop_checkpoints()
        self.engine.dispose()
        self._lock = held
        self._use(engine)

    def _stop_checkpoints(self) -> None:
        if self.checkpoints is not None:
            self.checkpoints.stop()

    def close(self) -> None:
        """Makes the writes left for later (waiting for another program's write, within
        bounds), writes the audit chain's last head to the key file, then releases every
        connection and the file's lock, so the file can be copied, restored or removed."""
        self.later.finish()
        self.audit_heads.flush()
        self._stop_checkpoints()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def hold_shared(file: Path) -> FileLock:
    """The file's shared lock, taken at opening; leftovers of killed runs are cleaned first
    when no one else has the file open (nothing can be writing them then)."""
    make_folder(file.parent)
    lock = FileLock(file)
    try:
        lock.acquire(exclusive=True, wait=0)
    except Busy:
        pass
    else:
        clean_leftovers(file)
    try:
        lock.acquire(exclusive=False, wait=SHARED_WAIT)
    except Busy:
        raise BeingRestored(file) from None
    return lock


def clean_leftovers(file: Path) -> list[Path]:
    """Removes the partial copies a killed run left beside the database (``FILE.restoring``,
    ``FILE.rekeying``, ``FILE.keys.partial`` …) and in its backups folder; never the live
    file, nor one written in the last minute. The backups folder may serve other databases
    in the folder too, so a partial backup there goes only once it is an hour old."""
    now = time.time()
    found = [p for p in file.parent.glob(f"{glob.escape(file.name)}.*")
             if (p.suffix in LEFTOVERS or _journal_of_leftover(p))
             and _older_than(p, now - STALE_SECONDS)]  # fmt: skip
    backups = file.parent / "backups"
    found += [p for p in [*backups.glob("*.partial"), *backups.glob("*.partial-journal")]
              if _older_than(p, now - STALE_BACKUP_PARTIAL)]  # fmt: skip
    removed = []
    for path in found:
        if path != file:
            with suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _journal_of_leftover(path: Path) -> bool:
    return any(path.name.endswith(s + j) for s in LEFTOVERS for j in ("-journal", "-wal", "-shm"))


def _older_than(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime < cutoff
    except OSError:
        return False
