"""Supervision and training: two lists, each with its record forms."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import supervision, training
from app.services.training import CourseRow
from ui.context import AppContext
from ui.labels import show_date
from ui.models.records_models import CoursesModel, SupervisionModel
from ui.models.table import ROW_ROLE, filter_proxy
from ui.pages.base import Page
from ui.printing import preview_form, preview_list, print_button
from ui.records.supervision_dialog import SupervisionDialog
from ui.records.training_dialogs import CourseDialog, TrainingSessionDialog
from ui.widgets import fit_columns, record_table


class SupervisionTrainingPage(Page):
    """Supervision records on one tab, training courses and their sessions on the other."""

    KINDS = frozenset({"supervision", "training", "people"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.supervision_model = SupervisionModel(self)
        self.supervision_proxy = filter_proxy(self.supervision_model, self)
        self.supervision_table = record_table(self.supervision_proxy)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search supervision…"))
        self.search.textChanged.connect(self.supervision_proxy.setFilterFixedString)
        record = QPushButton(self.tr("Record supervision"))
        record.clicked.connect(lambda: SupervisionDialog.ask(self, context))
        self.print_button = print_button(self, [
            (self.tr("Supervision record"), self.print_selected),
            (self.tr("This list"), lambda: preview_list(
                self, context, (self.tr("Supervision"), "Supervision"), self.supervision_proxy)),
        ])  # fmt: skip
        supervision_tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(record)
        bar.addWidget(self.print_button)
        bar.addWidget(self.search, 1)
        tab_layout = QVBoxLayout(supervision_tab)
        tab_layout.addLayout(bar)
        tab_layout.addWidget(self.supervision_table)

        self.courses_model = CoursesModel(self)
        self.courses_proxy = filter_proxy(self.courses_model, self)
        self.courses_table = record_table(self.courses_proxy)
        self.courses_table.clicked.connect(self.show_course)
        self.meetings = QListWidget()
        new_course = QPushButton(self.tr("New course"))
        new_course.clicked.connect(lambda: CourseDialog(context, self).exec())
        self.meeting_button = QPushButton(self.tr("Record a training session"))
        self.meeting_button.clicked.connect(self.record_meeting)
        training_tab = QWidget()
        training_bar = QHBoxLayout()
        self.training_print = print_button(self, [
            (self.tr("Training attendance sheet"), self.print_meeting),
            (self.tr("This list"), lambda: preview_list(
                self, context, (self.tr("Training"), "Training"), self.courses_proxy)),
        ])  # fmt: skip
        training_bar.addWidget(new_course)
        training_bar.addWidget(self.meeting_button)
        training_bar.addWidget(self.training_print)
        training_bar.addStretch()
        training_layout = QVBoxLayout(training_tab)
        training_layout.addLayout(training_bar)
        training_layout.addWidget(self.courses_table, 2)
        training_layout.addWidget(self.meetings, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(supervision_tab, self.tr("Supervision"))
        self.tabs.addTab(training_tab, self.tr("Training"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        """Reloads both lists."""
        self.supervision_model.set_rows(supervision.list_supervision(self.context.db))
        self.courses_model.set_rows(training.list_courses(self.context.db))
        fit_columns(self.supervision_table, 5)  # topics raised
        fit_columns(self.courses_table, 2)  # title
        self.meetings.clear()

    def print_selected(self) -> None:
        """Previews the highlighted supervision's record (blank if none is highlighted)."""
        indexes = self.supervision_table.selectionModel().selectedRows()
        row = self.supervision_proxy.data(indexes[0], ROW_ROLE) if indexes else None
        preview_form(self, self.context, "supervision", row.id if row else None)

    def selected_course(self) -> CourseRow | None:
        """The highlighted course."""
        indexes = self.courses_table.selectionModel().selectedRows()
        return self.courses_proxy.data(indexes[0], ROW_ROLE) if indexes else None

    def show_course(self, _index: QModelIndex) -> None:
        """Lists the course's sessions with who attended."""
        course = self.selected_course()
        self.meetings.clear()
        if course is None:
            return
        for meeting in training.course_sessions(self.context.db, course.id):
            item = QListWidgetItem(
                self.tr("{day} {topic}: attended {present}, absent {absent}").format(
                    day=show_date(meeting.held_on), topic=meeting.topic,
                    present=", ".join(meeting.attended) or "—",
                    absent=", ".join(meeting.absent) or "—",
                )
            )  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings.addItem(item)

    def print_meeting(self) -> None:
        """Previews the attendance sheet of the highlighted meeting (blank if none)."""
        item = self.meetings.currentItem()
        meeting = item.data(Qt.ItemDataRole.UserRole) if item else None
        preview_form(self, self.context, "training", meeting)

    def record_meeting(self) -> None:
        """Records a session of the highlighted course."""
        course = self.selected_course()
        if course is not None:
            TrainingSessionDialog(self.context, course.id, self).exec()
