"""A small project to break: the hub, an encrypted site with the demo's records, a bundle
and a backup of it, files to import; built once, copied for every run."""

from __future__ import annotations

import io
import re
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from app.imports.people_csv import HEADER
from db import keyring
from db.engine import connect_file
from db.keyring import keyring_path
from main import main

PASSWORD = "fault-pass-1"
SITE, HUB, EMPTY = "site.sqlite", "hub.sqlite", "empty.sqlite"
PEOPLE_CSV, SURVEYS_CSV = "people.csv", "answers.csv"
BUNDLE, BACKUP = "b1.bundle", "copy.sqlite"
RECOVERY_KEY = "recovery-key.txt"
"""The site's recovery key as init showed it."""


def build(folder: Path) -> None:
    """Every file the commands under test start from, made through the command line."""
    site, hub, empty = str(folder / SITE), str(folder / HUB), str(folder / EMPTY)
    project = str(folder / "project.json")
    _ok("--db", hub, "--user", "pm", "project", "create", "--name", "Chaoyang",
        "--out", project)  # fmt: skip
    out = _ok("--db", site, "init", "--site", "MZ01", "--name", "Maizidian",
              "--project", project, "--user", "li")  # fmt: skip
    recovery = re.search(r"Recovery key .*: (\S+)", out).group(1)  # type: ignore[union-attr]
    (folder / RECOVERY_KEY).write_text(recovery, encoding="utf-8")
    fingerprint = re.search(r"confirm: (\S+)", out).group(1)  # type: ignore[union-attr]
    _ok("--db", site, "--user", "li", "sites", "add", "MZD", "--name", "Maizidian")
    _people_csv(folder / PEOPLE_CSV, "C")
    _ok("--db", site, "--user", "li", "people", "import", str(folder / PEOPLE_CSV))
    _ok("--db", site, "--user", "li", "bundle", "export", "--out", str(folder / BUNDLE))
    with redirect_stderr(io.StringIO()):  # refused until the site is confirmed, but noted
        main(["--db", hub, "--user", "pm", "bundle", "import", str(folder / BUNDLE)])
    _ok("--db", hub, "--user", "pm", "sites", "confirm", "MZ01", fingerprint)
    _ok("--db", site, "--user", "li", "backup", "--out", str(folder / BACKUP))
    _people_csv(folder / PEOPLE_CSV, "D")  # five new people to import
    answers = "".join(f"C{n},consumer_satisfaction,{item},yes,2016-06-01\n"
                      for n in range(1, 101)
                      for item in ("satisfied_with_peers", "wants_to_continue"))  # fmt: skip
    (folder / SURVEYS_CSV).write_text("person_code,instrument,item,answer,date\n" + answers,
                                      encoding="utf-8")  # fmt: skip
    _ok("--db", empty, "init", "--site", "DEMO", "--name", "Demo", "--user", "li")


def _people_csv(path: Path, letter: str) -> None:
    rows = "".join(f"{letter}{n},consumer,MZD,2016-03-01,,female,,,,,,\n" for n in range(1, 101))
    path.write_text(",".join(HEADER) + "\n" + rows, encoding="utf-8")


def _ok(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    assert code == 0, (args, out.getvalue(), err.getvalue())
    return out.getvalue()


def copy(template: Path, folder: Path) -> Path:
    """A fresh copy of the project for one run."""
    shutil.copytree(template, folder)
    return folder


def key_of(database: Path, user: str) -> bytes:
    ring = keyring.load(keyring_path(database))
    return keyring.unwrap(PASSWORD, ring.slots[user])


def soundness(database: Path, user: str, key: bytes | None = None) -> tuple[str, dict[str, int]]:
    """SQLite's integrity check of the file and the row count of each of its tables; the
    key is the user's in the key file beside it unless given."""
    with connect_file(database, key or key_of(database, user)) as connection:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                  for t in tables}  # fmt: skip
    connection.close()
    return verdict, counts
