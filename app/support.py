"""What a support person asks for: the program's version and a log file of what went wrong.

The log lives in the user's log folder (platformdirs) and rotates, so it never grows without
bound. It holds program events and tracebacks only: no participant names or codes are logged.
An exception's message may quote what was typed or read ("No person has the code TJH-C21"),
so the log keeps each exception's kind and where it was raised, not its message; the message
is shown on the screen, to the user who can copy it.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from contextlib import suppress
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO

import platformdirs

from db.location import APP_NAME

DISTRIBUTION = "peer-support-desk"
LOG_FILE = "peer-support.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
_fault_file: list[IO[str]] = []  # kept open for faulthandler, which writes on a crash


def app_version() -> str:
    """The installed version (from the package metadata the build carries).

    Read from the metadata file itself where it is found on the path: importlib.metadata
    (its e-mail parsing) would add 30 ms to every start before the sign-in window shows.
    """
    name = DISTRIBUTION.replace("-", "_")
    for entry in sys.path:
        for info in Path(entry or ".").glob(f"{name}-*.dist-info/METADATA"):
            with suppress(OSError), info.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def log_folder() -> Path:
    """The user's log folder for the program."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def start_log(folder: Path | None = None) -> Path:
    """Sends the program's warnings and errors to a rotating log file, and a hard crash's
    stack (faulthandler) beside it; returns the log file's path. Calling again changes
    nothing."""
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")  # fmt: skip
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        logging.getLogger(__name__).info("started, version %s", app_version())
    if not _fault_file:
        _fault_file.append((folder / "crash-stack.log").open("a", encoding="utf-8"))
        faulthandler.enable(_fault_file[0])
    return path


def log_exception(error: BaseException) -> None:
    """Writes an exception's kind and traceback to the log, without its message."""
    logging.getLogger("peer_support").error("unexpected error\n%s", without_messages(error))


def without_messages(error: BaseException) -> str:
    """The traceback of an exception and of those it was raised from or during, each ending
    with the exception's kind instead of its message."""
    chain: list[BaseException] = []
    found: BaseException | None = error
    while found is not None and all(found is not e for e in chain):
        chain.append(found)
        found = found.__cause__ or (None if found.__suppress_context__ else found.__context__)
    parts = []
    for link in reversed(chain):
        kind = type(link)
        frames = "".join(traceback.format_tb(link.__traceback__))
        name = f"{kind.__module__}.{kind.__qualname__}"
        parts.append(f"Traceback (most recent call last):\n{frames}{name} (message not logged)")
    return "\n\nDuring or because of the above:\n".join(parts)
