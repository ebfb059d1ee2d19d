"""Measuring a tick box on a straightened page: ticked, empty or uncertain, never guessed.

The box is first found exactly (its printed outline, within a millimetre of where the
QR code says it is), then the ink inside it, away from the outline, is measured against
the paper's own brightness around it, so uneven light does not count as ink. A clear
pen stroke is a tick and a clean inside is empty; anything between (a faint or tiny
mark, a smudge) or a box filled solid (crossed out) is uncertain, for a person to decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.sheets.geometry import PX_PER_MM
from printouts.sheet_layout import BOX_MM

TICKED, EMPTY, UNCERTAIN = "ticked", "empty", "uncertain"
SEARCH_MM = 1.2
NEAR_MM, ODD_MM = 40.0, 0.6
"""Boxes this near are neighbours; a box found this much further off than they are is odd."""
INSET_MM = 0.7
"""The inside measured keeps this far from the printed outline."""
INK = 0.45
"""A pixel this much darker than the paper around it is ink."""
EMPTY_INK, TICK_INK = 0.012, 0.06
"""Below the first share of ink the box is empty; from the second it is ticked."""
EMPTY_SHADE = 0.005
FULL = 0.75
"""A box more than this share inked is filled solid: crossed out, or printed ticked (a
cross in a broad felt pen inks about 0.65 of the inside; a tick scribbled over, 0.9)."""
PRINTED_FULL = (0.45, 0.9)


@dataclass(frozen=True)
class Measure:
    """What one box holds: its reading, the share of its inside that is ink, and where
    the box was found on the straightened page (left, top, in millimetres)."""

    state: str
    ink: float
    left: float
    top: float


def smoothed(page: Any) -> Any:
    """The straightened page as measuring wants it: lightly blurred against scanner noise."""
    import cv2
    import numpy as np

    return cv2.GaussianBlur(page, (3, 3), 0).astype(np.float32)


def measure_page(
    smooth: Any, boxes: list[tuple[int, float, float]], filled: set[int]
) -> list[Measure]:
    """Reads every box of a page (item, left, top as the QR code lists them).

    Each box is first found on its own; a box found much further off than its
    neighbours (a scribble or a tick overshooting from the box beside it looks like an
    outline too) is measured where its neighbours say it is instead: the page's small
    misplacement after straightening changes smoothly across the page."""
    import numpy as np

    found = [_locate(smooth, left, top) for _, left, top in boxes]
    shifts = np.array(
        [(x - left, y - top) for (x, y), (_, left, top) in zip(found, boxes, strict=True)]
    )
    where = np.array([(left, top) for _, left, top in boxes])
    result = []
    for number, (item, left, top) in enumerate(boxes):
        near = np.linalg.norm(where - where[number], axis=1) < NEAR_MM
        usual = np.median(shifts[near], axis=0)
        if len(shifts[near]) >= 3 and np.linalg.norm(shifts[number] - usual) > ODD_MM:
            left, top = _locate(smooth, left + usual[0], top + usual[1], ODD_MM / 2)
        else:
            left, top = found[number]
        result.append(_measured(smooth, left, top, item in filled))
    return result


def measure(smooth: Any, left: float, top: float, printed_ticked: bool = False) -> Measure:
    """Reads the box whose top left corner was printed at (left, top) millimetres, on a
    page as ``smoothed`` gives it (alone: ``measure_page`` reads a page's boxes together)."""
    left, top = _locate(smooth, left, top)
    return _measured(smooth, left, top, printed_ticked)


def _measured(smooth: Any, left: float, top: float, printed_ticked: bool) -> Measure:
    """Reads the box found with its top left corner at (left, top)."""
    import numpy as np

    white = _paper(smooth, left, top)
    inside = _cut(smooth, left + INSET_MM, top + INSET_MM, BOX_MM - 2 * INSET_MM)
    darkness = np.clip((white - inside) / max(white, 1.0), 0.0, 1.0)
    ink = float(np.mean(darkness > INK))
    shade = float(np.mean(np.clip(darkness - 0.15, 0, 1)))
    return Measure(_judge(ink, shade, printed_ticked), ink, left, top)


def _judge(ink: float, shade: float, printed_ticked: bool) -> str:
    if printed_ticked:
        low, high = PRINTED_FULL
        return TICKED if low <= ink <= high else UNCERTAIN
    if ink > FULL:
        return UNCERTAIN
    if ink >= TICK_INK:
        return TICKED
    if ink < EMPTY_INK and shade < EMPTY_SHADE:
        return EMPTY
    return UNCERTAIN


def _cut(page: Any, left: float, top: float, side: float) -> Any:
    x, y, n = round(left * PX_PER_MM), round(top * PX_PER_MM), round(side * PX_PER_MM)
    return page[max(y, 0) : max(y + n, 0), max(x, 0) : max(x + n, 0)]


def _paper(page: Any, left: float, top: float) -> float:
    """How bright the paper is around the box (the brightest part of a band around it)."""
    import numpy as np

    around = _cut(page, left - 2.5, top - 2.5, BOX_MM + 5)
    return float(np.percentile(around, 90)) if around.size else 255.0


def _locate(page: Any, left: float, top: float, reach_mm: float = SEARCH_MM) -> tuple[float, float]:
    """The box's exact top left corner: where its outline's ink is strongest, nearby."""
    import cv2

    reach = round(reach_mm * PX_PER_MM)
    side = round(BOX_MM * PX_PER_MM)
    inner = round((BOX_MM - 0.8) * PX_PER_MM)
    x0, y0 = round(left * PX_PER_MM) - reach, round(top * PX_PER_MM) - reach
    window = page[max(y0, 0) : y0 + side + 2 * reach, max(x0, 0) : x0 + side + 2 * reach]
    if window.shape != (side + 2 * reach, side + 2 * reach):
        return left, top
    ink = cv2.integral(255.0 - window)
    best, where = -float("inf"), (reach, reach)
    for dy in range(2 * reach + 1):
        for dx in range(2 * reach + 1):
            outer = _sum(ink, dx, dy, side)
            margin = (side - inner) // 2
            ring = outer - _sum(ink, dx + margin, dy + margin, inner)
            if ring > best:
                best, where = ring, (dx, dy)
    return (x0 + where[0]) / PX_PER_MM, (y0 + where[1]) / PX_PER_MM


def _sum(table: Any, x: int, y: int, n: int) -> float:
    return float(table[y + n, x + n] - table[y, x + n] - table[y + n, x] + table[y, x])
