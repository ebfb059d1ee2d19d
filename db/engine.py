"""Where the database lives and how connections to it are set up."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from db.files import create_owner_only, make_folder, storage_failure
from db.location import default_database_path
from db.sqlite_library import sqlite_module


def database_url(target: str | Path | None) -> URL:
    """Turns a file path or any SQLAlchemy URL into a URL; None means the default file."""
    if target is None:
        target = default_database_path()
    text = str(target)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().resolve()
    return make_url(f"sqlite:///{path}")


_keys: WeakKeyDictionary[Engine, bytes] = WeakKeyDictionary()

BUSY_SECONDS = 30
"""How long a program waits for another one's write to end before saying so."""


class WrongKey(Exception):
    """The key given does not open the database file (or the file is not a database)."""


def key_pragma(key: bytes) -> str:
    """SQLCipher's statement for a raw 256-bit key: no passphrase derivation on each connect."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_file(path: str | Path, key: bytes | None = None, read_only: bool = False) -> Any:
    """A DB-API connection to a SQLite file: SQLCipher with the key, plain sqlite3 without.

    The first read checks the key, so a wrong one fails here with WrongKey.
    """
    uri = f"file:{quote(Path(path).as_posix())}" + ("?mode=ro" if read_only else "")
    if key is None:
        return sqlite_module().connect(uri, uri=True)
    import sqlcipher3.dbapi2 as sqlcipher

    connection = sqlcipher.connect(uri, uri=True)
    try:
        _apply_key(connection, key)
    except WrongKey:
        connection.close()
        raise
    return connection


def _apply_key(connection: Any, key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report
    connection.execute(key_pragma(key))
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as error:  # sqlcipher3's DatabaseError: "file is not a database"
        if storage_failure(error) is not None:  # a full or failing disk is no wrong key
            connection.close()
            raise
        raise WrongKey(str(error)) from None


def engine_key(engine: Engine) -> bytes | None:
    """The SQLCipher key the engine's connections use, or None for a plain database."""
    return _keys.get(engine)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """WAL for concurrent readers, enforced foreign keys, commits that survive a power cut.

    The driver's own transaction handling is switched off so that SQLAlchemy's BEGIN
    (``_sqlite_begin``) covers schema changes too: a migration is then all or nothing.
    """
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA wal_autocheckpoint=0")  # done off the saving thread: db.checkpoints
    cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """BEGIN; IMMEDIATE for a transaction that will write (``writing``), so it waits for
    another program's write up front instead of failing when it first writes."""
    immediate = connection.info.get(WRITING, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


WRITING = "peer_support_writing"
"""The connection's info key a writing transaction sets before it begins."""


def sqlite_file(url: URL) -> Path | None:
    """The database file a SQLite URL names; None for other databases and memory."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def create_database_engine(url: URL, key: bytes | None = None) -> Engine:
    """An engine for the URL; SQLite files get their folder and their pragmas.

    With a key, connections go through SQLCipher and set the key before anything else.
    """
    file = sqlite_file(url)
    if file is not None:
        make_folder(file.parent)
        create_owner_only(file)
    if key is None:
        module = sqlite_module() if file is not None else None
        engine = create_engine(url, module=module) if module is not None else create_engine(url)
    else:
        sqlite_module()  # refuses an old library for encrypted files too
        if file is None:
            raise ValueError("only a SQLite database file can be encrypted")
        import sqlcipher3.dbapi2 as sqlcipher

        engine = create_engine(url, module=sqlcipher)
        _keys[engine] = key
        event.listen(engine, "connect", lambda connection, _record: _apply_key(connection, key))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine
