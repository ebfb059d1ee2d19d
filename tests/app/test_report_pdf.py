"""The report's PDF as a reader sees it: labels in its language, journal formatting,
three-line tables whose header repeats, numbers never broken, "page x of y"."""

from __future__ import annotations

import re
from pathlib import Path

from app.reports.document import PrintedReport, PrintedTable
from db.database import Database
from main import main
from printouts.report import write_report_pdf

SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def _pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_chinese_report_speaks_chinese_and_prints_statistics_as_journals_do(
    evaluation_site: Database, db_path: Path, tmp_path: Path
) -> None:
    """The Chinese PDF has no codes, p as "= .082" / "< .001", N (%) whole in one line, the
    period and communities on page 1 and "第 x 页，共 y 页" on every page."""
    out = tmp_path / "report.pdf"
    assert main(["--db", str(db_path), "report", "--pdf", str(out), "--lang", "zh"]) == 0
    pages = _pages(out)
    text = _flat(" ".join(pages))
    assert not SNAKE.findall(text), SNAKE.findall(text)
    assert not re.search(r"\d\.\d+e-\d", text)  # no 8.329e-09
    assert "2015-09-01 – 2018-08-15" in pages[0] and "团结湖" in pages[0] and "麦子店" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页，共 {len(pages)} 页" in page
    assert "表2 同伴支持者与服务对象的基本特征" in text
    assert "大专 0 (0.0) 3 (75.0)" in text  # a category's row: label, N (%) per group
    assert "χ²(2) = 5.00, p = .082" in text
    assert re.search(r"χ²\(1\) = \d+\.\d\d, p = \.\d{3}; Fisher p = \.\d{3}†", text)
    assert re.search(r"t\(3\) = -?\d+\.\d\d, p = \.\d{3}", text)
    assert "2 (66.7)" in text  # yes of everyone asked
    assert "研究生" in text and "文化程度" in text


def test_english_report_keeps_numbers_whole(
    evaluation_site: Database, db_path: Path, tmp_path: Path
) -> None:
    """Every cell of every table prints on one line: no "12.2/5", no "aske/d"."""
    from app.reports.build import ReportScope, build_report, data_span
    from app.reports.document import printed_report
    from tests.helpers import DOCTOR

    out = tmp_path / "report.pdf"
    assert main(["--db", str(db_path), "report", "--pdf", str(out), "--lang", "en"]) == 0
    lines = {line.strip() for page in _pages(out) for line in page.splitlines()}
    text = " ".join(lines)
    span = data_span(evaluation_site)
    assert span is not None
    document = printed_report(build_report(evaluation_site, DOCTOR, ReportScope(*span)), "", "en")
    numeric = [c for t in document.tables for r in t.rows for c in r[1:] if c]
    assert numeric and all(cell in text for cell in numeric), [c for c in numeric if c not in text]
    assert "Page 1 of" in text and "Table 1. People enrolled per community and year" in text


def test_a_long_table_repeats_its_header_on_each_page(tmp_path: Path) -> None:
    """A 150-row table runs onto further pages, each starting with the header row."""
    rows = [[f"Person {i}", f"{i} ({i / 1.5:.1f})", f"χ²(1) = {i / 7:.2f}, p = .{i:03d}"]
            for i in range(150)]  # fmt: skip
    table = PrintedTable("Long table", ["Label", "Peers (n = 150)", "Test"], rows)
    document = PrintedReport("Evaluation report", ["Period: 2015 – 2018"], [], [table],
                             "Page {page} of {pages}", "en")  # fmt: skip
    out = tmp_path / "long.pdf"
    write_report_pdf(document, "Chaoyang", out)
    pages = _pages(out)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Peers (n = 150)" in page and f"Page {number} of {len(pages)}" in page
    assert "χ²(1) = 21.14, p = .148" in _flat(" ".join(pages))


def test_three_line_table_has_no_grid(tmp_path: Path) -> None:
    """Only horizontal rules are drawn: three for a table (the PDF holds no vertical line)."""
    from pypdf import PdfReader

    table = PrintedTable("T", ["A", "B"], [["x", "1"], ["y", "2"]])
    document = PrintedReport("R", [], [], [table], "Page {page} of {pages}", "en")
    out = tmp_path / "t.pdf"
    write_report_pdf(document, "", out)
    content = PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    lines = re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", content)
    assert len(lines) == 3
    assert all(y1 == y2 for _x1, y1, _x2, y2 in lines)  # every rule horizontal
