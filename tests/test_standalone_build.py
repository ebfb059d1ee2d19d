"""The standalone build: PyInstaller makes it from the committed spec and the frozen program
sets up a site, prints a form with its embedded font and opens its windows in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "peer-support"
SUFFIX = ".exe" if os.name == "nt" else ""

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the test command builds on Linux")


@pytest.fixture(scope="session")
def built() -> Path:
    """Builds dist/peer-support/ once per session (about 45 s); the command-line program."""
    from scripts.dev import build_standalone

    assert build_standalone(Path(sys.executable)) == 0
    assert (DIST / f"peer-support{SUFFIX}").is_file()  # the desktop program beside it
    return DIST / f"peer-support-cli{SUFFIX}"


def _run(exe: Path, folder: Path, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder)}
    done = subprocess.run(
        [str(exe), "--db", str(folder / "site.sqlite"), *args],
        capture_output=True, text=True, env=env, cwd=folder, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_frozen_program_sets_up_prints_and_opens_its_windows(built: Path, tmp_path: Path) -> None:
    """Given the built program, init + demo migrate a new database, a blank plan prints with
    the Chinese font embedded, and the windows open and paint in Chinese and English."""
    assert "is set up" in _run(built, tmp_path, "init", "--site", "T1", "--name", "Test")
    _run(built, tmp_path, "demo")
    _run(built, tmp_path, "print", "plan", "--blank", "--lang", "zh", "--out", "plan.pdf")
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(tmp_path / "plan.pdf").pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("WenQuanYi" in name or "wqy" in name.lower() for name in fonts), fonts
    desktop = built.with_name(f"peer-support{SUFFIX}")  # the program the desktop shortcut starts
    assert "Screenshots written" in _run(desktop, tmp_path, "screenshots", "--out", "shots")
    chinese, english = tmp_path / "shots" / "zh_CN-signin.png", tmp_path / "shots" / "en-signin.png"
    assert chinese.read_bytes() != english.read_bytes()  # the Chinese translation was loaded
