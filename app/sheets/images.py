"""Opening what a scanner or a phone gives: PDF scans, page by page, and JPEG, PNG or HEIC
photos (HEIC, as iPhones save them, through pi-heif: libheif and libde265, decoding only)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.i18n import translate

PDF_DPI = 200
"""Scanned PDFs are rendered at this resolution: enough for the boxes, quick to measure."""
MAX_SIDE = 5000
"""Photos larger than this (in pixels along their longer side) are scaled down first."""
PHOTO_TYPES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
HEIF_TYPES = (".heic", ".heif")


@dataclass(frozen=True)
class Source:
    """One page of a file: its image (grey, a numpy array), or why there is none."""

    label: str
    image: Any = None
    problem: str = ""


def pages(path: Path) -> Iterator[Source]:
    """Every page of a file, in the file's order; a file that cannot be opened is one
    Source with its reason."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Source(
            path.name,
            problem=translate("sheets", "The file cannot be read: {error}.").format(
                error=error.strerror or error
            ),
        )
        return
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        yield from _pdf_pages(path.name, data)
    elif suffix in PHOTO_TYPES:
        yield _photo(path.name, data, heif=suffix in HEIF_TYPES)
    else:
        yield Source(path.name, problem=translate("sheets", "Not a PDF, JPEG, PNG or HEIC file."))


def _pdf_pages(name: str, data: bytes) -> Iterator[Source]:
    import numpy as np
    import pypdfium2 as pdfium

    from printouts.pdfium_lock import PDFIUM

    try:
        with PDFIUM:
            document = pdfium.PdfDocument(data)
            count = len(document)
    except pdfium.PdfiumError:
        yield Source(name, problem=translate("sheets", "The PDF is damaged or not a PDF."))
        return
    try:
        for number in range(1, count + 1):
            label = translate("sheets", "{file}, page {page}").format(file=name, page=number)
            with PDFIUM:  # every object closed under the lock, not left to the collector
                page = document[number - 1]
                bitmap = page.render(scale=PDF_DPI / 72, grayscale=True)
                image = np.array(bitmap.to_pil().convert("L"))
                bitmap.close()
                page.close()
            yield Source(label, image)
    finally:
        with PDFIUM:
            document.close()


def _photo(name: str, data: bytes, heif: bool = False) -> Source:
    import cv2
    import numpy as np

    image = (
        _heif(data) if heif else cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    )
    if image is None:
        return Source(name, problem=translate("sheets", "The picture is damaged or not a picture."))
    longest = max(image.shape)
    if longest > MAX_SIDE:
        scale = MAX_SIDE / longest
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return Source(name, image)


def _heif(data: bytes) -> Any:
    """A HEIC or HEIF photo in grey, or None when it cannot be decoded."""
    import io

    import cv2
    import numpy as np

    try:
        import pi_heif
    except ImportError:
        return None
    try:
        picture = pi_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
        pixels = np.asarray(picture)
    except (ValueError, RuntimeError, OSError):
        return None
    if pixels.ndim == 3:
        code = cv2.COLOR_RGBA2GRAY if pixels.shape[2] == 4 else cv2.COLOR_RGB2GRAY
        return cv2.cvtColor(pixels, code)
    return pixels
