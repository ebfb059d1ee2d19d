"""A question answered in a few words (an addendum, the reason a record was entered in
error), kept as a draft like every other form: Escape with typing asks first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.discard import EntryDialog


class TextPrompt(EntryDialog):
    """One question and a field for its answer; OK only once something is typed."""

    def __init__(self, parent: QWidget | None, title: str, question: str, form: str, subject: str,
                 *, lines: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.form, self.subject = form, subject
        self.setWindowTitle(title)
        self.answer: QLineEdit | QPlainTextEdit = QPlainTextEdit() if lines else QLineEdit()
        label = QLabel(question)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.answer.textChanged.connect(lambda *_: self.ok_button.setEnabled(bool(self.text())))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.answer, 1 if lines else 0)
        layout.addWidget(buttons)
        self.resize(480, 260 if lines else 120)

    def draft_form(self) -> str:
        """Each question keeps its own drafts."""
        return self.form

    def draft_subject(self) -> str:
        """The record the answer is for."""
        return self.subject

    def text(self) -> str:
        """The answer as typed, without surrounding spaces."""
        if isinstance(self.answer, QPlainTextEdit):
            return self.answer.toPlainText().strip()
        return self.answer.text().strip()

    @classmethod
    def ask(cls, parent: QWidget, title: str, question: str, form: str, subject: str,
            *, lines: bool = False) -> str | None:  # fmt: skip
        """The answer, or None if the user went back without one."""
        prompt = cls(parent, title, question, form, subject, lines=lines)
        return prompt.text() if prompt.exec() == cls.DialogCode.Accepted else None
