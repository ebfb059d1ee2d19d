"""The People page: the registry, enrolment and status changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.permissions import Capability
from app.services import people, site
from app.services.people import RegistryRow
from ui.context import AppContext
from ui.labels import code_label
from ui.models.people_model import PeopleModel
from ui.models.table import ROW_ROLE, filter_proxy
from ui.pages.base import Page
from ui.people.enrol_wizard import EnrolWizard
from ui.people.status_dialog import StatusDialog
from ui.printing import preview_form, preview_list, print_button


class PeoplePage(Page):
    """Everyone enrolled at the site, searchable and filtered by community and role."""

    KINDS = frozenset({"people"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = PeopleModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnHidden(
            PeopleModel.NAME_COLUMN, not context.can(Capability.SEE_CONTACTS)
        )
        self.table.setColumnHidden(PeopleModel.DIAGNOSIS_COLUMN,
                                   not context.can(Capability.SEE_CLINICAL))  # fmt: skip
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.community = QComboBox()
        self.community.addItem(self.tr("All communities"), None)
        for community in site.list_communities(context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        self.role = QComboBox()
        self.role.addItem(self.tr("All roles"), None)
        for code in codes.ROLES.code_names():
            self.role.addItem(code_label(codes.ROLES, code), code)
        for combo in (self.community, self.role):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.enrol_button = QPushButton(self.tr("Enrol a person"))
        self.enrol_button.clicked.connect(lambda: EnrolWizard.ask(self, context))
        self.status_button = QPushButton(self.tr("Change status"))
        self.status_button.clicked.connect(self.change_status)
        manage = context.can(Capability.MANAGE_PEOPLE)
        self.enrol_button.setVisible(manage)
        self.status_button.setVisible(manage)
        entries = [
            (
                self.tr("This list"),
                lambda: preview_list(self, context, (self.tr("People"), "People"), self.proxy),
            )
        ]
        if context.can(Capability.SEE_CLINICAL):
            entries[:0] = [
                (
                    self.tr("Screening and consent checklist"),
                    lambda: self.print_selected("screening"),
                ),
                (self.tr("Survey interview sheet"), lambda: self.print_selected("survey")),
            ]
        self.print_button = print_button(self, entries)  # type: ignore[arg-type]
        bar = QHBoxLayout()
        for widget in (self.enrol_button, self.status_button, self.print_button, self.community,
                       self.role):  # fmt: skip
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.rows: list[RegistryRow] = []
        self.refresh()

    def refresh(self) -> None:
        """Reloads the registry as this user may see it."""
        self.rows = people.registry(self.context.db, self.context.account.role)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Keeps the rows of the chosen community and role."""
        community, role = self.community.currentData(), self.role.currentData()
        self.model.set_rows([
            r for r in self.rows
            if (community is None or r.person.community == community)
            and (role is None or r.person.role == role)
        ])  # fmt: skip

    def selected(self) -> RegistryRow | None:
        """The highlighted person."""
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], ROW_ROLE) if indexes else None

    def print_selected(self, form: str) -> None:
        """Previews the highlighted person's sheet (blank if nobody is highlighted)."""
        row = self.selected()
        preview_form(self, self.context, form, row.person.code if row else None)

    def show_person(self, code: str) -> bool:
        """Highlights a person (found by a printed code); True if shown."""
        self.community.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        self.search.clear()
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).person.code == code:
                self.table.selectRow(r)
                return True
        return False

    def change_status(self) -> None:
        """Leave, return, quit or becoming a peer, for the highlighted person."""
        row = self.selected()
        if row is not None:
            StatusDialog(self.context, row.person, self).exec()
