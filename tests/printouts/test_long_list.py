"""The long list printout drawn on the canvas: every row there, in order, under a header
repeated on each page; a cell wider than its column wraps within it, the others stay on one
line; Cancel (a report that raises) leaves no file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from printouts.long_list import column_widths, write_list

HEADERS = ["Number", "Theme", "Lead peer"]


def _text(pdf: bytes | Path) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return [page.extract_text() for page in reader.pages]


def test_every_row_is_there_in_order_under_a_header_on_every_page() -> None:
    rows = [[f"N{n:05d}", f"一起唱歌 {n % 9}", f"P{n % 4}"] for n in range(3_000)]
    reports: list[tuple[int, int]] = []
    out = io.BytesIO()
    write_list(("活动", "Sessions"), HEADERS, rows, out, "Site", "zh",
               lambda done, total: reports.append((done, total)))  # fmt: skip
    pages = _text(out.getvalue())
    numbers = [word for text in pages for word in text.split() if word.startswith("N0")]
    assert numbers == [f"N{n:05d}" for n in range(3_000)]
    assert len(pages) > 20 and all(text.count("Lead peer") == 1 for text in pages)
    assert len(reports) == len(pages) and reports[-1] == (3_000, 3_000)
    assert "活动" in pages[0] and "第 1 页" in pages[0] and f"共 {len(pages)} 页" in pages[-1]


def test_a_long_cell_wraps_in_its_column_and_the_short_ones_stay_on_one_line() -> None:
    long_theme = "一起唱歌并且讨论每个人最喜欢的歌曲和它背后的故事" * 6
    english = " ".join(["wrapping"] * 60)
    rows = [["N1", "短", "P1"], ["N2", long_theme, "P2"], ["N3", english, "P3"]]
    out = io.BytesIO()
    write_list(("活动", "Sessions"), HEADERS, rows, out, "Site", "zh")
    (text,) = _text(out.getvalue())
    lines = text.splitlines()
    theme_lines = [line for line in lines if "一起唱歌" in line or "故事" in line]
    assert len(theme_lines) > 2  # wrapped over several lines
    assert "".join(line.replace(" ", "") for line in theme_lines if "N" not in line).count(
        "故事"
    ) >= 5
    assert sum(line.count("wrapping") for line in lines) == 60  # English breaks at spaces
    assert max(line.count("wrapping") for line in lines) < 60
    assert any(line.split()[:1] == ["N1"] and "短" in line and "P1" in line for line in lines)


def test_columns_fit_the_page_and_wide_ones_give_way() -> None:
    assert column_widths([50, 100], 300) == [100, 200]  # room to spare: shared out
    narrow, wide = column_widths([50, 1000], 300)
    assert narrow == 50 and wide == 250  # the narrow column keeps what it needs
    assert sum(column_widths([400, 900, 20], 600)) == pytest.approx(600)


def test_cancel_leaves_no_file_and_an_earlier_one_whole(tmp_path: Path) -> None:
    rows = [[f"N{n}", "一起唱歌", "P1"] for n in range(5_000)]
    target = tmp_path / "list.pdf"

    class Stop(Exception):
        pass

    def cancel(done: int, _total: int) -> None:
        if done > 100:
            raise Stop

    with pytest.raises(Stop):
        write_list(("活动", "Sessions"), HEADERS, rows, target, "Site", "zh", cancel)
    assert list(tmp_path.iterdir()) == []
    write_list(("活动", "Sessions"), HEADERS, rows[:10], target, "Site", "en")
    with pytest.raises(Stop):
        write_list(("活动", "Sessions"), HEADERS, rows, target, "Site", "zh", cancel)
    assert list(tmp_path.iterdir()) == [target]
    assert "N9" in _text(target)[0] and "Sessions" in _text(target)[0]
