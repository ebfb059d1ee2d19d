"""The project's private key at rest: sealed, never stored in clear.

The project manager's private key opens every site's bundles, so it is kept sealed
(libsodium's SecretBox) under a key-encryption key, in the hub database's exchange_key
table:

- An encrypted hub file (SQLCipher): the key-encryption key is derived from the
  database's own key (keyed BLAKE2b). Every account slot of the key file and the hub's
  recovery key unwrap the database key, so they all reach the project key, and a
  disabled account's removed slot reaches it no more. Re-keying the database must
  re-seal it: ``reseal_in_file(copy, old_key, new_key)``.
- A PostgreSQL hub (which relies on the server's protection): the key-encryption key
  is random and sealed once per project manager's password, in one row of slots beside
  the sealed key. It is unlocked at a project manager's sign-in and held in memory
  while that database is open; a project manager who signs in while it is unlocked
  gets a slot too. A password reset by someone else leaves that manager without a
  working slot until another manager signs in, or the key is restored from its copy.

The recovery copy of the project key (``project create --recovery FILE``) holds it
sealed under a recovery key: the hub's own one for an encrypted file, a recovery key of
its own for a hub without a database key. ``project restore`` asks for that key.

A hub made before sealing, or a plain scratch database made through the API without a
manager (the tests), holds the key in clear until its first sign-in: a plain file is then
encrypted and the key sealed; on PostgreSQL the key is sealed for the project manager
signing in. ``project create`` never makes such a database.
"""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path
from weakref import WeakKeyDictionary

from app.errors import UserError
from app.exchange import keys
from app.i18n import translate
from app.permissions import Account
from db import keyring
from db.database import Database
from db.engine import connect_file

SEALED = "sealed/1:"
"""The prefix of a sealed private key; a value without it is a clear one from before."""
MANAGER_SLOTS = "project_manager_slots"
_unlocked: WeakKeyDictionary[Database, bytes] = WeakKeyDictionary()
"""The key-encryption key of each open hub without a database key, once unlocked."""


def database_kek(database_key: bytes) -> bytes:
    """The key-encryption key an encrypted hub's database key stands for."""
    from nacl.encoding import RawEncoder
    from nacl.hash import blake2b

    return blake2b(b"project private key", key=database_key, person=b"ps-project-key",
                   digest_size=32, encoder=RawEncoder)  # fmt: skip


def seal(kek: bytes, raw: bytes) -> str:
    """The private key sealed under the key-encryption key, as stored."""
    from nacl.secret import SecretBox

    return SEALED + keys.encode(bytes(SecretBox(kek).encrypt(raw)))


def _unseal(kek: bytes, text: str) -> bytes:
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox

    try:
        return SecretBox(kek).decrypt(keys.decode(text.removeprefix(SEALED)))
    except (CryptoError, ValueError):
        raise UserError(translate("exchange", "The project's key does not open with this "
                                  "database's key: restore it from its recovery copy.")
                        ) from None  # fmt: skip


def is_sealed(text: str) -> bool:
    """Whether a stored private key is sealed (rather than in clear, from before)."""
    return text.startswith(SEALED)


def _new_unlocked_kek(db: Database) -> bytes:
    from nacl.utils import random

    _unlocked[db] = random(32)
    return _unlocked[db]


def keep(db: Database, raw: bytes, kek: bytes) -> None:
    """Stores the private key sealed."""
    keys.store(db, keys.PROJECT_PRIVATE, seal(kek, raw))


def keep_new(db: Database, raw: bytes, manager: tuple[str, str] | None) -> None:
    """Stores a new project's private key: sealed under the database key, or for the
    manager's password (user name, password) where there is none.

    A plain database with no manager (made through the API, as the tests do) offers no
    protection to seal it with and holds it as it is, until its first sign-in.
    """
    if db.key is not None:
        keep(db, raw, database_kek(db.key))
    elif manager is not None:
        kek = _new_unlocked_kek(db)
        add_manager_slot(db, *manager, kek)
        keep(db, raw, kek)
    else:
        keys.store(db, keys.PROJECT_PRIVATE, keys.encode(raw))


def private_key(db: Database) -> bytes | None:
    """The project's private key, or None where there is no project; refused while locked."""
    text = keys.load(db, keys.PROJECT_PRIVATE)
    if text is None or not is_sealed(text):
        return None if text is None else keys.decode(text)
    kek = database_kek(db.key) if db.key is not None else _unlocked.get(db)
    if kek is None:
        raise UserError(translate("exchange", "The project's key is locked: sign in as a "
                                  "project manager who holds it, or restore it from its "
                                  "recovery copy."))  # fmt: skip
    return _unseal(kek, text)


def add_manager_slot(db: Database, username: str, password: str, kek: bytes) -> None:
    """Seals the key-encryption key for a project manager's password (no database key)."""
    slots = _slots(db)
    slots[username] = keyring.wrap(password, kek, username)
    keys.store(db, MANAGER_SLOTS, json.dumps(slots))


def _slots(db: Database) -> dict[str, dict[str, object]]:
    return dict(json.loads(keys.load(db, MANAGER_SLOTS) or "{}"))


def after_sign_in(db: Database, account: Account, password: str) -> None:
    """At a hub, once the password is checked: seals a key still in clear, unlocks the key
    of a hub without a database key, and gives a project manager their slot."""
    text = keys.load(db, keys.PROJECT_PRIVATE)
    if text is None:
        return
    if db.key is not None:
        if not is_sealed(text):
            keep(db, keys.decode(text), database_kek(db.key))
        return
    slot = _slots(db).get(account.username)
    if slot is not None:
        try:
            _unlocked[db] = keyring.unwrap(password, slot)  # type: ignore[arg-type]
            return
        except keyring.WrongSecret:
            pass  # a password reset since: sealed again below while unlocked
    if account.role != "project_manager":
        return
    if not is_sealed(text):
        keep(db, keys.decode(text), _new_unlocked_kek(db))
    if db in _unlocked:
        add_manager_slot(db, account.username, password, _unlocked[db])


def reseal_in_file(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Seals the project key again for a new database key (a re-key).

    Run on the re-keyed copy (already under the new key) before it takes the database's
    place, so a crash leaves the old file with the old seal or the new file with the new
    one. A hub without a sealed project key, or a site, is left as it is.
    """
    with closing(connect_file(path, new_key)) as connection:
        row = connection.execute("SELECT value FROM exchange_key WHERE purpose = ?",
                                 (keys.PROJECT_PRIVATE,)).fetchone()  # fmt: skip
        if row is None or not is_sealed(row[0]):
            return
        value = seal(database_kek(new_key), _unseal(database_kek(old_key), row[0]))
        connection.execute("UPDATE exchange_key SET value = ? WHERE purpose = ?",
                           (value, keys.PROJECT_PRIVATE))  # fmt: skip
        connection.commit()

