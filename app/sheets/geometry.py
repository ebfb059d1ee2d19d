"""Finding a page: its QR code, then its four registration marks, then the page made upright.

The QR code alone says which way up the page is and roughly where everything lies (its
corners' places on paper are known from ``printouts.sheet_layout``); the registration
marks, looked for where the QR code says they should be, pin the far corners down, so
rotation, perspective and a phone's tilt are undone by one homography from paper
millimetres to picture pixels. The straightened page has ``PX_PER_MM`` pixels a millimetre.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.i18n import translate
from printouts import sheet_layout

PX_PER_MM = 8
PAGE_MM = (210.0, 297.0)
"""Readable sheets are A4, upright."""
LEAST_PX_PER_MM = 2.5
"""Below about 65 dpi the boxes' marks cannot be told apart."""
SEARCH_MM = 25.0
"""How far from where the QR code puts it a registration mark may be found ..."""
SEARCH_SHARE = 0.15
"""... or, further from the points known, this share of the way: an affine guess made
from the top of a page seen at a slant falls short at its foot (a phone held low)."""
FIND_SIDE = 2200
"""The QR code and the marks are looked for in a copy at most this many pixels long (about
190 dpi for a whole A4 page); the boxes are measured on the page straightened from the
full picture."""


class PageProblem(Exception):
    """Why a page cannot be read, in words for the person reading it."""


@dataclass(frozen=True)
class Page:
    """A page found: its QR text and the page straightened to paper coordinates."""

    text: str
    image: Any
    """Grey, ``PX_PER_MM`` pixels a millimetre, the paper's top left corner at (0, 0)."""


def find_page(image: Any) -> Page:
    """The page in a picture, upright; PageProblem says why not."""
    import cv2
    import numpy as np

    _check_exposure(image)
    shrink = min(1.0, FIND_SIDE / max(image.shape))
    small = (
        image
        if shrink == 1.0
        else cv2.resize(image, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA)
    )
    text, corners, modules = _find_qr(small)
    paper = _qr_code_corners(modules)
    scale = float(np.linalg.norm(corners[1] - corners[0])) / (paper[1][0] - paper[0][0])
    if scale < LEAST_PX_PER_MM:
        raise PageProblem(translate("sheets", "The picture is too small: scan at 150 dpi or more."))
    found = _find_marks(small, paper, corners, scale)
    if len(found) < 3:
        raise PageProblem(
            translate(
                "sheets",
                "The registration marks in the corners were not found: the whole page "
                "must be in the picture.",
            )
        )
    # The marks are found precisely, the QR code's corners only roughly: four marks alone
    # make the page; with three, the QR code's corners stand in for the fourth.
    source, target = [p for p, _ in found], [s for _, s in found]
    if len(found) < 4:
        source, target = [*paper, *source], [*corners, *target]
    to_full = np.diag([1 / shrink, 1 / shrink, 1.0])
    return Page(text, _straighten(image, to_full @ _homography(source, target)))


def _check_exposure(image: Any) -> None:
    import numpy as np

    if image is None or image.ndim != 2 or min(image.shape) < 200:
        raise PageProblem(translate("sheets", "The picture is too small: scan at 150 dpi or more."))
    bright = float(np.percentile(image, 90))
    if bright < 60:
        raise PageProblem(translate("sheets", "The picture is too dark to read."))


def _find_qr(image: Any) -> tuple[str, Any, int]:
    """The QR code's text, its corners in the picture (top left, top right, bottom right,
    bottom left, as the code itself is upright) and its width in modules.

    zxing-cpp reads first: on pages scanned at 150 dpi, turned and grainy, it found 62 of
    64 codes where OpenCV's detectors found at most 33; OpenCV's is the second try."""
    found = _zxing(image)
    if found is None:
        # A blurred picture (a phone out of focus, a soft scan) loses the small modules of
        # a long code: sharpened, zxing-cpp reads it again.
        import cv2

        soft = cv2.GaussianBlur(image, (0, 0), 1.5)
        found = _zxing(cv2.addWeighted(image, 2.0, soft, -1.0, 0))
    return found if found is not None else _opencv(image)


def _zxing(image: Any) -> tuple[str, Any, int] | None:
    import numpy as np
    import zxingcpp

    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        version = str(getattr(result, "extra", {}).get("Version", ""))
        if not result.text or not version.isdigit():
            continue
        p = result.position
        corners = [(c.x, c.y) for c in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)]
        return result.text, np.asarray(corners, np.float64), 17 + 4 * int(version)
    return None


