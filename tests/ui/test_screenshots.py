"""The screenshots command renders every main screen and every dialog in both languages."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QImage

from app.services import accounts, sessions
from db.database import Database
from tests.helpers import DOCTOR
from ui.screenshot_dialogs import BASES, MAKERS
from ui.screenshots import LANGUAGES, write_screenshots

UI = Path(__file__).resolve().parents[2] / "ui"
QT_DIALOGS = {"QDialog", "QWizard", "QMessageBox", "QProgressDialog", "QFileDialog",
              "QInputDialog"}  # fmt: skip


def dialog_classes() -> set[str]:
    """Every class in ui/ that is a dialog: it derives, through classes of ui/ or directly,
    from one of Qt's dialogs."""
    bases: dict[str, list[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).split(".")[-1] for b in node.bases]

    def is_dialog(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name in QT_DIALOGS:
            return True
        return name not in seen and any(is_dialog(b, seen | {name}) for b in bases.get(name, []))

    return {name for name in bases if is_dialog(name)}


def test_every_screen_in_both_languages(people_db: Database, db_path: Path, tmp_path: Path) -> None:
    """One PNG per page and language, of the window's size, on a site that has accounts
    already; the original is untouched."""
    accounts.add_first_account(people_db, "li", "first-pass-1", "Li")
    before = len(sessions.list_sessions(people_db))
    out = tmp_path / "shots"
    assert write_screenshots(str(db_path), str(out)) == 0
    names = {p.name for p in out.glob("*.png")}
    for language in LANGUAGES:
        for page in (
            "signin",
            "today",
            "log",
            "sessions",
            "people",
            "emergencies",
            "supervision",
            "surveys",
            "locked",
            "accounts",
        ):
            assert f"{language}-{page}.png" in names
    image = QImage(str(out / "zh_CN-sessions.png"))
    assert (image.width(), image.height()) == (1366, 768)
    assert [s.code for s in accounts.list_staff(people_db)] == ["LI"]
    assert [a.username for a in accounts.list_accounts(people_db, DOCTOR)] == ["li"]
    assert len(sessions.list_sessions(people_db)) == before


def test_every_dialog_class_is_rendered_at_the_screen_size(tmp_path: Path) -> None:
    """On the demo, every dialog class of ui/ (found by walking the source, so a new dialog
    cannot be forgotten) is rendered in both languages, on a 1366×768 picture."""
    found = dialog_classes()
    assert {"PlanSessionDialog", "EnrolWizard", "SignInDialog", "EntryDialog"} <= found
    assert found >= BASES
    assert set(MAKERS) == found - BASES
    out = tmp_path / "shots"
    assert write_screenshots(None, str(out)) == 0
    names = {p.name for p in out.glob("*.png")}
    expected = {f"{lang}-dialog-{name}.png" for lang in LANGUAGES for name in found - BASES}
    assert expected - names == set()
    for name in ("PlanSessionDialog", "SheetReviewDialog", "PrintPreviewDialog"):
        image = QImage(str(out / f"zh_CN-dialog-{name}.png"))
        assert (image.width(), image.height()) == (1366, 768)
