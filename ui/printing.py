"""Printing from the screens: a form for a record, a blank form, or the list on screen."""

from __future__ import annotations

import io

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from app import printing
from app.errors import UserError
from ui.context import AppContext
from ui.labels import language
from ui.print_preview import PrintPreviewDialog


def pdf_language() -> str:
    """The printout language that matches the interface: Chinese with English, or English."""
    return "zh" if language().startswith("zh") else "en"


def form_pdf(
    context: AppContext, form: str, record: str | None, role: str | None = None
) -> bytes | None:
    """The form as PDF bytes, or None after telling the user why it cannot be printed."""
    out = io.BytesIO()
    try:
        printing.print_form(context.db, form, out, record, record is None, pdf_language(), role,
                            context.account.username, context.account.role)  # fmt: skip
    except UserError as error:
        QMessageBox.warning(None, form, str(error))
        return None
    if record is not None:
        context.events.changed.emit("printed")
    return out.getvalue()


def preview_form(
    parent: QWidget, context: AppContext, form: str, record: str | None, role: str | None = None
) -> PrintPreviewDialog | None:
    """Opens the preview of a form (blank when record is None)."""
    pdf = form_pdf(context, form, record, role)
    if pdf is None:
        return None
    title = printing.FORM_TITLES[form]
    dialog = PrintPreviewDialog(pdf, title, f"{form}.pdf", parent)
    dialog.show()
    return dialog


def list_pdf(
    context: AppContext,
    title: tuple[str, str],
    model: QAbstractItemModel,
    hidden: frozenset[int] = frozenset(),
) -> bytes:
    """The rows a list shows, as they are shown (sorted, filtered, hidden columns left out)."""
    columns = [c for c in range(model.columnCount()) if c not in hidden]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    rows = [[str(model.data(model.index(r, c)) or "") for c in columns]
            for r in range(model.rowCount())]  # fmt: skip
    out = io.BytesIO()
    printing.print_list(title, headers, rows, out, context.site_name, pdf_language())
    return out.getvalue()


def preview_list(
    parent: QWidget,
    context: AppContext,
    title: tuple[str, str],
    model: QAbstractItemModel,
    hidden: frozenset[int] = frozenset(),
) -> PrintPreviewDialog:
    """Opens the preview of a list as it is on screen."""
    pdf = list_pdf(context, title, model, hidden)
    dialog = PrintPreviewDialog(pdf, title[1], "list.pdf", parent)
    dialog.show()
    return dialog


def print_button(parent: QWidget, entries: list[tuple[str, object]]) -> QToolButton:
    """A "Print" button whose menu lists what can be printed from a page."""
    button = QToolButton(parent)
    button.setText(QCoreApplication.translate("printing", "Print"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for label, action in entries:
        menu.addAction(label).triggered.connect(action)
    button.setMenu(menu)
    return button
