"""Paragraphs whose markup was parsed before: a form's labels and choices are the same at
every print, and parsing markup is a fifth of a warm print's time.

Imported only when something is printed, since it loads ReportLab.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

_PARSED: dict[tuple[Any, ...], list[Any]] = {}
LIMIT = 5000
"""Markups remembered at most (a form has a few hundred; values vary and are many)."""


def paragraph(markup: str, style: Any) -> Any:
    """``Paragraph(markup, style)``, its markup parsed once per process and style; each
    paragraph gets copies of the fragments, since laying out may change them."""
    key = (markup, style.name, style.fontName, style.fontSize, style.leading,
           str(style.textColor))  # fmt: skip
    frags = _PARSED.get(key)
    if frags is None:
        made = Paragraph(markup, style)
        if len(_PARSED) < LIMIT:
            _PARSED[key] = [frag.clone() for frag in made.frags]
        return made
    return Paragraph(markup, style, frags=[frag.clone() for frag in frags])
