"""The sign-in window is painted before SQLAlchemy, the models and the services load."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.services.setup import SetupData, first_run_setup
from app.site_door import SiteDoor
from db.database import Database

ROOT = Path(__file__).resolve().parents[2]
SETUP = SetupData("CY01", "朝阳同伴支持", "TJH", "团结湖", "Tuanjiehu", date(2015, 9, 1),
                  "李医生", "li", "first-pass-1")  # fmt: skip

SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.site_door import SiteDoor
from ui.signin import SignInDialog
door = SiteDoor({db!r})
assert not door.needs_setup()
dialog = SignInDialog(door, "li")
dialog.show()
app.processEvents()
heavy = [name for name in ("sqlalchemy", "alembic", "db.database", "app.services.accounts",
                           "nacl", "argon2") if name in sys.modules]
print("HEADING", dialog.findChildren(type(dialog.message))[0].text())
print("LOADED", heavy)
door.load_in_background()
dialog.password.setText("first-pass-1")
from PySide6.QtCore import QEventLoop, QTimer
dialog.sign_in()
while dialog.busy:  # an event loop, not processEvents() in a loop: that upsets PySide6
    pause = QEventLoop()
    QTimer.singleShot(20, pause.quit)
    pause.exec()
print("SIGNED IN", dialog.account is not None, door.db is not None)
door.close()
"""


def plain_site(path: Path) -> None:
    """A set-up site in a plain file, as the demo command leaves it."""
    db = Database.open(path)
    first_run_setup(db, SETUP)
    db.close()


def encrypted_site(path: Path) -> None:
    """A set-up site in an encrypted file with its key file."""
    door = SiteDoor(path)
    door.set_up(SETUP)
    door.close()


@pytest.mark.parametrize("make_site", [plain_site, encrypted_site])
def test_sign_in_window_paints_before_the_database_layer_loads(
    tmp_path: Path, make_site: object
) -> None:
    """A fresh process shows the site's name at sign-in with none of the database layer
    loaded; it loads once asked, and signing in then opens the database."""
    path = tmp_path / "site.sqlite"
    make_site(path)  # type: ignore[operator]
    script = SCRIPT.format(root=str(ROOT), db=str(path))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False, env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "HEADING 朝阳同伴支持" in result.stdout, result.stdout
    assert "LOADED []" in result.stdout, result.stdout
    assert "SIGNED IN True True" in result.stdout, result.stdout
