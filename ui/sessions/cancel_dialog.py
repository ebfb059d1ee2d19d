"""Cancelling a planned session, or the rest of its series, with one of the paper's reasons.

The rules (which reasons, "other" needs a note, a held session cannot be cancelled) live in
app.services.sessions; this form only gathers the answer and shows the service's refusal.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import sessions
from app.services.sessions import SessionDetail
from ui.context import AppContext
from ui.discard import EntryDialog
from ui.labels import code_label, show_date
from ui.operations import call
from ui.widgets import code_combo


class CancelSessionDialog(EntryDialog):
    """The reason a session is not held, and whether the later ones of its series go too."""

    def __init__(
        self, context: AppContext, detail: SessionDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.done_text = ""
        plan = detail.plan
        self.setWindowTitle(self.tr("Cancel session"))
        self.reason = code_combo(codes.CANCEL_REASONS)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Required when the reason is Other"))
        self.whole_series = QCheckBox(self.tr("Also cancel the later sessions of this series"))
        self.whole_series.setVisible(detail.series_id is not None)
        form = QFormLayout()
        theme = plan.theme or code_label(codes.TOPICS, plan.topic)
        form.addRow(QLabel(self.tr("Session on {day}: {theme}").format(
            day=show_date(plan.session_date), theme=theme)))  # fmt: skip
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.whole_series)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel session"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def draft_subject(self) -> str:
        """What the form is for, among drafts."""
        return self.detail.id

    def save(self) -> bool:
        """Cancels through the services; a refusal is shown and the form stays open."""
        db, actor = self.context.db, self.context.account
        sid, day = self.detail.id, self.detail.plan.session_date
        reason, note = self.reason.currentData(), self.note.text()
        if self.detail.series_id is not None and self.whole_series.isChecked():
            count = call(self, self.context,
                         lambda: sessions.cancel_series_from(db, actor, sid, day, reason, note),
                         "sessions")  # fmt: skip
            if count is None:
                return False
            self.done_text = self.tr(
                "the cancellation of {n} sessions of the series from {day}"
            ).format(n=count, day=day.isoformat())
        else:
            done = call(self, self.context,
                        lambda: sessions.cancel_session(db, actor, sid, reason, note) or True,
                        "sessions")  # fmt: skip
            if done is None:
                return False
            self.done_text = self.tr("the cancellation of the session of {day}").format(
                day=day.isoformat()
            )
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext, session_id: str) -> str | None:
        """Shows the form; what was saved (for the confirmation), or None if nothing was."""
        dialog = cls(context, sessions.session_detail(context.db, session_id), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.done_text
