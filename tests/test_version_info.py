"""The standalone programs' Windows file properties carry the package version and the name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.support import app_version
from scripts.version_info import PRODUCT, version_info_text, version_numbers, write_version_files

ROOT = Path(__file__).resolve().parent.parent


class Part:
    """Stands for one of PyInstaller's version-resource classes, keeping what it was given."""

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs


NAMES = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
         "VarFileInfo", "VarStruct")  # fmt: skip


def _read(text: str) -> tuple[Part, dict[str, str]]:
    """The resource as PyInstaller reads it (eval of the text), and its strings by key."""
    namespace = {n: (lambda *a, _n=n, **k: Part(_n, *a, **k)) for n in NAMES}
    info = eval(text, namespace)  # PyInstaller reads the file exactly so
    assert isinstance(info, Part) and info.kind == "VSVersionInfo"
    [table] = info.kwargs["kids"][0].args[0]
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    return info, strings


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.dev3", (1, 2, 0, 0)), ("2.0.1.7.9", (2, 0, 1, 7)),
     ("3", (3, 0, 0, 0))],
)  # fmt: skip
def test_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    """Windows wants four numbers: the package version's, padded or cut."""
    assert version_numbers(version) == numbers


def test_the_properties_carry_the_version_and_the_product(tmp_path: Path) -> None:
    """Each program's file names the installed version and the product, and its own name."""
    version = app_version()
    files = write_version_files(version, tmp_path)
    assert set(files) == {"peer-support", "peer-support-cli"}
    for program, path in files.items():
        info, strings = _read(path.read_text(encoding="utf-8"))
        assert strings["FileVersion"] == strings["ProductVersion"] == version
        assert PRODUCT in strings["ProductName"] and "同伴支持" in strings["ProductName"]
        assert strings["OriginalFilename"] == f"{program}.exe"
        assert info.kwargs["ffi"].kwargs["filevers"] == version_numbers(version)
    assert (
        "command line" in _read(files["peer-support-cli"].read_text("utf-8"))[1]["FileDescription"]
    )


def test_another_version_shows_as_itself() -> None:
    """The text follows the version it is given, not a fixed one."""
    _info, strings = _read(version_info_text("7.8.9", "peer-support", "x"))
    assert strings["FileVersion"] == "7.8.9"


def test_the_build_gives_both_programs_their_properties() -> None:
    """The spec writes the files from the package version and hands one to each program."""
    spec = (ROOT / "packaging" / "peer-support.spec").read_text(encoding="utf-8")
    assert 'write_version_files(metadata.version("peer-support-desk")' in spec
    assert 'version=str(VERSION_FILES["peer-support"])' in spec
    assert 'version=str(VERSION_FILES["peer-support-cli"])' in spec


def test_the_build_leaves_out_test_only_packages() -> None:
    """pytest and psycopg (used by the tests only) are neither bundled nor their licences."""
    spec = (ROOT / "packaging" / "peer-support.spec").read_text(encoding="utf-8")
    excluded = spec[spec.index("excludes = [") : spec.index("]", spec.index("excludes = ["))]
    for module in ("pytest", "pytestqt", "psycopg", "psycopg_binary", "hypothesis"):
        assert f'"{module}"' in excluded
    assert '"psycopg"' in spec[: spec.index("def licence_files")]  # no licence carried either
