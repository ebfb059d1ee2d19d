"""The application's settings: declared defaults, one explicit file, unknown keys refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from db.location import APP_NAME

DEFAULTS: dict[str, Any] = {
    "language": "",  # "" follows the system; otherwise "zh_CN" or "en"
    "idle_lock_minutes": 10,
    "last_username": "",
    "second_backup_folder": "",  # e.g. a USB stick; "" for none
    "peer_name_form": "given_initial",  # how peers see names: app.name_forms.FORMS
}


def settings_path() -> Path:
    """The settings file in the user's configuration folder."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


class Settings:
    """Typed access to QSettings stored in an INI file at an explicit path."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        """The stored value, converted to the type of its default."""
        default = self._default(key)
        value = self._store.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return str(value)

    def set(self, key: str, value: Any) -> None:
        """Stores a declared setting and writes the file at once."""
        self._default(key)
        self._store.setValue(key, value)
        self._store.sync()

    def geometry(self, key: str) -> QByteArray | None:
        """A window's saved geometry, by window key."""
        value = self._store.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        """Saves a window's geometry under its key."""
        self._store.setValue(f"geometry/{key}", value)
        self._store.sync()

    @staticmethod
    def _default(key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        return DEFAULTS[key]
