"""The Emergencies page: reports by state, acknowledgement, follow-up and closing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.permissions import Capability
from app.services import accounts, emergencies
from app.services.emergencies import EventRow
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.emergency_detail import EventDetailDialog
from ui.emergency_form import EmergencyDialog
from ui.empty_state import EmptyState
from ui.models.events_model import EventsModel
from ui.models.table import ROW_ROLE, filter_proxy
from ui.operations import call
from ui.pages.base import Page
from ui.printing import preview_form, preview_list, print_button
from ui.undo import PageUndo
from ui.widgets import fit_columns, record_table

STATES = ("", "reported", "acknowledged", "closed")


class FollowUpDialog(EntryDialog):
    """The doctor's follow-up note, and whether the report is now closed."""

    def __init__(self, row: EventRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Follow-up"))
        self.history = QLabel(row.follow_up or self.tr("No follow-up yet."))
        self.history.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.close_box = QCheckBox(self.tr("Close this report"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (QLabel(row.description), self.history, self.text, self.close_box, buttons):
            layout.addWidget(widget)

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.row.id


class EmergenciesPage(Page):
    """Every emergency report with its state; doctors acknowledge and close them."""

    KINDS = frozenset({"emergencies"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.page_undo = PageUndo(self, context)
        self.model = EventsModel(self)
        self.proxy = filter_proxy(self.model, self)
        self.table = record_table(self.proxy)
        self.table.doubleClicked.connect(self.open_selected)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Every field of the report, its history and addenda"))
        self.open_button.clicked.connect(self.open_selected)
        self.state = QComboBox()
        for label in (
            self.tr("All states"),
            self.tr("Reported, not yet acknowledged"),
            self.tr("Acknowledged"),
            self.tr("Closed"),
        ):
            self.state.addItem(label)  # fmt: skip
        self.state.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reports…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.report_button = QPushButton(self.tr("Report an emergency"))
        self.report_button.clicked.connect(self.report)
        self.report_button.setVisible(context.can(Capability.REPORT_EMERGENCIES))
        self.acknowledge_button = QPushButton(self.tr("Acknowledge"))
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.follow_button = QPushButton(self.tr("Follow up / close"))
        self.follow_button.clicked.connect(self.follow_up_selected)
        doctor = context.can(Capability.ACKNOWLEDGE_EMERGENCIES)
        self.acknowledge_button.setVisible(doctor)
        self.follow_button.setVisible(doctor)
        self.print_button = print_button([
            (self.tr("Emergency Event Form"), self.print_selected),
            (self.tr("This list"), lambda: preview_list(
                self, context, (self.tr("Emergencies"), "Emergencies"), self.proxy)),
        ])  # fmt: skip
        bar = QHBoxLayout()
        for widget in (self.report_button, self.open_button, self.acknowledge_button,
                       self.follow_button, self.print_button):  # fmt: skip
            bar.addWidget(widget)
        bar.addWidget(self.state)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_undo.bar)
        layout.addLayout(bar)
        self.empty = EmptyState(
            self.tr("No emergency has been reported. When something happens that needs the "
                    "doctor, report it here."),
            self.tr("Report an emergency"), self.report, context.account,
            Capability.REPORT_EMERGENCIES,
        )  # fmt: skip
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.reported = 0
        """How many reports the site has, whatever the state chosen."""
        self.first_load()
        self.empty.follow(self.model, self.table, is_empty=lambda: self.reported == 0)

    def refresh(self) -> None:
        """Reloads the reports of the chosen state."""
        wanted = STATES[self.state.currentIndex()]
        rows = emergencies.list_events(self.context.db)
        self.reported = len(rows)
        self.model.set_rows([r for r in rows if not wanted or r.state == wanted])
        fit_columns(self.table, 5)  # what happened takes the width left

    def selected(self) -> EventRow | None:
        """The highlighted report."""
        indexes = self.table.selectionModel().selectedRows()
        return self.proxy.data(indexes[0], ROW_ROLE) if indexes else None

    def report(self) -> None:
        """Reports a new event; the confirmation names it."""
        if EmergencyDialog.ask(self, self.context):
            self.page_undo.saved(self.tr("the emergency report"), "emergencies")

    def detail_dialog(self) -> EventDetailDialog | None:
        """The highlighted report's detail, its saves confirmed on this page."""
        row = self.selected()
        if row is None:
            return None
        dialog = EventDetailDialog(self.context, row.id, self)
        dialog.saved.connect(self.page_undo.saved)
        return dialog

    def open_selected(self) -> None:
        """Shows every field of the highlighted report, its history and addenda."""
        dialog = self.detail_dialog()
        if dialog is not None:
            dialog.exec()

    def print_selected(self) -> None:
        """Previews the highlighted report's form (blank if none is highlighted)."""
        row = self.selected()
        preview_form(self, self.context, "emergency", row.id if row else None)

    def show_event(self, event_id: str) -> bool:
        """Highlights a report (found by its printed code); True if shown."""
        self.state.setCurrentIndex(0)
        self.search.clear()
        for r in range(self.proxy.rowCount()):
            if self.proxy.data(self.proxy.index(r, 0), ROW_ROLE).id == event_id:
                self.table.selectRow(r)
                return True
        return False

    def staff_code(self) -> str | None:
        """Who is acknowledging: the signed-in doctor, or a staff member the user picks."""
        if self.context.account.staff_code:
            return self.context.account.staff_code
        staff = accounts.list_staff(self.context.db)
        names = [f"{s.name} ({s.code})" for s in staff]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Acknowledge"), self.tr("Who acknowledges this report?"), names, 0, False
        )
        return staff[names.index(choice)].code if ok and choice in names else None

    def acknowledge_selected(self) -> None:
        """Records that the doctor has received the report, with who and when."""
        row = self.selected()
        staff = self.staff_code() if row else None
        if row is None or staff is None:
            return
        actor = self.context.account
        done = call(
            self,
            self.context,
            lambda: emergencies.acknowledge(self.context.db, actor, row.id, staff) or True,
            "emergencies",
        )
        if done:
            self.page_undo.saved(self.tr("acknowledgement of the report of {day}").format(
                day=row.occurred_at.astimezone().strftime("%Y-%m-%d")), "emergencies")  # fmt: skip

    def follow_up_selected(self) -> None:
        """Adds a follow-up note and closes the report if the doctor says so."""
        row = self.selected()
        if row is None:
            return
        dialog = FollowUpDialog(row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_follow_up(row, dialog.text.toPlainText(), dialog.close_box.isChecked())

    def save_follow_up(self, row: EventRow, text: str, close: bool) -> None:
        """Saves the follow-up through the service."""
        actor = self.context.account
        done = call(self, self.context,
                    lambda: emergencies.follow_up(self.context.db, actor, row.id, text, close)
                    or True, "emergencies")  # fmt: skip
        if done:
            self.page_undo.saved(self.tr("follow-up of the report of {day}").format(
                day=row.occurred_at.astimezone().strftime("%Y-%m-%d")), "emergencies")  # fmt: skip
