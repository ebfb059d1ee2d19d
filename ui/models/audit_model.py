"""The audit log list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.audit import AuditRow
from ui.models.table import Column, RowTableModel


class AuditModel(RowTableModel[AuditRow]):
    """Entries with time, user, kind, table, record and detail."""

    CONTEXT = "AuditModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AuditModel", "When"),
               lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("AuditModel", "User"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Kind"), lambda r: r.action),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Table"), lambda r: r.table_name),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Record"), lambda r: r.record_id),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Detail"), lambda r: r.detail),
    )  # fmt: skip
