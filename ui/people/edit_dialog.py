"""Correcting a person: demographics, community and contact details, with enrolment's fields.

The form shows what the service says this user may see: no diagnosis without clinical
rights, no contact details without contact rights. It saves on the revision it was read
at, so a change made meanwhile by someone else is refused, never overwritten.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.permissions import Capability
from app.services import person_edit
from app.services.people import PersonData, check_person
from app.services.person_edit import PersonForm
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.operations import call
from ui.people.enrol_steps import AboutStep, ContactStep
from ui.people.fields import community_names, enlarge
from ui.widgets import select_data


class PersonEditDialog(EntryDialog):
    """The person's fields as enrolment asks them, filled in, with Save and Cancel."""

    def __init__(self, context: AppContext, form: PersonForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.form = form
        self.saved = False
        self.setWindowTitle(self.tr("Edit {code}").format(code=form.data.code))
        enlarge(self)
        self.about = AboutStep(self)
        self.about.fill(form.data)
        self.community = QComboBox()
        for code, name in community_names(context.db).items():
            self.community.addItem(f"{name} ({code})", code)
        select_data(self.community, form.data.community)
        self.about.form.insertRow(0, self.tr("Community"), self.community)
        self.about.form.setRowVisible(self.about.diagnosis,
                                      context.can(Capability.SEE_CLINICAL))  # fmt: skip
        self.contact: ContactStep | None = None
        if form.contact is not None:
            self.contact = ContactStep(self)
            self.contact.fill(form.contact)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self._lay_out()
        self.resize(1000, 560)

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.form.data.code

    def _lay_out(self) -> None:
        columns = QHBoxLayout()
        columns.addWidget(self.about, 1)
        if self.contact is not None:
            columns.addWidget(self.contact, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def data(self) -> PersonData:
        """The fields as the service takes them (no diagnosis when it is not shown)."""
        data = self.about.person(self.form.data.code, self.community.currentData() or "", "")
        return data if self.context.can(Capability.SEE_CLINICAL) else replace(data, diagnosis=None)

    def save(self) -> bool:
        """Saves through the service; True when saved. A broken rule is shown by its field."""
        data = self.data()
        problems = [p.message for p in check_person(data, date.today()).errors]
        self.about.show_errors(problems)
        if problems:
            return False
        db, actor, form = self.context.db, self.context.account, self.form
        contact = self.contact.contact() if self.contact is not None else None
        done = call(self, self.context,
                    lambda: person_edit.edit_person(db, actor, form.data.code, data, contact,
                                                    form.revision, form.contact_revision),
                    changed="people")  # fmt: skip
        if done is None:
            return False
        self.saved = True
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, code: str) -> bool:
        """Edits the person until saved or cancelled; True if saved."""
        db, actor = context.db, context.account
        form = call(parent, context, lambda: person_edit.person_form(db, actor, code))
        if form is None:
            return False
        dialog = cls(context, form, parent)
        dialog.exec()
        return dialog.saved
