"""The refusals every kind of sheet shares when its pages are entered."""

from __future__ import annotations

import pytest

from app.errors import UserError
from app.sheets.entering import one_box_each, one_record
from app.sheets.reading import ReadPage


def _page(record: str, number: int = 1) -> ReadPage:
    return ReadPage(source="scan.png", code=f"E-{record}-{number}", form="emergency",
                    record_key=record, page=number, marks=(), areas={}, image=b"")  # fmt: skip


def test_pages_of_one_record_give_that_record() -> None:
    assert one_record([_page("r1", 1), _page("r1", 2)]) == "r1"
    assert one_record([_page("r1")], {"consumer"}) == "r1"


@pytest.mark.parametrize(
    ("pages", "others"),
    [([_page("r1"), _page("r2")], ()), ([_page("r1")], ({"consumer", "peer"},))],
)
def test_pages_of_two_records_are_refused(pages: list[ReadPage], others: tuple[set[str]]) -> None:
    with pytest.raises(UserError, match="more than one record"):
        one_record(pages, *others)


def test_a_field_with_two_boxes_ticked_is_refused_by_its_name() -> None:
    one_box_each({"kind": ["a"], "place": []}, str.upper)
    with pytest.raises(UserError, match="“KIND”: keep one"):
        one_box_each({"place": ["x"], "kind": ["a", "b"]}, str.upper)
