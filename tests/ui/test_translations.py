"""Translations: complete, up to date with the code, compiled, and used by the windows."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.i18n import translate
from ui.application import TRANSLATIONS_DIR, install_translators, remove_translators
from ui.context import AppContext
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    """No unfinished or empty translation, and every placeholder kept."""
    problems = []
    for context, source, message in messages(translations.ts_file(language)):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text)):
            problems.append(f"{context}: {source!r} lost a placeholder")
    assert problems == []


def test_ts_files_are_up_to_date(tmp_path: Path) -> None:
    """Every string in the code is in the .ts files (run scripts/translations.py update)."""
    fresh = translations.update(tmp_path / "fresh.ts")
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    for language in translations.LANGUAGES:
        have = {(c, s) for c, s, _ in messages(translations.ts_file(language))}
        missing = sorted(wanted - have)
        assert missing == [], f"run: python scripts/translations.py update ({missing[:5]})"


def test_compiled_qm_files_match_the_sources(tmp_path: Path) -> None:
    """The .qm in the repository is what the .ts compiles to."""
    for language in translations.LANGUAGES:
        ts = translations.ts_file(language)
        qm = tmp_path / f"{language}.qm"
        subprocess.run([translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)  # fmt: skip
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: translations release"


def test_chinese_interface(qtbot: QtBot, doctor: AppContext) -> None:
    """With the Chinese translation the window and the domain's messages are Chinese."""
    app = QCoreApplication.instance()
    assert app is not None and (TRANSLATIONS_DIR / "peer_support_zh_CN.qm").exists()
    install_translators(app, "zh_CN")
    try:
        window = MainWindow(doctor)
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("同伴支持服务工作台")
        assert window.navigation.item(0).text() == "今日"
        assert translate("sessions", "No peer leads the session.") == "没有带领活动的同伴支持者。"
    finally:
        remove_translators()
