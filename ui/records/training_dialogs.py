"""Creating training courses and recording their sessions with attendance per peer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app import codes
from app.services import people, site, training
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.operations import call
from ui.widgets import all_keys, checked_keys, checklist, code_combo, date_edit, to_date


def _buttons(dialog: QDialog, save: object) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class CourseDialog(EntryDialog):
    """A new pre-service or continuing course."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.course_id: str | None = None
        self.setWindowTitle(self.tr("New training course"))
        self.kind = code_combo(codes.TRAINING_KINDS)
        self.title = QLineEdit()
        self.starts_on = date_edit(date.today())
        self.ends_on = date_edit(date.today())
        self.community = QComboBox()
        self.community.addItem(self.tr("All communities"), None)
        for community in site.list_communities(context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        form = QFormLayout(self)
        for label, field in (
            (self.tr("Kind"), self.kind),
            (self.tr("Title"), self.title),
            (self.tr("Starts on"), self.starts_on),
            (self.tr("Ends on"), self.ends_on),
            (self.tr("Community"), self.community),
        ):
            form.addRow(label, field)  # fmt: skip
        form.addRow(_buttons(self, self.save))

    def save(self) -> bool:
        """Creates the course; True when saved."""
        db, actor = self.context.db, self.context.account
        kind, title = self.kind.currentData(), self.title.text()
        start, end = to_date(self.starts_on.date()), to_date(self.ends_on.date())
        community = self.community.currentData()
        result = call(self, self.context,
                      lambda: training.add_course(db, actor, kind, title, start, end, community),
                      "training")  # fmt: skip
        if result is None:
            return False
        self.course_id = result
        self.accept()
        return True


class TrainingSessionDialog(EntryDialog):
    """One meeting of a course: date, topic, trainer, and which peers attended."""

    def __init__(self, context: AppContext, course_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.course_id = course_id
        self.setWindowTitle(self.tr("Record a training session"))
        self.held_on = date_edit(date.today())
        self.topic = QLineEdit()
        self.trainer = QLineEdit()
        peers = [r for r in people.list_people(context.db) if r.role == "peer"]
        self.attendance = checklist((f"{r.code} · {r.community}", r.code) for r in peers)
        form = QFormLayout(self)
        for label, field in (
            (self.tr("Date"), self.held_on),
            (self.tr("Topic"), self.topic),
            (self.tr("Trainer"), self.trainer),
            (self.tr("Tick the peers who attended"), self.attendance),
        ):
            form.addRow(label, field)  # fmt: skip
        form.addRow(_buttons(self, self.save))

    def save(self) -> bool:
        """Saves the meeting; peers not ticked are recorded absent. True when saved."""
        everyone = all_keys(self.attendance)
        attended = checked_keys(self.attendance)
        absent = tuple(c for c in everyone if c not in attended)
        db, actor = self.context.db, self.context.account
        day, topic, trainer = to_date(self.held_on.date()), self.topic.text(), self.trainer.text()
        result = call(
            self,
            self.context,
            lambda: training.add_training_session(
                db, actor, self.course_id, day, topic, tuple(attended), absent, trainer
            ),
            "training",
        )
        if result is None:
            return False
        self.accept()
        return True
