"""The screenshots command renders every main screen in both languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.services import accounts, sessions
from db.database import Database
from tests.helpers import DOCTOR
from ui.screenshots import LANGUAGES, write_screenshots


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
    assert (image.width(), image.height()) == (1280, 800)
    assert [s.code for s in accounts.list_staff(people_db)] == ["LI"]
    assert [a.username for a in accounts.list_accounts(people_db, DOCTOR)] == ["li"]
    assert len(sessions.list_sessions(people_db)) == before
