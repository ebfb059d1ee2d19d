"""The accounts list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.codes import ACCOUNT_ROLES
from app.services.accounts import AccountRow
from ui.labels import code_label
from ui.models.table import Column, RowTableModel

ACTIVE = QT_TRANSLATE_NOOP("AccountsModel", "Active")
DISABLED = QT_TRANSLATE_NOOP("AccountsModel", "Disabled")
MUST_CHANGE = QT_TRANSLATE_NOOP("AccountsModel", "Must change it")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsModel", text)


class AccountsModel(RowTableModel[AccountRow]):
    """Accounts with user name, name, role, the record they belong to, and their state."""

    CONTEXT = "AccountsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AccountsModel", "User name"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Name"), lambda r: r.display_name),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Role"),
               lambda r: code_label(ACCOUNT_ROLES, r.role)),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Record"), lambda r: r.linked_code or ""),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "State"),
               lambda r: _tr(ACTIVE if r.active else DISABLED), lambda r: r.active),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Password"),
               lambda r: _tr(MUST_CHANGE) if r.must_change_password else "",
               lambda r: r.must_change_password),
    )  # fmt: skip
