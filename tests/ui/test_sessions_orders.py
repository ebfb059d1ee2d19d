"""The sessions list's orders, kept up to date row by row, stay what sorting afresh gives."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, time

from app.services.sessions import SessionRow
from ui.models.sessions_model import HEADERS, prepare


def _row(n: int, rng: random.Random) -> SessionRow:
    return SessionRow(
        id=f"s{n}",
        community=rng.choice(["CY", "HD"]),
        session_date=date(2024, 1, rng.randint(1, 3)),
        planned_start=time(9),
        planned_end=time(rng.choice([10, 11])),
        topic="social_skills",
        theme=rng.choice(["八段锦", "一起唱歌"]),
        venue="活动室",
        status="planned",
        lead_peer=None,
        consumers_present=rng.randint(0, 2),
    )


def test_changed_and_dropped_rows_keep_every_order_sorted() -> None:
    """Many rows share each key; changing some and dropping others (found among their
    equals by key) leaves each column's order as a fresh sort of the live rows."""
    rng = random.Random(7)
    rows = [_row(n, rng) for n in range(300)]
    data = prepare(rows, {"CY": "朝阳", "HD": "海淀"})
    for column in range(len(HEADERS)):
        data.order(column)
    for n in rng.sample(range(300), 60):
        data.put(replace(_row(n, rng), id=f"s{n}", theme=rng.choice(["八段锦", "太极"])))
    for n in rng.sample(range(300), 20):
        data.drop(f"s{n}")
    live = [r for r in range(len(data.values)) if data.days[r] >= 0]
    assert len(live) == 280
    for column, order in data.orders.items():
        key = data.key(column)
        assert [key(r) for r in order] == sorted(key(r) for r in live), HEADERS[column]
        assert sorted(order) == live
