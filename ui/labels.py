"""Showing codes and dates in the user's language."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime

from app.codes import CodeList

_language = "zh_CN"


def set_language(language: str) -> None:
    """Remembers the interface language ("zh_CN" or "en") for code labels, here and for
    the domain's messages (``app.i18n.language``)."""
    from app import i18n

    global _language
    _language = language
    i18n.set_language(language)


def language() -> str:
    """The interface language in use."""
    return _language


def code_label(codes: CodeList, code: str | None) -> str:
    """The label of a code in the interface language; unknown codes show as they are."""
    if not code:
        return ""
    if code not in codes:
        return code
    return codes[code].label("zh" if _language.startswith("zh") else "en")


def person_label(code: str, names: dict[str, str]) -> str:
    """A participant as the viewer sees them: "name  code", or the code where the viewer
    sees no name (``people.names_by_code`` gives the names each role sees)."""
    return f"{names[code]}  {code}" if names.get(code) else code


def locale() -> QLocale:
    """The locale matching the interface language, for dates and numbers."""
    return (
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if _language.startswith("zh")
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )


def show_date(value: date | None) -> str:
    """A date in the locale's short format."""
    if value is None:
        return ""
    return locale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def show_time(value: time | None) -> str:
    """A time as hours and minutes."""
    if value is None:
        return ""
    return locale().toString(QTime(value.hour, value.minute), "HH:mm")
