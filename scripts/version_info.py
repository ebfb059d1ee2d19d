"""The Windows file properties of the standalone programs (Explorer › Properties › Details).

PyInstaller reads a version resource written as the text of a ``VSVersionInfo(...)``
expression; this writes one per program from the package version, so the properties never
disagree with ``--version`` and Help › About. Used by packaging/peer-support.spec.
"""

from __future__ import annotations

import re
from pathlib import Path

PRODUCT = "Peer support service desk"
PRODUCT_ZH = "同伴支持服务台"
COMPANY = "Peer support service project"
LANGUAGE = "080404B0"
"""Chinese (PRC), Unicode: the language the program speaks first; the strings are bilingual."""
TRANSLATION = (0x0804, 1200)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows shows, from a package version: 0.1.0 as (0, 1, 0, 0);
    1.2.dev3 as (1, 2, 0, 0) (a pre-release keeps the numbers it is heading for)."""
    found = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in found.group(0).split(".")[:4]] if found else []
    a, b, c, d = [*numbers, 0, 0, 0, 0][:4]
    return a, b, c, d


def version_info_text(version: str, program: str, description: str) -> str:
    """The version resource of one program (``peer-support`` or ``peer-support-cli``)."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": program,
        "LegalCopyright": f"{PRODUCT} contributors; licences in THIRD-PARTY-NOTICES.txt",
        "OriginalFilename": f"{program}.exe",
        "ProductName": f"{PRODUCT} {PRODUCT_ZH}",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# The Windows file properties of {program}.exe, written by scripts/version_info.py.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          {LANGUAGE!r},
          [
{table}
          ]
        )
      ]
    ),
    VarFileInfo([VarStruct('Translation', [{TRANSLATION[0]}, {TRANSLATION[1]}])])
  ]
)
"""


PROGRAMS = {
    "peer-support": f"{PRODUCT} {PRODUCT_ZH}",
    "peer-support-cli": f"{PRODUCT}: command line {PRODUCT_ZH}（命令行）",
}
"""Each program the build makes, with the description Windows shows for it."""


def write_version_files(version: str, folder: Path) -> dict[str, Path]:
    """Writes one version file per program into the folder; their paths by program."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for program, description in PROGRAMS.items():
        path = folder / f"{program}-version.txt"
        path.write_text(version_info_text(version, program, description), encoding="utf-8")
        written[program] = path
    return written
