"""Reading ticked sheets back: how many boxes the reader gets right, and never wrong unsure.

The test set is made of the program's own readable forms, printed filled from the demo
site (attendance roster of a planned session, process form, emergency form, survey,
screening sheet), rendered as a 300 dpi scan, and marked by a synthetic hand: ticks,
crosses, partial ticks, crossed-out ticks (a tick scribbled over) and boxes left empty,
each drawn as jittered pen strokes of varying width and ink. Each marked page is then
degraded as scanners and phones do (one kind of degradation at a time, then all of a
phone's together) and read by the program's reader (``app.sheets.geometry`` finds and
straightens the page, ``app.sheets.marks`` measures every box the QR code lists).

A box is read correctly when a tick, cross or partial tick reads ticked, an empty box
empty, and a crossed-out tick uncertain (a person decides it). A box read ticked or empty
against that is wrong *with confidence*, the one error that must never happen; a box read
uncertain where the answer was clear is an error the person sees and corrects. A page
whose QR code or marks are not found counts all its boxes as flagged (the page is listed
as not read). Per kind: boxes read correctly (goal ≥ 99.5 %), boxes wrong with confidence
(goal 0), pages whose QR code was found (goal 100 %, and at 150 dpi in particular), and
seconds per page from the grey picture to every box read (goal < 1 s). The baseline of
each row is the same figure for the clean 300 dpi scan, measured in the same run.

Run: .venv/bin/python benchmarks/bench_sheets.py [--variants N]
"""

from __future__ import annotations

import itertools
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np
from table import Row, report

from app.demo import make_demo
from app.printing import print_form
from app.services import emergencies, sessions, site
from app.sheets import geometry, marks
from db.database import Database
from printouts import sheet_layout
from tests.helpers import DOCTOR, rendered_pages

SOURCE_DPI = 300
VARIANTS = 8
"""Each kind of degradation is applied to this many differently marked copies of every page."""
KINDS_OF_MARK = {"empty": 0.45, "tick": 0.25, "cross": 0.1, "partial": 0.1, "crossed out": 0.1}
EXPECTED = {
    "empty": marks.EMPTY,
    "tick": marks.TICKED,
    "cross": marks.TICKED,
    "partial": marks.TICKED,
    "crossed out": marks.UNCERTAIN,
    "printed": marks.TICKED,
}
"""What the reader must say of each kind of mark."""


@dataclass
class Sheet:
    """One printed page at 300 dpi and what its QR code lists."""

    form: str
    image: Any
    boxes: list[tuple[int, float, float]]
    filled: set[int]


@dataclass
class Tally:
    boxes: int = 0
    right: int = 0
    wrong_sure: int = 0
    pages: int = 0
    qr_found: int = 0
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


# The test set ---------------------------------------------------------------------------


def printed_sheets(folder: Path) -> list[Sheet]:
    """Every readable form of the demo site, printed filled and rendered at 300 dpi."""
    db = Database.open(folder / "bench.sqlite")
    site.init_site(db, "BENCH", "Benchmark site")
    make_demo(db)
    listed = sessions.list_sessions(db)
    planned = [r.id for r in listed if r.status == "planned"]
    held = [r.id for r in listed if r.status == "held"][-1]
    records = {
        "attendance": planned[0] if planned else held,
        "process": held,
        "emergency": emergencies.list_events(db)[0].id,
        "survey": "TJH-C01",
        "screening": "TJH-P01",
    }
    found = []
    for form, key in records.items():
        out = folder / f"{form}.pdf"
        print_form(db, DOCTOR, form, out, key)
        for image in rendered_pages(out, SOURCE_DPI):
            code = sheet_layout.decode(_qr_text(image)).marks
            found.append(Sheet(form, image, code.boxes, code.filled))
    db.close()
    return found


def _qr_text(image: Any) -> str:
    import zxingcpp

    [result] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return str(result.text)


# A synthetic hand ---------------------------------------------------------------------------


