"""The Surveys page: the evaluation answers, filtered by instrument and searchable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.permissions import Capability
from app.services import surveys
from app.services.surveys import Answer
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.models.records_models import AnswersModel
from ui.models.table import ROW_ROLE, filter_proxy
from ui.pages.base import Page
from ui.printing import preview_list, print_button
from ui.records.answer_dialog import AnswerDialog
from ui.records.survey_dialog import SurveyDialog
from ui.survey_texts import instrument_label
from ui.undo import PageUndo
from ui.widgets import fit_columns, record_table


class SurveysPage(Page):
    """Every answer recorded; new answers for one person at a time."""

    KINDS = frozenset({"surveys", "people"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.page_undo = PageUndo(self, context)
        self.rows: list[Answer] = []
        self.model = AnswersModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table(self.proxy)
        self.table.doubleClicked.connect(self.open_selected)
        self.instrument = QComboBox()
        self.instrument.addItem(self.tr("All instruments"), None)
        for code in codes.INSTRUMENTS:
            self.instrument.addItem(instrument_label(code), code)
        self.instrument.currentIndexChanged.connect(self.apply_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search answers…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        record = QPushButton(self.tr("Record answers"))
        record.clicked.connect(self.record)
        open_answer = QPushButton(self.tr("Open…"))
        open_answer.clicked.connect(self.open_selected)
        printing = print_button(
            [
                (
                    self.tr("This list"),
                    lambda: preview_list(
                        self, context, (self.tr("Surveys"), "Surveys"), self.proxy
                    ),
                )
            ],
        )
        bar = QHBoxLayout()
        bar.addWidget(record)
        bar.addWidget(open_answer)
        bar.addWidget(printing)
        bar.addWidget(self.instrument)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_undo.bar)
        layout.addLayout(bar)
        self.empty = EmptyState(
            self.tr("No survey answers recorded yet."), self.tr("Record answers"), self.record,
            context.account, Capability.RECORD_SURVEYS,
        )  # fmt: skip
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.first_load()
        self.empty.follow(self.model, self.table, is_empty=lambda: not self.rows)

    def refresh(self) -> None:
        """Reloads the answers."""
        self.rows = surveys.list_answers(self.context.db, self.context.account)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Keeps the answers of the chosen instrument."""
        wanted = self.instrument.currentData()
        self.model.set_rows([r for r in self.rows if wanted in (None, r.instrument)])
        fit_columns(self.table, 2)  # the question

    def record(self) -> None:
        """Records one person's answers; the confirmation says how many."""
        saved = SurveyDialog.ask(self, self.context)
        if saved:
            self.page_undo.saved(self.tr("{count} answers").format(count=saved), "surveys")

    def answer_dialog(self) -> AnswerDialog | None:
        """The highlighted answer's record, its saves confirmed on this page."""
        indexes = self.table.selectionModel().selectedRows()
        row = self.proxy.data(indexes[0], ROW_ROLE) if indexes else None
        if row is None:
            return None
        dialog = AnswerDialog(self.context, row, self)
        dialog.saved.connect(self.page_undo.saved)
        return dialog

    def open_selected(self) -> None:
        """Shows the highlighted answer, to read, correct or cross out."""
        dialog = self.answer_dialog()
        if dialog is not None:
            dialog.exec()
