"""A throwaway PostgreSQL server for the tests, from Debian's postgresql package.

The test command installs the package; the server runs from a temporary folder on a
Unix socket only, as the postgres user (PostgreSQL refuses to run as root), and is
stopped when the tests end. Where no server is installed the tests that need it skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def server_bin() -> Path | None:
    """The folder of PostgreSQL's server programs, if a server is installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextmanager
def running_server() -> Iterator[str]:
    """Starts a server in a temporary folder and yields a SQLAlchemy URL to a fresh database."""
    binaries = server_bin()
    if binaries is None:
        raise FileNotFoundError("PostgreSQL server is not installed")
    folder = Path(tempfile.mkdtemp(prefix="pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    run = lambda *args: subprocess.run(_as_postgres(list(args)), check=True,  # noqa: E731
                                       capture_output=True)  # fmt: skip
    run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
    run(str(binaries / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "log"),
        "-o", f"-k {folder} -c listen_addresses='' -p 55432", "start")  # fmt: skip
    try:
        run(str(binaries / "createdb"), "-h", str(folder), "-p", "55432", "-U", "postgres",
            "peer")  # fmt: skip
        yield f"postgresql+psycopg://postgres@/peer?host={folder}&port=55432"
    finally:
        run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)