def _stroke(
    image: Any, points: list[tuple[float, float]], rng: Any, ink: int, width: float
) -> None:
    """A pen stroke through points (pixels), wobbling a little, as a smooth polyline."""
    pts = np.asarray(points, np.float64)
    steps = []
    for a, b in itertools.pairwise(pts):
        n = max(4, int(np.linalg.norm(b - a) / 3))
        for t in np.linspace(0, 1, n, endpoint=False):
            steps.append(a + (b - a) * t)
    steps.append(pts[-1])
    line = np.asarray(steps)
    line += rng.normal(0, 0.6, line.shape).cumsum(axis=0) * 0.15
    cv2.polylines(
        image,
        [np.round(line * 16).astype(np.int32)],
        False,
        int(ink),
        max(1, round(width)),
        cv2.LINE_AA,
        4,
    )


def draw_mark(image: Any, kind: str, left: float, top: float, rng: Any, dpi: int) -> None:
    """Draws a kind of mark in the 4 mm box whose top left corner is at (left, top) mm."""
    px = dpi / 25.4

    def at(x: float, y: float) -> tuple[float, float]:
        return ((left + x + rng.normal(0, 0.2)) * px, (top + y + rng.normal(0, 0.2)) * px)

    ink = int(rng.uniform(15, 95))  # black to blue ballpoint, in grey
    width = rng.uniform(0.3, 0.6) * px
    if kind in ("tick", "crossed out"):
        low = rng.uniform(2.8, 3.6)
        _stroke(image, [at(0.5, 1.9), at(1.2, 2.8), at(1.8, low)], rng, ink, width)
        _stroke(
            image, [at(1.8, low), at(2.7, 1.6), at(rng.uniform(3.4, 4.8), -0.3)], rng, ink, width
        )
    elif kind == "cross":
        _stroke(image, [at(0.4, 0.5), at(2.0, 2.0), at(3.6, 3.5)], rng, ink, width)
        _stroke(image, [at(3.5, 0.4), at(2.0, 2.0), at(0.5, 3.6)], rng, ink, width)
    elif kind == "partial":
        _stroke(image, [at(0.9, 2.0), at(1.5, 2.9)], rng, ink, width)
        _stroke(
            image, [at(1.5, 2.9), at(2.3, 1.9), at(rng.uniform(2.8, 3.3), 1.2)], rng, ink, width
        )
    if kind == "crossed out":  # scribbled over, back and forth, until the box is dark
        rows = np.linspace(0.5, 3.5, 8)
        zigzag = [at(0.4 if n % 2 else 3.6, y) for n, y in enumerate(rows)]
        _stroke(image, zigzag, rng, ink, max(width, 0.7 * px))
        _stroke(image, [at(0.5, 3.5), at(3.5, 0.5)], rng, ink, max(width, 0.7 * px))


def marked(sheet: Sheet, rng: Any) -> tuple[Any, dict[int, str]]:
    """A copy of the page with each open box given a random kind of mark; what each box
    holds, by its place in the QR code's list."""
    image = sheet.image.copy()
    kinds, weights = list(KINDS_OF_MARK), np.array(list(KINDS_OF_MARK.values()))
    truth = {}
    for number, (item, left, top) in enumerate(sheet.boxes):
        if item in sheet.filled:
            truth[number] = "printed"
            continue
        kind = str(rng.choice(kinds, p=weights / weights.sum()))
        draw_mark(image, kind, left, top, rng, SOURCE_DPI)
        truth[number] = kind
    return image, truth


# Degradations --------------------------------------------------------------------------------


def _scaled(image: Any, dpi: int) -> Any:
    scale = dpi / SOURCE_DPI
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def _grain(image: Any, rng: Any, sigma: float) -> Any:
    return np.clip(image + rng.normal(0, sigma, image.shape), 0, 255).astype(np.uint8)


def _jpeg(image: Any, quality: int) -> Any:
    _, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)


def _on_table(image: Any, rng: Any, angle: float, tilt: float) -> Any:
    """The page lying on a darker table, turned and seen at a slant."""
    pad = int(0.12 * max(image.shape))
    big = cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=105)
    height, width = big.shape
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    d = tilt * width
    jitter = rng.uniform(0.6, 1.0, 4)
    seen = np.float32(
        [
            [d * jitter[0], d * 0.3 * jitter[1]],
            [width - d * 0.4 * jitter[2], d * jitter[3]],
            [width, height],
            [0, height - d * 0.5],
        ]
    )
    matrix = cv2.getPerspectiveTransform(corners, seen)
    turn = np.vstack([cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0), [0, 0, 1]])
    return cv2.warpPerspective(
        big, turn @ matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=95
    )


