"""The way into one site database, shared by the desktop application and the command line.

An encrypted file opens only with a user's password (or the recovery key). A plain file
that is a set-up site (or project manager's hub) is encrypted the first time someone
signs in with a password; a hub made before accounts gives the first one to sign in the
project manager's account, and its project key is sealed (app/exchange/project_key.py). A
server database (PostgreSQL) opens directly and relies on the server's own protection;
so do plain files nobody has signed in to (test and scratch databases).

Once the key is unlocked it stays unlocked while the program runs: whoever signs in next
is checked against their account in the database and gets a slot in the key file if they
had none, so they can open the database themselves from then on.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import translate
from app.site_file import is_encrypted, plain_site_name, read_keyring, target_file

if TYPE_CHECKING:
    from app.services.accounts import Account
    from app.services.setup import SetupData
    from db.database import Database

OPENING_MODULES = ("db.database", "app.services.accounts", "app.services.encryption",
                   "app.services.setup")  # fmt: skip
"""What opening and signing in load: SQLAlchemy, the models and the services."""


class SiteDoor:
    """Holds the open database once someone got in; ``new_recovery_key`` after one is made."""

    def __init__(self, target: str | Path | None) -> None:
        self.target = target
        self.file: Path | None = target_file(target)
        self.db: Database | None = None
        self.new_recovery_key: str | None = None
        """Set when set-up or conversion made a recovery key, for the recovery sheet."""
        self._site_name = plain_site_name(self.file) if self.file is not None else None
        """The name read without opening a plain file that is set up and up to date."""
        self._loading: threading.Thread | None = None

    def load_in_background(self) -> None:
        """Loads the modules opening needs on a worker thread, while the user types.

        Called once the sign-in window is painted; everything that opens waits for it.
        """
        if self._loading is None:
            self._loading = threading.Thread(target=_load_opening_modules, daemon=True,
                                             name="load-database-modules")  # fmt: skip
            self._loading.start()

    def _loaded(self) -> None:
        """Waits for the background loading, so no module is imported by two threads."""
        if self._loading is not None:
            self._loading.join()

    @property
    def encrypted(self) -> bool:
        """Whether the database file is encrypted, so it opens only with a password."""
        return self.file is not None and is_encrypted(self.file)

    def open_unlocked(self) -> Database | None:
        """Opens a database that needs no key; None for an encrypted file."""
        if self.db is None and not self.encrypted:
            self._loaded()
            from app.services import encryption
            from db.database import BeingRestored, Database

            if self.file is not None:
                encryption.check_readable(self.file)
            try:
                self.db = Database.open(self.target)
            except UserError:
                raise
            except BeingRestored:
                raise UserError(being_restored()) from None
            except Exception as error:  # a damaged file, a folder we cannot write
                raise UserError(translate("site_door", "Cannot open the database: {error}")
                                .format(error=error)) from error  # fmt: skip
        return self.db

    def needs_setup(self) -> bool:
        """Whether this is a new database that is not a site yet.

        A plain file that is set up and up to date answers without being opened.
        """
        if self.db is None and self._site_name is not None:
            return False
        db = self.open_unlocked()
        return db is not None and db.installation() is None

    def heading(self) -> str:
        """The site's name for the sign-in window, read from the key file while locked."""
        if self.db is not None and (installation := self.db.installation()) is not None:
            return installation.site_name
        if self._site_name is not None:
            return self._site_name
        if self.file is not None and self.encrypted:
            return read_keyring(self.file).site_name
        return ""

    def set_up(self, data: SetupData) -> None:
        """First-run set-up; a database file is created encrypted, with a recovery key."""
        from app.services import encryption
        from app.services.setup import first_run_setup

        if self.file is None:
            first_run_setup(self.open_unlocked(), data)  # type: ignore[arg-type]
            return
        self.close()
        self.db, self.new_recovery_key = encryption.create_encrypted(
            self.file, data.username, data.password, lambda db: first_run_setup(db, data)
        )

    def sign_in(self, username: str, password: str) -> Account:
        """Checks the password (unlocking the file first if need be) and returns the account.

        A plain site file is encrypted at this first sign-in with a password.
        """
        self._loaded()
        from app.services import accounts, encryption

        opened_now = self.db is None
        db = self.open_unlocked()
        if db is None:
            from db.database import BeingRestored

            try:
                db = encryption.open_with_password(self.file, username, password)  # type: ignore[arg-type]
            except BeingRestored:
                raise UserError(being_restored()) from None
        hub = (installation := db.installation()) is not None and installation.kind == "project"
        if hub:
            from app.exchange import project

            project.adopt_unclaimed_hub(db, username, password)
        try:
            account = accounts.sign_in(db, username, password)
        except UserError:
            if opened_now:
                db.close()  # the key is not kept for someone who did not get in
            raise
        self.db = db
        if db.key is not None:
            encryption.ensure_slot(db, account.username, password)
        elif db.file is not None and db.installation() is not None:
            self.db, self.new_recovery_key = encryption.convert(db, account.username, password)
        if hub:
            from app.exchange import project_key

            project_key.after_sign_in(self.db, account, password)
        return account

    def recover(self, recovery_key: str, username: str, new_password: str) -> Account:
        """Opens with the recovery key, sets the user's new password and signs them in."""
        self._loaded()
        from app.services import accounts, encryption

        if self.file is None or not self.encrypted:
            raise UserError(
                translate(
                    "encryption",
                    "This database is not encrypted, so it has "
                    "no recovery key: a community doctor resets passwords.",
                )
            )
        if self.db is None:
            db = encryption.open_with_recovery_key(self.file, recovery_key)
        else:
            encryption.unwrap_recovery(self.file, recovery_key)
            db = self.db
        try:
            accounts.reset_with_recovery_key(db, username, new_password)
            account = accounts.sign_in(db, username, new_password)
        except UserError:
            if self.db is None:
                db.close()
            raise
        self.db = db
        return account

    def close(self) -> None:
        """Releases the database (and forgets the key)."""
        if self.db is not None:
            self.db.close()
            self.db = None


def being_restored() -> str:
    """What opening says while a restore elsewhere holds the file."""
    return translate("site_door", "The database is being restored in another program or "
                     "window: open it again when that is done.")  # fmt: skip


def _load_opening_modules() -> None:
    for name in OPENING_MODULES:
        importlib.import_module(name)
