"""Every command that writes, run with the n-th write, fsync or rename failing (ENOSPC, EIO,
EACCES in turn) for n = 1, 2, 3 … until it succeeds, then with SQLite's file let grow by
0, 1, 4, 16 … pages: each failing run must end with one ``error:`` line naming the cause,
exit 1, no traceback, no incomplete file under its final name, the databases sound with
every record confirmed before, and the command must succeed once the fault is gone."""

from __future__ import annotations

import errno
import json
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.exchange.stream import MAGIC, MAX_CHUNK, StreamError, _read_block
from tests.faults.figures import FIGURES, Figure
from tests.faults.injector import failing_io, sqlite_full
from tests.faults.site import (
    BACKUP,
    BUNDLE,
    EMPTY,
    HUB,
    PASSWORD,
    PEOPLE_CSV,
    SITE,
    SURVEYS_CSV,
    copy,
    key_of,
    soundness,
)
from tests.helpers import run

ERRNOS = (errno.ENOSPC, errno.EIO, errno.EACCES)
CAUSES = {errno.ENOSPC: "the disk is full", errno.EIO: "(I/O error)",
          errno.EACCES: "permission denied"}  # fmt: skip
EVERY_N_UP_TO = 12
"""Every position up to this is failed; beyond it (a workbook is written in hundreds of
pieces) the positions double, so a long command is still broken all along its way."""


@dataclass(frozen=True)
class Operation:
    """A command, the databases it may change (file, user) and the files it writes."""

    name: str
    args: Callable[[Path], list[str]]
    databases: tuple[tuple[str, str], ...] = ((SITE, "li"),)
    outputs: Callable[[Path], list[Path]] = lambda _folder: []
    succeeds_with: int = 0
    expect: str = ""
    resumes: bool = True
    """False for the demo, which fills an empty site only: after a failure it is not run
    again there (its site is a scratch one); its run without a fault shows it succeeds."""
    pages: tuple[int, ...] = ()
    """SQLite page budgets to try instead of 0, 1, 4, 16 … (for a long command)."""


def _site(*args: str) -> Callable[[Path], list[str]]:
    def args_for(folder: Path) -> list[str]:
        return ["--db", str(folder / SITE), "--user", "li",
                *(str(folder / a[1:]) if a.startswith("@") else a for a in args)]  # fmt: skip

    return args_for


def _files(*names: str) -> Callable[[Path], list[Path]]:
    def listed(folder: Path) -> list[Path]:
        found = []
        for name in names:
            found += sorted(folder.glob(name)) if "*" in name else [folder / name]
        return found

    return listed


# fmt: off
OPERATIONS = (
    Operation("people import", _site("people", "import", f"@{PEOPLE_CSV}")),
    Operation("surveys import", _site("surveys", "import", f"@{SURVEYS_CSV}")),
    Operation("demo", lambda f: ["--db", str(f / EMPTY), "--user", "li", "demo"],
              databases=((EMPTY, "li"),), resumes=False, pages=(0, 64)),
    Operation("backup", _site("backup", "--out", "@out.sqlite"), outputs=_files("out.sqlite")),
    Operation("backups take", _site("backups", "take", "--folder", "@backups"),
              outputs=_files("backups/*.sqlite")),
    Operation("restore", _site("restore", f"@{BACKUP}", "--yes", "--folder", "@backups"),
              outputs=_files("backups/*.sqlite")),
    Operation("bundle export", _site("bundle", "export", "--out", "@b2.bundle"),
              outputs=_files("b2.bundle")),
    Operation("bundle import", lambda f: ["--db", str(f / HUB), "--user", "pm", "bundle",
                                          "import", str(f / BUNDLE)],
              databases=((HUB, "pm"),)),
    Operation("people export", _site("people", "export", "--out", "@people-out.csv"),
              outputs=_files("people-out.csv")),
    Operation("print", _site("print", "screening", "--id", "C1", "--role", "consumer", "--out",
                             "@form.pdf"), outputs=_files("form.pdf")),
    Operation("report --pdf", _site("report", "--everyone", "--pdf", "@report.pdf"),
              outputs=_files("report.pdf")),
    Operation("report --xlsx", _site("report", "--everyone", "--xlsx", "@report.xlsx"),
              outputs=_files("report.xlsx")),
    Operation("report --json", _site("report", "--everyone", "--json", "@report.json"),
              outputs=_files("report.json")),
    Operation("recovery-sheet", _site("recovery-sheet", "--out", "@sheet.pdf"),
              outputs=_files("sheet.pdf")),
    Operation("sign-in, wrong password", _site("sites", "list"), succeeds_with=1,
              expect="error: The user name or password is wrong.\n"),
)
# fmt: on


@dataclass
class Run:
    """What one run under a fault left behind."""

    code: int | None
    err: str
    crashed: str = ""
    problems: list[str] = field(default_factory=list)
    lost: int = 0


def _positions() -> Iterator[int]:
    yield from range(1, EVERY_N_UP_TO + 1)
    n = EVERY_N_UP_TO
    while True:
        n *= 2
        yield n


def _budgets() -> Iterator[int]:
    yield 0
    pages = 1
    while True:
        yield pages
        pages *= 4


