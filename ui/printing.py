"""Printing from the screens: a form for a record, a blank form, or the list on screen."""

from __future__ import annotations

import io
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QToolButton, QWidget

from app import printing
from ui.context import AppContext
from ui.labels import language
from ui.models.snapshot import take_snapshot
from ui.operations import run_with_progress
from ui.print_preview import PageSizes, PrintPreviewDialog, page_sizes

Work = Callable[[Callable[[int, int], None]], bytes]
"""Making a PDF on a worker thread, told how to report its progress."""


def pdf_language() -> str:
    """The printout language that matches the interface: Chinese with English, or English."""
    return "zh" if language().startswith("zh") else "en"


FORM_SHOWS_PROGRESS_AFTER_MS = 500
"""A form takes a fraction of a second; its progress window shows only on a slow day."""


def form_pdf_work(
    context: AppContext, form: str, record: str | None, role: str | None = None
) -> Work:
    """Printing a form (blank when record is None) as work for a worker thread.

    The work raises UserError when the form cannot be printed (a peer asking for a
    clinical sheet); it is remembered as printed only once its PDF is made.
    """
    db, actor, language_of_pdf = context.db, context.account, pdf_language()

    def work(report: Callable[[int, int], None]) -> bytes:
        out = io.BytesIO()
        printing.print_form(db, actor, form, out, record, record is None, language_of_pdf, role,
                            report)  # fmt: skip
        return out.getvalue()

    return work


def with_page_sizes(work: Work) -> Callable[[Callable[[int, int], None]], tuple[bytes, PageSizes]]:
    """The work, then its PDF's page sizes, read on the worker too."""
    return lambda report: (pdf := work(report), page_sizes(pdf))


def preview_form(
    parent: QWidget, context: AppContext, form: str, record: str | None, role: str | None = None
) -> QProgressDialog:
    """Makes the form (blank when record is None) in the background, then opens its preview;
    a form that cannot be printed is said why."""
    title = printing.FORM_TITLES.get(form, form)

    def open_preview(made: tuple[bytes, PageSizes]) -> None:
        if record is not None:
            context.events.changed.emit("printed")
        PrintPreviewDialog(made[0], title, f"{form}.pdf", parent, made[1]).show()

    def refused(error: Exception) -> None:
        QMessageBox.warning(parent, title, str(error))

    label = QCoreApplication.translate("printing", "Preparing the form for printing…")
    return run_with_progress(parent, label, with_page_sizes(form_pdf_work(context, form, record,
                                                                          role)),
                             open_preview, refused,
                             show_after_ms=FORM_SHOWS_PROGRESS_AFTER_MS)  # fmt: skip


def list_pdf_work(
    context: AppContext,
    title: tuple[str, str],
    model: QAbstractItemModel,
    hidden: frozenset[int] = frozenset(),
) -> Work:
    """Printing the rows a list shows, as they are shown (sorted, filtered, hidden columns
    left out): the rows are taken now, in milliseconds; the work returned lays them out
    into a PDF (minutes for 100,000 rows) on a worker thread, reporting its progress."""
    snapshot = take_snapshot(model, hidden)
    site_name, language = context.site_name, pdf_language()

    def work(report: Callable[[int, int], None]) -> bytes:
        out = io.BytesIO()
        printing.print_list(title, snapshot.headers, snapshot.rows(), out, site_name,
                            language, report)  # fmt: skip
        return out.getvalue()

    return work


def preview_list(
    parent: QWidget,
    context: AppContext,
    title: tuple[str, str],
    model: QAbstractItemModel,
    hidden: frozenset[int] = frozenset(),
) -> QProgressDialog:
    """Lays out the list as it is on screen in the background, with progress and Cancel,
    then opens its preview."""

    def open_preview(made: tuple[bytes, PageSizes]) -> None:
        PrintPreviewDialog(made[0], title[1], "list.pdf", parent, made[1]).show()

    label = QCoreApplication.translate("printing", "Laying out the list for printing…")
    return run_with_progress(parent, label, with_page_sizes(list_pdf_work(context, title, model,
                                                                          hidden)),
                             open_preview)  # fmt: skip


def print_button(entries: list[tuple[str, object]]) -> QToolButton:
    """A "Print" button whose menu lists what can be printed from a page.

    Made without a parent: the layout that takes it puts it in its place for Tab too.
    """
    button = QToolButton()
    button.setText(QCoreApplication.translate("printing", "Print"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for label, action in entries:
        menu.addAction(label).triggered.connect(action)
    button.setMenu(menu)
    return button
