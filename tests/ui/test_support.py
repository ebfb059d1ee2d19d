"""Supportable: uncaught exceptions are logged and told, the version and licences are shown."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.support import app_version, start_log
from main import main
from ui.about import AboutDialog
from ui.context import AppContext
from ui.crash import CrashReporter, install_crash_handler
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def reporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CrashReporter]:
    """The crash handler as the program installs it, logging into the test's folder."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    before = list(logging.getLogger().handlers)
    yield install_crash_handler(start_log(tmp_path / "logs"))
    for handler in logging.getLogger().handlers:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


class Button(QObject):
    pressed = Signal()


def test_exception_in_a_slot_is_logged_and_shown(
    qtbot: QtBot, reporter: CrashReporter, tmp_path: Path
) -> None:
    """A slot that fails writes its traceback to the log and a message names the log file."""
    button = Button()

    def broken_slot() -> None:
        message = "times could not " + "be read"  # so the line the log quotes does not hold it
        raise ValueError(message)

    button.pressed.connect(broken_slot)
    button.pressed.emit()
    qtbot.waitUntil(lambda: reporter.box is not None)
    log = (tmp_path / "logs" / "peer-support.log").read_text(encoding="utf-8")
    assert "builtins.ValueError" in log and "broken_slot" in log
    assert "times could not be read" not in log  # a message may quote what was typed
    box = reporter.box
    assert box is not None
    assert str(tmp_path / "logs" / "peer-support.log") in box.informativeText()
    assert "Something went wrong" in box.text()
    assert "broken_slot" in box.detailedText()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    assert "ValueError" in QApplication.clipboard().text()
    box.done(0)
    assert reporter.box is None


def test_a_second_failure_adds_to_the_open_message(qtbot: QtBot, reporter: CrashReporter) -> None:
    """Two failures in a row make one message, not a pile of them."""
    for text in ("first", "second"):
        try:
            raise RuntimeError(text)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: reporter.box is not None and "second" in reporter.box.detailedText())
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
                and w.isVisible()]) == 1  # fmt: skip
    reporter.box.done(0)  # type: ignore[union-attr]


def test_version_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    """`main.py --version` prints the installed version."""
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"peer-support {app_version()}"
    assert app_version()[0].isdigit()


def test_about_shows_version_log_and_licences(qtbot: QtBot, doctor: AppContext) -> None:
    """Help › About shows the version, the log's place and the licences; About Qt is there."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    dialog = window.about()
    assert isinstance(dialog, AboutDialog)
    assert app_version() in dialog.summary.text()
    assert "peer-support.log" in dialog.summary.text()
    notices = dialog.notices.toPlainText()
    for part in ("MIT License", "LGPL", "SQLCipher", "OpenSSL", "libsodium", "PDFium", "WenQuanYi"):
        assert part in notices
    assert any(b.text() == "About Qt" for b in dialog.findChildren(QPushButton))
    dialog.done(0)


def test_the_build_carries_the_notices() -> None:
    """The standalone build's spec puts the notices beside the program and in app/data."""
    spec = (ROOT / "packaging" / "peer-support.spec").read_text(encoding="utf-8")
    assert '(str(NOTICES), ".")' in spec and '(str(NOTICES), "app/data")' in spec
    assert (ROOT / "app" / "data" / "THIRD-PARTY-NOTICES.txt").is_file()


def test_progress_window_has_a_title_in_words(qtbot: QtBot) -> None:
    """The progress window says "Please wait" in its title, not the program's file name."""
    from PySide6.QtWidgets import QWidget

    from ui.operations import run_with_progress

    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    dialog = run_with_progress(parent, "Building…", lambda report: 42, results.append)
    assert dialog.windowTitle() == "Please wait"
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)


def test_qt_own_buttons_speak_chinese() -> None:
    """With the Chinese interface, Qt's own dialogs' buttons are translated (qtbase_zh_CN)."""
    from PySide6.QtCore import QCoreApplication

    from ui.application import install_translators

    install_translators(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_a_worker_threads_failure_is_shown_in_the_window(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    """An exception in a thread of ours reaches the window as the same message."""

    def work() -> None:
        raise OSError("the worker failed")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.box is not None)
    assert reporter.box is not None and "the worker failed" in reporter.box.detailedText()
    reporter.box.done(0)


def test_only_a_start_without_a_command_skips_the_command_line_parser() -> None:
    """``--db FILE`` alone opens the window; anything else is the command line's."""
    from main import plain_start

    assert plain_start([]) == ""
    assert plain_start(["--db", "site.sqlite"]) == "site.sqlite"
    for words in (["--db", "site.sqlite", "check"], ["--version"], ["--db", "--help"],
                  ["--user", "doc"], ["--db=site.sqlite"]):  # fmt: skip
        assert plain_start(words) is None
