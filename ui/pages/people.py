"""The People page: the registry, enrolment, and each person's detail.

The registry service decides what each role may see (no diagnosis without SEE_CLINICAL,
no names or phones without SEE_CONTACTS); the page also hides those empty columns.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import codes, name_forms
from app.permissions import Capability
from app.services import people
from app.services.people import RegistryRow
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.labels import code_label
from ui.models.people_model import (
    CLINICAL_COLUMNS,
    CODE,
    CONTACT_COLUMNS,
    NAME,
    PeopleFilter,
    PeopleModel,
)
from ui.models.table import ROW_ROLE
from ui.pages.base import Page
from ui.people.detail import PersonDetailDialog
from ui.people.enrol_wizard import EnrolWizard
from ui.people.fields import community_names
from ui.printing import preview_form, preview_list, print_button
from ui.undo import PageUndo


class PeoplePage(Page):
    """Everyone enrolled at the site, searchable and filtered by community and role."""

    KINDS = frozenset({"people"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = PeopleModel(self)
        self.model.community_names = community_names(context.db)
        self.proxy = PeopleFilter(self.model, self)
        self.undo = PageUndo(self, context)
        self._build_table()
        self._build_filters()
        self._build_buttons()
        self.count = QLabel()
        self.empty = EmptyState(
            self.tr("Nobody is enrolled yet."), self.tr("Enrol a person"), self.enrol,
            context.account, Capability.MANAGE_PEOPLE,
        )  # fmt: skip
        bar = QHBoxLayout()
        for widget in (self.enrol_button, self.open_button, self.print_button):
            bar.addWidget(widget)
        bar.addSpacing(24)
        for label, widget in ((self.tr("Community"), self.community), (self.tr("Role"), self.role)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.undo.bar)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._fitted = False
        self.first_load()
        self.empty.follow(self.model, self.table, self.count)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # sizing columns reads 200 rows, not all
        for column in CONTACT_COLUMNS:
            self.table.setColumnHidden(column, not self.context.can(Capability.SEE_CONTACTS))
        # peers see names too, in the site's chosen form (never codes alone)
        self.table.setColumnHidden(NAME, not name_forms.sees_names(self.context.account))
        for column in CLINICAL_COLUMNS:
            self.table.setColumnHidden(column, not self.context.can(Capability.SEE_CLINICAL))
        self.table.activated.connect(self.open_person)

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people…"))
        self.search.setClearButtonEnabled(True)
        self.community = QComboBox()
        self.community.addItem(self.tr("All communities"), None)
        for code, name in self.model.community_names.items():
            self.community.addItem(name, code)
        self.role = QComboBox()
        self.role.addItem(self.tr("All roles"), None)
        for code in codes.ROLES.code_names():
            self.role.addItem(code_label(codes.ROLES, code), code)
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.community, self.role):
            combo.currentIndexChanged.connect(self.apply_filters)

    def _build_buttons(self) -> None:
        self.enrol_button = QPushButton(self.tr("Enrol a person"))
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_button.setVisible(self.context.can(Capability.MANAGE_PEOPLE))
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("The highlighted person's detail (or double-click)"))
        self.open_button.clicked.connect(lambda: self.open_person(self.table.currentIndex()))
        entries = [(self.tr("This list"), self.print_list)]
        if self.context.can(Capability.SEE_CLINICAL):
            entries[:0] = [
                (self.tr("Screening and consent checklist"),
                 lambda: self.print_selected("screening")),
                (self.tr("Pre-service needs interview"), lambda: self.print_selected("needs")),
                (self.tr("Survey interview sheet"), lambda: self.print_selected("survey")),
                (self.tr("Whole personal record"), lambda: self.print_selected("person-record")),
            ]  # fmt: skip
        self.print_button = print_button(entries)  # type: ignore[arg-type]

    def print_list(self) -> None:
        """Previews the list as shown, without the columns this user may not see."""
        hidden = frozenset(c for c in range(self.proxy.columnCount())
                           if self.table.isColumnHidden(c))  # fmt: skip
        preview_list(self, self.context, (self.tr("People"), "People"), self.proxy, hidden)

    def fit_columns(self) -> None:
        """Columns as wide as their contents (judged on the first rows) plus breathing room."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, header.sectionSize(column) + 12)

    def refresh(self) -> None:
        """Reloads the registry as this user may see it, keeping the highlighted person."""
        kept = self.selected()
        self.model.set_rows(people.registry(self.context.db, self.context.account))
        if not self._fitted:  # to the first rows read, once: a user's widths stay after
            self._fitted = True
            self.fit_columns()
        if kept is not None:
            self.select(kept.person.code)
        self._show_count()

    def apply_filters(self) -> None:
        """Keeps the rows of the chosen community and role that hold the searched text."""
        self.proxy.set_filters(
            self.community.currentData(), self.role.currentData(), self.search.text()
        )
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.rowCount()
        self.count.setText(
            self.tr("{shown} of {total} people shown").format(
                shown=self.proxy.rowCount(), total=total
            )
        )

    def selected(self) -> RegistryRow | None:
        """The highlighted person."""
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], ROW_ROLE) if indexes else None

    def select(self, code: str) -> bool:
        """Highlights the person with this code if the filters show them; True if shown."""
        for row in range(self.proxy.rowCount()):
            person = self.proxy.data(self.proxy.index(row, CODE), ROW_ROLE).person
            if code == person.code or code in person.former_codes:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, CODE))
                return True
        return False

    def show_person(self, code: str) -> bool:
        """Highlights a person (found by a printed code), clearing the filters; True if shown."""
        self.community.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        self.search.clear()
        return self.select(code)

    def enrol(self) -> None:
        """Runs the enrolment flow and highlights the new person."""
        code = EnrolWizard.ask(self, self.context)
        if code is not None:
            self.undo.saved(self.tr("the enrolment of {code}").format(code=code), "people")
            self.show_person(code)

    def open_person(self, index: QModelIndex) -> None:
        """Opens the person's detail, where status changes and caregiver links are made."""
        row: RegistryRow | None = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        if row is not None:
            self.detail_for(row.person.code).exec()

    def detail_for(self, code: str) -> PersonDetailDialog:
        """The person's detail over the page; what is saved there can be undone here."""
        dialog = PersonDetailDialog(self.context, code, self)
        dialog.saved.connect(lambda message: self.undo.saved(message, "people"))
        return dialog

    def print_selected(self, form: str) -> None:
        """Previews the highlighted person's sheet; blank if nobody is highlighted, laid out
        for the role the list is filtered by (a consumer's when it shows all roles)."""
        row = self.selected()
        role = None if row else self.role.currentData()
        preview_form(self, self.context, form, row.person.code if row else None, role)
