"""The pre-service needs interview with a peer, consumer or caregiver: entered from the
person's detail, and, opened on a saved one, viewed with its History, corrected or marked
entered in error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from app import codes
from app.permissions import Capability
from app.services import accounts, needs
from app.services.needs import NeedsData
from ui.context import AppContext
from ui.labels import code_label, show_date
from ui.operations import call
from ui.records.detail import RecordDialog
from ui.widgets import code_combo, date_edit, fitted, select_data, to_date, to_qdate


class NeedsDialog(RecordDialog):
    """What the person hopes for, preferred times and activities, and concerns."""

    KIND = "people"

    def __init__(
        self,
        context: AppContext,
        person: str,
        role: str | None = None,
        record_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record_id, parent)
        self.person = person
        self.setWindowTitle(self.tr("Pre-service needs interview"))
        self.who = QLabel(person)
        self.role = code_combo(codes.ROLES)
        select_data(self.role, role)
        self.interviewed_on = date_edit(date.today())
        self.interviewer = QComboBox()
        self.interviewer.addItem("—", None)
        for member in accounts.list_staff(context.db):
            self.interviewer.addItem(f"{member.name} ({member.code})", member.code)
        select_data(self.interviewer, context.account.staff_code)
        self.hopes, self.times, self.activities, self.concerns = (
            QPlainTextEdit() for _ in range(4)
        )
        for box in (self.hopes, self.times, self.activities, self.concerns):
            box.setMaximumHeight(80)
        fields = QWidget()
        form = QFormLayout(fields)
        for label, field in (
            (self.tr("Person"), self.who),
            (self.tr("Role"), self.role),
            (self.tr("Date"), self.interviewed_on),
            (self.tr("Interviewer"), self.interviewer),
            (self.tr("What they hope for from the service"), self.hopes),
            (self.tr("Preferred times"), self.times),
            (self.tr("Preferred activities"), self.activities),
            (self.tr("Concerns"), self.concerns),
        ):
            form.addRow(label, field)  # fmt: skip
        may = context.can(Capability.MANAGE_PEOPLE) and context.can(Capability.SEE_CLINICAL)
        self.lay_out(fields, may)
        self.resize(fitted(640, 600))

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.record_id or self.person

    def data(self) -> NeedsData:
        """The interview as the service takes it."""
        return NeedsData(
            person=self.person,
            role=self.role.currentData(),
            interviewed_on=to_date(self.interviewed_on.date()),
            interviewer=self.interviewer.currentData(),
            hopes=self.hopes.toPlainText().strip(),
            preferred_times=self.times.toPlainText().strip(),
            preferred_activities=self.activities.toPlainText().strip(),
            concerns=self.concerns.toPlainText().strip(),
        )

    def save_new(self) -> bool:
        """Saves the interview; True when saved."""
        data, actor, db = self.data(), self.context.account, self.context.db
        result = call(self, self.context, lambda: needs.record_needs(db, actor, data), self.KIND)
        if result is None:
            return False
        self.record_id = result
        self.accept()
        return True

    def load_record(self) -> None:
        """Fills the form from the stored interview."""
        record = needs.needs_record(self.context.db, self.context.account, self.record_id or "")
        data, self.revision, self.person = record.data, record.revision, record.data.person
        self.who.setText(data.person)
        select_data(self.role, data.role)
        self.interviewed_on.setDate(to_qdate(data.interviewed_on))
        select_data(self.interviewer, data.interviewer)
        self.hopes.setPlainText(data.hopes)
        self.times.setPlainText(data.preferred_times)
        self.activities.setPlainText(data.preferred_activities)
        self.concerns.setPlainText(data.concerns)
        self.history.show_records("needs_interview", [record.id])

    def correction(self, revision: int | None) -> Callable[[], object]:
        """Saves the form over the stored interview."""
        data, actor, key = self.data(), self.context.account, self.record_id or ""
        return lambda: needs.correct_needs(self.context.db, actor, key, data, revision)

    def entered_in_error(self, reason: str, revision: int | None) -> Callable[[], object]:
        """Marks the interview entered in error."""
        actor, key = self.context.account, self.record_id or ""
        return lambda: needs.needs_entered_in_error(self.context.db, actor, key, reason, revision)

    def _what(self) -> str:
        return self.tr("the needs interview of {person} on {day} ({role})").format(
            person=self.person, day=show_date(to_date(self.interviewed_on.date())),
            role=code_label(codes.ROLES, self.role.currentData()))  # fmt: skip

    def saved_message(self) -> str:
        """Names the interview corrected."""
        return self.tr("correction of {what}").format(what=self._what())

    def error_message(self) -> str:
        """Names the interview crossed out."""
        return self.tr("{what} marked entered in error").format(what=self._what())
