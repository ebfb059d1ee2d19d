"""The paper sheets kept with a record: each page image read back, and its handwritten
notes cut out, to be typed in when someone has time.

Opened from a session's log ("Paper sheets…"); the images come from the encrypted store
beside the database (``app.sheets.store``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.sheets import store
from ui.context import AppContext

IMAGE_WIDTH = 640


@dataclass(frozen=True)
class KeptPage:
    """One page as shown: its title, its image (JPEG) and its handwritten areas (PNG)."""

    title: str
    image: bytes
    areas: dict[str, bytes]


def kept_pages(context: AppContext, record_key: str) -> list[KeptPage]:
    """The pages kept with a record, oldest first."""
    found = []
    for page in store.pages_of(context.db, record_key):
        image, areas = store.image_of(context.db, page.key)
        when = page.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        title = QCoreApplication.translate(
            "PaperSheetsDialog", "Page {page}, saved {when} by {who}"
        ).format(page=page.page, when=when, who=page.username)
        found.append(KeptPage(title, image, areas))
    return found


def area_title(name: str) -> str:
    """A free-text field cut out of a sheet, named in the user's language."""
    titles = {
        "Consumers' feedback": QCoreApplication.translate(
            "PaperSheetsDialog", "Consumers' feedback"
        ),
        "Notes": QCoreApplication.translate("PaperSheetsDialog", "Notes"),
        "What happened": QCoreApplication.translate("PaperSheetsDialog", "What happened"),
        "Action taken": QCoreApplication.translate("PaperSheetsDialog", "Action taken"),
        "Follow-up": QCoreApplication.translate("PaperSheetsDialog", "Follow-up"),
        "Other kind of event": QCoreApplication.translate(
            "PaperSheetsDialog", "Other kind of event (written in)"
        ),
    }
    return titles.get(name, name)


def kept_summary(context: AppContext, record_key: str) -> tuple[str, int]:
    """What a record's detail says of the pages read back from paper and kept with it, and
    whether handwritten notes among them wait to be typed in; and how many pages there are."""
    pages = [] if context.db.file is None else store.pages_of(context.db, record_key)
    areas = sorted({area_title(a) for p in pages for a in p.areas})
    translate = QCoreApplication.translate
    if pages:
        text = translate("PaperSheetsDialog", "Pages kept: {n}").format(n=len(pages))
    else:
        text = translate("PaperSheetsDialog", "None")
    if areas:
        with_notes = translate("PaperSheetsDialog", "{kept}; handwritten notes attached: {fields}")
        text = with_notes.format(kept=text, fields=", ".join(areas))
    return text, len(pages)


class PaperSheetsDialog(QDialog):
    """The page images of a record, one at a time, with their handwritten notes."""

    def __init__(self, pages: list[KeptPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.setWindowTitle(self.tr("Paper sheets"))
        self.list = QListWidget()
        for page in pages:
            self.list.addItem(page.title)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.notes = QVBoxLayout()
        shown = QWidget()
        column = QVBoxLayout(shown)
        column.addWidget(self.image)
        column.addLayout(self.notes)
        column.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(shown)
        scroller.setWidgetResizable(True)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(scroller)
        splitter.setSizes([260, IMAGE_WIDTH + 40])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Handwritten notes are kept as images: type them in when you can."))
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 680)
        self.list.currentRowChanged.connect(self.show_page)
        if pages:
            self.list.setCurrentRow(0)

    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        page = self.pages[row]
        picture = QPixmap()
        picture.loadFromData(page.image)
        self.image.setPixmap(
            picture.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        )
        while self.notes.count():
            widget = self.notes.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for name, data in sorted(page.areas.items()):
            title = self.tr("Handwritten: {field}").format(field=area_title(name))
            self.notes.addWidget(QLabel(title))
            area = QLabel()
            cut = QPixmap()
            cut.loadFromData(data)
            area.setPixmap(
                cut.scaledToWidth(IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            )
            self.notes.addWidget(area)