def _opencv(image: Any) -> tuple[str, Any, int]:
    import cv2
    import numpy as np

    for scale in (1.0, 2.0):
        picture = image
        if scale != 1.0:
            picture = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        try:
            text, points, straight = cv2.QRCodeDetectorAruco().detectAndDecode(picture)
        except cv2.error:
            continue
        if text and points is not None and straight is not None:
            corners = np.asarray(points, dtype=np.float64).reshape(4, 2) / scale
            return text, corners, int(straight.shape[0])
    raise PageProblem(translate("sheets", "No readable QR code was found on the page."))


def _qr_code_corners(modules: int) -> list[tuple[float, float]]:
    """The coded square's corners on paper: the drawn square less its one-module margin."""
    (left, top), (right, _), (_, bottom), _ = sheet_layout.qr_corners(PAGE_MM[0])
    cell = sheet_layout.QR_MM / (modules + 2)
    left, top, right, bottom = left + cell, top + cell, right - cell, bottom - cell
    return [(left, top), (right, top), (right, bottom), (left, bottom)]


def _homography(source: Any, target: Any) -> Any:
    import cv2
    import numpy as np

    matrix, _ = cv2.findHomography(np.asarray(source, np.float64), np.asarray(target, np.float64))
    if matrix is None:
        raise PageProblem(translate("sheets", "The page is too distorted to straighten."))
    return matrix


def _find_marks(
    image: Any, paper: list[tuple[float, float]], corners: Any, scale: float
) -> list[tuple[tuple[float, float], Any]]:
    """The registration marks found: each one's paper centre and its centre in the picture.

    The nearest mark is looked for first, where the QR code's corners put it; each mark
    found makes the guess of where the next one lies better (an affine fit of every point
    known so far: a QR code is too small to extrapolate perspective from)."""
    import cv2
    import numpy as np

    squares = _solid_squares(image, sheet_layout.MARK_MM * scale)
    source, target = list(paper), [np.asarray(c, np.float64) for c in corners]
    found = []
    qr_centre = np.mean(np.asarray(paper), axis=0)
    centres = sheet_layout.mark_centres(*PAGE_MM)
    for centre in sorted(centres, key=lambda c: float(np.linalg.norm(np.array(c) - qr_centre))):
        model, _ = cv2.estimateAffine2D(
            np.asarray(source, np.float64), np.asarray(target, np.float64)
        )
        if model is None:
            break
        expected = model @ np.array([centre[0], centre[1], 1.0])
        way = min(float(np.linalg.norm(np.subtract(centre, p))) for p in source)
        reach = max(SEARCH_MM, SEARCH_SHARE * way) * scale
        near = [s for s in squares if np.linalg.norm(s - expected) < reach]
        best = min(near, key=lambda s: float(np.linalg.norm(s - expected)), default=None)
        if best is not None:
            found.append((centre, best))
            source.append(centre)
            target.append(best)
    return found


def _solid_squares(image: Any, side: float) -> list[Any]:
    """The centres of solid dark squares about ``side`` pixels wide."""
    import cv2
    import numpy as np

    # Compared with its neighbourhood (four marks wide), so shade and uneven light do not
    # merge a mark with its surroundings.
    block = int(side * 4) | 1
    ink = cv2.adaptiveThreshold(
        image, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 25
    )
    contours, _ = cv2.findContours(ink, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    squares = []
    for contour in contours:
        area = cv2.contourArea(contour)
        if not 0.35 * side**2 < area < 2.5 * side**2:
            continue
        x, y, w, h = cv2.boundingRect(contour)
        if x == 0 or y == 0 or x + w >= image.shape[1] or y + h >= image.shape[0]:
            continue  # cut by the picture's edge: its centre would be wrong
        (_, _), (w, h), _ = cv2.minAreaRect(contour)
        hull = cv2.contourArea(cv2.convexHull(contour))
        if min(w, h) < 0.5 * max(w, h) or hull <= 0 or area / hull < 0.85:
            continue
        moments = cv2.moments(contour)
        squares.append(np.array([moments["m10"] / moments["m00"], moments["m01"] / moments["m00"]]))
    return squares


def _straighten(image: Any, matrix: Any) -> Any:
    """The page in paper coordinates: millimetres times PX_PER_MM."""
    import cv2
    import numpy as np

    to_pixels = np.diag([PX_PER_MM, PX_PER_MM, 1.0])
    size = (int(PAGE_MM[0] * PX_PER_MM), int(PAGE_MM[1] * PX_PER_MM))
    return cv2.warpPerspective(
        image, to_pixels @ np.linalg.inv(matrix), size, flags=cv2.INTER_AREA, borderValue=255
    )
