"""Linking a caregiver and the peer or consumer they care for, from either person's detail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.services import people
from app.services.people import PersonRow
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.operations import call
from ui.people.fields import PersonPicker, enlarge, message_line


class CaregiverDialog(EntryDialog):
    """For a caregiver, chooses whom they care for; for anyone else, chooses their caregiver."""

    def __init__(self, context: AppContext, row: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self.is_caregiver = row.role == "caregiver"
        self.setWindowTitle(self.tr("Link a caregiver"))
        enlarge(self)
        text = (
            self.tr("Choose the peer or consumer {code} cares for.")
            if self.is_caregiver
            else self.tr(
                "Choose the caregiver of {code}. A new caregiver is enrolled first, "
                "with the role Caregiver."
            )
        )
        explanation = QLabel(text.format(code=row.code))
        explanation.setWordWrap(True)
        self.other = PersonPicker()
        self.other.set_people(self._candidates())
        self.relationship = QComboBox()
        self.relationship.setEditable(True)
        self.relationship.addItems([
            self.tr("Mother"), self.tr("Father"), self.tr("Spouse"), self.tr("Child"),
            self.tr("Brother or sister"), self.tr("Other relative"),
        ])  # fmt: skip
        self.relationship.setCurrentIndex(-1)
        self.errors = message_line()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Cares for") if self.is_caregiver else self.tr("Caregiver"), self.other)
        form.addRow(self.tr("Relationship"), self.relationship)
        form.addRow(self.errors)
        form.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.row.code

    def _candidates(self) -> list[people.RegistryRow]:
        """Caregivers to choose from, or the peers and consumers a caregiver may care for."""
        rows = people.registry(self.context.db, self.context.account)
        wanted = people.CARED_FOR_ROLES if self.is_caregiver else {"caregiver"}
        return [r for r in rows if r.person.role in wanted and r.person.code != self.row.code]

    def save(self) -> bool:
        """Records the link; True when saved."""
        other = self.other.chosen()
        if other is None:
            self.errors.setText(self.tr("Choose a person from the list."))
            return False
        self.errors.clear()
        me = self.row.code
        caregiver, cared_for = (me, other) if self.is_caregiver else (other, me)
        db, actor = self.context.db, self.context.account
        relationship = self.relationship.currentText()
        saved = call(
            self,
            self.context,
            lambda: people.add_caregiver(db, actor, caregiver, cared_for, relationship) or True,
            "people",
        )
        if saved is None:
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, row: PersonRow) -> bool:
        """Asks for one caregiver link; True if one was recorded."""
        return cls(context, row, parent).exec() == QDialog.DialogCode.Accepted
