"""Correcting a person's code: the old one stays findable and is shown as "formerly"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import people, person_edit
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.operations import call
from ui.people.fields import code_edit, enlarge, message_line


class CorrectCodeDialog(EntryDialog):
    """Asks for the new code, says what happens to the old one, and saves."""

    def __init__(
        self, context: AppContext, code: str, revision: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.code = code
        self.revision = revision
        self.new_code: str | None = None
        self.setWindowTitle(self.tr("Correct the code {code}").format(code=code))
        enlarge(self)
        explanation = QLabel(
            self.tr(
                "The code {code} is kept as a former code: searching for it still finds "
                "this person, and their page shows “formerly {code}”. Printed sheets with "
                "the old code still open this person."
            ).format(code=code)
        )
        explanation.setWordWrap(True)
        self.code_field = code_edit()
        self.code_field.setText(code)
        self.errors = message_line()
        form = QFormLayout()
        form.addRow(self.tr("New code"), self.code_field)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch()
        layout.addLayout(buttons)
        self.resize(640, 240)

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.code

    def problems(self) -> list[str]:
        """What is wrong with the typed code before the service is asked."""
        new = self.code_field.text().strip()
        if not new:
            return [self.tr("Give the new code.")]
        if new == self.code:
            return [self.tr("Type the new code in place of the old one.")]
        if people.code_in_use(self.context.db, new):
            return [self.tr("The code {code} is already in use.").format(code=new)]
        return []

    def save(self) -> bool:
        """Corrects the code through the service; True when saved."""
        problems = self.problems()
        self.errors.setText("\n".join(f"✖ {m}" for m in problems))
        if problems:
            return False
        db, actor, new = self.context.db, self.context.account, self.code_field.text().strip()
        done = call(self, self.context,
                    lambda: person_edit.correct_code(db, actor, self.code, new, self.revision),
                    changed="people")  # fmt: skip
        if done is None:
            return False
        self.new_code = done
        self.accept()
        return True

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, code: str, revision: int
    ) -> str | None:
        """The new code once corrected, or None if nothing changed."""
        dialog = cls(context, code, revision, parent)
        dialog.exec()
        return dialog.new_code
