"""Recording one person's evaluation answers on one date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import accounts, people, surveys
from app.services.surveys import Answer, Interview
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.labels import code_label, person_label
from ui.operations import call
from ui.survey_texts import instrument_label, item_label
from ui.widgets import code_combo, date_edit, select_data, tab_in_order, to_date


class SurveyDialog(EntryDialog):
    """Yes / no / not assessed for each question of the instruments that fit the person."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved = 0
        self.setWindowTitle(self.tr("Record survey answers"))
        self.roles = people.roles_by_person(context.db)
        self.person = QComboBox()
        names = people.names_by_code(context.db, context.account, sorted(self.roles))
        for code in sorted(self.roles):
            self.person.addItem(person_label(code, names), code)
        self.answered_on = date_edit(date.today())
        self.cared_for = QComboBox()
        self.cared_for.addItem(self.tr("(choose)"), None)
        for role in codes.CARED_FOR_ROLES:
            self.cared_for.addItem(code_label(codes.CARED_FOR_ROLES, role.code), role.code)
        self.cared_for_label = QLabel(self.tr("Whose caregiver"))
        self.staff = {s.code: s for s in accounts.list_staff(context.db) if s.active}
        self.interviewer = QComboBox()
        self.interviewer.addItem(self.tr("(not said)"), None)
        for code, staff in sorted(self.staff.items()):
            self.interviewer.addItem(f"{staff.name} ({code})", code)
        self.interviewer_role = code_combo(codes.PROFESSIONS)
        self.interviewer_role.insertItem(0, self.tr("(not said)"), None)
        self.interviewer_role.setCurrentIndex(0)
        self.comments = QPlainTextEdit()
        self.comments.setMaximumHeight(70)
        self.questions = QWidget()
        self.grid = QGridLayout(self.questions)
        self.groups: dict[tuple[str, str], QButtonGroup] = {}
        self.reasons: dict[tuple[str, str], QLineEdit] = {}
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Date"), self.answered_on)
        form.addRow(self.cared_for_label, self.cared_for)
        form.addRow(self.tr("Interviewer"), self.interviewer)
        form.addRow(self.tr("Interviewer's role"), self.interviewer_role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.questions, 1)
        comments = QFormLayout()
        comments.addRow(self.tr("Comments"), self.comments)
        layout.addLayout(comments)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(self.person_chosen)
        self.cared_for.currentIndexChanged.connect(self.show_questions)
        self.interviewer.currentIndexChanged.connect(self.interviewer_chosen)
        self.person_chosen()
        self.resize(760, 520)

    def instruments(self) -> list[str]:
        """The instruments for the roles the chosen person has held."""
        roles = self.roles.get(self.person.currentData() or "", set())
        return [i for i, role in codes.INSTRUMENT_ROLES.items() if role in roles]

    def is_caregiver(self) -> bool:
        """Whether the chosen person is asked the caregivers' questions."""
        return "caregiver_satisfaction" in self.instruments()

    def person_chosen(self) -> None:
        """For a caregiver, asks whose caregiver they are (guessed from their links)."""
        caregiver = self.is_caregiver()
        self.cared_for_label.setVisible(caregiver)
        self.cared_for.setVisible(caregiver)
        whose = surveys.cared_for_role(self.context.db, self.person.currentData() or "") \
            if caregiver and self.person.currentData() else None  # fmt: skip
        self.cared_for.blockSignals(True)
        self.cared_for.setCurrentIndex(max(0, self.cared_for.findData(whose)))
        self.cared_for.blockSignals(False)
        self.show_questions()

    def interviewer_chosen(self) -> None:
        """The interviewer's role starts as their profession."""
        staff = self.staff.get(self.interviewer.currentData() or "")
        if staff is not None:
            select_data(self.interviewer_role, staff.profession)

    def show_questions(self) -> None:
        """One row per question with Yes, No, Not assessed and a reason field."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.groups, self.reasons = {}, {}
        order: list[QWidget] = [self.interviewer_role]
        row = 0
        for instrument in self.instruments():
            heading = QLabel(f"<b>{instrument_label(instrument)}</b>")
            self.grid.addWidget(heading, row, 0, 1, 5)
            row += 1
            whose = self.whose()
            for item in codes.items_for(instrument, whose):
                self.grid.addWidget(QLabel(item_label(item, whose)), row, 0)
                group = QButtonGroup(self.questions)
                for column, answer in enumerate(codes.SURVEY_ANSWERS.code_names()):
                    button = QRadioButton(code_label(codes.SURVEY_ANSWERS, answer))
                    button.setProperty("answer", answer)
                    group.addButton(button)
                    self.grid.addWidget(button, row, column + 1)
                    order.append(button)
                reason = QLineEdit()
                reason.setPlaceholderText(self.tr("Reason, if not assessed"))
                self.grid.addWidget(reason, row, 4)
                self.groups[(instrument, item)] = group
                self.reasons[(instrument, item)] = reason
                order.append(reason)
                row += 1
        tab_in_order([*order, self.comments])

    def choose(self, instrument: str, item: str, answer: str, reason: str = "") -> None:
        """Ticks an answer (used by the form's users and its tests alike)."""
        for button in self.groups[(instrument, item)].buttons():
            button.setChecked(button.property("answer") == answer)
        self.reasons[(instrument, item)].setText(reason)

    def answers(self) -> tuple[list[Answer], list[str]]:
        """The answers ticked, and a message for each not assessed without a reason."""
        person, day = self.person.currentData() or "", to_date(self.answered_on.date())
        answers, missing = [], []
        for (instrument, item), group in self.groups.items():
            checked = group.checkedButton()
            if checked is None:
                continue
            answer = checked.property("answer")
            reason = self.reasons[(instrument, item)].text().strip()
            if answer == "not_assessed" and not reason:
                missing.append(self.tr("Say why “{item}” was not assessed.").format(
                    item=item_label(item, self.whose())))  # fmt: skip
            answers.append(Answer(person, instrument, item, answer, day, reason))
        return answers, missing

    def whose(self) -> str | None:
        """For a caregiver, whether they care for a peer or a consumer (chosen above)."""
        return self.cared_for.currentData() if self.is_caregiver() else None

    def interview(self) -> Interview:
        """Whose caregiver, who asked in what role, and the comments, as typed."""
        return Interview(
            self.person.currentData() or "", to_date(self.answered_on.date()),
            self.cared_for.currentData() if self.is_caregiver() else None,
            self.interviewer.currentData(), self.interviewer_role.currentData(),
            self.comments.toPlainText().strip(),
        )  # fmt: skip

    def save(self) -> bool:
        """Saves every answer together; nothing if any is incomplete. True when saved."""
        answers, missing = self.answers()
        if not answers:
            missing.append(self.tr("Tick at least one answer."))
        self.error.setText("\n".join(missing))
        if missing:
            return False
        db, actor, interview = self.context.db, self.context.account, self.interview()
        result = call(self, self.context,
                      lambda: surveys.record_survey(db, actor, interview, answers),
                      "surveys")  # fmt: skip
        if result is None:
            return False
        self.saved = result
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> int | None:
        """Shows the form; how many answers were saved, or None."""
        dialog = cls(context, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
