"""The main window; for now it shows which site and database are open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget


class MainWindow(QMainWindow):
    """The application's main window."""

    def __init__(self, site_name: str | None, site_code: str | None, location: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Peer support service desk"))
        if site_code is None:
            heading = self.tr("This database is not set up yet.")
        else:
            heading = self.tr("Site: {name} ({code})").format(name=site_name, code=site_code)
        self.site_label = QLabel(heading)
        self.site_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.site_label.font()
        font.setPointSize(font.pointSize() + 6)
        self.site_label.setFont(font)
        self.location_label = QLabel(self.tr("Database: {path}").format(path=location))
        self.location_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addStretch()
        layout.addWidget(self.site_label)
        layout.addWidget(self.location_label)
        layout.addStretch()
        self.setCentralWidget(body)
        self.resize(800, 500)
