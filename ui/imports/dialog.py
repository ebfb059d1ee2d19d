"""File › Import participants… and Import survey answers…: choose a file, see its rows and
every problem before anything is written, then import it with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.imports.csv_reading import Checked, ImportResult
from ui.context import AppContext
from ui.imports.models import PreviewRowsModel, ProblemsModel
from ui.operations import run_with_progress


@dataclass(frozen=True)
class ImportKind:
    """What is imported: its services and the kind of record that changes."""

    check: Callable[..., Checked]
    run: Callable[..., ImportResult]
    changed: str


def people_kind() -> ImportKind:
    from app.imports.people_csv import check_people, import_people

    return ImportKind(check_people, import_people, "people")


def surveys_kind() -> ImportKind:
    from app.imports.surveys_csv import check_surveys, import_surveys

    return ImportKind(check_surveys, import_surveys, "surveys")


def choose_and_preview(parent: QWidget, context: AppContext, kind: ImportKind) -> None:
    """Asks for a file, reads and checks it in the background (with Cancel), then shows
    the preview."""
    title = QCoreApplication.translate("ImportPreviewDialog", "Choose a file to import")
    kinds = QCoreApplication.translate(
        "ImportPreviewDialog", "Excel workbooks and CSV files (*.xlsx *.csv);;All files (*)"
    )
    name, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    if name:
        preview_file(parent, context, kind, Path(name))


def preview_file(parent: QWidget, context: AppContext, kind: ImportKind, path: Path) -> None:
    """Reads and checks the file in the background, then opens the preview over ``parent``."""

    def shown(checked: Checked) -> None:
        dialog = ImportPreviewDialog(context, kind, checked, parent)
        dialog.open()

    def refused(error: Exception) -> None:
        title = QCoreApplication.translate("ImportPreviewDialog", "Cannot import")
        QMessageBox.warning(parent, title, str(error))

    label = QCoreApplication.translate("ImportPreviewDialog", "Reading {file}…")
    run_with_progress(
        parent, label.format(file=path.name),
        lambda report: kind.check(context.db, context.account, path, report), shown, refused,
    )  # fmt: skip


class ImportPreviewDialog(QDialog):
    """The file's first rows and every problem; Import is offered only when there are none."""

    imported = Signal(object)
    """Emitted with the ImportResult once the file is written."""

    def __init__(
        self, context: AppContext, kind: ImportKind, checked: Checked, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context, self.kind, self.checked = context, kind, checked
        self.result: ImportResult | None = None
        table = checked.table
        self.setWindowTitle(self.tr("Import {file}").format(file=table.path.name))
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        keys = [key for key in table.keys if key]
        self.rows_model = PreviewRowsModel(table.headings(), keys, checked.sample, table.unit)
        self.problems_model = ProblemsModel(checked.problems.kept, table.unit)
        self.tabs = QTabWidget()
        self.problems_view = self._view(self.problems_model, stretch_last=True)
        self.rows_view = self._view(self.rows_model)
        if checked.problems.count:
            self.tabs.addTab(self.problems_view, self.tr("Problems ({n})").format(
                n=checked.problems.count))  # fmt: skip
        shown = len(checked.sample)
        rows_title = (self.tr("Rows ({n})").format(n=shown) if shown == checked.rows else
                      self.tr("First {n} rows").format(n=shown))  # fmt: skip
        self.tabs.addTab(self.rows_view, rows_title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(checked.problems.count == 0)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def _view(self, model: Any, stretch_last: bool = False) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(stretch_last)
        return view

    def _summary(self) -> str:
        checked = self.checked
        if checked.problems.count == 0:
            return self.tr("{rows} rows read from {file}, no problems found. Nothing is "
                           "written until you choose Import.").format(
                rows=checked.rows, file=checked.table.path.name)  # fmt: skip
        text = self.tr("{rows} rows read from {file}; {n} problems found. Nothing can be "
                       "imported until they are corrected in the file.").format(
            rows=checked.rows, file=checked.table.path.name, n=checked.problems.count)  # fmt: skip
        if checked.problems.count > len(checked.problems.kept):
            text += " " + self.tr("The first {n} are listed.").format(
                n=len(checked.problems.kept))  # fmt: skip
        return text

    def start_import(self) -> QProgressDialog:
        """Writes the file in the background behind progress with Cancel; all or nothing."""
        self.import_button.setEnabled(False)
        checked, path = self.checked, self.checked.table.path
        return run_with_progress(
            self, self.tr("Importing {file}…").format(file=path.name),
            lambda report: self.kind.run(self.context.db, self.context.account, path, report,
                                         checked),
            self._done, self._failed, lambda: self.import_button.setEnabled(True),
        )  # fmt: skip

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self.context.events.changed.emit(self.kind.changed)
        self.imported.emit(result)
        QMessageBox.information(self, self.tr("Imported"), result.summary())
        self.accept()

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Cannot import"), str(error))
        self.import_button.setEnabled(self.checked.problems.count == 0)
