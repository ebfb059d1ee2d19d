"""In the Chinese interface every window speaks Chinese: no identifiers, no UUIDs, no English.

Each window of tests/ui/test_fits_screen.py (and the records' detail views) is opened in
Chinese and every text it shows is read: labels, buttons, titles, tabs, list and table
cells, headers, combo items and placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.i18n import set_translator
from app.services import emergencies, sessions
from tests.helpers import DOCTOR
from tests.ui.test_fits_screen import DIALOGS
from ui.application import install_translators
from ui.context import AppContext
from ui.labels import set_language

IDENTIFIER = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")
ENGLISH = re.compile(r"\b(?=[A-Za-z]*[a-z])[A-Za-z]{4,}\b")  # keys and codes are capitals
ALLOWED = {
    "Chaoyang", "peer", "support", "Tuanjiehu", "Maizidian",  # the test site's own names
    "Ctrl", "Excel", "SQLCipher", "SQLite", "About",  # names, and Qt's own "About Qt"
    "English",  # a language is offered by its own name
}
SKIPPED = {"about", "preview", "new_password"}
"""Licence texts are legal English; a preview shows a page; the password dialog's title is
its caller's (the test gives an English one)."""


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            yield str(model.data(model.index(row, column)) or "")


def texts(window: QWidget) -> Iterator[str]:
    """Every text the window shows a user."""
    yield window.windowTitle()
    for label in window.findChildren(QLabel):
        if label.textFormat() != Qt.TextFormat.RichText and not label.text().startswith("<"):
            yield label.text()
    for button in window.findChildren(QAbstractButton):
        yield button.text()
    for box in window.findChildren(QGroupBox):
        yield box.title()
    for tabs in window.findChildren(QTabWidget):
        yield from (tabs.tabText(i) for i in range(tabs.count()))
    for combo in window.findChildren(QComboBox):
        yield from (combo.itemText(i) for i in range(combo.count()))
    for edit in window.findChildren(QLineEdit):
        yield edit.placeholderText()
    for view in window.findChildren(QAbstractItemView):
        yield from _model_texts(view)


def foreign(text: str) -> list[str]:
    """The parts of a text that are no Chinese a user could read."""
    found = IDENTIFIER.findall(text) + UUID.findall(text)
    found += [w for w in ENGLISH.findall(text) if w not in ALLOWED]
    return found


def _session_page(context: AppContext, _tmp: Path) -> QWidget:
    from tests.ui.test_session_page import PLAN, REPORT
    from ui.sessions.session_page import SessionDialog

    sid = sessions.plan_session(context.db, DOCTOR, PLAN)
    sessions.log_session(context.db, DOCTOR, sid, REPORT)
    return SessionDialog(context, sid)


def _event_detail(context: AppContext, _tmp: Path) -> QWidget:
    from ui.emergency_detail import EventDetailDialog

    report = emergencies.EventReport("TJH", emergencies.utc_now(), "self_harm", "手臂有划痕",
                                     "联系家属", ("C1",))  # fmt: skip
    return EventDetailDialog(context, emergencies.report_event(context.db, DOCTOR, report))


WINDOWS = {**{n: m for n, m in DIALOGS.items() if n not in SKIPPED},
           "session_page": _session_page, "event_detail": _event_detail}  # fmt: skip


@pytest.mark.parametrize("name", list(WINDOWS))
def test_every_window_speaks_chinese(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, name: str
) -> None:
    app = QApplication.instance()
    install_translators(app, "zh_CN")  # type: ignore[arg-type]
    set_language("zh_CN")
    set_translator(lambda context, text: QApplication.translate(context, text))
    try:
        window = WINDOWS[name](doctor, tmp_path)
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        bad = sorted({(text, part) for text in texts(window) for part in foreign(text)})
        assert bad == [], bad
        if isinstance(window, QDialog):
            window.done(QDialog.DialogCode.Rejected)
        else:
            window.close()
    finally:
        set_translator(None)
        set_language("en")
        install_translators(app, "en")  # type: ignore[arg-type]
