"""What the History tab calls each field of a record, and which code list shows its values.

A column without a label is not shown: the History speaks of what the user entered, never
of keys and bookkeeping columns.
"""

from __future__ import annotations

from app import codes
from app.codes import CodeList
from app.i18n import translate


def field_labels() -> dict[tuple[str, str], str]:
    """(table, column) → the field's label in the user's language."""
    return {
        ("activity_session", "community_id"): translate("history", "Community"),
        ("activity_session", "session_date"): translate("history", "Date"),
        ("activity_session", "planned_start"): translate("history", "Planned start"),
        ("activity_session", "planned_end"): translate("history", "Planned end"),
        ("activity_session", "venue"): translate("history", "Venue"),
        ("activity_session", "venue_detail"): translate("history", "Venue details"),
        ("activity_session", "topic"): translate("history", "Topic"),
        ("activity_session", "theme"): translate("history", "Theme"),
        ("activity_session", "aim"): translate("history", "Aim"),
        ("activity_session", "format_other"): translate("history", "Other format"),
        ("activity_session", "warm_up"): translate("history", "Warm-up"),
        ("activity_session", "main_activity"): translate("history", "Main activity"),
        ("activity_session", "closing"): translate("history", "Closing"),
        ("activity_session", "materials"): translate("history", "Materials"),
        ("activity_session", "status"): translate("history", "Status"),
        ("activity_session", "cancel_reason"): translate("history", "Reason for cancelling"),
        ("activity_session", "cancel_note"): translate("history", "Note on cancelling"),
        ("activity_session", "actual_start"): translate("history", "Actual start"),
        ("activity_session", "actual_end"): translate("history", "Actual end"),
        ("activity_session", "held_theme"): translate("history", "Theme as held"),
        ("activity_session", "held_aim"): translate("history", "Aim as held"),
        ("activity_session", "feedback"): translate("history", "Consumers' feedback"),
        ("activity_session", "notes"): translate("history", "Notes"),
        ("activity_session", "deleted"): translate("history", "Deleted"),
        ("attendance", "person_id"): translate("history", "Attendee"),
        ("attendance", "staff_id"): translate("history", "Staff present"),
        ("attendance", "kind"): translate("history", "Attended as"),
        ("attendance", "present"): translate("history", "Present"),
        ("attendance", "deleted"): translate("history", "Removed"),
        ("session_peer", "person_id"): translate("history", "Peer"),
        ("session_peer", "part"): translate("history", "Part"),
        ("session_peer", "deleted"): translate("history", "Removed"),
        ("person", "code"): translate("history", "Code"),
        ("person", "community_id"): translate("history", "Community"),
        ("person", "sex"): translate("history", "Sex"),
        ("person", "birth_date"): translate("history", "Date of birth"),
        ("person", "education"): translate("history", "Education"),
        ("person", "marital_status"): translate("history", "Marital status"),
        ("person", "working"): translate("history", "Working"),
        ("person", "diagnosis"): translate("history", "Diagnosis"),
        ("person", "consent_withdrawn_on"): translate("history", "Consent withdrawn on"),
        ("person", "former_codes"): translate("history", "Former codes"),
        ("contact", "name"): translate("history", "Name"),
        ("contact", "phone"): translate("history", "Phone"),
        ("contact", "address"): translate("history", "Address"),
        ("contact", "emergency_contact"): translate("history", "Emergency contact"),
        ("enrolment", "community_id"): translate("history", "Community"),
        ("enrolment", "role"): translate("history", "Role"),
        ("enrolment", "enrolled_on"): translate("history", "Enrolled on"),
        ("enrolment", "left_on"): translate("history", "Left on"),
        ("enrolment", "deleted"): translate("history", "Deleted"),
    }


CODE_LISTS: dict[tuple[str, str], CodeList] = {
    ("activity_session", "venue"): codes.VENUES,
    ("activity_session", "topic"): codes.TOPICS,
    ("activity_session", "status"): codes.SESSION_STATUSES,
    ("activity_session", "cancel_reason"): codes.CANCEL_REASONS,
    ("person", "sex"): codes.SEXES,
    ("person", "education"): codes.EDUCATION,
    ("person", "marital_status"): codes.MARITAL_STATUSES,
    ("person", "diagnosis"): codes.DIAGNOSES,
    ("enrolment", "role"): codes.ROLES,
}
"""(table, column) → the code list whose labels show the column's values."""

CLINICAL: frozenset[tuple[str, str]] = frozenset({("person", "diagnosis")})
"""Fields shown only to accounts that may see clinical details (whole tables: below)."""

CLINICAL_TABLES = frozenset({"screening"})
CONTACT_TABLES = frozenset({"contact"})
"""Tables whose values only accounts that may see them are shown."""


def table_labels() -> dict[str, str]:
    """Table → what one of its records is called, for a change to a record's part."""
    return {
        "activity_session": translate("history", "Session"),
        "attendance": translate("history", "Attendance"),
        "session_peer": translate("history", "Peer leading"),
        "person": translate("history", "Person"),
        "contact": translate("history", "Name and contact details"),
        "enrolment": translate("history", "Enrolment"),
    }
