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

from app.permissions import Capability
from app.services import supervision, training
from app.services.training import CourseRow
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.labels import show_date
from ui.models.records_models import CoursesModel, SupervisionModel
from ui.models.table import ROW_ROLE, filter_proxy
from ui.pages.base import Page
from ui.printing import preview_form, preview_list, print_button
from ui.records.detail import RecordDialog
from ui.records.supervision_dialog import SupervisionDialog
from ui.records.training_dialogs import CourseDialog, TrainingSessionDialog
from ui.undo import PageUndo
from ui.widgets import fit_columns, record_table


class SupervisionTrainingPage(Page):
    """Supervision records on one tab, training courses and their sessions on the other."""

    KINDS = frozenset({"supervision", "training", "people"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.page_undo = PageUndo(self, context)
        self.supervision_model = SupervisionModel(self)
        self.supervision_proxy = filter_proxy(self.supervision_model, self)
        self.supervision_table = record_table(self.supervision_proxy)
        self.supervision_table.doubleClicked.connect(self.open_supervision)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search supervision…"))
        self.search.textChanged.connect(self.supervision_proxy.setFilterFixedString)
        record = QPushButton(self.tr("Record supervision"))
        record.clicked.connect(self.record_supervision)
        open_supervision = QPushButton(self.tr("Open…"))
        open_supervision.clicked.connect(self.open_supervision)
        self.print_button = print_button([
            (self.tr("Supervision record"), self.print_selected),
            (self.tr("This list"), lambda: preview_list(
                self, context, (self.tr("Supervision"), "Supervision"), self.supervision_proxy)),
        ])  # fmt: skip
        supervision_tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(record)
        bar.addWidget(open_supervision)
        bar.addWidget(self.print_button)
        bar.addWidget(self.search, 1)
        tab_layout = QVBoxLayout(supervision_tab)
        tab_layout.addLayout(bar)
        self.supervision_empty = EmptyState(
            self.tr("No supervision recorded yet."), self.tr("Record supervision"),
            self.record_supervision, context.account, Capability.RECORD_SUPERVISION,
        )  # fmt: skip
        tab_layout.addWidget(self.supervision_empty)
        tab_layout.addWidget(self.supervision_table)

        self.courses_model = CoursesModel(self)
        self.courses_proxy = filter_proxy(self.courses_model, self)
        self.courses_table = record_table(self.courses_proxy)
        self.courses_table.clicked.connect(self.show_course)
        self.courses_table.doubleClicked.connect(self.open_course)
        self.meetings = QListWidget()
        self.meetings.itemDoubleClicked.connect(self.open_meeting)
        new_course = QPushButton(self.tr("New course"))
        new_course.clicked.connect(self.new_course)
        open_course = QPushButton(self.tr("Open the course…"))
        open_course.clicked.connect(self.open_course)
        open_meeting = QPushButton(self.tr("Open the training session…"))
        open_meeting.clicked.connect(self.open_meeting)
        self.meeting_button = QPushButton(self.tr("Record a training session"))
        self.meeting_button.clicked.connect(self.record_meeting)
        training_tab = QWidget()
        training_bar = QHBoxLayout()
        self.training_print = print_button([
            (self.tr("Training attendance sheet"), self.print_meeting),
            (self.tr("This list"), lambda: preview_list(
                self, context, (self.tr("Training"), "Training"), self.courses_proxy)),
        ])  # fmt: skip
        training_bar.addWidget(new_course)
        training_bar.addWidget(self.meeting_button)
        training_bar.addWidget(open_course)
        training_bar.addWidget(open_meeting)
        training_bar.addWidget(self.training_print)
        training_bar.addStretch()
        training_layout = QVBoxLayout(training_tab)
        training_layout.addLayout(training_bar)
        self.courses_empty = EmptyState(
            self.tr("No training course yet. Start with the pre-service course."),
            self.tr("New course"), self.new_course, context.account, Capability.RECORD_TRAINING,
        )  # fmt: skip
        training_layout.addWidget(self.courses_empty)
        training_layout.addWidget(self.courses_table, 2)
        training_layout.addWidget(self.meetings, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(supervision_tab, self.tr("Supervision"))
        self.tabs.addTab(training_tab, self.tr("Training"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_undo.bar)
        layout.addWidget(self.tabs)
        self.first_load()
        self.supervision_empty.follow(self.supervision_model, self.supervision_table)
        self.courses_empty.follow(self.courses_model, self.courses_table, self.meetings)

    def refresh(self) -> None:
        """Reloads both lists."""
        self.supervision_model.set_rows(supervision.list_supervision(self.context.db))
        self.courses_model.set_rows(training.list_courses(self.context.db))
        fit_columns(self.supervision_table, 5)  # topics raised
        fit_columns(self.courses_table, 2)  # title
        self.meetings.clear()

    def record_supervision(self) -> None:
        """Records a supervision; the confirmation names it."""
        dialog = SupervisionDialog(self.context, self)
        if dialog.exec():
            self.page_undo.saved(self.tr("the supervision of {day}").format(
                day=show_date(dialog.data().held_on)), "supervision")  # fmt: skip

    def new_course(self) -> None:
        """Creates a course; the confirmation names it."""
        dialog = CourseDialog(self.context, self)
        if dialog.exec():
            self.page_undo.saved(self.tr("the course “{title}”").format(
                title=dialog.title.text()), "training")  # fmt: skip

    def _opened(self, dialog: RecordDialog) -> RecordDialog:
        dialog.saved.connect(self.page_undo.saved)
        return dialog

    def supervision_dialog(self) -> RecordDialog | None:
        """The highlighted supervision's record, its saves confirmed on this page."""
        indexes = self.supervision_table.selectionModel().selectedRows()
        row = self.supervision_proxy.data(indexes[0], ROW_ROLE) if indexes else None
        if row is None:
            return None
        return self._opened(SupervisionDialog(self.context, self, record_id=row.id))

    def course_dialog(self) -> RecordDialog | None:
        """The highlighted course's record."""
        course = self.selected_course()
        if course is None:
            return None
        return self._opened(CourseDialog(self.context, self, record_id=course.id))

    def meeting_dialog(self) -> RecordDialog | None:
        """The highlighted training session's record, with its attendance."""
        course, item = self.selected_course(), self.meetings.currentItem()
        if course is None or item is None:
            return None
        meeting = item.data(Qt.ItemDataRole.UserRole)
        return self._opened(TrainingSessionDialog(self.context, course.id, self,
                                                  record_id=meeting))  # fmt: skip

    def open_supervision(self) -> None:
        """Shows the highlighted supervision, to read, correct or cross out."""
        dialog = self.supervision_dialog()
        if dialog is not None:
            dialog.exec()

    def open_course(self) -> None:
        """Shows the highlighted course, to read, correct or cross out."""
        dialog = self.course_dialog()
        if dialog is not None:
            dialog.exec()

    def open_meeting(self) -> None:
        """Shows the highlighted training session, to read, correct or cross out."""
        dialog = self.meeting_dialog()
        if dialog is not None:
            dialog.exec()

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
        if course is not None and TrainingSessionDialog(self.context, course.id, self).exec():
            self.page_undo.saved(self.tr("the training session of “{title}”").format(
                title=course.title), "training")  # fmt: skip
