"""What the sign-in window needs to know of a site's database file, before it is opened.

Opening a database loads SQLAlchemy, the models and the services: most of start-up. The
sign-in window needs only whether the file is encrypted and the site's name. Both are read
here with the standard library (the key file, or sqlite3 read-only), so the window is
painted first and the database opened when someone signs in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import translate
from db.location import default_database_path, keyring_path
from db.migrate import head_revision

if TYPE_CHECKING:
    from db.keyring import Keyring


def target_file(target: str | Path | None) -> Path | None:
    """The SQLite file a database target names; None for a server or an in-memory one."""
    if target is None:
        return default_database_path()
    text = str(target)
    if "://" not in text:
        return Path(text).expanduser().resolve()
    from db.engine import database_url, sqlite_file  # a URL: only SQLAlchemy reads it right

    return sqlite_file(database_url(text))


def is_encrypted(path: Path) -> bool:
    """Whether the database file is (or is being made) encrypted: its key file exists."""
    return keyring_path(path).exists()


def read_keyring(path: Path) -> Keyring:
    """The key file of the database file, once a re-key a crash cut short is settled; a clear
    message when it is missing or damaged."""
    from db import keyring

    try:
        keyring.finish_rekey(path)
        return keyring.load(keyring_path(path))
    except keyring.KeyringError as error:
        raise UserError(translate(
            "encryption", "The database {file} is encrypted and cannot be opened: {reason}. "
            "Put the key file back from the backups folder.").format(
                file=path.name, reason=error)) from None  # fmt: skip


def plain_site_name(path: Path) -> str | None:
    """The site's name in a plain file that is set up and at the newest schema, else None.

    None whenever the answer is not plain (no file, not set up, a schema to upgrade, a
    file sqlite3 cannot read): the caller then opens the database the full way, which
    upgrades it or says what is wrong.
    """
    if not path.is_file() or is_encrypted(path):
        return None
    from db.sqlite_library import OldSqlite, sqlite_module

    try:
        library = sqlite_module()  # the program's one SQLite: two in a process break locks
    except OldSqlite:
        return None
    try:
        connection = library.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != head_revision():
                return None
            row = connection.execute("SELECT site_name FROM installation LIMIT 1").fetchone()
        finally:
            connection.close()
    except library.Error:
        return None
    return None if row is None else str(row[0])
