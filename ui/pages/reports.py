"""The Reports page: the evaluation for a period and communities, with charts and exports."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import storage_error
from app.reports.build import ReportScope, build_report, data_span
from app.reports.tables import report_tables
from app.services import site
from ui.charts import BarChart
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.operations import run_in_background, run_with_progress
from ui.pages.base import Page
from ui.widgets import checked_keys, checklist, date_edit, to_date, to_qdate


class ReportsPage(Page):
    """Choose the period and communities, build, read the tables and charts, export them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: dict[str, Any] | None = None
        self._span_asked = False
        self.start = date_edit(date(date.today().year - 1, 1, 1))
        self.end = date_edit(date.today())
        self.communities = checklist(
            (f"{c.name_zh or c.name_en} ({c.code})", c.code)
            for c in site.list_communities(context.db)
        )
        self.communities.setMaximumHeight(90)
        self.build_button = QPushButton(self.tr("Build the report"))
        self.build_button.clicked.connect(self.build)
        self.status = QLabel()
        self.period_chart = BarChart()
        self.topic_chart = BarChart()
        self.peer_chart = BarChart()
        self.enrolment_chart = BarChart()
        charts = QWidget()
        chart_layout = QVBoxLayout(charts)
        for chart in (self.period_chart, self.topic_chart, self.peer_chart, self.enrolment_chart):
            chart_layout.addWidget(chart)
            save = QPushButton(self.tr("Save this chart as an image…"))
            save.clicked.connect(lambda _=False, c=chart: self.ask_save_chart(c))
            chart_layout.addWidget(save)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        self.tables = QTabWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Charts"))
        self.tabs.addTab(self.tables, self.tr("Tables"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        bar.addWidget(QLabel(self.tr("Communities (none ticked: all)")))
        bar.addWidget(self.communities, 1)
        bar.addWidget(self.build_button)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.ask_save("pdf"))
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.ask_save("xlsx"))
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(False)
            bar.addWidget(button)
        self.empty = EmptyState(
            self.tr("No report yet. Choose the period and the communities above, then build "
                    "the report to see its charts and tables."),
            self.tr("Build the report"), self.build, context.account,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        self.empty.show_if(True, self.tabs)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the page is seen, the period becomes the span of the data (read off
        the GUI thread: it loads pandas), unless the user already chose dates."""
        super().showEvent(event)
        if self._span_asked:
            return
        self._span_asked = True
        chosen = (self.start.date(), self.end.date())

        def known(span: tuple[date, date] | None) -> None:
            if span is not None and (self.start.date(), self.end.date()) == chosen:
                self.start.setDate(to_qdate(span[0]))
                self.end.setDate(to_qdate(span[1]))

        db = self.context.db
        run_in_background(self, lambda _report: data_span(db), known, lambda _error: None)

    def scope(self) -> ReportScope:
        """The period and communities chosen."""
        return ReportScope(to_date(self.start.date()), to_date(self.end.date()),
                           tuple(checked_keys(self.communities)))  # fmt: skip

    def build(self) -> QProgressDialog:
        """Builds the report off the GUI thread, then shows it."""
        scope = self.scope()
        self.build_button.setEnabled(False)
        self.status.setText(self.tr("Building the report…"))

        def failed(error: Exception) -> None:
            self.build_button.setEnabled(True)
            self.status.setText(str(error))

        def cancelled() -> None:
            self.build_button.setEnabled(True)
            self.status.setText(self.tr("The report was not built."))

        return run_with_progress(
            self, self.tr("Building the report…"),
            lambda report: build_report(self.context.db, self.context.account, scope, progress=report),
            self.show_report, failed, cancelled,
        )  # fmt: skip

    def show_report(self, report: dict[str, Any]) -> None:
        """Fills the charts and one tab per table."""
        self.report = report
        self.build_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)
        self.status.setText(self.tr("{n} sessions held in the period.").format(
            n=report["sessions"]["held"]))  # fmt: skip
        from app.reports.document import charts
        from ui.printing import pdf_language

        shown = (self.period_chart, self.topic_chart, self.peer_chart, self.enrolment_chart)
        for widget, chart in zip(shown, charts(report, pdf_language()), strict=True):
            widget.set_chart(chart)
        self.empty.show_if(False, self.tabs)
        self.tables.clear()
        for title, headers, rows in report_tables(report, pdf_language()):
            table = QTableWidget(len(rows), len(headers))
            table.setHorizontalHeaderLabels(headers)
            for r, row in enumerate(rows):
                for c, value in enumerate(row[: len(headers)]):
                    text = (
                        f"{value:.4g}"
                        if isinstance(value, float)
                        else ""
                        if value is None
                        else str(value)
                    )
                    table.setItem(r, c, QTableWidgetItem(text))
            self.tables.addTab(table, title)

    def ask_save(self, kind: str) -> None:
        """Asks where to write the report as a PDF or an Excel workbook."""
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), f"report.{kind}",
                                              filters[kind])  # fmt: skip
        if path:
            self.save(kind, Path(path))

    def save(self, kind: str, path: Path) -> QProgressDialog | None:
        """Writes the report shown as a PDF (in the interface language) or a workbook, in
        the background; the status line says where it went."""
        if self.report is None:
            return None
        from app.reports.outputs import save_report
        from ui.printing import pdf_language

        report, site_name, language = self.report, self.context.site_name, pdf_language()

        def saved(_none: None) -> None:
            self.status.setText(self.tr("The report is saved in {file}.").format(file=path))

        return run_with_progress(
            self, self.tr("Saving the report…"),
            lambda progress: save_report(report, kind, path, site_name, language, progress),
            saved, show_after_ms=500,
        )  # fmt: skip

    def ask_save_chart(self, chart: BarChart) -> None:
        """Asks where to save the chart as a PNG image."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), "chart.png",
                                              self.tr("Images (*.png)"))  # fmt: skip
        if path:
            self.save_chart(chart, Path(path))

    def save_chart(self, chart: BarChart, path: Path) -> bool:
        """Writes the chart as it is shown to a PNG file, whole or not at all."""
        from db.files import replaced_when_done

        try:
            with replaced_when_done(path) as partial:
                if not chart.grab().save(str(partial), "PNG"):
                    raise OSError(errno.EIO, "the image was not written", str(path))
        except OSError as error:
            refusal = storage_error(error, path)
            QMessageBox.warning(self, self.tr("Cannot save"), str(refusal or error))
            return False
        return True
