"""The audit log viewer, with the chain's check (passwords are reset in Settings › Accounts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audit import AuditRow, ChainReport, list_entries, verify_chain
from ui.context import AppContext
from ui.models.audit_model import ACTIONS, AuditModel
from ui.models.table import filter_proxy
from ui.operations import run_in_background, run_with_progress
from ui.pages.base import Page
from ui.widgets import fit_columns, record_table


class AuditPage(Page):
    """Who created, changed or deleted what and when; sign-ins and locks too."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.asked = self.shown = 0
        self.report: ChainReport | None = None
        """What the last check of the log found; None until it has finished."""
        self.model = AuditModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table(self.proxy)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("User"))
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("Record key or user name"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind"), None)
        for code, label in ACTIONS.items():
            self.kind.addItem(QCoreApplication.translate("AuditModel", label), code)
        search = QPushButton(self.tr("Show"))
        search.clicked.connect(self.refresh)
        check = QPushButton(self.tr("Check the chain"))
        check.clicked.connect(self.check_chain)
        self.result = QLabel()
        self.result.setWordWrap(True)
        bar = QHBoxLayout()
        for widget in (self.user, self.record, self.kind, search, check):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        self.first_load()

    def refresh(self) -> None:
        """Reloads the newest entries matching the filters, in the background (a filter
        by user reads through years of entries); only the last one asked for is shown."""
        self.asked += 1
        asked, db = self.asked, self.context.db
        user, record, kind = (self.user.text().strip() or None,
                              self.record.text().strip() or None, self.kind.currentData())  # fmt: skip

        def show(rows: list[AuditRow]) -> None:
            if asked == self.asked:
                self.model.set_rows(rows)
                fit_columns(self.table, 5)  # the detail takes the width left
                self.shown = asked

        run_in_background(self, lambda _progress: list_entries(db, user=user, record=record,
                                                               action=kind), show)  # fmt: skip

    @property
    def loading(self) -> bool:
        """Whether the entries last asked for are still being read."""
        return self.shown != self.asked

    def check_chain(self) -> QProgressDialog:
        """Checks the whole log and every record behind a progress window with Cancel, then
        says whether the audit log is intact, or names each kind of tampering found."""

        def said(report: ChainReport) -> None:
            self.report = report
            lines = ([self.tr("The audit log is intact.")] if report.intact
                     else [self.tr("Tampered with ({n} findings):").format(n=len(report.problems)),
                           *report.problems[:10]])  # fmt: skip
            self.result.setText("\n".join([*lines, *report.notes]))

        self.report = None
        self.result.clear()
        db, actor = self.context.db, self.context.account
        return run_with_progress(self, self.tr("Checking the audit log…"),
                                 lambda progress: verify_chain(db, actor, progress), said)  # fmt: skip
