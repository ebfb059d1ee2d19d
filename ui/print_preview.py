"""Preview of exactly the PDF that will print, then the system print dialog or Save as PDF.

Pages are rendered from the PDF itself with PDFium (pypdfium2), so what the user sees is
what the printer gets. A long list has thousands of pages, so the preview renders only
the pages it paints and keeps a few, and printing renders and draws one page at a time
in the background. PDFium is not thread-safe: every call into it holds ``PDFIUM``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QImage, QPainter, QPaintEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import storage_error
from db.files import write_bytes
from printouts.pdfium_lock import PDFIUM
from ui.operations import run_with_progress
from ui.widgets import fitted

PREVIEW_DPI = 96
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)
PRINT_DPI = 300


def open_pdf(pdf: bytes) -> Any:
    """The PDF opened with PDFium; the caller holds ``PDFIUM``."""
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(pdf)


def render_page(document: Any, number: int, dpi: float) -> QImage:
    """One page of an open PDF as an image at the resolution given; holds ``PDFIUM``."""
    with PDFIUM:
        page = document[number]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)  # fmt: skip
        copy = image.copy()  # the bitmap's memory goes with the page
        bitmap.close()  # now, under the lock: a finalizer would free it on any thread, any time
        page.close()
    return copy


def print_pdf(pdf: bytes, printer: QPrinter, report: Callable[[int, int], None]) -> None:
    """Draws each page on the printer, fitted to its page, one page in memory at a time.

    Runs on a worker thread (Qt paints on a printer from any one thread); a report that
    raises (the user cancelled) aborts the print job.
    """
    with PDFIUM:
        document = open_pdf(pdf)
        count = len(document)
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter(printer)
    try:
        for number in range(count):
            report(number, count)
            image = render_page(document, number, dpi)
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), size), image)
        report(count, count)
    except Exception:
        printer.abort()
        raise
    finally:
        painter.end()
        with PDFIUM:
            document.close()


PageSizes = list[tuple[float, float]]
"""Each page's width and height in points."""


def page_sizes(pdf: bytes) -> PageSizes:
    """The size of every page; for thousands of pages a good part of opening a preview, so
    the work that makes a long PDF finds them too, on its worker thread."""
    with PDFIUM:
        document = open_pdf(pdf)
        try:
            return [document.get_page_size(n) for n in range(len(document))]
        finally:
            document.close()


