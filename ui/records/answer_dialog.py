"""One stored survey answer: viewed, corrected by the rules of entry, or marked entered in
error (new answers are recorded a person at a time, in the survey form)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app import codes
from app.permissions import Capability
from app.services import people, surveys
from app.services.surveys import Answer
from ui.context import AppContext
from ui.labels import show_date
from ui.records.detail import RecordDialog
from ui.survey_texts import instrument_label, item_label
from ui.widgets import code_combo, date_edit, select_data, to_date, to_qdate


class AnswerDialog(RecordDialog):
    """Who answered, the question, the answer, the reason if not assessed, and when."""

    KIND = "surveys"

    def __init__(self, context: AppContext, answer: Answer, parent: QWidget | None = None) -> None:
        super().__init__(context, answer.id, parent)
        self.answer = answer
        self.setWindowTitle(self.tr("Survey answer"))
        self.person = QComboBox()
        for code in sorted(people.roles_by_person(context.db)):
            self.person.addItem(code, code)
        self.instrument = QComboBox()
        for code in codes.INSTRUMENTS:
            self.instrument.addItem(instrument_label(code), code)
        self.item = QComboBox()
        self.choice = code_combo(codes.SURVEY_ANSWERS)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, if not assessed"))
        self.answered_on = date_edit(answer.answered_on)
        fields = QWidget()
        form = QFormLayout(fields)
        for label, field in (
            (self.tr("Person"), self.person),
            (self.tr("Instrument"), self.instrument),
            (self.tr("Question"), self.item),
            (self.tr("Answer"), self.choice),
            (self.tr("Reason not assessed"), self.reason),
            (self.tr("Date"), self.answered_on),
        ):
            form.addRow(label, field)  # fmt: skip
        self.instrument.currentIndexChanged.connect(self.show_items)
        self.lay_out(fields, context.can(Capability.RECORD_SURVEYS))
        self.resize(620, 420)

    def show_items(self) -> None:
        """Offers the questions of the chosen instrument."""
        self.item.clear()
        for item in codes.INSTRUMENTS.get(self.instrument.currentData(), ()):
            self.item.addItem(item_label(item), item)

    def data(self) -> Answer:
        """The answer as the service takes it."""
        return Answer(self.person.currentData() or "", self.instrument.currentData(),
                      self.item.currentData() or "", self.choice.currentData(),
                      to_date(self.answered_on.date()), self.reason.text().strip())  # fmt: skip

    def load_record(self) -> None:
        """Fills the form from the answer as last read (reloaded after a correction)."""
        stored = next((a for a in surveys.list_answers(self.context.db, self.context.account)
                       if a.id == self.record_id), self.answer)  # fmt: skip
        self.answer, self.revision = stored, stored.revision
        select_data(self.person, stored.person)
        select_data(self.instrument, stored.instrument)
        self.show_items()
        select_data(self.item, stored.item)
        select_data(self.choice, stored.answer)
        self.reason.setText(stored.reason)
        self.answered_on.setDate(to_qdate(stored.answered_on))
        self.history.show_records("survey_answer", [stored.id])

    def correction(self, revision: int | None) -> Callable[[], object]:
        """Saves the form over the stored answer."""
        data, actor, key = self.data(), self.context.account, self.record_id or ""
        return lambda: surveys.correct_answer(self.context.db, actor, key, data, revision)

    def entered_in_error(self, reason: str, revision: int | None) -> Callable[[], object]:
        """Marks the answer entered in error."""
        actor, key = self.context.account, self.record_id or ""
        return lambda: surveys.answer_entered_in_error(
            self.context.db, actor, key, reason, revision
        )

    def saved_message(self) -> str:
        """Names the answer corrected."""
        return self.tr("correction of {person}'s answer of {day}").format(
            person=self.answer.person, day=show_date(self.answer.answered_on)
        )

    def error_message(self) -> str:
        """Names the answer crossed out."""
        return self.tr("{person}'s answer of {day} marked entered in error").format(
            person=self.answer.person, day=show_date(self.answer.answered_on)
        )
