"""An import killed part-way leaves the database as before; running it again completes it."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.demo import make_demo
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.services import sessions
from db.database import Database
from tests.helpers import DOCTOR, MANAGER

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """A confirmed, empty project database and a demo site's whole bundle."""
    folder = tmp_path_factory.mktemp("crash")
    pm = Database.open(folder / "pm.sqlite")
    project.create_project(pm, "Chaoyang", folder / "project.json")
    site = Database.open(folder / "site.sqlite")
    fingerprint = project.init_site_with_project(site, "DEMO", "Demo", folder / "project.json")
    make_demo(site)
    bundle = folder / "big.bundle"
    bundles.export_bundle(site, DOCTOR, bundle)
    with pytest.raises(BundleRefused):
        import_bundles(pm, MANAGER, [bundle], validate_only=True)
    confirm_site(pm, MANAGER, "DEMO", fingerprint)
    pm.close()
    return folder / "pm.sqlite", bundle, len(sessions.list_sessions(site))


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM activity_session").fetchone()[0]


@pytest.mark.parametrize("delay", [0.3, 0.9, 1.6])
def test_sigkill_during_import(big: tuple[Path, Path, int], tmp_path: Path, delay: float) -> None:
    """Killed with SIGKILL at some point of a big import: all or nothing, then completes."""
    pristine, bundle, expected = big
    target = tmp_path / "pm.sqlite"
    shutil.copy(pristine, target)
    child = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(target),
                              "bundle", "import", str(bundle)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert _count(target) in (0, expected)
    pm = Database.open(target)
    import_bundles(pm, MANAGER, [bundle])
    assert len(sessions.list_sessions(pm)) == expected


EXPORT = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from app.exchange.bundle import export_bundle
from db.database import Database
export_bundle(Database.open({db!r}), Path({out!r}), full=True)
"""


@pytest.mark.parametrize("delay", [0.4, 0.9])
def test_sigkill_during_export(big: tuple[Path, Path, int], tmp_path: Path, delay: float) -> None:
    """An export killed mid-way leaves no bundle under its name and no export recorded, or
    the whole bundle and its record."""
    site = big[1].parent / "site.sqlite"
    copy = tmp_path / "site.sqlite"
    shutil.copy(site, copy)
    out = tmp_path / "killed.bundle"
    with sqlite3.connect(copy) as connection:
        before = connection.execute("SELECT count(*) FROM export_record").fetchone()[0]
    child = subprocess.Popen([sys.executable, "-c", EXPORT.format(root=str(ROOT), db=str(copy),
                                                                 out=str(out))])  # fmt: skip
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        after = connection.execute("SELECT count(*) FROM export_record").fetchone()[0]
    if out.exists():
        assert out.read_bytes().startswith(b"PSBUNDLE2")
        assert after in (before, before + 1)
    else:
        assert after == before
