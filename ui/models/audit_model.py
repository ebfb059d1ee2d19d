"""The audit log list, in words people read: kinds and tables by name, records by code."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.audit import AuditRow
from ui.models.table import Column, RowTableModel

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditModel", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditModel", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "Deleted"),
    "sign_in": QT_TRANSLATE_NOOP("AuditModel", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditModel", "Sign-in failed"),
    "sign_in_refused": QT_TRANSLATE_NOOP("AuditModel", "Sign-in refused"),
    "sign_out": QT_TRANSLATE_NOOP("AuditModel", "Signed out"),
    "screen_locked": QT_TRANSLATE_NOOP("AuditModel", "Screen locked"),
    "account_added": QT_TRANSLATE_NOOP("AuditModel", "Account added"),
    "account_disabled": QT_TRANSLATE_NOOP("AuditModel", "Account disabled"),
    "account_enabled": QT_TRANSLATE_NOOP("AuditModel", "Account enabled"),
    "account_locked": QT_TRANSLATE_NOOP("AuditModel", "Account locked"),
    "password_changed": QT_TRANSLATE_NOOP("AuditModel", "Password changed"),
    "password_reset": QT_TRANSLATE_NOOP("AuditModel", "Password reset"),
    "recovery_key_replaced": QT_TRANSLATE_NOOP("AuditModel", "New recovery key"),
    "database_encrypted": QT_TRANSLATE_NOOP("AuditModel", "Database encrypted"),
    "database_rekeyed": QT_TRANSLATE_NOOP("AuditModel", "Database key changed"),
    "audit_log_restored": QT_TRANSLATE_NOOP("AuditModel", "Log restored from a backup"),
    "access_refused": QT_TRANSLATE_NOOP("AuditModel", "Refused (no permission)"),
}
TABLES = {
    "person": QT_TRANSLATE_NOOP("AuditModel", "Person"),
    "contact": QT_TRANSLATE_NOOP("AuditModel", "Name and contact"),
    "enrolment": QT_TRANSLATE_NOOP("AuditModel", "Enrolment"),
    "status_change": QT_TRANSLATE_NOOP("AuditModel", "Status change"),
    "caregiver_link": QT_TRANSLATE_NOOP("AuditModel", "Caregiver"),
    "screening": QT_TRANSLATE_NOOP("AuditModel", "Screening"),
    "consent": QT_TRANSLATE_NOOP("AuditModel", "Consent"),
    "community": QT_TRANSLATE_NOOP("AuditModel", "Community"),
    "installation": QT_TRANSLATE_NOOP("AuditModel", "Site"),
    "user_account": QT_TRANSLATE_NOOP("AuditModel", "Account"),
    "staff_member": QT_TRANSLATE_NOOP("AuditModel", "Staff"),
    "activity_session": QT_TRANSLATE_NOOP("AuditModel", "Session"),
    "session_peer": QT_TRANSLATE_NOOP("AuditModel", "Session peers"),
    "attendance": QT_TRANSLATE_NOOP("AuditModel", "Attendance"),
    "activity_template": QT_TRANSLATE_NOOP("AuditModel", "Activity library"),
    "emergency_event": QT_TRANSLATE_NOOP("AuditModel", "Emergency event"),
    "emergency_person": QT_TRANSLATE_NOOP("AuditModel", "People in an emergency"),
    "supervision": QT_TRANSLATE_NOOP("AuditModel", "Supervision"),
    "supervision_attendee": QT_TRANSLATE_NOOP("AuditModel", "Supervision attendance"),
    "supervision_supervisor": QT_TRANSLATE_NOOP("AuditModel", "Supervisor"),
    "needs_interview": QT_TRANSLATE_NOOP("AuditModel", "Needs interview"),
    "training_course": QT_TRANSLATE_NOOP("AuditModel", "Training course"),
    "training_session": QT_TRANSLATE_NOOP("AuditModel", "Training session"),
    "training_attendance": QT_TRANSLATE_NOOP("AuditModel", "Training attendance"),
    "survey_answer": QT_TRANSLATE_NOOP("AuditModel", "Survey answer"),
    "exchange_key": QT_TRANSLATE_NOOP("AuditModel", "Exchange key"),
    "known_site": QT_TRANSLATE_NOOP("AuditModel", "Site in the project"),
    "export_record": QT_TRANSLATE_NOOP("AuditModel", "Bundle sent"),
    "received_bundle": QT_TRANSLATE_NOOP("AuditModel", "Bundle received"),
    "printed_sheet": QT_TRANSLATE_NOOP("AuditModel", "Printed sheet"),
    "draft": QT_TRANSLATE_NOOP("AuditModel", "Draft"),
    "audit_entry": QT_TRANSLATE_NOOP("AuditModel", "Audit log"),
}


def _label(labels: dict[str, str], value: str) -> str:
    """The translated word for a stored value; one not known shows readably, never in
    snake_case."""
    if value in labels:
        return QCoreApplication.translate("AuditModel", labels[value])
    return value.replace("_", " ").capitalize()


class AuditModel(RowTableModel[AuditRow]):
    """Entries with time, user, kind, table, record and detail."""

    CONTEXT = "AuditModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AuditModel", "When"),
               lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), lambda r: r.at),
        Column(QT_TRANSLATE_NOOP("AuditModel", "User"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Kind"), lambda r: _label(ACTIONS, r.action)),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Table"), lambda r: _label(TABLES, r.table_name)),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Record"), lambda r: r.record),
        Column(QT_TRANSLATE_NOOP("AuditModel", "Detail"), lambda r: r.detail),
    )  # fmt: skip
