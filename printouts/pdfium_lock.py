"""The one lock around PDFium, which is not thread-safe: the preview renders on the GUI
thread while printing and reading scanned sheets run on workers."""

from __future__ import annotations

import threading

PDFIUM = threading.Lock()
"""Held for every call into PDFium, from any thread."""
