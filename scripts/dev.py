"""Set-up in one step: create or refresh the virtual environment, then run or test the app.

    python3 scripts/dev.py run [ARGS...]    start the application (ARGS go to main.py)
    python3 scripts/dev.py test [ARGS...]   lint and run the whole test suite (ARGS go to pytest)
    python3 scripts/dev.py build            the standalone program in dist/peer-support/

Works the same on Linux and Windows (``py scripts\\dev.py run``). On Debian or Ubuntu as
root it also installs the system libraries Qt needs, when they are missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / "installed.sha256"
DEBIAN_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "fonts-noto-cjk",
    "poppler-utils",
    "postgresql",
    "nsis",
]


def venv_python() -> Path:
    """The virtual environment's interpreter on this platform."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def requirements_digest() -> str:
    """Changes whenever the declared dependencies change, so the venv is refreshed."""
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> Path:
    """Creates the venv if needed and installs the project with its test tools."""
    python = venv_python()
    if not python.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    if not STAMP.exists() or STAMP.read_text().strip() != requirements_digest():
        print("Installing the application and its test tools ...", flush=True)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(requirements_digest())
    return python


def ensure_system_packages() -> None:
    """Installs Qt's system libraries and a Chinese font on Debian-like systems, as root."""
    if sys.platform != "linux" or shutil.which("apt-get") is None or shutil.which("dpkg") is None:
        return
    missing = [
        name
        for name in DEBIAN_PACKAGES
        if subprocess.run(["dpkg", "-s", name], capture_output=True, check=False).returncode != 0
    ]
    if not missing:
        return
    if os.geteuid() != 0:
        print(f"Please install these system packages: {' '.join(missing)}", file=sys.stderr)
        return
    print(f"Installing system packages: {' '.join(missing)} ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)


def build_translations() -> None:
    """Compiles the Qt Linguist .ts files into the .qm files the app loads."""
    tool = venv_python().parent / (
        "pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"
    )
    for ts in sorted((ROOT / "ui" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


def build_standalone(python: Path) -> int:
    """Runs PyInstaller on the committed spec; the result needs no Python on the target PC."""
    command = [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    spec = ROOT / "packaging" / "peer-support.spec"
    paths = ["--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build")]
    return subprocess.run([*command, *paths, str(spec)], check=False, cwd=ROOT).returncode


def main(argv: list[str]) -> int:
    """Runs the requested action after bringing the environment up to date."""
    if not argv or argv[0] not in {"run", "test", "build"}:
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    ensure_system_packages()
    python = ensure_venv()
    build_translations()
    if action == "run":
        return subprocess.run([str(python), str(ROOT / "main.py"), *rest], check=False).returncode
    if action == "build":
        return build_standalone(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lint = subprocess.run([str(python), "-m", "ruff", "check", str(ROOT)], check=False, cwd=ROOT)
    began = time.time()
    tests = subprocess.run([str(python), "-m", "pytest", *rest], check=False, cwd=ROOT, env=env)
    if tests.returncode < 0:  # killed by a signal: a crash, whose stack pytest did not show
        show_crash_stacks(-tests.returncode, began)
    return lint.returncode or tests.returncode


def show_crash_stacks(signal: int, since: float) -> None:
    """The stacks of a test run that crashed: the program's crash handler writes them
    beside its log, which tests keep in their temporary folders, not on the screen."""
    print(f"The tests stopped with signal {signal}.", file=sys.stderr)
    for path in Path(tempfile.gettempdir()).glob("pytest-of-*/pytest-*/**/crash-stack.log"):
        if path.stat().st_mtime >= since:
            print(f"--- {path}", file=sys.stderr)
            print(path.read_text(encoding="utf-8", errors="replace")[:20_000], file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
