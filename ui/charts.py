"""A grouped bar chart painted with QPainter (Qt Charts is not in PySide6-Essentials).

It only draws: the series, their labels and the axes' names come ready from
``app.reports.document.charts``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from app.reports.document import Chart

PALETTE = ("#2f6fab", "#e07b39", "#3a9d5d", "#b8463e", "#7a5aa6", "#8c6d3f", "#c76bb0", "#666666")
AXIS = QColor("#444444")
GRID = QColor("#e3e3e3")


def ticks(top: float) -> list[float]:
    """Round tick values from 0 to at least ``top`` (whole numbers for counts), 3–6 of them."""
    top = max(top, 1)
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1)
    count = math.ceil(top / step)
    return [i * step for i in range(count + 1)]


class BarChart(QWidget):
    """Bars for each category, one colour per series, with a title, named axes with ticks
    and a legend; empty until a chart is set."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = Chart(title, [], {})
        self.setMinimumHeight(300)

    @property
    def title(self) -> str:
        return self.chart.title

    @property
    def categories(self) -> list[str]:
        return self.chart.categories

    @property
    def series(self) -> dict[str, list[float]]:
        return self.chart.series

    def set_chart(self, chart: Chart) -> None:
        """Replaces what the chart shows."""
        self.chart = chart
        if chart.horizontal:
            self.setMinimumHeight(90 + 34 * max(len(chart.categories), 1))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(760, self.minimumHeight())

    def tick_values(self) -> list[float]:
        """The values marked along the value axis."""
        return ticks(max((v for values in self.series.values() for v in values), default=0))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(AXIS)
        painter.drawText(QRectF(10, 4, self.width() - 20, 22), Qt.AlignmentFlag.AlignLeft,
                         self.chart.title)  # fmt: skip
        title_font.setBold(False)
        painter.setFont(title_font)
        legend = self._legend(painter)
        plot = QRectF(0, 34, self.width() - legend - 10, self.height() - 34)
        if self.chart.horizontal:
            self._paint_horizontal(painter, plot)
        else:
            self._paint_vertical(painter, plot)
        painter.end()

    def _legend(self, painter: QPainter) -> float:
        """Draws the legend at the right; its width."""
        metrics = QFontMetrics(painter.font())
        width = min(max((metrics.horizontalAdvance(n) for n in self.series), default=0) + 30,
                    200)  # fmt: skip
        for s, name in enumerate(self.series):
            y = 38 + s * 20
            painter.fillRect(QRectF(self.width() - width, y, 12, 12), QColor(PALETTE[s % 8]))
            painter.drawText(QRectF(self.width() - width + 16, y - 3, width - 16, 18),
                             Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
                                 name, Qt.TextElideMode.ElideRight, int(width - 16)))  # fmt: skip
        return width

    def _paint_vertical(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        marks = self.tick_values()
        left = area.left() + 34 + max(metrics.horizontalAdvance(f"{m:g}") for m in marks)
        bottom = area.bottom() - 40 - 2 * metrics.height()
        top_y, right = area.top() + 10, area.right()
        height, width = bottom - top_y, right - left
        for mark in marks:  # value axis: ticks, their numbers and light grid lines
            y = bottom - height * mark / marks[-1]
            painter.setPen(GRID)
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(AXIS)
            painter.drawLine(int(left - 4), int(y), int(left), int(y))
            painter.drawText(QRectF(left - 60, y - 9, 54, 18), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, f"{mark:g}")  # fmt: skip
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        painter.drawLine(int(left), int(top_y), int(left), int(bottom))
        painter.save()  # the value axis's name, turned to read upwards
        painter.translate(area.left() + 12, top_y + height / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-height / 2, -10, height, 20), Qt.AlignmentFlag.AlignCenter,
                         self.chart.value_axis)  # fmt: skip
        painter.restore()
        slot = width / max(len(self.categories), 1)
        bar = slot * 0.8 / max(len(self.series), 1)
        for g, category in enumerate(self.categories):
            for s, values in enumerate(self.series.values()):
                h = height * (values[g] if g < len(values) else 0) / marks[-1]
                painter.fillRect(QRectF(left + g * slot + slot * 0.1 + s * bar, bottom - h, bar, h),
                                 QColor(PALETTE[s % len(PALETTE)]))  # fmt: skip
            x = left + (g + 0.5) * slot
            painter.drawLine(int(x), int(bottom), int(x), int(bottom + 4))
            painter.drawText(QRectF(left + g * slot, bottom + 6, slot, 2 * metrics.height() + 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                             category)  # fmt: skip
        painter.drawText(QRectF(left, area.bottom() - 24, width, 20), Qt.AlignmentFlag.AlignCenter,
                         self.chart.category_axis)  # fmt: skip

    def _paint_horizontal(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        marks = self.tick_values()
        label_width = min(max((metrics.horizontalAdvance(c) for c in self.categories), default=0)
                          + 12, area.width() * 0.5)  # fmt: skip
        left, right = area.left() + label_width, area.right() - 16
        top_y, bottom = area.top() + 6, area.bottom() - 30 - metrics.height()
        width, height = right - left, bottom - top_y
        for mark in marks:
            x = left + width * mark / marks[-1]
            painter.setPen(GRID)
            painter.drawLine(int(x), int(top_y), int(x), int(bottom))
            painter.setPen(AXIS)
            painter.drawLine(int(x), int(bottom), int(x), int(bottom + 4))
            painter.drawText(QRectF(x - 30, bottom + 5, 60, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, f"{mark:g}")  # fmt: skip
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        painter.drawLine(int(left), int(top_y), int(left), int(bottom))
        painter.drawText(QRectF(left, area.bottom() - 24, width, 20), Qt.AlignmentFlag.AlignCenter,
                         self.chart.value_axis)  # fmt: skip
        slot = height / max(len(self.categories), 1)
        bar = slot * 0.7 / max(len(self.series), 1)
        for g, category in enumerate(self.categories):
            for s, values in enumerate(self.series.values()):
                w = width * (values[g] if g < len(values) else 0) / marks[-1]
                painter.fillRect(QRectF(left, top_y + g * slot + slot * 0.15 + s * bar, w, bar),
                                 QColor(PALETTE[s % len(PALETTE)]))  # fmt: skip
            painter.drawText(QRectF(area.left(), top_y + g * slot, label_width - 8, slot),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(category, Qt.TextElideMode.ElideRight,
                                                int(label_width - 8)))  # fmt: skip
