"""Choosing a ready plan from the activity library."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import library
from app.services.library import Template
from ui.context import AppContext
from ui.labels import code_label, language


class LibraryDialog(QDialog):
    """Lists the library by topic category and shows the chosen plan's texts."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity library"))
        library.ensure_starter_library(context.db)
        self.templates = library.list_templates(context.db, language())
        self.list = QListWidget()
        for template in self.templates:
            label = f"{code_label(codes.TOPICS, template.topic)} · {template.title}"
            self.list.addItem(QListWidgetItem(label))
        self.preview = QTextBrowser()
        self.list.currentRowChanged.connect(self.show_template)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        panes = QHBoxLayout()
        panes.addWidget(self.list, 1)
        panes.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(panes)
        layout.addWidget(buttons)
        self.resize(900, 560)
        if self.templates:
            self.list.setCurrentRow(0)

    def chosen(self) -> Template | None:
        """The highlighted plan."""
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def show_template(self, row: int) -> None:
        """Shows every text of the plan so a peer can judge it before using it."""
        if not 0 <= row < len(self.templates):
            return
        t = self.templates[row]
        parts = [
            (self.tr("Aim"), t.aim),
            (self.tr("Warm-up"), t.warm_up),
            (self.tr("Main activity"), t.main_activity),
            (self.tr("Closing summary"), t.closing),
            (self.tr("Materials"), t.materials),
        ]
        formats = ", ".join(code_label(codes.FORMATS, f) for f in t.formats)
        minutes = self.tr("{n} min").format(n=t.minutes) if t.minutes else ""
        html = [f"<h2>{t.title}</h2><p>{formats} · {minutes}</p>"]
        html += [f"<h3>{heading}</h3><p>{text}</p>" for heading, text in parts]
        self.preview.setHtml("".join(html))

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> Template | None:
        """The plan the user chose, or None."""
        dialog = cls(context, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
