"""One person's detail: who they are, their roles over time, caregivers, and what to do next.

Contact details and screening are shown only when asked for, and only to roles allowed to
see them: for a peer the buttons do not exist, and the services refuse a peer as well.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.permissions import Capability
from app.services import needs, people, screening
from app.services.people import PersonDetail, RolePeriod
from app.services.screening import ScreeningDetails, ScreeningRow
from app.services.withdrawal import withdraw_consent, withdrawn_on
from ui.backups_dialog import site_backup_folders
from ui.context import AppContext
from ui.history_view import HistoryView
from ui.labels import code_label, show_date
from ui.operations import call
from ui.people.caregiver_dialog import CaregiverDialog
from ui.people.code_dialog import CorrectCodeDialog
from ui.people.edit_dialog import PersonEditDialog
from ui.people.fields import WARNING_COLOUR, community_names, enlarge
from ui.people.needs_dialog import NeedsDialog
from ui.people.screening_dialog import ScreeningDialog
from ui.people.status_dialog import StatusDialog
from ui.printing import preview_form
from ui.undo import SavedLine

REASON_COLUMN = 4


def _value(label: QLabel) -> QLabel:
    """A value label that can be selected and copied (codes, phone numbers)."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PersonDetailDialog(QDialog):
    """The person's facts and history, with the actions the signed-in user may take."""

    saved = Signal(str)
    """Emitted after a correction is saved, with a message naming it (for the page's Undo)."""

    def __init__(self, context: AppContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.code = code
        self.changed = False
        self.communities = community_names(context.db)
        enlarge(self)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.heading.setFont(font)
        self.saved_line = SavedLine()
        self.formerly = QLabel()
        self.formerly.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QFormLayout()
        self.fact_values: dict[str, QLabel] = {}
        self.history = QTreeWidget()
        self.history.setHeaderLabels(
            [
                self.tr("Role or change"),
                self.tr("Community"),
                self.tr("From"),
                self.tr("Until"),
                self.tr("Reason"),
            ]
        )
        reasons = context.can(Capability.SEE_CLINICAL)  # the service blanks them for others
        self.history.setColumnHidden(REASON_COLUMN, not reasons)
        self.changes = HistoryView(context)
        self.tabs = QTabWidget()
        self.caregivers = _value(QLabel())
        self.contact_box = QGroupBox(self.tr("Contact details"))
        self.screening_box = QGroupBox(self.tr("Screening and consent"))
        for box in (self.contact_box, self.screening_box):
            QVBoxLayout(box)
            box.hide()
        self._build_actions()
        self._lay_out()
        self.load()
        self.resize(960, 680)

    def _build_actions(self) -> None:
        """Buttons only for what this user may do or see; the rest are never made."""
        can = self.context.can
        self.edit_button: QPushButton | None = None
        self.code_button: QPushButton | None = None
        self.status_button: QPushButton | None = None
        self.caregiver_button: QPushButton | None = None
        self.contact_button: QPushButton | None = None
        self.screening_button: QPushButton | None = None
        self.record_button: QPushButton | None = None
        self.withdraw_button: QPushButton | None = None
        if can(Capability.MANAGE_PEOPLE):
            self.edit_button = QPushButton(self.tr("Edit…"))
            self.edit_button.setToolTip(self.tr("Correct demographics, community and contact"))
            self.edit_button.clicked.connect(self.edit)
            self.code_button = QPushButton(self.tr("Correct the code…"))
            self.code_button.clicked.connect(self.correct_code)
            self.status_button = QPushButton(self.tr("Change status…"))
            self.status_button.clicked.connect(self.change_status)
            self.caregiver_button = QPushButton(self.tr("Link a caregiver…"))
            self.caregiver_button.clicked.connect(self.link_caregiver)
        if can(Capability.SEE_CONTACTS):
            self.contact_button = QPushButton(self.tr("Show contact details"))
            self.contact_button.clicked.connect(self.show_contact)
        if can(Capability.SEE_CLINICAL):
            self.screening_button = QPushButton(self.tr("Show screening and consent"))
            self.screening_button.clicked.connect(self.show_screening)
        if can(Capability.SEE_CLINICAL) and can(Capability.SEE_CONTACTS):
            self.record_button = QPushButton(self.tr("Print the whole record…"))
            self.record_button.clicked.connect(self.print_record)
        if can(Capability.WITHDRAW_CONSENT):
            self.withdraw_button = QPushButton(self.tr("Consent withdrawn…"))
            self.withdraw_button.setToolTip(
                self.tr("Erase this person's name, contact details and notes for good")
            )
            self.withdraw_button.clicked.connect(self.withdraw)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)

    def _lay_out(self) -> None:
        facts = QWidget()
        facts.setLayout(self.facts)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Roles and status over time")))
        right.addWidget(self.history, 1)
        right.addWidget(self.caregivers)
        top = QHBoxLayout()
        top.addWidget(facts)
        top.addLayout(right, 1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(top, 1)
        column.addWidget(self.contact_box)
        column.addWidget(self.screening_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.changes, self.tr("History"))
        actions = QHBoxLayout()
        for button in (
            self.status_button,
            self.caregiver_button,
            self.contact_button,
            self.screening_button,
            self.record_button,
            self.withdraw_button,
        ):
            if button is not None:
                actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.close_button)
        heading = QHBoxLayout()
        heading.addWidget(self.heading)
        heading.addWidget(self.formerly)
        heading.addStretch()
        for button in (self.edit_button, self.code_button):
            if button is not None:
                heading.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.saved_line)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)

    def load(self) -> None:
        """Reads the person again, as this user may see them."""
        self.detail = people.person_detail(self.context.db, self.context.account, self.code)
        row = self.detail.row
        self.code = row.person.code  # opened by a former code, it shows today's
        self.setWindowTitle(self.tr("Person {code}").format(code=self.code))
        self.heading.setText(f"{self.code}  {row.name}".strip())
        former = row.person.former_codes
        self.formerly.setText(
            self.tr("formerly {codes}").format(codes=", ".join(reversed(former))) if former else ""
        )
        self.formerly.setVisible(bool(former))
        self._show_changes()
        self._show_facts(self.detail)
        self._show_history(self.detail.periods)
        self._show_caregivers(self.detail)
        if self.status_button is not None:
            self.status_button.setEnabled(row.person.status is not None)
        if self.withdraw_button is not None:
            self.withdraw_button.setEnabled(self.withdrawn is None)
        if self.edit_button is not None:  # erased details are not typed back in
            self.edit_button.setEnabled(self.withdrawn is None)

    def _show_facts(self, detail: PersonDetail) -> None:
        """Role, status and demographics; the diagnosis only for clinical roles."""
        person, age = detail.row.person, detail.row.age
        working = {True: self.tr("Yes"), False: self.tr("No"), None: ""}[person.working]
        born = show_date(person.birth_date)
        if age is not None:
            born = self.tr("{date} (age {age})").format(date=born, age=age)
        facts = [
            (self.tr("Role"), code_label(codes.ROLES, person.role)),
            (self.tr("Status"), code_label(codes.STATUSES, person.status)),
            (self.tr("Community"), self.communities.get(person.community, person.community)),
            (self.tr("Enrolled on"), show_date(person.enrolled_on)),
            (self.tr("Sex"), code_label(codes.SEXES, person.sex)),
            (self.tr("Birth date"), born),
            (self.tr("Education"), code_label(codes.EDUCATION, person.education)),
            (self.tr("Marital status"), code_label(codes.MARITAL_STATUSES, person.marital_status)),
            (self.tr("Working"), working),
        ]
        if self.context.can(Capability.SEE_CLINICAL):
            facts.append((self.tr("Diagnosis"), code_label(codes.DIAGNOSES, person.diagnosis)))
        self.withdrawn = withdrawn_on(self.context.db, self.code)
        if self.withdrawn is not None:
            facts.append((self.tr("Consent withdrawn on"), show_date(self.withdrawn)))
        for label, value in facts:
            if label not in self.fact_values:
                self.fact_values[label] = _value(QLabel())
                self.facts.addRow(label, self.fact_values[label])
            self.fact_values[label].setText(value or "—")

    def _show_changes(self) -> None:
        """Who changed the person's record, contact details and role periods, and how."""
        self.changes.show_records("person", list(self.detail.record_ids))

    def _show_history(self, periods: tuple[RolePeriod, ...]) -> None:
        """Each role period, newest first, with its status changes beneath it."""
        self.history.clear()
        for period in reversed(periods):
            item = QTreeWidgetItem(
                [
                    code_label(codes.ROLES, period.role),
                    self.communities.get(period.community, period.community),
                    show_date(period.enrolled_on),
                    show_date(period.left_on),
                ]
            )
            for change in period.changes:
                QTreeWidgetItem(
                    item,
                    [
                        code_label(codes.STATUSES, change.status),
                        "",
                        show_date(change.effective_on),
                        "",
                        change.reason,
                    ],
                )
            self.history.addTopLevelItem(item)
            item.setExpanded(True)
        for column in range(self.history.columnCount()):
            self.history.resizeColumnToContents(column)

    def _show_caregivers(self, detail: PersonDetail) -> None:
        """Who cares for the person, or whom the person cares for."""
        lines = []
        for link in detail.caregivers:
            relation = f" ({link.relationship})" if link.relationship else ""
            if link.caregiver == self.code:
                lines.append(self.tr("Cares for {code}").format(code=link.cared_for) + relation)
            else:
                lines.append(self.tr("Cared for by {code}").format(code=link.caregiver) + relation)
        self.caregivers.setText("\n".join(lines) or self.tr("No caregiver linked."))

    def show_contact(self) -> None:
        """Fetches and shows the contact details (refused by the service to other roles)."""
        db, actor = self.context.db, self.context.account
        contact = call(self, self.context, lambda: people.contact_for(db, actor, self.code))
        contact = contact or people.ContactData()
        shown = QWidget()
        form = QFormLayout(shown)
        for label, value in (
            (self.tr("Name"), contact.name),
            (self.tr("Phone"), contact.phone),
            (self.tr("Address"), contact.address),
            (self.tr("Emergency contact"), contact.emergency_contact),
        ):
            form.addRow(label, _value(QLabel(value or "—")))
        _replace_content(self.contact_box, shown)

    def show_screening(self) -> None:
        """Fetches and shows screenings and consents (refused by the service to other roles)."""
        db, actor = self.context.db, self.context.account
        details = call(self, self.context, lambda: screening.screening_for(db, actor, self.code))
        if details is None:
            return
        text = _value(QLabel(self.screening_html(details)))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(text)
        self.screening_buttons: list[QPushButton] = []
        for row in details.screenings:
            button = QPushButton(self.tr("Open the screening of {date}…").format(
                date=show_date(row.screened_on)))  # fmt: skip
            button.clicked.connect(lambda _=False, key=row.id: self.open_screening(key))
            self.screening_buttons.append(button)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._needs_buttons(column)
        _replace_content(self.screening_box, content)

    def _needs_buttons(self, column: QVBoxLayout) -> None:
        """The person's needs interviews to open, and a button to record one."""
        db, actor = self.context.db, self.context.account
        talks = call(self, self.context, lambda: needs.needs_of(db, actor, self.code)) or []
        self.needs_buttons: list[QPushButton] = []
        for talk in talks:
            button = QPushButton(self.tr("Open the needs interview of {date}…").format(
                date=show_date(talk.data.interviewed_on)))  # fmt: skip
            button.clicked.connect(lambda _=False, key=talk.id: self.needs_dialog(key).exec())
            self.needs_buttons.append(button)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.new_needs_button: QPushButton | None = None
        if self.context.can(Capability.MANAGE_PEOPLE):
            self.new_needs_button = QPushButton(self.tr("Record a needs interview…"))
            self.new_needs_button.clicked.connect(lambda: self.needs_dialog(None).exec())
            column.addWidget(self.new_needs_button, 0, Qt.AlignmentFlag.AlignLeft)

    def needs_dialog(self, record_id: str | None) -> NeedsDialog:
        """A needs interview of the person: a new one, or a saved one to read or correct."""
        role = self.detail.row.person.role if self.detail else None
        dialog = NeedsDialog(self.context, self.code, role, record_id, self)
        dialog.saved.connect(self._screening_saved)
        if record_id is None:
            dialog.accepted.connect(lambda: self._screening_saved(
                self.tr("the needs interview of {code}").format(code=self.code)))  # fmt: skip
        return dialog

    def screening_dialog(self, screening_id: str) -> ScreeningDialog:
        """A screening's record, to read, correct or cross out."""
        dialog = ScreeningDialog(self.context, screening_id, self)
        dialog.saved.connect(self._screening_saved)
        return dialog

    def open_screening(self, screening_id: str) -> None:
        """Shows one screening with its History."""
        self.screening_dialog(screening_id).exec()

    def _screening_saved(self, message: str, _kind: str = "") -> None:
        """A screening or needs interview saved from the detail: shown, said, undoable."""
        self.changed = True
        self.show_screening()
        self.saved_line.say(message)
        self.saved.emit(message)

    def screening_html(self, details: ScreeningDetails) -> str:
        """Each screening with its criteria ticked or crossed, then the consent forms."""
        parts = [self._screening_html(s) for s in details.screenings]
        if not parts:
            none = self.tr("No screening recorded.")  # outside the f-string, so lupdate sees it
            parts.append(f"<p>{html.escape(none)}</p>")
        for kind in codes.CONSENT_KINDS.code_names():
            signed = details.consents.get(kind)
            state = (
                self.tr("signed on {date}").format(date=show_date(signed))
                if signed
                else self.tr("not signed")
            )
            label = code_label(codes.CONSENT_KINDS, kind)
            parts.append(f"<p>{html.escape(label)}: <b>{html.escape(state)}</b></p>")
        return "".join(parts)

    def _screening_html(self, row: ScreeningRow) -> str:
        criteria = codes.SCREENING_CRITERIA.get(row.role)
        heading = self.tr("Screened on {date} for the role {role}").format(
            date=show_date(row.screened_on), role=code_label(codes.ROLES, row.role)
        )
        extras = [self.tr("assessed by {name}").format(name=row.assessor)] if row.assessor else []
        if row.psp_score is not None:
            extras.append(self.tr("PSP score {score}").format(score=row.psp_score))
        if row.decision:
            extras.append(code_label(codes.ELIGIBILITY, row.decision))
        if row.follow_up_contact is not None:
            extras.append(self.tr("willing to be contacted for follow-up")
                          if row.follow_up_contact
                          else self.tr("not willing to be contacted for follow-up"))  # fmt: skip
        lines = []
        for code, met in row.criteria.items():
            label = html.escape(code_label(criteria, code) if criteria else code)
            lines.append(
                f"✔ {label}"
                if met
                else f"<span style='color:{WARNING_COLOUR}'><b>✖ {label}</b></span>"
            )
        notes = f"<br>{html.escape(row.notes)}" if row.notes else ""
        return (
            f"<p><b>{html.escape(heading)}</b> {html.escape(', '.join(extras))}<br>"
            + "<br>".join(lines)
            + f"{notes}</p>"
        )

    def print_record(self) -> None:
        """Previews everything held about the person, for them to read or take away."""
        preview_form(self, self.context, "person-record", self.code)

    def withdrawal_question(self) -> str:
        """The confirmation text, naming the person so the wrong one is not erased."""
        name = self.detail.row.name
        who = f"{self.code} ({name})" if name else self.code
        return self.tr(
            "{who} has withdrawn consent?\n\nTheir name, phone, address, emergency contact "
            "and the notes written about them are erased for good, here and, with the next "
            "bundle, at the project manager. Their code, roles, dates, attendance and answers "
            "are kept for the counts, with the birth date cut to the year."
        ).format(who=who)

    def withdraw(self) -> None:
        """Asks, naming the person, then erases their details (the service audits it)."""
        answer = QMessageBox.question(
            self, self.tr("Consent withdrawn"), self.withdrawal_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.context.db, self.context.account
        folders = site_backup_folders(self.context)
        done = call(self, self.context,
                    lambda: withdraw_consent(db, actor, self.code, date.today(),
                                             backups_in=folders),
                    changed="people")  # fmt: skip
        if done is not None:
            self.changed = True
            self.contact_box.hide()
            self.screening_box.hide()
            self.load()

    def edit(self) -> None:
        """Corrects demographics, community and contact details; the detail shows the result."""
        if PersonEditDialog.ask(self, self.context, self.code):
            self.after_save(self.tr("changes to {code}").format(code=self.code))

    def correct_code(self) -> None:
        """Gives the person a new code; the old one is shown as "formerly"."""
        old = self.code
        new = CorrectCodeDialog.ask(self, self.context, old, self.detail.revision)
        if new is not None:
            self.code = new
            self.after_save(self.tr("code {old} corrected to {new}").format(old=old, new=new))

    def after_save(self, message: str) -> None:
        """Reads the person again, says what was saved, and tells the page (for Undo)."""
        self.changed = True
        self.load()
        if self.contact_box.isVisible():
            self.show_contact()
        self.saved_line.say(message)
        self.saved.emit(message)

    def change_status(self) -> None:
        """Leave, return, quit or becoming a peer; the detail shows the result."""
        if StatusDialog.ask(self, self.context, self.detail.row.person):
            self.after_save(self.tr("the status change of {code}").format(code=self.code))

    def link_caregiver(self) -> None:
        """Links a caregiver; the detail shows the new link."""
        if CaregiverDialog.ask(self, self.context, self.detail.row.person):
            self.after_save(self.tr("the caregiver link of {code}").format(code=self.code))

    @classmethod
    def show_for(cls, parent: QWidget | None, context: AppContext, code: str) -> bool:
        """Shows a person until closed; True if anything about them was changed."""
        dialog = cls(context, code, parent)
        dialog.exec()
        return dialog.changed


def _replace_content(box: QGroupBox, content: QWidget) -> None:
    """Shows the box with fresh content in place of what it showed before."""
    layout = box.layout() or QVBoxLayout(box)
    while layout.count():
        old = layout.takeAt(0).widget()
        if old is not None:
            old.deleteLater()
    layout.addWidget(content)
    box.show()
