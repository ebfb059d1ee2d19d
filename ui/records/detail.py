"""What every record form does once the record is saved: view, correct, entered in error.

An entry form opened on a saved record shows it read-only on a "Record" tab next to its
History; "Correct…" lets the fields be edited and saved by the same rules as entry, and
"Entered in error…" marks it so with a reason (it leaves lists and reports, its history
stays). The services check who may do either; the buttons only follow them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from ui.context import AppContext
from ui.discard import EntryDialog, form_state
from ui.history_view import HistoryView
from ui.operations import call, call_confirming
from ui.text_prompt import TextPrompt
from ui.widgets import all_keys, fill_checklist, set_checked


def set_read_only(fields: QWidget, read_only: bool) -> None:
    """Lets the fields be read (and copied) but not changed, or changed again."""
    for kind in (QLineEdit, QPlainTextEdit, QAbstractSpinBox):
        for edit in fields.findChildren(kind):
            if not isinstance(edit.parent(), QComboBox):  # an editable combo's own line
                edit.setReadOnly(read_only)
    for kind in (QComboBox, QListWidget, QAbstractButton, QDateTimeEdit):  # no pop-ups either
        for choice in fields.findChildren(kind):
            choice.setEnabled(not read_only)


def done(work: Callable[[], object]) -> Callable[[], bool]:
    """A service call that returns nothing, as one ``call`` can tell succeeded."""

    def run() -> bool:
        work()
        return True

    return run


class RecordDialog(EntryDialog):
    """A record's form: new (Save, Cancel) or saved (Record and History tabs, corrections).

    Subclasses build their fields in a widget, call ``lay_out``, and give the services:
    ``save_new``, ``load_record``, ``correction``, ``entered_in_error``.
    """

    saved = Signal(str, str)
    """Emitted after a save on a saved record: what was saved (for "Saved: …") and the kind
    of change, as ``PageUndo.saved`` takes them."""

    KIND = ""
    """The kind of change (DataEvents.changed) a save announces."""
    CONFIRMS = False
    """Whether a correction may raise warnings to confirm: ``correction`` then returns a call
    taking ``confirmed``."""

    def __init__(
        self, context: AppContext, record_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.revision: int | None = None
        self.editing = record_id is None
        self.may_change = False

    def lay_out(self, fields: QWidget, may_change: bool) -> None:
        """Puts the fields and the buttons fitting a new or a saved record in the dialog."""
        self.fields = fields
        self.may_change = may_change
        layout = QVBoxLayout(self)
        if self.record_id is None:
            buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            buttons.accepted.connect(self.save)
            buttons.rejected.connect(self.reject)
            layout.addWidget(fields, 1)
            layout.addWidget(buttons)
            return
        self.history = HistoryView(self.context)
        self.tabs = QTabWidget()
        self.tabs.addTab(fields, translate("RecordDialog", "Record"))
        self.tabs.addTab(self.history, translate("RecordDialog", "History"))
        self.correct_button = QPushButton(translate("RecordDialog", "Correct…"))
        self.correct_button.clicked.connect(self.start_correcting)
        self.save_button = QPushButton(translate("RecordDialog", "Save the correction"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(translate("RecordDialog", "Cancel the correction"))
        self.cancel_button.clicked.connect(self.cancel_correcting)
        self.error_button = QPushButton(translate("RecordDialog", "Entered in error…"))
        self.error_button.setToolTip(
            translate("RecordDialog", "Cross it out: gone from lists and reports, history kept")
        )
        self.error_button.clicked.connect(self.ask_entered_in_error)
        close = QPushButton(translate("RecordDialog", "Close"))
        close.clicked.connect(self.close_record)
        buttons = QDialogButtonBox()
        for button in (self.correct_button, self.save_button, self.cancel_button,
                       self.error_button):  # fmt: skip
            button.setVisible(may_change)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Shows the record as stored, read-only, and its history."""
        self.load_record()
        self.set_editing(False)
        if self.isVisible():  # what is stored now is what closing must not ask about
            self._opened_with = form_state(self)

    def draft_subject(self) -> str:
        """A correction's draft is the record's; a new record's has none."""
        return self.record_id or ""

    def draft_context(self) -> AppContext | None:
        """Drafts only of what the account may type: a new record, or a correction."""
        return self.context if self.record_id is None or self.may_change else None

    def prepare_for_draft(self) -> None:
        """A saved record's draft is a correction: the fields open for it."""
        if self.record_id is not None:
            self.start_correcting()

    def discard_draft(self) -> None:
        """Throws the draft away; a saved record shows as stored again."""
        super().discard_draft()
        if self.record_id is not None:
            self.reload()

    def close_record(self) -> None:
        """Close: a correction being typed is kept as a draft, thrown away or gone back to."""
        if self.settle_typing():
            super(EntryDialog, self).accept()

    def set_editing(self, editing: bool) -> None:
        """Read-only while viewing; the fields open for a correction."""
        self.editing = editing
        set_read_only(self.fields, not editing)
        if self.may_change:
            self.correct_button.setVisible(not editing)
            self.error_button.setVisible(not editing)
            self.save_button.setVisible(editing)
            self.cancel_button.setVisible(editing)
        if editing:
            self.tabs.setCurrentIndex(0)

    def start_correcting(self) -> None:
        """Opens the fields for a correction."""
        self.set_editing(True)

    def cancel_correcting(self) -> None:
        """Puts the stored values back and closes the fields."""
        self.reload()

    def save(self) -> bool:
        """Saves a new record, or the correction of a saved one; True when saved."""
        if self.record_id is None:
            return self.save_new()
        if not self.editing:
            return False
        work = self.correction(self.revision)
        if work is None or self._run(work) is None:
            return False
        self.forget_draft()
        if self.draft_note is not None:
            self.draft_note.hide()
        self.reload()
        self.saved.emit(self.saved_message(), self.KIND)
        return True

    def _run(self, work: Callable[..., object]) -> bool | None:
        if not self.CONFIRMS:
            return call(self, self.context, done(work), self.KIND)

        def confirming(confirmed: bool) -> bool:
            work(confirmed)
            return True

        return call_confirming(self, self.context, confirming, self.KIND)

    def ask_entered_in_error(self) -> None:
        """Asks why, then marks the record entered in error."""
        question = translate("RecordDialog", "Why was this record entered in error?")
        title = translate("RecordDialog", "Entered in error")
        reason = TextPrompt.ask(self, title, question, f"{self.KIND}_entered_in_error",
                                self.record_id or "")  # fmt: skip
        if reason is not None:
            self.mark_entered_in_error(reason)

    def mark_entered_in_error(self, reason: str) -> bool:
        """Marks the record entered in error with the reason; True when done."""
        work = self.entered_in_error(reason, self.revision)
        if call(self, self.context, done(work), self.KIND) is None:
            return False
        self.saved.emit(self.error_message(), self.KIND)
        self.accept()
        return True

    def save_new(self) -> bool:
        """Saves the form as a new record; True when saved."""
        raise NotImplementedError

    def load_record(self) -> None:
        """Fills the fields from the stored record, sets ``revision`` and the history."""
        raise NotImplementedError

    def correction(self, revision: int | None) -> Callable[..., object] | None:
        """The service call saving the fields as a correction; None if the form says no."""
        raise NotImplementedError

    def entered_in_error(self, reason: str, revision: int | None) -> Callable[[], object]:
        """The service call marking the record entered in error."""
        raise NotImplementedError

    def saved_message(self) -> str:
        """What the confirmation says after a correction."""
        return translate("RecordDialog", "the correction")

    def error_message(self) -> str:
        """What the confirmation says after marking the record entered in error."""
        return translate("RecordDialog", "the record marked entered in error")


def check_listed(widget: QListWidget, keys: Iterable[str]) -> None:
    """Checks exactly these keys, adding any the list does not offer (a record keeps who was
    there, even someone no longer enrolled)."""
    wanted = list(keys)
    missing = [k for k in wanted if k not in all_keys(widget)]
    fill_checklist(widget, [*((widget.item(r).text(), k) for r, k in enumerate(all_keys(widget))),
                            *((k, k) for k in missing)])  # fmt: skip
    set_checked(widget, wanted)
