"""The screening step of the enrolment flow, and the caregiver's step in its place.

Peers and consumers are screened against their role's inclusion criteria (each a Yes or
No); a criterion not met is shown at once and confirmed at the end. Caregivers are not
screened: they choose the person they care for instead.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app import codes
from app.services import accounts, people
from app.services.screening import ScreeningData
from ui.context import AppContext
from ui.labels import code_label
from ui.people.enrol_steps import Step
from ui.people.fields import WARNING_COLOUR, PersonPicker, highlight, message_line
from ui.people.screening_sheet import yes_no_combo
from ui.widgets import code_combo, date_edit, select_data, to_date

SCREENED_DIAGNOSES = frozenset({"schizophrenia", "bipolar"})
"""Diagnoses that meet the "diagnosis" criterion of both roles (DESIGN.md, Screening)."""
AGE_RANGE = (18, 60)


class CriteriaBox(QWidget):
    """One role's criteria as rows of label, Yes and No."""

    answered_by_hand = Signal(str)
    """Emitted with a criterion's code when the user clicks its Yes or No."""

    def __init__(self, criteria: codes.CodeList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria = criteria
        self.groups: dict[str, QButtonGroup] = {}
        self.labels: dict[str, QLabel] = {}
        self.evidence: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(24)
        for row, code in enumerate(criteria.code_names()):
            label = QLabel(code_label(criteria, code))
            label.setWordWrap(True)
            group = QButtonGroup(self)
            for column, (text, met) in enumerate(((self.tr("Yes"), True), (self.tr("No"), False))):
                button = QRadioButton(text)
                button.setProperty("met", met)
                button.clicked.connect(lambda _=False, c=code: self.answered_by_hand.emit(c))
                group.addButton(button)
                grid.addWidget(button, row, column + 1)
            grid.addWidget(label, row, 0)
            source = code_combo(codes.EVIDENCE_SOURCES)
            source.setToolTip(self.tr("Source of evidence"))
            select_data(source, codes.default_evidence(code))
            grid.addWidget(source, row, 3)
            self.evidence[code] = source
            self.groups[code] = group
            self.labels[code] = label

    def answers(self) -> dict[str, bool]:
        """The criteria answered so far: met (True) or not met (False)."""
        result = {}
        for code, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                result[code] = bool(checked.property("met"))
        return result

    def sources(self) -> dict[str, str]:
        """Each criterion's source of evidence, as chosen beside it."""
        return {code: combo.currentData() for code, combo in self.evidence.items()}

    def set_sources(self, sources: dict[str, str]) -> None:
        """Shows each criterion's recorded source; the protocol's where none was recorded."""
        for code, combo in self.evidence.items():
            select_data(combo, sources.get(code, codes.default_evidence(code)))

    def set_answer(self, code: str, met: bool) -> None:
        """Ticks Yes or No for one criterion."""
        for button in self.groups[code].buttons():
            if bool(button.property("met")) == met:
                button.setChecked(True)

    def lock(self, code: str, locked: bool) -> None:
        """Stops a criterion being answered by hand when it follows from a number."""
        for button in self.groups[code].buttons():
            button.setEnabled(not locked)

    def mark(self, not_met: set[str]) -> None:
        """Shows the criteria not met in amber, so they stand out in the list."""
        for code, label in self.labels.items():
            highlight(label, WARNING_COLOUR if code in not_met else None)


class ScreeningStep(Step):
    """Each criterion of the role, the PSP score for peers, who screened and when."""

    FIELDS = frozenset({"criteria", "screened_on", "psp_score", "screening", "evidence"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Screening"),
            self.tr("Answer Yes or No for each inclusion criterion, as the assessor found it, "
                    "and choose where the evidence came from."),
            parent,
        )
        self.boxes = {role: CriteriaBox(criteria) for role, criteria in
                      codes.SCREENING_CRITERIA.items()}  # fmt: skip
        self.auto: set[str] = set()
        for box in self.boxes.values():
            self.body.insertWidget(self.body.indexOf(self.errors) - 1, box)
            box.answered_by_hand.connect(self.auto.discard)
            for group in box.groups.values():
                group.buttonToggled.connect(self.update_warnings)
        self.body.insertSpacing(self.body.indexOf(self.errors) - 1, 12)
        self.psp = QSpinBox()
        self.psp.setRange(0, 100)
        self.psp.setSpecialValueText("—")
        self.psp.valueChanged.connect(self._psp_changed)
        self.screened_on = date_edit(date.today())
        self.assessor = QComboBox()
        self.assessor.addItem("—", None)
        for staff in accounts.list_staff(context.db):
            self.assessor.addItem(f"{staff.name} ({staff.code})", staff.code)
        mine = self.assessor.findData(context.account.staff_code)
        self.assessor.setCurrentIndex(max(0, mine))  # usually the doctor at the keyboard
        self.notes = QLineEdit()
        self.form.addRow(self.tr("PSP score"), self.psp)
        self.form.addRow(self.tr("Screened on"), self.screened_on)
        self.form.addRow(self.tr("Assessed by"), self.assessor)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.warnings = message_line(WARNING_COLOUR)
        self.body.insertWidget(self.body.indexOf(self.errors), self.warnings)
        self.role = "consumer"
        self.set_role(self.role)

    @property
    def box(self) -> CriteriaBox:
        """The criteria of the role being enrolled."""
        return self.boxes[self.role]

    def set_role(self, role: str) -> None:
        """Shows the role's criteria; the PSP score only for peers."""
        if role not in self.boxes:
            return
        self.role = role
        for name, box in self.boxes.items():
            box.setVisible(name == role)
        self.form.setRowVisible(self.psp, role == "peer")
        self._psp_changed()

    def answers(self) -> dict[str, bool]:
        """The role's criteria answered so far."""
        return self.box.answers()

    def set_answers(self, answers: dict[str, bool]) -> None:
        """Ticks Yes or No for each criterion given."""
        for code, met in answers.items():
            self.box.set_answer(code, met)

    def prefill(self, birth_date: date | None, diagnosis: str | None) -> None:
        """Answers the criteria that follow from what was entered (age, diagnosis).

        Only criteria not answered by hand are touched, so going back to correct a birth
        date corrects the age criterion too, while a deliberate answer stays.
        """
        found = {}
        if birth_date is not None:
            age = people.age_on(birth_date, to_date(self.screened_on.date()))
            found["age"] = age is not None and AGE_RANGE[0] <= age <= AGE_RANGE[1]
        if diagnosis is not None:
            found["diagnosis"] = diagnosis in SCREENED_DIAGNOSES
        for code, met in found.items():
            if code in self.auto or code not in self.answers():
                self._fill(code, met)

    def _fill(self, code: str, met: bool) -> None:
        """Answers a criterion for the user, remembering it was not by hand."""
        self.box.set_answer(code, met)
        self.auto.add(code)

    def _psp_changed(self) -> None:
        """With a PSP score, "PSP score above 50" follows from it and is not ticked by hand."""
        scored = self.role == "peer" and self.psp.value() > 0
        if "psp_above_50" in self.box.groups:
            self.box.lock("psp_above_50", scored)
            if scored:
                self._fill("psp_above_50", self.psp.value() > codes.PSP_THRESHOLD)

    def not_met(self) -> list[str]:
        """Labels of the criteria answered No."""
        criteria = self.box.criteria
        return [code_label(criteria, c) for c, met in self.answers().items() if not met]

    def update_warnings(self) -> None:
        """Names the criteria not met as soon as they are answered."""
        self.box.mark({c for c, met in self.answers().items() if not met})
        labels = self.not_met()
        self.warnings.setText(
            self.tr("⚠ Not met: {labels}. You will be asked to confirm.").format(
                labels="; ".join(labels)
            )
            if labels
            else ""
        )

    def local_problems(self) -> list[str]:
        """Every criterion needs an answer."""
        missing = [code_label(self.box.criteria, c) for c in self.box.criteria.code_names()
                   if c not in self.answers()]  # fmt: skip
        if not missing:
            return []
        return [self.tr("Answer Yes or No for: {labels}.").format(labels="; ".join(missing))]

    def screening(self, person_code: str) -> ScreeningData:
        """The screening as the service takes it."""
        return ScreeningData(
            person=person_code,
            role=self.role,
            screened_on=to_date(self.screened_on.date()),
            criteria=self.answers(),
            assessor=self.assessor.currentData(),
            psp_score=(self.psp.value() or None) if self.role == "peer" else None,
            notes=self.notes.text().strip(),
            evidence=self.box.sources(),
        )

    def summary(self) -> list[tuple[str, str]]:
        """How many criteria were met, which were not or are unanswered, then the rest."""
        answers, names = self.answers(), self.box.criteria.code_names()
        counted = self.tr("{met} of {total} met").format(
            met=sum(answers.values()), total=len(names)
        )
        pairs = [(self.tr("Inclusion criteria"), counted)]
        if self.not_met():
            pairs.append((self.tr("Not met"), "; ".join(self.not_met())))
        unanswered = [code_label(self.box.criteria, c) for c in names if c not in answers]
        if unanswered:
            pairs.append((self.tr("Not answered"), "; ".join(unanswered)))
        return pairs + super().summary()


class CaresForStep(Step):
    """The caregiver's screening sheet: the peer or consumer they care for, and whether they
    are willing to be contacted for follow-up."""

    FIELDS = frozenset({"cares_for", "cared_for", "follow_up_contact"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who they care for"),
            self.tr(
                "Caregivers are not screened against criteria. Choose the peer or consumer "
                "this person cares for: type part of the code or name to find them."
            ),
            parent,
        )
        self.context = context
        self.cares_for = PersonPicker()
        self.follow_up = yes_no_combo()
        self.screened_on = date_edit(date.today())
        self.form.addRow(self.tr("Cares for"), self.cares_for)
        self.form.addRow(self.tr("Willing to be contacted for follow-up"), self.follow_up)
        self.form.addRow(self.tr("Screened on"), self.screened_on)
        self.loaded = False

    def load(self) -> None:
        """Fills the list once, when a caregiver is enrolled (the registry may be long)."""
        if self.loaded:
            return
        rows = people.registry(self.context.db, self.context.account)
        self.cares_for.set_people(r for r in rows if r.person.role in people.CARED_FOR_ROLES
                                  and r.person.status != "quit")  # fmt: skip
        self.loaded = True

    def local_problems(self) -> list[str]:
        """Someone must be chosen from the list."""
        if self.cares_for.chosen() is None:
            return [self.tr("Cares for: choose a peer or consumer from the list.")]
        return []

    def screening(self, person_code: str) -> ScreeningData:
        """The caregiver's screening sheet as the service takes it."""
        return ScreeningData(
            person=person_code,
            role="caregiver",
            screened_on=to_date(self.screened_on.date()),
            criteria={},
            assessor=self.context.account.staff_code,
            follow_up_contact=self.follow_up.currentData(),
            cared_for=self.cares_for.chosen(),
        )
