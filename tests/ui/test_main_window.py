"""The desktop window shows which site is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from main import main
from ui.main_window import MainWindow


def test_window_names_the_site(qtbot: QtBot) -> None:
    """The site's name and code are on screen."""
    window = MainWindow("Chaoyang peer support", "CY01", "/data/site.sqlite")
    qtbot.addWidget(window)
    window.show()
    assert "Chaoyang peer support" in window.site_label.text()
    assert "CY01" in window.site_label.text()
    assert window.isVisible()


def test_window_says_when_not_set_up(qtbot: QtBot) -> None:
    """A database without a site says so instead of showing a blank name."""
    window = MainWindow(None, None, "/data/site.sqlite")
    qtbot.addWidget(window)
    assert "not set up" in window.site_label.text()


def test_main_with_no_arguments_opens_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`python main.py` opens the database and shows the window with the site's name."""
    db_file = tmp_path / "site.sqlite"
    assert main(["--db", str(db_file), "init", "--site", "CY01", "--name", "Chaoyang"]) == 0
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert main(["--db", str(db_file)]) == 0
    assert len(shown) == 1
    assert "Chaoyang" in shown[0].site_label.text()
