"""The layers of DESIGN.md: the domain never imports Qt, the interface never touches SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imports(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("folder", ["app", "db", "printouts"])
def test_domain_imports_no_qt_and_no_ui(folder: str) -> None:
    """app/, db/ and printouts/ run without Qt."""
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, name in imports(path)
        if name.split(".")[0] in ("PySide6", "ui")
    ]
    assert bad == []


def test_ui_has_no_sql() -> None:
    """ui/ reaches the database only through app/ services."""
    bad = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for line, name in imports(path)
        if name.split(".")[0] in ("sqlalchemy", "sqlite3") or name.startswith("db.models")
    ]
    assert bad == []
