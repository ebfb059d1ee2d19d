"""What every screen needs: the database, who is signed in, settings, and change news."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.permissions import Capability
from ui.settings import Settings

if TYPE_CHECKING:
    from app.permissions import Account
    from db.database import Database


class DataEvents(QObject):
    """Announces which kind of record changed, so every view can refresh itself."""

    changed = Signal(str)
    """Emitted with a kind such as "sessions", "people" or "emergencies" after a save."""


@dataclass
class AppContext:
    """Shared by the main window and its pages."""

    db: Database
    account: Account
    settings: Settings
    events: DataEvents
    site_code: str
    site_name: str

    def can(self, capability: Capability) -> bool:
        """Whether the signed-in user may do this."""
        return self.account.can(capability)
