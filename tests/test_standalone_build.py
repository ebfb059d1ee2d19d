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
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(folder),
           "PEER_SUPPORT_PASSWORD": "admin-pass-1"}  # fmt: skip
    done = subprocess.run(
        [str(exe), "--db", str(folder / "site.sqlite"), *args],
        capture_output=True, text=True, env=env, cwd=folder, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_frozen_program_sets_up_prints_and_opens_its_windows(built: Path, tmp_path: Path) -> None:
    """Given the built program, init + demo make a new encrypted database (SQLCipher is in the
    build), a blank plan prints with the Chinese font embedded, and the windows open and
    paint in Chinese and English."""
    out = _run(built, tmp_path, "init", "--site", "T1", "--name", "Test", "--user", "admin")
    assert "is set up" in out and "encrypted" in out
    assert not (tmp_path / "site.sqlite").read_bytes().startswith(b"SQLite format 3")
    _run(built, tmp_path, "--user", "admin", "demo")
    _run(built, tmp_path, "--user", "admin", "print", "plan", "--blank", "--lang", "zh",
         "--out", "plan.pdf")  # fmt: skip
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(tmp_path / "plan.pdf").pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("WenQuanYi" in name or "wqy" in name.lower() for name in fonts), fonts
    desktop = built.with_name(f"peer-support{SUFFIX}")  # the program the desktop shortcut starts
    shots = _run(desktop, tmp_path, "--user", "admin", "screenshots", "--out", "shots")
    assert "Screenshots written" in shots
    chinese, english = tmp_path / "shots" / "zh_CN-signin.png", tmp_path / "shots" / "en-signin.png"
    assert chinese.read_bytes() != english.read_bytes()  # the Chinese translation was loaded
