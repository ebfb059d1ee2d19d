"""Preview of exactly the PDF that will print, then the system print dialog or Save as PDF.

Pages are rendered from the PDF itself with PDFium (pypdfium2), so what the user sees is
what the printer gets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PREVIEW_DPI = 96


def render_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of the PDF as an image at the resolution given."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    for page in document:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)  # fmt: skip
        images.append(image.copy())  # the bitmap's memory goes with the page
    document.close()
    return images


class PrintPreviewDialog(QDialog):
    """Shows the pages; Print sends them to a printer, Save as PDF writes the file."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.setWindowTitle(title)
        pages = QWidget()
        layout = QVBoxLayout(pages)
        self.pages = render_pages(pdf, PREVIEW_DPI)
        for image in self.pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #999")
            layout.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        print_button = QPushButton(self.tr("Print…"))
        save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_pages)
        save_button.clicked.connect(self.ask_save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(760, 900)

    def print_pages(self) -> None:
        """Asks for a printer, then prints each page at the printer's resolution."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.send_to(printer)

    def send_to(self, printer: QPrinter) -> None:
        """Draws every page on the printer, fitted to its page."""
        painter = QPainter(printer)
        images = render_pages(self.pdf, min(printer.resolution(), 300))
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(size))
        painter.end()

    def ask_save(self) -> None:
        """Asks where to keep the PDF and writes it there."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.file_name,
                                              self.tr("PDF files (*.pdf)"))  # fmt: skip
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        """Writes the PDF exactly as previewed."""
        path.write_bytes(self.pdf)
