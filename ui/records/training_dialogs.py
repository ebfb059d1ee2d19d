"""Creating training courses and recording their sessions with attendance per peer; and,
opened on a saved one, viewing, correcting or marking it entered in error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app import codes
from app.permissions import Capability
from app.services import people, site, training
from app.services.training import CourseData, MeetingData
from ui.context import AppContext
from ui.labels import code_label, person_label, show_date
from ui.operations import call
from ui.records.detail import RecordDialog, check_listed
from ui.widgets import (
    all_keys,
    checked_keys,
    checklist,
    code_combo,
    date_edit,
    select_data,
    set_checked,
    to_date,
    to_qdate,
)


def _form(pairs: tuple[tuple[str, QWidget], ...]) -> QWidget:
    fields = QWidget()
    form = QFormLayout(fields)
    for label, field in pairs:
        form.addRow(label, field)
    return fields


class CourseDialog(RecordDialog):
    """A pre-service or continuing course, new or opened on a saved one."""

    KIND = "training"

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, record_id: str | None = None
    ) -> None:
        super().__init__(context, record_id, parent)
        self.course_id: str | None = record_id
        self.setWindowTitle(
            self.tr("New training course") if record_id is None else self.tr("Training course")
        )
        self.kind = code_combo(codes.TRAINING_KINDS)
        self.title = QLineEdit()
        self.starts_on = date_edit(date.today())
        self.ends_on = date_edit(date.today())
        self.community = QComboBox()
        self.community.addItem(self.tr("All communities"), None)
        for community in site.list_communities(context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        fields = _form((
            (self.tr("Kind"), self.kind),
            (self.tr("Title"), self.title),
            (self.tr("Starts on"), self.starts_on),
            (self.tr("Ends on"), self.ends_on),
            (self.tr("Community"), self.community),
        ))  # fmt: skip
        self.lay_out(fields, context.can(Capability.RECORD_TRAINING))

    def data(self) -> CourseData:
        """The course as the service takes it."""
        return CourseData(self.kind.currentData(), self.title.text(),
                          to_date(self.starts_on.date()), to_date(self.ends_on.date()),
                          self.community.currentData())  # fmt: skip

    def save_new(self) -> bool:
        """Creates the course; True when saved."""
        db, actor, c = self.context.db, self.context.account, self.data()
        result = call(self, self.context,
                      lambda: training.add_course(db, actor, c.kind, c.title, c.starts_on,
                                                  c.ends_on, c.community),
                      "training")  # fmt: skip
        if result is None:
            return False
        self.course_id = result
        self.accept()
        return True

    def load_record(self) -> None:
        """Fills the form from the stored course."""
        record = training.course_record(self.context.db, self.record_id or "")
        data, self.revision = record.data, record.revision
        select_data(self.kind, data.kind)
        self.title.setText(data.title)
        self.starts_on.setDate(to_qdate(data.starts_on))
        self.ends_on.setDate(to_qdate(data.ends_on or data.starts_on))
        select_data(self.community, data.community)
        self.history.show_records("training_course", [record.id])

    def correction(self, revision: int | None) -> Callable[[], object]:
        """Saves the form over the stored course."""
        data, actor, key = self.data(), self.context.account, self.record_id or ""
        return lambda: training.correct_course(self.context.db, actor, key, data, revision)

    def entered_in_error(self, reason: str, revision: int | None) -> Callable[[], object]:
        """Marks the course, its sessions and their attendance entered in error."""
        actor, key = self.context.account, self.record_id or ""
        return lambda: training.course_entered_in_error(
            self.context.db, actor, key, reason, revision
        )

    def saved_message(self) -> str:
        """Names the course corrected."""
        return self.tr("correction of the course “{title}”").format(title=self.title.text())

    def error_message(self) -> str:
        """Names the course crossed out."""
        return self.tr("course “{title}” marked entered in error").format(title=self.title.text())


class TrainingSessionDialog(RecordDialog):
    """One meeting of a course: date, topic, trainer, and which peers attended."""

    KIND = "training"

    def __init__(
        self,
        context: AppContext,
        course_id: str,
        parent: QWidget | None = None,
        record_id: str | None = None,
    ) -> None:
        super().__init__(context, record_id, parent)
        self.course_id = course_id
        self.setWindowTitle(
            self.tr("Record a training session") if record_id is None
            else self.tr("Training session")
        )  # fmt: skip
        self.held_on = date_edit(date.today())
        self.topic = QLineEdit()
        self.trainer = QLineEdit()
        self.trainer_profession = code_combo(codes.PROFESSIONS)
        self.trainer_profession.insertItem(0, self.tr("(not said)"), None)
        self.trainer_profession.setCurrentIndex(0)
        self.workshop = code_combo(codes.WORKSHOPS)
        self.workshop.insertItem(0, self.tr("(not a pre-service workshop)"), None)
        self.workshop.setCurrentIndex(0)
        self.formats = checklist(
            (code_label(codes.TRAINING_FORMATS, c), c) for c in codes.TRAINING_FORMATS.code_names()
        )
        self.formats.setMaximumHeight(100)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 480)
        self.minutes.setSingleStep(30)
        self.minutes.setSpecialValueText(self.tr("not said"))
        self.minutes.setSuffix(self.tr(" min"))
        peers = [r for r in people.list_people(context.db) if r.role == "peer"]
        names = people.names_by_code(context.db, context.account, [r.code for r in peers])
        self.attendance = checklist(
            (f"{person_label(r.code, names)} · {r.community}", r.code) for r in peers
        )
        fields = _form((
            (self.tr("Date"), self.held_on),
            (self.tr("Workshop"), self.workshop),
            (self.tr("Topic"), self.topic),
            (self.tr("Format"), self.formats),
            (self.tr("Duration"), self.minutes),
            (self.tr("Trainer"), self.trainer),
            (self.tr("Trainer's profession"), self.trainer_profession),
            (self.tr("Tick the peers who attended"), self.attendance),
        ))  # fmt: skip
        self.lay_out(fields, context.can(Capability.RECORD_TRAINING))

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.record_id or self.course_id

    def data(self) -> MeetingData:
        """The meeting as the service takes it: peers not ticked are absent."""
        attended = checked_keys(self.attendance)
        absent = tuple(c for c in all_keys(self.attendance) if c not in attended)
        return MeetingData(to_date(self.held_on.date()), self.topic.text(), tuple(attended),
                           absent, self.trainer.text(), self.workshop.currentData(),
                           tuple(checked_keys(self.formats)), self.minutes.value() or None,
                           self.trainer_profession.currentData())  # fmt: skip

    def save_new(self) -> bool:
        """Saves the meeting; peers not ticked are recorded absent. True when saved."""
        db, actor, m = self.context.db, self.context.account, self.data()
        result = call(
            self,
            self.context,
            lambda: training.record_training_session(db, actor, self.course_id, m),
            "training",
        )
        if result is None:
            return False
        self.accept()
        return True

    def load_record(self) -> None:
        """Fills the form from the stored meeting and its attendance."""
        record = training.meeting_record(self.context.db, self.record_id or "")
        data, self.revision = record.data, record.revision
        self.held_on.setDate(to_qdate(data.held_on))
        self.topic.setText(data.topic)
        self.trainer.setText(data.trainer)
        select_data(self.workshop, data.workshop)
        set_checked(self.formats, data.formats)
        self.minutes.setValue(data.minutes or 0)
        select_data(self.trainer_profession, data.trainer_profession)
        check_listed(self.attendance, [*data.absent, *data.attended])
        check_listed(self.attendance, data.attended)
        self.history.show_records("training_session", [record.id, *record.part_ids])

    def correction(self, revision: int | None) -> Callable[[], object]:
        """Saves the form over the stored meeting."""
        data, actor, key = self.data(), self.context.account, self.record_id or ""
        return lambda: training.correct_training_session(
            self.context.db, actor, key, data, revision
        )

    def entered_in_error(self, reason: str, revision: int | None) -> Callable[[], object]:
        """Marks the meeting and its attendance entered in error."""
        actor, key = self.context.account, self.record_id or ""
        return lambda: training.training_session_entered_in_error(
            self.context.db, actor, key, reason, revision
        )

    def saved_message(self) -> str:
        """Names the meeting corrected."""
        return self.tr("correction of the training session of {day}").format(
            day=show_date(to_date(self.held_on.date()))
        )

    def error_message(self) -> str:
        """Names the meeting crossed out."""
        return self.tr("training session of {day} marked entered in error").format(
            day=show_date(to_date(self.held_on.date()))
        )
