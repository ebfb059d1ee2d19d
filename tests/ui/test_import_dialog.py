"""File › Import participants… and Import survey answers…: a preview, then the import."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.imports.people_csv import HEADER
from app.services import people, surveys
from tests.helpers import write_workbook
from ui.context import AppContext
from ui.imports.dialog import (
    ImportKind,
    ImportPreviewDialog,
    people_kind,
    preview_file,
    surveys_kind,
)
from ui.main_window import MainWindow

CHINESE = ["编号", "角色", "社区", "入组日期", "离开日期", "性别", "出生日期", "文化程度",
           "婚姻状况", "工作状况", "诊断", "照料对象"]  # fmt: skip
GOOD = [
    ["N1", "服务对象", "TJH", datetime(2016, 3, 1), None, "女", datetime(1970, 5, 5)],
    ["N2", "同伴支持者", "TJH", "2016/3/1", None, "男", None],
]
BAD = ["N3", "服务对象", "TJH", datetime(2016, 3, 1), None, "男人", None]


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes said, instead of showing them."""
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_: said.append(text))
    return said


def _previewed(
    qtbot: QtBot, context: AppContext, path: Path,
    kind: Callable[[], ImportKind] = people_kind,
) -> ImportPreviewDialog:  # fmt: skip
    """The preview of the file, once read and checked in the background."""
    parent = QWidget()
    qtbot.addWidget(parent)
    preview_file(parent, context, kind(), path)
    qtbot.waitUntil(lambda: bool(parent.findChildren(ImportPreviewDialog)), timeout=20_000)
    [dialog] = parent.findChildren(ImportPreviewDialog)
    return dialog


def test_a_bad_row_is_shown_with_row_column_value_and_reason(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path
) -> None:
    """The preview lists the problem where the file has it; Import stays off; nothing is
    written."""
    path = write_workbook(tmp_path / "花名册.xlsx", [CHINESE, *GOOD, BAD])
    dialog = _previewed(qtbot, doctor, path)
    model = dialog.problems_model
    assert model.rowCount() == 1
    cells = [model.data(model.index(0, column)) for column in range(4)]
    assert cells[:3] == ["4", "性别", "男人"] and "sex" in cells[3]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Row"
    assert dialog.tabs.tabText(0) == "Problems (1)"
    assert not dialog.import_button.isEnabled()
    assert dialog.rows_model.rowCount() == 3
    assert dialog.rows_model.headerData(6, Qt.Orientation.Horizontal) == "性别"
    assert "N1" not in {p.code for p in people.list_people(doctor.db)}


def test_a_good_file_is_imported_with_progress(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, told: list[str]
) -> None:
    """Import writes the rows, says what it did, and the people pages hear of it."""
    path = write_workbook(tmp_path / "roster.xlsx", [CHINESE, *GOOD])
    dialog = _previewed(qtbot, doctor, path)
    changed: list[str] = []
    doctor.events.changed.connect(changed.append)
    assert dialog.import_button.isEnabled() and dialog.tabs.count() == 1
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert told == ["2 people read: 2 new, 0 updated, 0 unchanged."]
    assert changed == ["people"]
    assert {"N1", "N2"} <= {p.code for p in people.list_people(doctor.db)}


def test_cancel_while_importing_writes_nothing(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Cancel pressed once the first batch is written: the roster is not half written."""
    from app.imports import people_writing

    path = tmp_path / "roster.csv"
    lines = [",".join(HEADER)] + [f"B{n:05d},consumer,TJH,2016-03-01,,,,,,,," for n in range(4000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    dialog = _previewed(qtbot, doctor, path)
    release, real = threading.Event(), people_writing.link_caregivers
    held = lambda *args, **kwargs: release.wait(10) and real(*args, **kwargs)  # noqa: E731
    monkeypatch.setattr(people_writing, "link_caregivers", held)
    progress = dialog.start_import()
    [button] = progress.findChildren(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told == ["The work was cancelled; nothing was changed."]
    assert dialog.result is None and dialog.import_button.isEnabled()
    assert not any(p.code.startswith("B") for p in people.list_people(doctor.db))


def test_survey_answers_preview_and_import(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, told: list[str]
) -> None:
    """Answers from a workbook with Chinese headings go through the same preview."""
    path = write_workbook(tmp_path / "answers.xlsx", [
        ["编号", "评估工具", "问题", "回答", "日期"],
        ["C1", "consumer_satisfaction", "satisfied_with_peers", "是", datetime(2016, 6, 1)],
    ])  # fmt: skip
    dialog = _previewed(qtbot, doctor, path, surveys_kind)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert [a.person for a in surveys.list_answers(doctor.db, doctor.account)] == ["C1"]


def test_models_pass_the_qt_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, qtbot: QtBot, doctor: AppContext, tmp_path: Path
) -> None:
    """Both preview tables are sound item models."""
    dialog = _previewed(qtbot, doctor, write_workbook(tmp_path / "r.xlsx", [CHINESE, *GOOD, BAD]))
    qtmodeltester.check(dialog.rows_model)
    qtmodeltester.check(dialog.problems_model)


def test_menu_offers_both_imports_and_the_dialog_fits_a_small_screen(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path
) -> None:
    """File has both import actions; the preview of a wide roster fits 1366x728."""
    window = MainWindow(doctor)
    qtbot.addWidget(window)
    assert window.import_people_action is not None and window.import_answers_action is not None
    dialog = _previewed(qtbot, doctor, write_workbook(tmp_path / "r.xlsx", [CHINESE, *GOOD, BAD]))
    dialog.show()
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert hint.width() <= 1366 and dialog.minimumSizeHint().height() <= 700
    dialog.grab().save(str(tmp_path / "preview.png"))
