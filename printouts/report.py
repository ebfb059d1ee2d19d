"""The evaluation report as a PDF: the report's tables, and its charts drawn as vectors."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from printouts.render import FONT, _register_font

Table = tuple[str, list[str], list[list[Any]]]
TITLES_ZH = {
    "Activities per community and six months": "各社区每半年活动次数",
    "Topic categories": "活动主题类别", "Formats": "活动形式",
    "Session length (minutes)": "活动时长（分钟）", "Cancelled sessions": "取消的活动",
    "Enrolled peers per community and year": "各社区每年在组同伴支持者",
    "Enrolled consumers per community and year": "各社区每年在组服务对象",
    "Age": "年龄", "Sex": "性别", "Education": "文化程度", "Marital status": "婚姻状况",
    "Working": "工作状况", "Diagnosis": "诊断",
    "Satisfaction and perceived benefit": "满意度与自评获益", "Emergency events": "紧急事件",
    "Supervision": "督导", "Training": "培训",
}  # fmt: skip
PALETTE = ("#2f6fab", "#e07b39", "#3a9d5d", "#b8463e", "#7a5aa6", "#8c6d3f", "#c76bb0", "#666")


def _title(text: str, language: str) -> str:
    return text if language == "en" else f"{TITLES_ZH.get(text, text)} {text}"


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return "" if value is None else str(value)


def _bars(title: str, categories: list[str], series: dict[str, list[float]]) -> Any:
    """A grouped vertical bar chart, one colour per series, with a legend."""
    from reportlab.graphics import shapes
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    # Drawings start from ReportLab's default font (Helvetica, never embedded); ours only.
    shapes.STATE_DEFAULTS["fontName"] = FONT
    drawing = Drawing(500, 220)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, 330, 150
    chart.data = [values for values in series.values()] or [[0]]
    chart.categoryAxis.categoryNames = categories or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.valueMin = 0
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 390, 190
    legend.fontName = FONT
    legend.fontSize = 8
    legend.colorNamePairs = [(colors.HexColor(PALETTE[i % len(PALETTE)]), name)
                             for i, name in enumerate(series)]  # fmt: skip
    drawing.add(legend)
    drawing.add(String(40, 205, title, fontName=FONT, fontSize=10))
    return drawing


def charts(report: dict[str, Any], language: str) -> list[Any]:
    """Activities per community per six months, topic categories, enrolment over time."""
    per_period = report["sessions"]["per_period"]
    periods = sorted({p for counts in per_period.values() for p in counts})
    drawings = [_bars(_title("Activities per community and six months", language), periods,
                      {c: [counts.get(p, 0) for p in periods]
                       for c, counts in sorted(per_period.items())})]  # fmt: skip
    topics = report["sessions"]["topics"]
    drawings.append(_bars(_title("Topic categories", language), list(topics),
                          {"n": [v["n"] for v in topics.values()]}))  # fmt: skip
    for role, title in (
        ("peer", "Enrolled peers per community and year"),
        ("consumer", "Enrolled consumers per community and year"),
    ):
        table = report["enrollment"][role]["table"]
        years = sorted({y for counts in table.values() for y in counts})
        drawings.append(_bars(_title(title, language), years,
                              {c: [counts.get(y, 0) for y in years]
                               for c, counts in sorted(table.items())}))  # fmt: skip
    return drawings


def write_report_pdf(
    report: dict[str, Any],
    tables: list[Table],
    site: str,
    language: str,
    out: str | Path | IO[bytes],
) -> None:
    """The whole report on A4: scope, charts, then every table."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_font()
    body = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=8, leading=10)
    heading = ParagraphStyle("heading", parent=body, fontSize=12, leading=16, spaceBefore=8,
                             keepWithNext=1)  # fmt: skip
    title = "Evaluation report" if language == "en" else "服务评估报告 Evaluation report"
    scope = report["scope"]
    story: list[Any] = [
        Paragraph(title, ParagraphStyle("title", parent=body, fontSize=17, leading=22)),
        Paragraph(f"{site} · {scope['from']} – {scope['to']} · "
                  f"{', '.join(scope['communities'] or ['all communities'])}", body),
        Spacer(1, 6),
    ]  # fmt: skip
    story += charts(report, language)
    for name, headers, rows in tables:
        story.append(Paragraph(_title(name, language), heading))
        cells = [[Paragraph(h, body) for h in headers]]
        cells += [[Paragraph(_cell(v), body) for v in row] + [""] * (len(headers) - len(row))
                  for row in rows]  # fmt: skip
        table = Table(cells, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
        ]))  # fmt: skip
        story.append(table)
    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title, author=site,
                            invariant=1, initialFontName=FONT)  # fmt: skip
    doc.build(story)
