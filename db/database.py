"""One open database: its engine, its sessions and this installation's identity."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from db.audit_chain import Head
from db.audit_chain import head as audit_head_of
from db.audit_head import HeadKeeper
from db.engine import create_database_engine, database_url, engine_key, sqlite_file
from db.hooks import AUDIT_KEY, HEAD, after_flush, before_flush
from db.location import keyring_path
from db.migrate import upgrade_to_head
from db.models import Installation


class Database:
    """An open database at the newest schema; services take their sessions from here."""

    def __init__(self, engine: Engine) -> None:
        self._installation: Installation | None = None
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        self.file: Path | None = sqlite_file(engine.url)
        """The SQLite file, or None for a server database."""
        self.key: bytes | None = engine_key(engine)
        """The SQLCipher key the file is encrypted with, or None when it is not."""
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

    def _after_commit(self, session: Session) -> None:
        head = self._forget_audit(session)
        if head is not None:
            self.audit_heads.committed(head)

    @staticmethod
    def _forget_audit(session: Session) -> Head | None:
        """What a transaction knew of the audit chain ends with it; returns its last head."""
        session.info.pop(AUDIT_KEY, None)
        return session.info.pop(HEAD, None)  # type: ignore[no-any-return]

    @classmethod
    def open(cls, target: str | Path | None = None, key: bytes | None = None) -> Database:
        """Opens (creating if need be) the database at a path or URL and upgrades it.

        A key opens (or creates) a SQLCipher-encrypted file; a wrong one raises WrongKey.
        """
        engine = create_database_engine(database_url(target), key)
        try:
            upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

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
    def transaction(self, user: str = "system", *, merging: bool = False) -> Iterator[Session]:
        """A session whose work is committed together on success and rolled back on error.

        A merge of site bundles may bring a child before its parent (a later bundle before
        an earlier one), so on SQLite it runs with foreign keys unenforced on its own
        connection; the missing parents arrive with their bundle, and ``check`` reports any
        reference still dangling.
        """
        installation = self.installation()
        with self.engine.connect() as connection:
            relaxed = merging and self.engine.dialect.name == "sqlite"
            if relaxed:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            try:
                with self._sessions(bind=connection) as session:
                    session.info["user"] = user
                    session.info["merging"] = merging
                    session.info["site_code"] = installation.site_code if installation else None
                    session.info["kind"] = installation.kind if installation else None
                    with session.begin():
                        yield session
            finally:
                if relaxed:
                    if connection.in_transaction():
                        connection.rollback()
                    connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; closing it ends the transaction without committing."""
        with self._sessions() as session:
            yield session

    def reopen(self, key: bytes | None) -> None:
        """Works on the same file under another key from now on (after a re-key); WrongKey
        if the key does not open it."""
        engine = create_database_engine(self.engine.url, key)
        try:
            with engine.connect():
                pass
        except BaseException:
            engine.dispose()
            raise
        self.close()
        self._use(engine)

    def close(self) -> None:
        """Writes the audit chain's last head to the key file and releases every connection,
        so the file can be copied or removed."""
        self.audit_heads.flush()
        self.engine.dispose()
