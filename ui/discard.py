"""Nothing typed is lost: entry forms keep what was typed as a draft, or ask before dropping it.

An entry dialog notes what its fields hold when it is first shown. Escape, the window's close
button or Cancel then close it at once if nothing changed; otherwise they ask "Keep as draft /
Discard / Go back". A kept draft goes to the database through ``app.services.drafts`` (per
signed-in account, form and subject: the person or session the form is for) and is put back
into every field the next time the same form is opened for the same subject, with a note
saying so and a "Discard draft" button. Saving the form removes its draft.

One mechanism serves every form: fields are read and written by their objectName. Fields held
in an attribute of the form (or of a part of it, like ``self.form.kind``) are named after
that attribute when the form is first shown; the others by their kind and place. Password
fields are never read: they are not in a draft and do not count as typing (a form with only a
password typed asks the plain "Discard what you typed?" instead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from app.i18n import translate

if TYPE_CHECKING:
    from ui.context import AppContext

FieldState = tuple[object, ...]
Content = dict[str, Any]

KEEP, DISCARD, GO_BACK = "keep", "discard", "back"
"""The answers to "Keep what you typed?"."""


def is_password(widget: QWidget) -> bool:
    """Whether the field hides what is typed: never read into a draft."""
    return isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal


def _field_value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText() if widget.isEditable() else ""
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return tuple(widget.item(row).checkState().value for row in range(widget.count()))
    return None


INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QListWidget)


def fields(form: QWidget, *, passwords: bool = False) -> list[QWidget]:
    """The form's input fields in creation order (password fields only when asked).

    The line edits inside spin boxes and combo boxes are read through their owner; the
    draft note's own button is not a field.
    """
    found = []
    for widget in form.findChildren(QWidget):
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox | QComboBox) or widget.property("draft_note"):
            continue
        if owner is not None and owner.property("draft_note"):
            continue
        if not passwords and is_password(widget):
            continue
        if isinstance(widget, INPUTS) or (
            isinstance(widget, QAbstractButton) and widget.isCheckable()
        ):
            found.append(widget)
    return found


def form_state(form: QWidget, *, passwords: bool = False) -> FieldState:
    """What every field of a form holds, in a form that compares equal when nothing changed."""
    return tuple(
        (w.objectName(), type(w).__name__, _field_value(w))
        for w in fields(form, passwords=passwords)
    )


# Names -----------------------------------------------------------------------------------


def name_fields(form: QWidget) -> None:
    """Gives every field of the form a stable objectName, unique in the form.

    A field held in an attribute is named after it (``theme``, ``form.kind``,
    ``criteria.met_diagnosis``); the rest after their kind and place among the unnamed.
    """
    _name_attributes(form, form, "", set())
    counts: dict[str, int] = {}
    taken: set[str] = set()
    for widget in fields(form, passwords=True):
        name = widget.objectName()
        if not name or name.startswith("qt_") or name in taken:
            kind = type(widget).__name__
            counts[kind] = counts.get(kind, 0) + 1
            name = f"{name or kind}#{counts[kind]}"
            widget.setObjectName(name)
        taken.add(name)


def _name_attributes(root: QWidget, owner: object, prefix: str, seen: set[int]) -> None:
    if id(owner) in seen:
        return
    seen.add(id(owner))
    try:
        attributes = list(vars(owner).items())
    except TypeError:
        return
    for attribute, value in attributes:
        if not attribute.startswith("_"):
            _name_value(root, value, prefix + attribute, seen)


def _name_value(root: QWidget, value: object, name: str, seen: set[int]) -> None:
    if isinstance(value, QWidget):
        if not root.isAncestorOf(value):  # the window it opened over, a pop-up: not the form
            return
        if isinstance(value, (*INPUTS, QAbstractButton)):
            if not value.objectName():
                value.setObjectName(name)
            return
        _name_attributes(root, value, name + ".", seen)
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str | int) and isinstance(item, QWidget):
                _name_value(root, item, f"{name}.{key}", seen)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if isinstance(item, QWidget):
                _name_value(root, item, f"{name}.{index}", seen)


# Reading and writing ---------------------------------------------------------------------


def _plain(value: object) -> object:
    """The value if a draft can hold it as it is (JSON), else None."""
    return value if isinstance(value, str | int | float | bool) or value is None else None


def _list_key(widget: QListWidget, row: int) -> str:
    item = widget.item(row)
    data = item.data(Qt.ItemDataRole.UserRole)
    return str(data) if data is not None else item.text()


def read_field(widget: QWidget) -> object:
    """The field's value as plain data for a draft."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return {"index": widget.currentIndex(), "text": widget.currentText(),
                "data": _plain(widget.currentData())}  # fmt: skip
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [_list_key(widget, r) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked]  # fmt: skip
    return None


