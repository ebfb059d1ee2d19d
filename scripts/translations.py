"""Keeps the Qt Linguist translations in step with the code.

    python scripts/translations.py update    collect strings from app/, ui/, printouts/ into .ts
    python scripts/translations.py release   compile every .ts into the .qm the app loads
    python scripts/translations.py fill-en   give every English entry its own source text

Strings are marked with self.tr() in widgets and translate("context", "text") or
QT_TRANSLATE_NOOP elsewhere; lupdate finds all three.
"""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "ui" / "translations"
LANGUAGES = ("zh_CN", "en")
SOURCES = ("app", "ui", "printouts")


def tool(name: str) -> str:
    """A PySide6 tool from the interpreter's environment."""
    folder = Path(sys.executable).parent
    candidate = folder / (f"{name}.exe" if os.name == "nt" else name)
    return str(candidate) if candidate.exists() else name


def ts_file(language: str) -> Path:
    """The .ts file of a language."""
    return FOLDER / f"peer_support_{language}.ts"


def source_files() -> list[str]:
    """Every Python file whose strings the interface shows."""
    files = []
    for folder in SOURCES:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def update(target: Path | None = None, language: str = "zh_CN") -> Path:
    """Runs lupdate over the sources into the language's .ts (or another target)."""
    target = target or ts_file(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         *source_files(), "-target-language", language, "-ts", str(target)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    return target


def fill_english(path: Path) -> None:
    """English needs no translating: each entry's translation is its source."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is not None and source is not None:
            translation.text = source.text
            translation.attrib.pop("type", None)
    write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Writes a .ts file with the header Qt Linguist writes."""
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)


def release() -> None:
    """Compiles each .ts into its .qm."""
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    """Runs the requested step."""
    if argv == ["update"]:
        for language in LANGUAGES:
            update(language=language)
        fill_english(ts_file("en"))
        return 0
    if argv == ["release"]:
        release()
        return 0
    if argv == ["fill-en"]:
        fill_english(ts_file("en"))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