class PageView(QWidget):
    """The pages one under another, as tall as all of them, each rendered when painted.

    Until a page is painted it is a blank sheet of its size, so scrolling feels as usual;
    the last ``CACHE`` rendered pages are kept. PDFium holds the PDF open only while the
    view is in use.
    """

    CACHE = 8
    GAP = 12

    def __init__(self, pdf: bytes, points: PageSizes | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.pdf = pdf
        self.document: Any = None  # opened when the first page is painted
        self.points = page_sizes(pdf) if points is None else points
        self.zoom = 1.0
        self.sizes: list[QSize] = []
        self.tops: list[int] = []
        self.images: OrderedDict[int, QImage] = OrderedDict()
        self._lay_out()

    def _lay_out(self) -> None:
        """Places the sheets one under another at the present zoom."""
        scale = PREVIEW_DPI * self.zoom / 72
        self.sizes = [QSize(round(w * scale), round(h * scale)) for w, h in self.points]
        self.tops = []
        top = self.GAP
        for size in self.sizes:
            self.tops.append(top)
            top += size.height() + self.GAP
        width = max((s.width() for s in self.sizes), default=0) + 2 * self.GAP
        self.setMinimumSize(width, top)

    def widest_page(self) -> float:
        """The widest page's width in pixels at 100 %."""
        return max((w for w, _h in self.points), default=1.0) * PREVIEW_DPI / 72

    def set_zoom(self, zoom: float) -> None:
        """Shows the pages larger or smaller (1.0 is their printed size on screen)."""
        zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], zoom))
        if abs(zoom - self.zoom) < 1e-6:
            return
        self.zoom = zoom
        self.images.clear()
        self._lay_out()
        self.update()

    def image(self, number: int) -> QImage:
        """A page's image, rendered now unless it is among the last few painted."""
        if number in self.images:
            self.images.move_to_end(number)
        else:
            if self.document is None:
                with PDFIUM:
                    self.document = open_pdf(self.pdf)
            self.images[number] = render_page(self.document, number, PREVIEW_DPI * self.zoom)
            while len(self.images) > self.CACHE:
                self.images.popitem(last=False)
        return self.images[number]

    def close_document(self) -> None:
        """Lets PDFium's copy of the PDF go (it is opened again when a page is needed)."""
        if self.document is not None:
            with PDFIUM:
                self.document.close()
            self.document = None

    def page_rect(self, number: int) -> QRect:
        """Where a page is drawn, centred across the view."""
        size = self.sizes[number]
        return QRect((self.width() - size.width()) // 2, self.tops[number], size.width(),
                     size.height())  # fmt: skip

    def pages_in(self, area: QRect) -> range:
        """The pages that an area of the view shows."""
        first = max(bisect_right(self.tops, area.top()) - 1, 0)
        last = bisect_right(self.tops, area.bottom())
        return range(first, min(last, len(self.sizes)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paints the sheets in the exposed area; a page waits while printing renders."""
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#808080"))
        waiting = False
        for number in self.pages_in(event.rect()):
            rect = self.page_rect(number)
            painter.fillRect(rect, Qt.GlobalColor.white)
            if number in self.images or not PDFIUM.locked():
                painter.drawImage(rect.topLeft(), self.image(number))
            else:
                waiting = True
            painter.setPen(QColor("#999999"))
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        painter.end()
        if waiting:
            QTimer.singleShot(100, self.update)


class PrintPreviewDialog(QDialog):
    """Shows the pages; Print sends them to a printer, Save as PDF writes the file."""

    printed = Signal()
    """Every page has gone to the printer."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None,
                 points: PageSizes | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self._printer: QPrinter | None = None
        self.setWindowTitle(title)
        self.view = PageView(pdf, points)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.scroll.verticalScrollBar().setSingleStep(40)
        buttons = QDialogButtonBox()
        print_button = QPushButton(self.tr("Print…"))
        save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)  # last, as Tab reaches it
        print_button.clicked.connect(self.print_pages)
        save_button.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        self.zoom_label = QLabel()
        zoom_row = QHBoxLayout()
        for text, tip, action in (
            ("−", self.tr("Smaller"), lambda: self.zoom_to(self.view.zoom / ZOOM_STEP)),
            ("+", self.tr("Larger"), lambda: self.zoom_to(self.view.zoom * ZOOM_STEP)),
            (self.tr("Fit width"), None, self.fit_width),
            (self.tr("Fit page"), None, self.fit_page),
        ):
            button = QPushButton(text)
            if tip:
                button.setToolTip(tip)
                button.setAccessibleName(tip)
            button.clicked.connect(action)
            zoom_row.addWidget(button)
        zoom_row.addWidget(self.zoom_label)
        zoom_row.addStretch()
        outer = QVBoxLayout(self)
        outer.addLayout(zoom_row)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(buttons)
        self.resize(fitted(760, 900))
        self._fitted_once = False
        self.zoom_to(1.0)

    def zoom_to(self, zoom: float) -> None:
        """Shows the pages at a zoom, keeping the same place in view."""
        bar = self.scroll.verticalScrollBar()
        place = bar.value() / max(self.view.height(), 1)
        self.view.set_zoom(zoom)
        self.view.adjustSize()
        bar.setValue(round(place * self.view.minimumHeight()))
        self.zoom_label.setText(f"{round(self.view.zoom * 100)} %")

    def fit_width(self) -> None:
        """Zooms so a page fills the width of the window."""
        room = self.scroll.viewport().width() - 2 * PageView.GAP
        self.zoom_to(room / self.view.widest_page())

    def fit_page(self) -> None:
        """Zooms so a whole page shows at once."""
        tallest = max((h for _w, h in self.view.points), default=1.0) * PREVIEW_DPI / 72
        room_height = self.scroll.viewport().height() - 2 * PageView.GAP
        room_width = self.scroll.viewport().width() - 2 * PageView.GAP
        self.zoom_to(min(room_height / tallest, room_width / self.view.widest_page()))

    def showEvent(self, event: QShowEvent) -> None:
        """Opens fitted to the window's width."""
        super().showEvent(event)
        if not self._fitted_once:
            self._fitted_once = True
            QTimer.singleShot(0, self, self.fit_width)  # not once the dialog is gone

    @property
    def page_count(self) -> int:
        """How many pages the PDF has."""
        return len(self.view.sizes)

    def page_image(self, number: int) -> QImage:
        """A page as the preview shows it."""
        return self.view.image(number)

    def print_pages(self) -> None:
        """Asks for a printer, then prints each page at the printer's resolution."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.send_to(printer)

    def send_to(self, printer: QPrinter) -> QProgressDialog:
        """Prints every page in the background, with progress and Cancel; ``printed``
        says when done. The printer is the job's until then."""
        self._printer = printer  # kept alive while the worker paints on it
        return run_with_progress(self, self.tr("Printing…"),
                                 lambda report: print_pdf(self.pdf, printer, report),
                                 lambda _none: self.printed.emit())  # fmt: skip

    def ask_save(self) -> None:
        """Asks where to keep the PDF and writes it there."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.file_name,
                                              self.tr("PDF files (*.pdf)"))  # fmt: skip
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> bool:
        """Writes the PDF exactly as previewed, whole or not at all; a disk that refuses
        (full, failing, not ours) is told in a message naming the cause and the file."""
        try:
            write_bytes(path, self.pdf)
        except OSError as error:
            refusal = storage_error(error, path)
            if refusal is None:
                raise
            QMessageBox.warning(self, self.tr("Cannot save"), str(refusal))
            return False
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        """Lets PDFium's copy of the PDF go once the preview is closed."""
        self.view.close_document()
        super().hideEvent(event)
