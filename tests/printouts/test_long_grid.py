"""A long list is laid out page by page: every row once, progress after each page, and a
report that raises stops the build."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.printing import print_list

HEADERS = ["Date", "Theme", "Lead peer"]


def _rows(count: int) -> list[list[str]]:
    return [[f"2024-01-{n % 28 + 1:02d}", f"一起唱歌 {n}" + " 长" * (n % 5), f"P{n}"]
            for n in range(count)]  # fmt: skip


def test_every_row_prints_once_with_progress_per_page() -> None:
    """All rows are printed, in order, each once; progress rises once per page to the end."""
    reports: list[tuple[int, int]] = []
    out = io.BytesIO()
    print_list(("活动", "Sessions"), HEADERS, _rows(400), out, "Site", "zh",
               lambda done, total: reports.append((done, total)))  # fmt: skip
    pages = PdfReader(out).pages
    text = "\n".join(page.extract_text() for page in pages)
    leads = [word for word in text.split() if word[:1] == "P" and word[1:].isdigit()]
    numbers = [int(line[1:]) for line in leads]
    assert numbers == list(range(400))
    assert len(reports) == len(pages) > 5
    assert [d for d, _ in reports] == sorted({d for d, _ in reports})
    assert reports[-1] == (400, 400)
    assert all(page.extract_text().count("Theme") == 1 for page in pages)  # header on each


def test_a_report_that_raises_stops_the_build() -> None:
    """Stopping after the second page leaves the rest undone: the error comes straight out."""

    class Stop(Exception):
        pass

    reports: list[int] = []

    def report(done: int, _total: int) -> None:
        reports.append(done)
        if len(reports) == 2:
            raise Stop

    with pytest.raises(Stop):
        print_list(("活动", "Sessions"), HEADERS, _rows(5_000), io.BytesIO(), "Site", "zh", report)
    assert len(reports) == 2 and reports[-1] < 200
