"""A plain grouped bar chart painted with QPainter (Qt Charts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

PALETTE = ("#2f6fab", "#e07b39", "#3a9d5d", "#b8463e", "#7a5aa6", "#8c6d3f", "#c76bb0", "#666666")


class BarChart(QWidget):
    """Bars for each category, one colour per series, with a title, axis and legend."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.series: dict[str, list[float]] = {}
        self.setMinimumHeight(260)

    def set_data(self, categories: list[str], series: dict[str, list[float]]) -> None:
        """Replaces what the chart shows."""
        self.categories = categories
        self.series = series
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.drawText(QRectF(10, 4, self.width() - 20, 22), Qt.AlignmentFlag.AlignLeft,
                         self.title)  # fmt: skip
        top = max((v for values in self.series.values() for v in values), default=0) or 1
        left, bottom, legend = 40.0, self.height() - 50.0, 130.0
        width, height = self.width() - left - legend - 10, bottom - 34
        painter.setPen(QColor("#444"))
        painter.drawLine(int(left), int(bottom), int(left + width), int(bottom))
        painter.drawText(QRectF(0, 28, left - 4, 16), Qt.AlignmentFlag.AlignRight, f"{top:g}")
        groups = max(len(self.categories), 1)
        slot = width / groups
        bar = slot * 0.8 / max(len(self.series), 1)
        for g, category in enumerate(self.categories):
            for s, (_name, values) in enumerate(self.series.items()):
                value = values[g] if g < len(values) else 0
                h = height * value / top
                painter.fillRect(QRectF(left + g * slot + slot * 0.1 + s * bar, bottom - h, bar, h),
                                 QColor(PALETTE[s % len(PALETTE)]))  # fmt: skip
            painter.setPen(QColor("#444"))
            painter.drawText(QRectF(left + g * slot, bottom + 4, slot, 40),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, category)  # fmt: skip
        for s, name in enumerate(self.series):
            y = 34 + s * 18
            painter.fillRect(
                QRectF(self.width() - legend, y, 12, 12), QColor(PALETTE[s % len(PALETTE)])
            )
            painter.drawText(QRectF(self.width() - legend + 16, y - 2, legend - 16, 16), name)
        painter.end()