def _complete(path: Path, reference: Path, key: bytes) -> str | None:
    """Why the file under its final name is not a whole one, or None."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        whole = data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    elif path.suffix == ".xlsx":
        whole = zipfile.is_zipfile(path) and zipfile.ZipFile(path).testzip() is None
    elif path.suffix == ".json":
        whole = bool(json.loads(data))
    elif path.suffix == ".sqlite":
        whole = soundness(path, "", key)[0] == "ok"
    elif path.suffix == ".bundle":
        whole = _framed(path)
    else:  # a CSV: as the run without the fault writes it
        whole = reference.exists() and data == reference.read_bytes()
    return None if whole else f"{path.name} is incomplete ({len(data)} bytes)"


def _framed(path: Path) -> bool:
    """Whether the bundle is whole block by block (its content needs the hub's key)."""
    with path.open("rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            return False
        try:
            blocks = 0
            while _read_block(handle, MAX_CHUNK, allow_end=True) is not None:
                blocks += 1
        except StreamError:
            return False
    return blocks >= 2


def _under(
    op: Operation,
    folder: Path,
    fault: AbstractContextManager[object],
    cause: str,
    capsys: pytest.CaptureFixture[str],
) -> tuple[Run, bool]:
    """Runs the command under the fault, checks what it left, then runs it without."""
    before = {name: soundness(folder / name, user)[1] for name, user in op.databases}
    key = key_of(folder / op.databases[0][0], op.databases[0][1])
    with fault as injected:
        try:
            code, _out, err = run(capsys, *op.args(folder))
            crashed = ""
        except BaseException:  # a traceback is what the matrix counts
            code, err, crashed = None, capsys.readouterr().err, traceback.format_exc()
    succeeded = code == op.succeeds_with and (not op.expect or err == op.expect)
    hit = bool(getattr(injected, "hit", not succeeded))
    result = Run(code, err, crashed)
    if not hit:
        if not succeeded:
            result.problems.append(f"no fault, yet exit {code}: {err}{crashed}")
        return result, False
    lines = err.splitlines()
    if crashed or "Traceback" in err:
        result.problems.append(f"traceback:\n{crashed or err}")
    elif not succeeded and code == 1 and (len(lines) != 1 or not lines[0].startswith("error: ")
                        or cause not in lines[0]):  # fmt: skip
        result.problems.append(f"not one error line naming {cause!r}: {err!r}")
    elif code not in (1, op.succeeds_with):
        result.problems.append(f"exit {code}")
    outputs = {path: path.read_bytes() for path in op.outputs(folder) if path.exists()}
    result.problems += [f"left behind: {p.relative_to(folder)}" for p in folder.rglob("*")
                        if p.name.endswith((".partial", ".restoring"))]  # fmt: skip
    after = {}
    for name, user in op.databases:
        verdict, after[name] = soundness(folder / name, user)
        if verdict != "ok":
            result.problems.append(f"{name}: integrity check says {verdict}")
    kept = {path: path.with_name(path.name + ".faulted") for path in outputs}
    for path, data in outputs.items():
        kept[path].write_bytes(data)
    if op.resumes:
        code, _out, err = run(capsys, *op.args(folder))
        if code != op.succeeds_with:
            result.problems.append(f"without the fault it still fails: {err}")
    for path, faulted in kept.items():
        whole = _complete(faulted.rename(path.with_name("faulted-" + path.name)), path, key)
        if whole:
            result.problems.append(whole)
    for name, user in op.databases:
        success = soundness(folder / name, user)[1] if op.resumes else before[name]
        result.lost += sum(max(0, min(before[name][t], success.get(t, 0)) - after[name].get(t, 0))
                           for t in before[name])  # fmt: skip
    if result.lost:
        result.problems.append(f"{result.lost} record(s) lost")
    return result, True


@pytest.mark.slow
@pytest.mark.parametrize("op", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_every_fault_leaves_a_sound_site(
    op: Operation,
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fails the n-th storage operation for every n, then SQLite's n-th page, until the
    command succeeds; every failed run leaves a sound site and says why in one line."""
    monkeypatch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD if not op.expect else "wrong-pass-9")
    figure = FIGURES.setdefault(op.name, Figure())
    problems: list[str] = []
    budgets = iter(op.pages) if op.pages else _budgets()
    for kind, schedule in (("io", _positions()), ("sqlite", budgets)):
        for n in schedule:
            folder = copy(template, tmp_path / f"{kind}-{n}")
            number = ERRNOS[(n - 1) % len(ERRNOS)]
            fault, cause = ((failing_io(n, number), CAUSES[number]) if kind == "io"
                            else (sqlite_full(n), CAUSES[errno.ENOSPC]))  # fmt: skip
            result, hit = _under(op, folder, fault, cause, capsys)
            figure.faults += hit
            figure.sound += hit and not result.problems
            figure.records_lost += result.lost
            figure.tracebacks += bool(result.crashed or "Traceback" in result.err)
            problems += [f"{kind} fault at {n}: {p}" for p in result.problems]
            if not hit:
                break
            assert n < 100_000, "the command never succeeded"
    assert not problems, "\n".join(problems[:10])