def write_field(widget: QWidget, value: object) -> None:
    """Puts a value read by ``read_field`` back; a value that no longer fits is left out."""
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        if widget.text() != value:
            widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        if widget.toPlainText() != value:
            widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        _write_combo(widget, value)
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            widget.setDateTime(moment)
        elif QDate.fromString(value[:10], Qt.DateFormat.ISODate).isValid():
            widget.setDate(QDate.fromString(value[:10], Qt.DateFormat.ISODate))
        elif QTime.fromString(value, Qt.DateFormat.ISODate).isValid():
            widget.setTime(QTime.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(widget, QSpinBox) and isinstance(value, int | float):
        widget.setValue(int(value))
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
        widget.setValue(float(value))
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        _write_check(widget, value)
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        wanted = {str(v) for v in value}
        for row in range(widget.count()):
            item = widget.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                state = Qt.CheckState.Checked if _list_key(widget, row) in wanted else (
                    Qt.CheckState.Unchecked)  # fmt: skip
                if item.checkState() != state:
                    item.setCheckState(state)


def _write_combo(combo: QComboBox, value: dict[str, Any]) -> None:
    index = -1
    if value.get("data") is not None:
        index = combo.findData(value["data"])
    if index < 0 and value.get("text"):
        index = combo.findText(str(value["text"]))
    if index < 0 and value.get("data") is None and isinstance(value.get("index"), int):
        index = value["index"] if value["index"] < combo.count() else -1
    if index >= 0 and combo.currentIndex() != index:
        combo.setCurrentIndex(index)
    if combo.isEditable() and isinstance(value.get("text"), str):
        combo.setEditText(value["text"])


def _write_check(button: QAbstractButton, checked: bool) -> None:
    if button.isChecked() == checked:
        return
    group = button.group()
    if not checked and (button.autoExclusive() or (group is not None and group.exclusive())):
        exclusive = group.exclusive() if group is not None else False
        auto = button.autoExclusive()
        if group is not None:
            group.setExclusive(False)
        button.setAutoExclusive(False)
        button.setChecked(False)
        button.setAutoExclusive(auto)
        if group is not None:
            group.setExclusive(exclusive)
        return
    button.setChecked(checked)


def read_form(form: QWidget) -> Content:
    """Every field of the form but passwords, by name, as plain data."""
    return {w.objectName(): read_field(w) for w in fields(form)}


def write_form(form: QWidget, content: Content) -> None:
    """Puts a form's content back into its fields, by name; passwords are never written.

    Twice over: a choice that fills another field's list (a community, a role) comes first
    in the form, and the second pass ticks what that list now offers.
    """
    for _ in range(2):
        for widget in fields(form):
            if widget.objectName() in content:
                write_field(widget, content[widget.objectName()])


# Questions -------------------------------------------------------------------------------


def _box(parent: QWidget, title: str, text: str, details: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def ask_discard(parent: QWidget) -> bool:
    """Asks whether to throw away what was typed; True for Discard."""
    box = _box(parent, translate("discard", "Discard what you typed?"),
               translate("discard", "Discard what you typed?"),
               translate("discard", "What you typed in this form has not been saved."))  # fmt: skip
    discard = box.addButton(translate("discard", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
    keep = box.addButton(translate("discard", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def ask_keep(parent: QWidget, what: str = "") -> str:
    """Asks what to do with typing not saved: KEEP (as a draft), DISCARD or GO_BACK."""
    details = translate("discard", "What you typed in this form has not been saved. Keep it as "
                        "a draft to finish it later, on this computer, under your account.")
    if what:
        details = f"{what}\n\n{details}"
    box = _box(parent, translate("discard", "Keep what you typed?"),
               translate("discard", "Keep what you typed?"), details)  # fmt: skip
    keep = box.addButton(translate("discard", "Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("discard", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
    back = box.addButton(translate("discard", "Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return KEEP if clicked is keep else DISCARD if clicked is discard else GO_BACK


def draft_time(moment: Any) -> str:
    """When a draft was kept, as the user reads it: HH:MM today, else the day too."""
    from datetime import date

    local = moment.astimezone()
    if local.date() == date.today():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class DraftNote(QFrame):
    """The note over a form put back from a draft, with a button to throw the draft away."""

    def __init__(self, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("draft_note", True)
        self.setObjectName("draft_note")
        self.setStyleSheet("#draft_note { background: #fff4c2; border: 1px solid #e0c060 }")
        self.text = QLabel(translate("discard", "This is your draft kept at {when}, put back as "
                                     "you left it. Check it and save it.").format(when=when))
        self.text.setWordWrap(True)
        self.discard = QPushButton(translate("discard", "Discard draft"))
        self.discard.setProperty("draft_note", True)
        self.discard.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.discard)


def find_context(widget: QWidget | None) -> AppContext | None:
    """The signed-in context a form works in: its own, or the nearest window's."""
    from ui.context import AppContext

    while widget is not None:
        context = getattr(widget, "context", None)
        if isinstance(context, AppContext):
            return context
        widget = widget.parentWidget()
    return None


class EntryDialog(QDialog):
    """A dialog where something is typed: closing it with typing in it asks first, and what
    was typed may be kept as a draft and is offered back next time.

    A form names itself with ``DRAFT_FORM`` (its class name by default) and what it is for
    with ``draft_subject`` (the person, session or record; "" for a new record).
    """

    _opened_with: FieldState | None = None
    _opened_with_passwords: FieldState | None = None
    _blank: Content | None = None
    draft_note: DraftNote | None = None
    DRAFT_FORM = ""

    # What this form is -------------------------------------------------------------------

    def draft_form(self) -> str:
        """The form's name among drafts."""
        return self.DRAFT_FORM or type(self).__name__

    def draft_subject(self) -> str:
        """What the form is for (a person's code, a session's or record's key)."""
        return ""

    def draft_context(self) -> AppContext | None:
        """Where drafts are kept and for whom; None when the form keeps none."""
        return find_context(self)

    def prepare_for_draft(self) -> None:
        """Readies the fields for a draft's values (a saved record opens them for a correction)."""

    # Opening -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened_with is None:
            name_fields(self)
            self.note_opened()
            self.offer_draft()
        super().showEvent(event)

    def note_opened(self) -> None:
        """What the fields hold now is what closing need not ask about."""
        self._opened_with = form_state(self)
        self._opened_with_passwords = form_state(self, passwords=True)
        self._blank = read_form(self)

    def offer_draft(self) -> bool:
        """Puts the user's draft of this form back, with a note; True if there was one."""
        from app.services import drafts

        context = self.draft_context()
        if context is None:
            return False
        draft = drafts.load_draft(context.db, context.account.username, self.draft_form(),
                                  self.draft_subject())  # fmt: skip
        if draft is None:
            return False
        self.prepare_for_draft()
        write_form(self, draft.content)
        self.show_note(draft_time(draft.saved_at))
        return True

    def show_note(self, when: str) -> None:
        """Shows the "your draft is back" note at the top of the form."""
        self.draft_note = DraftNote(when, self)
        self.draft_note.discard.clicked.connect(self.discard_draft)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.draft_note)
        else:
            self.draft_note.adjustSize()
        self.draft_note.show()

    def discard_draft(self) -> None:
        """Throws the draft away and empties the form as it opened."""
        self.forget_draft()
        if self._blank is not None:
            write_form(self, self._blank)
        self.note_opened()  # as good as just opened: closing now need not ask
        if self.draft_note is not None:
            self.draft_note.hide()
            self.draft_note.deleteLater()
            self.draft_note = None

    # Typing ------------------------------------------------------------------------------

    def has_typing(self) -> bool:
        """Whether a field other than a password holds something other than when the form
        opened."""
        return self._opened_with is not None and form_state(self) != self._opened_with

    def has_password_typing(self) -> bool:
        """Whether something was typed, passwords included."""
        return self._opened_with_passwords is not None and (
            form_state(self, passwords=True) != self._opened_with_passwords
        )

    def keep_draft(self) -> bool:
        """Keeps what is typed as the user's draft of this form; True if kept."""
        from app.services import drafts

        context = self.draft_context()
        if context is None:
            return False
        drafts.save_draft(context.db, context.account.username, self.draft_form(),
                          read_form(self), self.draft_subject())  # fmt: skip
        return True

    def forget_draft(self) -> None:
        """Removes the user's draft of this form, if any."""
        from app.services import drafts

        context = self.draft_context()
        if context is not None:
            drafts.discard_draft(context.db, context.account.username, self.draft_form(),
                                 self.draft_subject())  # fmt: skip

    def settle_typing(self) -> bool:
        """Asks what to do with typing not saved and does it; False for Go back."""
        if self.has_typing() and self.draft_context() is not None:
            answer = ask_keep(self)
            if answer == GO_BACK:
                return False
            if answer == KEEP:
                self.keep_draft()
            else:
                self.forget_draft()
            self._opened_with = form_state(self)  # settled: closing again does not ask
            self._opened_with_passwords = form_state(self, passwords=True)
            return True
        return not self.has_password_typing() or ask_discard(self)

    # Closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape, the close button and Cancel: closes at once unless typing would be lost."""
        if not self.settle_typing():
            return
        super().reject()

    def accept(self) -> None:
        """The form was saved: its draft goes."""
        self.forget_draft()
        super().accept()


def open_entry_dialogs(window: QWidget) -> list[EntryDialog]:
    """The entry dialogs open over a window."""
    return [d for d in window.findChildren(EntryDialog) if d.isVisible()]