def _light(image: Any, rng: Any, fall: float, shadow: float) -> Any:
    """Light falling off across the page, and a soft shadow (a hand's, a phone's)."""
    height, width = image.shape
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    direction = rng.uniform(0, 2 * math.pi)
    ramp = (xx / width) * math.cos(direction) + (yy / height) * math.sin(direction)
    ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    light = 1.0 - fall * ramp
    cx, cy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.3, 0.9) * height
    blob = np.exp(-(((xx - cx) / (0.3 * width)) ** 2 + ((yy - cy) / (0.22 * height)) ** 2))
    light *= 1.0 - shadow * blob
    return np.clip(image * light, 0, 255).astype(np.uint8)


def _folded(image: Any, rng: Any, dpi: int) -> Any:
    """A bottom corner folded over: the paper's back shows, the registration mark is gone."""
    out = image.copy()
    height, width = out.shape
    leg = rng.uniform(22, 34) * dpi / 25.4
    right = bool(rng.integers(2))
    x0 = width - 1 if right else 0
    sign = -1 if right else 1
    fold = [(x0, height - 1 - leg), (x0 + sign * leg, height - 1)]
    corner = np.int32([fold[0], (x0, height - 1), fold[1]])
    flap = np.int32([fold[0], fold[1], (x0 + sign * leg, height - 1 - leg)])
    cv2.fillConvexPoly(out, corner, 90)  # the table where the corner was
    cv2.fillConvexPoly(out, flap, 212)  # the corner's blank back, folded over the page
    cv2.line(out, *(tuple(map(int, p)) for p in fold), 150, max(1, dpi // 100))
    return out


Degrade = Callable[[Any, Any], tuple[Any, int]]
"""(page at 300 dpi, random generator) -> (picture, its dpi)."""

DEGRADATIONS: dict[str, Degrade] = {
    "scan 300 dpi": lambda im, rng: (_grain(im, rng, 3), 300),
    "scan 150 dpi": lambda im, rng: (_grain(_scaled(im, 150), rng, 4), 150),
    "rotated up to 15°": lambda im, rng: (
        _grain(
            _on_table(_scaled(im, 200), rng, rng.choice([-1, 1]) * rng.uniform(8, 15), 0), rng, 4
        ),
        200,
    ),
    "perspective": lambda im, rng: (
        _grain(
            _on_table(_scaled(im, 200), rng, rng.uniform(-3, 3), rng.uniform(0.05, 0.09)), rng, 4
        ),
        200,
    ),
    "blur": lambda im, rng: (
        cv2.GaussianBlur(_scaled(im, 200), (0, 0), rng.uniform(1.0, 1.6)),
        200,
    ),
    "noise": lambda im, rng: (_grain(_scaled(im, 200), rng, 18), 200),
    "JPEG quality 50": lambda im, rng: (_jpeg(_grain(_scaled(im, 200), rng, 4), 50), 200),
    "uneven light, shadow": lambda im, rng: (
        _grain(
            _light(_scaled(im, 200), rng, rng.uniform(0.3, 0.45), rng.uniform(0.35, 0.5)), rng, 4
        ),
        200,
    ),
    "folded corner": lambda im, rng: (_grain(_folded(_scaled(im, 200), rng, 200), rng, 4), 200),
    "phone photo (all of these)": lambda im, rng: (
        _jpeg(
            _grain(
                _light(
                    cv2.GaussianBlur(
                        _on_table(
                            _scaled(im, 220),
                            rng,
                            rng.uniform(-15, 15),
                            rng.uniform(0.03, 0.07),
                        ),
                        (0, 0),
                        0.8,
                    ),
                    rng,
                    0.3,
                    0.35,
                ),
                rng,
                8,
            ),
            50,
        ),
        220,
    ),
}


# Reading ---------------------------------------------------------------------------------------


def read(picture: Any) -> tuple[str, list[str]] | None:
    """The program's reader on one picture: the QR text and each listed box's reading, or
    None when the page is not found (it would be listed as not read)."""
    try:
        page = geometry.find_page(picture)
    except geometry.PageProblem:
        return None
    sheet = sheet_layout.decode(page.text)
    smooth = marks.smoothed(page.image)
    states = [m.state for m in marks.measure_page(smooth, sheet.marks.boxes, sheet.marks.filled)]
    return page.text, states


def tally(sheets: list[Sheet], variants: int, seed: int = 2026) -> dict[str, Tally]:
    results = {kind: Tally() for kind in DEGRADATIONS}
    for number, sheet in enumerate(sheets):
        for variant in range(variants):
            rng = np.random.default_rng([seed, number, variant])
            image, truth = marked(sheet, rng)
            for kind, degrade in DEGRADATIONS.items():
                picture, _ = degrade(image, np.random.default_rng([seed, number, variant, 1]))
                start = time.perf_counter()
                found = read(picture)
                seconds = time.perf_counter() - start
                t = results[kind]
                t.pages += 1
                t.boxes += len(truth)
                t.seconds.append(seconds)
                if found is None:
                    t.misses.append(f"{sheet.form} page {number} v{variant}: page not found")
                    continue
                t.qr_found += 1
                for box, state in enumerate(found[1]):
                    expected = EXPECTED[truth[box]]
                    if state == expected:
                        t.right += 1
                    else:
                        if state != marks.UNCERTAIN:
                            t.wrong_sure += 1
                        t.misses.append(
                            f"{sheet.form} page {number} v{variant} box {box}: "
                            f"{truth[box]} read {state}"
                        )
    return results


def rows() -> list[Row]:
    variants = VARIANTS
    if "--variants" in sys.argv:
        variants = int(sys.argv[sys.argv.index("--variants") + 1])
    with tempfile.TemporaryDirectory() as folder:
        sheets = printed_sheets(Path(folder))
    results = tally(sheets, variants)
    _print_summary(sheets, results)
    clean = results["scan 300 dpi"]
    found = []
    for kind, t in results.items():
        found += [
            Row(f"sheets {kind}: boxes right", "%", _share(t.right, t.boxes),
                _share(clean.right, clean.boxes), ">= 99.5 %"),
            Row(f"sheets {kind}: wrong, sure", "boxes", t.wrong_sure, clean.wrong_sure,
                "<= 0 boxes"),
            Row(f"sheets {kind}: QR found", "%", _share(t.qr_found, t.pages),
                _share(clean.qr_found, clean.pages), ">= 100 %"),
            Row(f"sheets {kind}: per page", "s", float(np.median(t.seconds)),
                float(np.median(clean.seconds)), "<= 1 s", spread=float(np.ptp(t.seconds))),
        ]  # fmt: skip
    return found


def _share(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _print_summary(sheets: list[Sheet], results: dict[str, Tally]) -> None:
    """The table per kind of degradation, and every miss (to stderr with --json)."""
    out = sys.stderr if "--json" in sys.argv else sys.stdout
    forms = sorted({s.form for s in sheets})
    print(
        f"{len(sheets)} pages of {', '.join(forms)}; "
        f"{sum(len(s.boxes) for s in sheets)} boxes a copy",
        file=out,
    )
    print(f"{'degradation':<28}{'pages':>6}{'boxes':>7}{'right %':>9}{'wrong,sure':>11}"
          f"{'QR found %':>11}{'s/page':>8}{'verdict':>9}", file=out)  # fmt: skip
    for kind, t in results.items():
        right, qr = _share(t.right, t.boxes), _share(t.qr_found, t.pages)
        seconds = float(np.median(t.seconds))
        met = right >= 99.5 and t.wrong_sure == 0 and qr >= 100 and seconds < 1
        print(f"{kind:<28}{t.pages:>6}{t.boxes:>7}{right:>9.2f}{t.wrong_sure:>11}"
              f"{qr:>11.1f}{seconds:>8.2f}{'met' if met else 'MISSED':>9}", file=out)  # fmt: skip
    misses = [f"  {kind}: {m}" for kind, t in results.items() for m in t.misses]
    if misses:
        print(f"misses ({len(misses)}):", *misses[:60], sep="\n", file=out)


if __name__ == "__main__":
    report(rows)
