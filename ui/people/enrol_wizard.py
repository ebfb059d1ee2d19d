"""Enrolling a person as a guided flow: who, about, contact, screening, consent, check.

Nothing is written until the last step; then the enrolment service writes person, role,
contact, screening, consents and caregiver link in one transaction. Each step checks its
own fields when the user goes on, so a mistake is shown next to the field it is about.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import enrolment
from app.services.enrolment import EnrolmentData
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.operations import call_confirming
from ui.people.enrol_steps import AboutStep, CheckStep, ConsentStep, ContactStep, Step, WhoStep
from ui.people.fields import enlarge
from ui.people.screening_sheet import DecisionStep
from ui.people.screening_step import CaresForStep, ScreeningStep
from ui.widgets import to_date


class EnrolWizard(EntryDialog):
    """Six or seven steps; everything is saved together with Enrol on the last one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.enrolled_code: str | None = None
        self.setWindowTitle(self.tr("Enrol a person"))
        enlarge(self)
        self.pages = QStackedWidget(self)  # made first: steps take their fonts from it
        self.who = WhoStep(context, self.pages)
        self.about = AboutStep(self.pages)
        self.contact = ContactStep(self.pages)
        self.screening = ScreeningStep(context, self.pages)
        self.decision = DecisionStep(context, self.pages)
        self.cares = CaresForStep(context, self.pages)
        self.consent = ConsentStep(self.pages)
        self.check = CheckStep(self.pages)
        for step in self.all_steps():
            self.pages.addWidget(step)
        self.trail = QLabel()
        self.trail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._build_buttons()
        work = QHBoxLayout()
        work.addWidget(self.trail)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        work.addWidget(line)
        work.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(work, 1)
        layout.addLayout(self.buttons)
        self.who.role_changed.connect(self.role_changed)
        self.role_changed(self.who.role())
        self.go(0)
        self.resize(900, 680)

    def _build_buttons(self) -> None:
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.back = QPushButton(self.tr("◀ Back"))
        self.back.clicked.connect(lambda: self.go(self.position() - 1))
        self.next = QPushButton(self.tr("Next ▶"))
        self.next.setDefault(True)
        self.next.clicked.connect(self.go_on)
        self.finish = QPushButton(self.tr("Enrol"))
        self.finish.clicked.connect(self.save)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.cancel)
        self.buttons.addStretch()
        for button in (self.back, self.next, self.finish):
            self.buttons.addWidget(button)

    def all_steps(self) -> list[Step]:
        """Every step page, whichever role is chosen."""
        return [self.who, self.about, self.contact, self.screening, self.decision, self.cares,
                self.consent, self.check]  # fmt: skip

    def steps(self) -> list[Step]:
        """The steps for the chosen role: caregivers choose a person instead of screening."""
        middle = [self.cares] if self.who.role() == "caregiver" else [self.screening, self.decision]
        return [self.who, self.about, self.contact, *middle, self.consent, self.check]

    def position(self) -> int:
        """Which of the role's steps is shown."""
        current = self.pages.currentWidget()
        return self.steps().index(current) if current in self.steps() else 0

    def role_changed(self, role: str) -> None:
        """Adapts the steps to the role (screening criteria, diagnosis, cared-for person)."""
        self.about.set_role(role)
        self.screening.set_role(role)
        self.decision.set_role(role)
        if role == "caregiver":
            self.cares.load()
        self._show_trail()

    def go(self, position: int) -> None:
        """Shows a step by its place in the role's flow."""
        steps = self.steps()
        position = max(0, min(len(steps) - 1, position))
        step = steps[position]
        if step is self.screening:
            person = self.about.person("", "", self.who.role())
            self.screening.prefill(person.birth_date, person.diagnosis)
        if step is self.check:
            self.check.show_summary([(s.heading, s.summary()) for s in steps[:-1]])
            self.check.warnings.setText(self.screening.warnings.text()
                                        if self.who.role() != "caregiver" else "")  # fmt: skip
        self.pages.setCurrentWidget(step)
        self.back.setEnabled(position > 0)
        self.next.setVisible(position < len(steps) - 1)
        self.finish.setVisible(position == len(steps) - 1)
        self.finish.setDefault(position == len(steps) - 1)
        self._show_trail()

    def _show_trail(self) -> None:
        """The steps down the side, the current one marked, so users know where they are."""
        current = self.pages.currentWidget()
        parts = [
            f"<p><b>▶ {n}. {s.heading}</b></p>"
            if s is current
            else f"<p>&nbsp;&nbsp;&nbsp;{n}. {s.heading}</p>"
            for n, s in enumerate(self.steps(), start=1)
        ]
        self.trail.setText("".join(parts))
        self.trail.setFixedWidth(self._trail_width())  # fixed: pages do not shift step to step

    def _trail_width(self) -> int:
        """Wide enough for the longest step name in bold with its marker."""
        font = self.trail.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        longest = max(metrics.horizontalAdvance(f"▶ 9. {s.heading}") for s in self.all_steps())
        return longest + 24

    def go_on(self) -> bool:
        """Goes to the next step if this one's fields are in order; True if it moved."""
        step = self.steps()[self.position()]
        problems = self.problems_of(step, self.data())
        step.show_errors(problems)
        if problems:
            return False
        self.go(self.position() + 1)
        return True

    def problems_of(self, step: Step, data: EnrolmentData) -> list[str]:
        """The step's own problems, then the service's errors in the step's fields."""
        found = enrolment.check_enrolment(data, date.today())
        return step.local_problems() + [p.message for p in found.errors
                                        if p.field in step.FIELDS]  # fmt: skip

    def data(self) -> EnrolmentData:
        """Everything entered, as the enrolment service takes it."""
        role = self.who.role()
        code = self.who.code.text().strip()
        community = self.who.community.currentData() or ""
        return EnrolmentData(
            person=self.about.person(code, community, role),
            role=role,
            enrolled_on=to_date(self.consent.enrolled_on.date()),
            contact=self.contact.contact(),
            screening=self.cares.screening(code) if role == "caregiver"
            else self.decision.completed(self.screening.screening(code)),
            consents=self.consent.consents(),
            cares_for=self.cares.cares_for.chosen() if role == "caregiver" else None,
        )

    def save(self) -> bool:
        """Enrols through the service after every step is in order; True when saved.

        Problems send the user to the step where they are, with the field named; criteria
        not met are confirmed in a question, and No saves nothing.
        """
        data = self.data()
        for position, step in enumerate(self.steps()):
            problems = self.problems_of(step, data)
            step.show_errors(problems)
            if problems:
                self.go(position)
                return False
        db, account = self.context.db, self.context.account
        saved = call_confirming(
            self,
            self.context,
            lambda ok: enrolment.enrol_person(db, account, data, ok),
            "people",
        )
        if saved is None:
            return False
        self.enrolled_code = data.person.code
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> str | None:
        """Runs the flow; the new person's code, or None if nobody was enrolled."""
        wizard = cls(context, parent)
        wizard.exec()
        return wizard.enrolled_code
