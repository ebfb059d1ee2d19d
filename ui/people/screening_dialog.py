"""A saved screening, opened from the person's detail: viewed with its History, corrected by
the rules of screening (criteria not met are confirmed again), or marked entered in error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from app import codes
from app.permissions import Capability
from app.services import screening
from ui.context import AppContext
from ui.labels import code_label, show_date
from ui.people.screening_sheet import DecisionStep, set_yes_no
from ui.people.screening_step import CaresForStep, ScreeningStep
from ui.records.detail import RecordDialog
from ui.widgets import select_data, to_date, to_qdate


class ScreeningDialog(RecordDialog):
    """The screening steps' fields (a caregiver's sheet for a caregiver), filled from the
    stored screening."""

    KIND = "people"
    CONFIRMS = True

    def __init__(
        self, context: AppContext, screening_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, screening_id, parent)
        self.person = ""
        self.role = "consumer"
        self.setWindowTitle(self.tr("Screening"))
        self.step = ScreeningStep(context)
        self.decision = DecisionStep(context)
        self.caregiver = CaresForStep(context)
        sheet = QWidget()
        column = QVBoxLayout(sheet)
        for part in (self.step, self.decision, self.caregiver):
            column.addWidget(part)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        may = context.can(Capability.MANAGE_PEOPLE) and context.can(Capability.SEE_CLINICAL)
        self.lay_out(scroll, may)
        self.resize(820, 680)

    def load_record(self) -> None:
        """Fills the criteria, score, date, assessor and notes from the stored screening."""
        db, actor = self.context.db, self.context.account
        record = screening.screening_record(db, actor, self.record_id or "")
        data, self.revision, self.person = record.data, record.revision, record.data.person
        self.step.set_role(data.role)
        self.step.psp.setValue(data.psp_score or 0)
        self.step.set_answers(data.criteria)
        self.step.screened_on.setDate(to_qdate(data.screened_on))
        select_data(self.step.assessor, data.assessor)
        self.step.notes.setText(data.notes)
        if data.role != "caregiver":
            self.step.box.set_sources(data.evidence)
        self.decision.show_data(data)
        caregiver = data.role == "caregiver"
        self.step.setVisible(not caregiver)
        self.decision.setVisible(not caregiver)
        self.caregiver.setVisible(caregiver)
        if caregiver:
            self.caregiver.load()
            self.caregiver.cares_for.choose(data.cared_for or "")
            set_yes_no(self.caregiver.follow_up, data.follow_up_contact)
            self.caregiver.screened_on.setDate(to_qdate(data.screened_on))
        self.role = data.role
        self.history.show_records("screening", [record.id])

    def set_editing(self, editing: bool) -> None:
        """As every record form; a criterion that follows from the PSP score stays locked."""
        super().set_editing(editing)
        if editing:
            self.step.set_role(self.step.role)

    def data(self) -> screening.ScreeningData:
        """The sheet as the service takes it."""
        if self.role == "caregiver":
            sheet = self.caregiver.screening(self.person)
            return replace(sheet, assessor=self.step.assessor.currentData())
        return self.decision.completed(self.step.screening(self.person))

    def correction(self, revision: int | None) -> Callable[[bool], object] | None:
        """Saves the form over the stored screening, once every criterion is answered."""
        problems = [] if self.role == "caregiver" else self.step.local_problems()
        self.step.show_errors(problems)
        if problems:
            return None
        data, actor, key = self.data(), self.context.account, self.record_id
        return lambda confirmed: screening.correct_screening(
            self.context.db, actor, key or "", data, confirmed, revision
        )

    def entered_in_error(self, reason: str, revision: int | None) -> Callable[[], object]:
        """Marks the screening entered in error."""
        actor, key = self.context.account, self.record_id or ""
        return lambda: screening.screening_entered_in_error(
            self.context.db, actor, key, reason, revision
        )

    def _what(self) -> str:
        return self.tr("the screening of {person} on {day} ({role})").format(
            person=self.person, day=show_date(to_date(self.step.screened_on.date())),
            role=code_label(codes.ROLES, self.role))  # fmt: skip

    def saved_message(self) -> str:
        """Names the screening corrected."""
        return self.tr("correction of {what}").format(what=self._what())

    def error_message(self) -> str:
        """Names the screening crossed out."""
        return self.tr("{what} marked entered in error").format(what=self._what())
