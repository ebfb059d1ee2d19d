"""Recording a supervision: kind, supervisor, who attended, topics raised."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from app import codes
from app.services import accounts, people, site, supervision
from app.services.supervision import SupervisionData
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.operations import call
from ui.widgets import (
    checked_keys,
    checklist,
    code_combo,
    date_edit,
    fill_checklist,
    fitted,
    to_date,
)


class SupervisionDialog(EntryDialog):
    """The supervision record form."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id: str | None = None
        self.setWindowTitle(self.tr("Record supervision"))
        self.community = QComboBox()
        for community in site.list_communities(context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        self.held_on = date_edit(date.today())
        self.kind = code_combo(codes.SUPERVISION_KINDS)
        staff = accounts.list_staff(context.db)
        self.supervisor = QComboBox()
        for member in staff:
            self.supervisor.addItem(f"{member.name} ({member.code})", member.code)
        self.peers = checklist(())
        self.staff = checklist((f"{m.name} ({m.code})", m.code) for m in staff)
        self.topics = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        form = QFormLayout(self)
        for label, field in (
            (self.tr("Community"), self.community),
            (self.tr("Date"), self.held_on),
            (self.tr("Kind"), self.kind),
            (self.tr("Supervisor"), self.supervisor),
            (self.tr("Peers who attended"), self.peers),
            (self.tr("Staff who attended"), self.staff),
            (self.tr("Topics raised"), self.topics),
            (self.tr("Notes"), self.notes),
        ):
            form.addRow(label, field)  # fmt: skip
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.community.currentIndexChanged.connect(self.reload_peers)
        self.held_on.dateChanged.connect(self.reload_peers)
        self.reload_peers()
        self.resize(fitted(620, 700))

    def reload_peers(self) -> None:
        """Offers the peers enrolled in the community on the day."""
        community = self.community.currentData()
        if community:
            rows = people.enrolled_people(self.context.db, "peer", community,
                                          to_date(self.held_on.date()))  # fmt: skip
            fill_checklist(self.peers, ((r.code, r.code) for r in rows))

    def data(self) -> SupervisionData:
        """The record as the service takes it."""
        return SupervisionData(
            community=self.community.currentData() or "",
            held_on=to_date(self.held_on.date()),
            kind=self.kind.currentData(),
            supervisor=self.supervisor.currentData(),
            peers=tuple(checked_keys(self.peers)),
            staff=tuple(checked_keys(self.staff)),
            topics=self.topics.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
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

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> str | None:
        """Shows the form; the new record's key, or None."""
        dialog = cls(context, parent)
        return dialog.record_id if dialog.exec() == QDialog.DialogCode.Accepted else None
