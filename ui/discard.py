"""Nothing typed is lost by a stray Escape: entry forms ask before throwing typing away.

An entry dialog notes what its fields hold when it is first shown; Escape, the window's close
button or Cancel then closes it at once if nothing changed, and otherwise asks "Discard what
you typed?" (Discard / Keep editing).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.i18n import translate

FieldState = tuple[object, ...]


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


def form_state(form: QWidget) -> FieldState:
    """What every field of a form holds, in a form that compares equal when nothing changed.

    The line edits inside spin boxes and combo boxes are read through their owner.
    """
    values: list[object] = []
    for widget in form.findChildren(QWidget):
        owner = widget.parentWidget()
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            continue
        if isinstance(widget, INPUTS) or (
            isinstance(widget, QAbstractButton) and widget.isCheckable()
        ):
            values.append((widget.objectName(), type(widget).__name__, _field_value(widget)))
    return tuple(values)


def ask_discard(parent: QWidget) -> bool:
    """Asks whether to throw away what was typed; True for Discard."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("discard", "Discard what you typed?"))
    box.setText(translate("discard", "Discard what you typed?"))
    box.setInformativeText(translate("discard", "What you typed in this form has not been saved."))
    discard = box.addButton(translate("discard", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
    keep = box.addButton(translate("discard", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.exec()
    return box.clickedButton() is discard


class EntryDialog(QDialog):
    """A dialog where something is typed: closing it with typing in it asks first."""

    _opened_with: FieldState | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._opened_with is None:
            self._opened_with = form_state(self)
        super().showEvent(event)

    def has_typing(self) -> bool:
        """Whether a field holds something other than when the form opened."""
        return self._opened_with is not None and form_state(self) != self._opened_with

    def reject(self) -> None:
        """Escape, the close button and Cancel: closes at once unless typing would be lost."""
        if self.has_typing() and not ask_discard(self):
            return
        super().reject()
