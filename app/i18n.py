"""Translation of the domain's messages without importing Qt.

Messages are written as ``translate("context", "English text")`` so that Qt's lupdate
collects them; the desktop application installs Qt's translator with ``set_translator``,
while the command line and tests keep the English text.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "en"


def set_language(language: str) -> None:
    """Remembers the user's language ("zh_CN" or "en"), for words kept outside Qt's
    translations (the survey's questions, the code lists' labels)."""
    global _language
    _language = language


def language() -> str:
    """The user's language as the code lists name it: "zh" or "en"."""
    return "zh" if _language.startswith("zh") else "en"


def set_translator(translator: Translator | None) -> None:
    """Installs the function that turns (context, English text) into the user's language."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """The text in the user's language; placeholders are filled in after translation."""
    return _translator(context, text)
