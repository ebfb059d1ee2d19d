"""A real full disk: a site on a small tmpfs, worked on until no space is left. Every
command either succeeds or says "the disk is full" in one line; nothing is left truncated
or half-written, and the database stays sound with every record it held."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.site import PASSWORD, soundness
from tests.helpers import run

DISK_SIZE = "16m"
"""Room for the demo's site (8 MB) and its WAL, then filled up on purpose."""


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A tmpfs of DISK_SIZE mounted for the test and unmounted after it."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux (not on Windows, macOS or as "
                    "a user); the fault matrix covers the full disk there")  # fmt: skip
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700",
                              "tmpfs", str(folder)], capture_output=True, text=True)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _whole(path: Path) -> bool:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    if path.suffix == ".xlsx":
        return zipfile.is_zipfile(path) and zipfile.ZipFile(path).testzip() is None
    if path.suffix == ".json":
        return bool(json.loads(data))
    if path.suffix == ".csv":
        return data.endswith(b"\n") and data.count(b"\n") > 1
    return True


@pytest.mark.slow
def test_a_site_on_a_full_disk_says_so_and_loses_nothing(
    small_disk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """init, demo, then backups, bundles, exports and reports until the disk is full."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
    site = small_disk / "site.sqlite"
    base = ["--db", str(site), "--user", "li"]
    project = str(_project(small_disk.parent, capsys))
    init = ("init", "--site", "MZ01", "--name", "Maizidian", "--project", project)
    assert run(capsys, "--db", str(site), *init, "--user", "li")[0] == 0
    _sound_after(run(capsys, *base, "demo"), small_disk, site, None)
    counts = soundness(site, "li")[1]
    full = set()
    for room in ROOM_LEFT:
        for n, command in enumerate((
            ["backup", "--out", str(small_disk / "copy.sqlite")],
            ["bundle", "export", "--full", "--out", str(small_disk / "b.bundle")],
            ["people", "export", "--out", str(small_disk / "people.csv")],
            ["report", "--everyone", "--pdf", str(small_disk / "r.pdf")],
            ["report", "--everyone", "--xlsx", str(small_disk / "r.xlsx")],
        )):  # fmt: skip
            _leave_room(small_disk / f"filler-{room}-{n}", room)
            if _sound_after(run(capsys, *base, *command), small_disk, site, counts):
                full.add(command[0])
    assert full == {"backup", "bundle", "people", "report"}, f"only {full} met the full disk"
    _leave_room(small_disk / "filler-sign-in", 0)
    code, out, err = run(capsys, *base, "sites", "list")  # reading may still work
    assert ((code, err) == (0, "") and "TJH" in out) or (
        code == 1 and err.startswith("error: the disk is full: cannot write ")), err
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", "wrong-pass-9")
    code, _, err = run(capsys, *base, "sites", "list")
    assert err.startswith("error: The sign-in failed and could not be counted: the disk is "
                          f"full: cannot write {site}.keys"), err  # fmt: skip


ROOM_LEFT = (1024 * 1024, 16 * 1024, 0)
"""Bytes left free before each command: from room for a report to none at all."""


def _leave_room(filler: Path, room: int) -> None:
    """Fills the disk with a file until only ``room`` bytes are free."""
    stats = os.statvfs(filler.parent)
    free = stats.f_bavail * stats.f_frsize
    with open(filler, "wb", buffering=0) as handle:
        handle.truncate(0)
        remaining = max(0, free - room)
        block = b"\0" * (1 << 20)
        try:
            while remaining > 0:
                remaining -= handle.write(block[: min(len(block), remaining)])
        except OSError:
            pass


def _project(folder: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project file from a hub outside the small disk."""
    project = folder / "project.json"
    code, _, err = run(capsys, "--db", str(folder / "hub.sqlite"), "--user", "pm", "project",
                       "create", "--name", "Chaoyang", "--out", str(project))  # fmt: skip
    assert code == 0, err
    return project


def _sound_after(
    result: tuple[int, str, str], disk: Path, site: Path, counts: dict[str, int] | None
) -> bool:
    """Checks one command's outcome; True if it met the full disk."""
    code, _out, err = result
    assert "Traceback" not in err
    if code != 0:
        assert code == 1 and len(err.splitlines()) == 1, err
        assert err.startswith("error: the disk is full: cannot write "), err
    leftovers = [p.name for p in disk.iterdir() if p.name.endswith((".partial", ".restoring"))]
    assert not leftovers
    assert all(_whole(p) for p in disk.iterdir() if p.suffix in (".pdf", ".xlsx", ".json", ".csv"))
    for filler in disk.glob("filler-*"):  # room for the check to open the database
        filler.unlink()
    verdict, now = soundness(site, "li")
    assert verdict == "ok"
    if counts is not None:
        assert all(now[t] >= n for t, n in counts.items()), "records lost"
    return code != 0
