"""The Windows installer script compiles, and its uninstaller leaves the data alone."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "installer.nsi"


@pytest.mark.skipif(sys.platform != "linux", reason="the test command installs NSIS on Debian")
def test_the_installer_script_compiles(tmp_path: Path) -> None:
    """makensis builds an installer over a folder laid out as the standalone build is."""
    makensis = shutil.which("makensis")
    assert makensis is not None, "apt-get install nsis (scripts/dev.py does it)"
    dist = tmp_path / "peer-support"
    (dist / "_internal").mkdir(parents=True)
    (dist / "peer-support.exe").write_bytes(b"program")
    (dist / "_internal" / "module.pyd").write_bytes(b"module")
    out = tmp_path / "PeerSupportDesk-setup.exe"
    done = subprocess.run(
        [makensis, "-V2", "-DVERSION=0.1.0", f"-DDIST={dist}", f"-DOUTFILE={out}", str(SCRIPT)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_uninstalling_removes_the_program_not_the_data() -> None:
    """The data folder (%LOCALAPPDATA%\\PeerSupportDesk) is never deleted by the uninstaller,
    and the install is per user (no administrator rights asked)."""
    text = SCRIPT.read_text(encoding="utf-8")
    uninstall = text.split('Section "Uninstall"')[1].split("SectionEnd")[0]
    removed = re.findall(r"^\s*(?:RMDir|Delete)\b.*$", uninstall, flags=re.M)
    assert removed and all("$LOCALAPPDATA" not in line for line in removed)
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in text
