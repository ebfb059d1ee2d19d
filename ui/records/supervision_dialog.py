"""Recording a supervision: kind, supervisors, who attended, topics raised; and, opened on a
saved one, viewing, correcting or marking it entered in error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app import codes
from app.permissions import Capability
from app.services import accounts, people, site, supervision
from app.services.supervision import SupervisionData
from ui.context import AppContext
from ui.labels import code_label, person_label, show_date
from ui.operations import call
from ui.records.detail import RecordDialog, check_listed
from ui.records.supervisors import SupervisorList
from ui.widgets import (
    checked_keys,
    checklist,
    code_combo,
    date_edit,
    fill_checklist,
    fitted,
    select_data,
    to_date,
    to_qdate,
)


class SupervisionDialog(RecordDialog):
    """The supervision record form, new or opened on a saved record."""

    KIND = "supervision"

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, record_id: str | None = None
    ) -> None:
        super().__init__(context, record_id, parent)
        self.session_id: str | None = None
        self.setWindowTitle(
            self.tr("Record supervision") if record_id is None else self.tr("Supervision record")
        )
        self.community = QComboBox()
        for community in site.list_communities(context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        self.held_on = date_edit(date.today())
        self.kind = code_combo(codes.SUPERVISION_KINDS)
        staff = accounts.list_staff(context.db)
        self.supervisors = SupervisorList(staff)
        if record_id is None and context.account.staff_code in self.supervisors.rows:
            self.supervisors.choose(context.account.staff_code)  # usually the one typing
        self.peers = checklist(())
        self.staff = checklist((f"{m.name} ({m.code})", m.code) for m in staff)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, supervision.MAX_MINUTES)
        self.minutes.setSingleStep(10)
        self.minutes.setSpecialValueText(self.tr("not said"))
        self.minutes.setSuffix(self.tr(" min"))
        self.audio = QComboBox()
        for label, value in ((self.tr("Not said"), None), (self.tr("Yes"), True),
                             (self.tr("No"), False)):  # fmt: skip
            self.audio.addItem(label, value)
        self.topics = QPlainTextEdit()
        self.difficulties = QPlainTextEdit()
        self.guidance = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for box in (self.topics, self.difficulties, self.guidance, self.notes):
            box.setMaximumHeight(54)  # the form fits a 1366x728 screen
        for listed in (self.peers, self.staff, self.supervisors):
            listed.setMaximumHeight(90)
        fields = QWidget()
        form = QFormLayout(fields)
        for label, field in (
            (self.tr("Community"), self.community),
            (self.tr("Date"), self.held_on),
            (self.tr("Kind"), self.kind),
            (self.tr("Supervisors"), self.supervisors),
            (self.tr("Duration"), self.minutes),
            (self.tr("Audio-recorded"), self.audio),
            (self.tr("Peers who attended"), self.peers),
            (self.tr("Staff who attended"), self.staff),
            (self.tr("Topics raised"), self.topics),
            (self.tr("Difficulties the peers raised"), self.difficulties),
            (self.tr("Guidance given"), self.guidance),
            (self.tr("Notes"), self.notes),
        ):
            form.addRow(label, field)  # fmt: skip
        self.community.currentIndexChanged.connect(self.reload_peers)
        self.held_on.dateChanged.connect(self.reload_peers)
        self.reload_peers()
        self.lay_out(fields, context.can(Capability.RECORD_SUPERVISION))
        self.resize(fitted(640, 660))

    def reload_peers(self) -> None:
        """Offers the peers enrolled in the community on the day."""
        community = self.community.currentData()
        if community:
            rows = people.enrolled_people(self.context.db, "peer", community,
                                          to_date(self.held_on.date()))  # fmt: skip
            names = people.names_by_code(self.context.db, self.context.account,
                                         [r.code for r in rows])  # fmt: skip
            fill_checklist(self.peers, ((person_label(r.code, names), r.code) for r in rows))

    def data(self) -> SupervisionData:
        """The record as the service takes it."""
        return SupervisionData(
            community=self.community.currentData() or "",
            held_on=to_date(self.held_on.date()),
            kind=self.kind.currentData(),
            supervisors=self.supervisors.supervisors(),
            peers=tuple(checked_keys(self.peers)),
            staff=tuple(checked_keys(self.staff)),
            topics=self.topics.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            session_id=self.session_id,
            minutes=self.minutes.value() or None,
            difficulties=self.difficulties.toPlainText().strip(),
            guidance=self.guidance.toPlainText().strip(),
            audio_recorded=self.audio.currentData(),
        )

    def save_new(self) -> bool:
        """Saves the record; True when saved."""
        data, actor = self.data(), self.context.account
        result = call(self, self.context,
                      lambda: supervision.record_supervision(self.context.db, actor, data),
                      "supervision")  # fmt: skip
        if result is None:
            return False
        self.record_id = result
        self.accept()
        return True

    def load_record(self) -> None:
        """Fills the form from the stored supervision."""
        record = supervision.supervision_record(self.context.db, self.record_id or "")
        data, self.revision, self.session_id = record.data, record.revision, record.data.session_id
        select_data(self.community, data.community)
        self.held_on.setDate(to_qdate(data.held_on))
        select_data(self.kind, data.kind)
        self.supervisors.set_supervisors(data.supervisors)
        check_listed(self.peers, data.peers)
        check_listed(self.staff, data.staff)
        self.topics.setPlainText(data.topics)
        self.notes.setPlainText(data.notes)
        self.minutes.setValue(data.minutes or 0)
        self.difficulties.setPlainText(data.difficulties)
        self.guidance.setPlainText(data.guidance)
        self.audio.setCurrentIndex({None: 0, True: 1, False: 2}[data.audio_recorded])
        self.history.show_records("supervision", [record.id, *record.part_ids])

    def correction(self, revision: int | None) -> Callable[[], object]:
        """Saves the form over the stored supervision."""
        data, actor, key = self.data(), self.context.account, self.record_id or ""
        return lambda: supervision.correct_supervision(self.context.db, actor, key, data, revision)

    def entered_in_error(self, reason: str, revision: int | None) -> Callable[[], object]:
        """Marks the supervision entered in error."""
        actor, key = self.context.account, self.record_id or ""
        return lambda: supervision.supervision_entered_in_error(
            self.context.db, actor, key, reason, revision
        )

    def saved_message(self) -> str:
        """Names the supervision corrected."""
        return self.tr("correction of the supervision of {day}").format(
            day=show_date(to_date(self.held_on.date()))
        )

    def error_message(self) -> str:
        """Names the supervision crossed out."""
        return self.tr("{kind} of {day} marked entered in error").format(
            kind=code_label(codes.SUPERVISION_KINDS, self.kind.currentData()),
            day=show_date(to_date(self.held_on.date())),
        )

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> str | None:
        """Shows the form; the new record's key, or None."""
        dialog = cls(context, parent)
        return dialog.record_id if dialog.exec() == QDialog.DialogCode.Accepted else None
