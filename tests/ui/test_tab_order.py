"""Tab moves through every form in the order a reader's eye does: down each column, left to
right along a row, into the next column to the right, and the buttons last."""

from __future__ import annotations

from datetime import date, time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import sessions
from tests.helpers import DOCTOR
from tests.ui.test_fits_screen import DIALOGS
from ui.context import AppContext
from ui.main_window import MainWindow

SAME_LINE = 8
"""Pixels two fields' middles may differ by and still be on one line."""


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab stops at, in the order it does, from the window's start."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not window and widget not in stops:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not isinstance(widget, QScrollArea)  # a frame, not a field: Tab passes it
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _scroller(widget: QWidget, top: QWidget) -> QAbstractScrollArea | None:
    """The outermost scroll area holding the widget, below ``top``."""
    found = None
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def _place(widget: QWidget, within: QWidget) -> QRect:
    """Where the widget lies in ``within``, as laid out: a field inside a scroll area counts
    at the scroll area's place unless ``within`` is inside the same scroll area."""
    scroller = _scroller(widget, within)
    shown = scroller if scroller is not None else widget
    return QRect(shown.mapTo(within, QPoint(0, 0)), shown.size())


def _common(a: QWidget, b: QWidget, window: QWidget) -> QWidget:
    """The innermost scrolled content holding both, else the window."""
    held = a.parentWidget()
    while held is not None and held is not window:
        if isinstance(held.parentWidget(), QWidget) and isinstance(
            held.parentWidget().parentWidget(), QScrollArea
        ) and held.isAncestorOf(b):
            return held
        held = held.parentWidget()
    return window


def backward_moves(window: QWidget) -> list[str]:
    """Each Tab that goes up within a column or left along a line."""
    stops = tab_stops(window)
    moves = []
    for before, after in pairwise(stops):
        within = _common(before, after, window)
        a, b = _place(before, within), _place(after, within)
        if a == b:
            continue  # two fields of one scroll area seen from outside it
        up = b.center().y() < a.center().y() - SAME_LINE and b.left() <= a.right()
        left = abs(b.center().y() - a.center().y()) <= SAME_LINE and b.left() < a.left()
        if up or left:
            moves.append(f"{_name(before)} → {_name(after)}")
    return moves


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()} {text!r}".strip()


@pytest.mark.parametrize("name", [n for n in DIALOGS if n != "main_window"])
def test_tab_follows_what_the_eye_reads(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, name: str
) -> None:
    """Opened as the app opens it, the form's Tab order never goes back up or left, on
    each of its tabs and steps."""
    window = DIALOGS[name](doctor, tmp_path)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    assert len(tab_stops(window)) >= 1
    found = {"opened": backward_moves(window)}
    for pages in window.findChildren(QTabWidget) + window.findChildren(QStackedWidget):
        if not pages.isVisible():
            continue
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            QApplication.processEvents()
            found[f"{type(pages).__name__} {index}"] = backward_moves(window)
    assert {where: moves for where, moves in found.items() if moves} == {}, name
    if isinstance(window, QDialog):
        window.done(QDialog.DialogCode.Rejected)


def test_tab_follows_the_eye_on_every_page(qtbot: QtBot, doctor: AppContext) -> None:
    """Each page of the main window, and each step of the session log, in reading order."""
    plan = sessions.SessionPlan("TJH", date.today() - timedelta(days=1), time(9), time(10, 30),
                                "health_center", "social_skills", "P1", ("P2",))  # fmt: skip
    sessions.plan_session(doctor.db, DOCTOR, plan)
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    window.show()
    found = {}
    for key in window.pages:
        page = window.show_page(key)
        QApplication.processEvents()
        found[key] = backward_moves(window)
        if key == "log":
            page.choose(page.rows[0].id)  # type: ignore[attr-defined]
            for step in range(page.steps.count()):  # type: ignore[attr-defined]
                page.go(step)  # type: ignore[attr-defined]
                QApplication.processEvents()
                found[f"log step {step}"] = backward_moves(window)
    assert {key: moves for key, moves in found.items() if moves} == {}


def test_a_backward_tab_is_found(qtbot: QtBot) -> None:
    """The check itself: a form whose second field comes first to Tab is caught."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    form = QDialog()
    qtbot.addWidget(form)
    fields = [QLineEdit() for _ in range(3)]
    layout = QVBoxLayout(form)
    for field in fields:
        layout.addWidget(field)
    form.show()
    assert backward_moves(form) == []
    QWidget.setTabOrder(fields[2], fields[1])  # top, bottom, middle
    assert backward_moves(form) == ["QLineEdit  '' → QLineEdit  ''"]
