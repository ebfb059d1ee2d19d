"""pandas, scipy and reportlab load when first needed, not when the main window opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services import accounts, site
from db.database import Database
from ui.context import AppContext, DataEvents
from ui.main_window import MainWindow
from ui.settings import Settings
db = Database.open({db!r})
site.init_site(db, "CY01", "Chaoyang")
accounts.add_first_doctor(db, "li", "password-1", "Li")
account = accounts.sign_in(db, "li", "password-1")
window = MainWindow(AppContext(db, account, Settings(), DataEvents(), "CY01", "Chaoyang"))
window.show()
app.processEvents()
heavy = [name for name in ("pandas", "scipy", "reportlab", "numpy", "pypdfium2", "openpyxl",
                           "pyreadstat") if name in sys.modules]
print("HEAVY", heavy)
"""


def test_main_window_opens_without_heavy_libraries(tmp_path: Path) -> None:
    """A fresh process that opens the main window has not imported the report libraries."""
    script = SCRIPT.format(root=str(ROOT), db=str(tmp_path / "site.sqlite"))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=False, env={"HOME": str(tmp_path), "XDG_CONFIG_HOME":
                                              str(tmp_path), "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout, result.stdout
