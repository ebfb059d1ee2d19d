"""The audit chain's head kept outside the database, in the key file beside an encrypted one.

After each committed transaction that wrote audit entries the newest (count, MAC) goes into
the key file, under its lock. It only ever moves forward there (two programs committing at
once may report in either order); a restore that puts an older database back moves it
back on purpose (``rewind``). A key file that lags behind the database is harmless: only
a database behind its key file, or holding another MAC at that place, is a finding.

Writing it costs one small synced file write; a save that writes it at most once per
INTERVAL keeps a burst of saves (an import, the demo) from paying it each time, and the
last head is written when the database closes. A crash in between leaves the key file
behind the database, which is harmless.
"""

from __future__ import annotations

import time
from pathlib import Path

from db import keyring
from db.audit_chain import Head
from db.keyring import KeyringError

INTERVAL = 1.0  # seconds between key file writes during a burst of saves


def read(key_file: Path) -> Head | None:
    """The head the key file records, or None (no key file, or one from before)."""
    try:
        data = keyring.load(key_file).audit
    except KeyringError:
        return None
    if not isinstance(data, dict):
        return None
    try:
        return Head(int(data["count"]), str(data["mac"]))
    except (KeyError, TypeError, ValueError):
        return None


def _write(key_file: Path, head: Head, backwards: bool = False) -> None:
    with keyring.updating(key_file) as ring:
        held = ring.audit or {}
        if backwards or int(held.get("count", 0)) < head.count:
            ring.audit = {"count": head.count, "mac": head.mac}


def rewind(key_file: Path, head: Head | None) -> None:
    """Sets the key file's head to the database's own, also backwards: after a restore put an
    older database in place (the restore's audit entry says so)."""
    if key_file.is_file():
        with keyring.updating(key_file) as ring:
            ring.audit = None if head is None else {"count": head.count, "mac": head.mac}


class HeadKeeper:
    """Carries an open database's newest head to its key file, at most once per INTERVAL."""

    def __init__(self, key_file: Path | None) -> None:
        self.key_file = key_file
        self.waiting: Head | None = None
        self.written_at = 0.0

    def committed(self, head: Head) -> None:
        """A transaction that wrote audit entries was committed with this head."""
        if self.key_file is None:
            return
        self.waiting = head
        if time.monotonic() - self.written_at >= INTERVAL:
            self.flush()

    def flush(self) -> None:
        """Writes the waiting head now. A key file that cannot be written (held by another
        program, removed) is left behind: the save it follows is committed already, and a
        key file behind its database is no finding."""
        head, self.waiting = self.waiting, None
        if head is None or self.key_file is None or not self.key_file.is_file():
            return
        held = read(self.key_file)
        if held is not None and held.count >= head.count:
            return
        try:
            _write(self.key_file, head)
        except (KeyringError, OSError):
            return
        self.written_at = time.monotonic()
