"""What the History tab calls each field of a record, and which code list shows its values.

A column without a label is not shown: the History speaks of what the user entered, never
of keys and bookkeeping columns.
"""

from __future__ import annotations

from app import codes
from app.codes import Code, CodeList
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
        ("activity_session", "topic"): translate("history", "Topic category"),
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
        ("activity_session", "record_keeper_id"): translate("history", "Record keeper"),
        ("activity_session", "direction"): translate("history", "Direction before the session"),
        ("activity_session", "direction_by_id"): translate("history", "Direction given by"),
        ("activity_session", "held_topic"): translate("history", "Topic category as held"),
        ("activity_session", "held_venue"): translate("history", "Venue as held"),
        ("activity_session", "held_venue_detail"): translate("history", "Venue details as held"),
        ("activity_session", "adverse_event"): translate("history", "Adverse event"),
        ("activity_session", "recorded_by_id"): translate("history", "Record kept by"),
        ("activity_session", "handover_batch"): translate("history", "Hand-over batch"),
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
        ("status_change", "status"): translate("history", "Participation status"),
        ("status_change", "effective_on"): translate("history", "From"),
        ("status_change", "reason"): translate("history", "Reason"),
        ("caregiver_link", "caregiver_id"): translate("history", "Caregiver"),
        ("caregiver_link", "cared_for_id"): translate("history", "Cares for"),
        ("caregiver_link", "deleted"): translate("history", "Removed"),
        ("emergency_event", "community_id"): translate("history", "Community"),
        ("emergency_event", "occurred_at"): translate("history", "Date and time"),
        ("emergency_event", "place"): translate("history", "Place"),
        ("emergency_event", "kind"): translate("history", "Kind of event"),
        ("emergency_event", "description"): translate("history", "What happened"),
        ("emergency_event", "action_taken"): translate("history", "Action taken"),
        ("emergency_event", "reported_by"): translate("history", "Reported by"),
        ("emergency_event", "reported_to_id"): translate("history", "Reported to"),
        ("emergency_event", "acknowledged_by_id"): translate("history", "Acknowledged by"),
        ("emergency_event", "acknowledged_at"): translate("history", "Acknowledged at"),
        ("emergency_event", "follow_up"): translate("history", "Follow-up"),
        ("emergency_event", "closed_at"): translate("history", "Closed at"),
        ("emergency_event", "category"): translate(
            "history", "Adverse event or behavioural emergency"
        ),
        ("emergency_event", "handed_over_at"): translate("history", "Form given to the doctor"),
        ("emergency_event", "deleted"): translate("history", "Deleted"),
        ("emergency_person", "person_id"): translate("history", "Person involved"),
        ("emergency_person", "deleted"): translate("history", "Removed"),
        ("emergency_addendum", "written_by"): translate("history", "Written by"),
        ("emergency_addendum", "text"): translate("history", "Addendum"),
        ("emergency_addendum", "deleted"): translate("history", "Deleted"),
        ("supervision", "community_id"): translate("history", "Community"),
        ("supervision", "held_on"): translate("history", "Date"),
        ("supervision", "kind"): translate("history", "Kind of supervision"),
        ("supervision", "supervisor_id"): translate("history", "Supervisor"),
        ("supervision", "topics"): translate("history", "Topics raised"),
        ("supervision", "notes"): translate("history", "Notes"),
        ("supervision", "minutes"): translate("history", "Duration (minutes)"),
        ("supervision", "difficulties"): translate("history", "Difficulties the peers raised"),
        ("supervision", "guidance"): translate("history", "Guidance given"),
        ("supervision", "audio_recorded"): translate("history", "Audio-recorded"),
        ("supervision", "deleted"): translate("history", "Deleted"),
        ("supervision_attendee", "person_id"): translate("history", "Peer who attended"),
        ("supervision_attendee", "staff_id"): translate("history", "Staff who attended"),
        ("supervision_attendee", "deleted"): translate("history", "Removed"),
        ("training_course", "kind"): translate("history", "Kind of training"),
        ("training_course", "title"): translate("history", "Title"),
        ("training_course", "starts_on"): translate("history", "Starts on"),
        ("training_course", "ends_on"): translate("history", "Ends on"),
        ("training_course", "community_id"): translate("history", "Community"),
        ("training_course", "notes"): translate("history", "Notes"),
        ("training_course", "deleted"): translate("history", "Deleted"),
        ("training_session", "held_on"): translate("history", "Date"),
        ("training_session", "topic"): translate("history", "Topic"),
        ("training_session", "trainer"): translate("history", "Trainer"),
        ("training_session", "workshop"): translate("history", "Workshop"),
        ("training_session", "minutes"): translate("history", "Duration (minutes)"),
        ("training_session", "trainer_profession"): translate("history", "Trainer's profession"),
        ("training_session", "deleted"): translate("history", "Deleted"),
        ("training_attendance", "person_id"): translate("history", "Peer"),
        ("training_attendance", "present"): translate("history", "Present"),
        ("training_attendance", "deleted"): translate("history", "Removed"),
        ("survey_answer", "person_id"): translate("history", "Person"),
        ("survey_answer", "instrument"): translate("history", "Instrument"),
        ("survey_answer", "item"): translate("history", "Question"),
        ("survey_answer", "answer"): translate("history", "Answer"),
        ("survey_answer", "reason"): translate("history", "Reason not assessed"),
        ("survey_answer", "answered_on"): translate("history", "Date"),
        ("survey_answer", "deleted"): translate("history", "Deleted"),
        ("survey_interview", "person_id"): translate("history", "Person"),
        ("survey_interview", "answered_on"): translate("history", "Date"),
        ("survey_interview", "cared_for_role"): translate("history", "Whose caregiver"),
        ("survey_interview", "interviewer_id"): translate("history", "Interviewer"),
        ("survey_interview", "interviewer_role"): translate("history", "Interviewer's role"),
        ("survey_interview", "comments"): translate("history", "Comments"),
        ("survey_interview", "deleted"): translate("history", "Deleted"),
        ("screening", "person_id"): translate("history", "Person"),
        ("screening", "role"): translate("history", "Screened for the role"),
        ("screening", "screened_on"): translate("history", "Screened on"),
        ("screening", "assessor_id"): translate("history", "Assessed by"),
        ("screening", "criteria"): translate("history", "Inclusion criteria"),
        ("screening", "psp_score"): translate("history", "PSP score"),
        ("screening", "notes"): translate("history", "Notes"),
        ("screening", "deleted"): translate("history", "Deleted"),
    }


SURVEY_INSTRUMENTS = CodeList(
    "instrument",
    Code("consumer_satisfaction", "Consumer satisfaction", "服务对象满意度"),
    Code("caregiver_satisfaction", "Caregiver satisfaction", "照料者满意度"),
    Code("peer_benefit", "Peer's perceived benefit", "同伴支持者自评获益"),
    Code("consumer_benefit", "Consumer's perceived benefit", "服务对象自评获益"),
    Code("caregiver_benefit", "Caregiver's perceived benefit", "照料者自评获益"),
)
"""The evaluation instruments as History names them (the screens name them in ui.survey_texts)."""

SURVEY_ITEMS = CodeList(
    "survey question",
    Code("satisfied_with_peers", "Satisfied with the peers?", "对同伴支持者满意吗？"),
    Code("wants_to_continue", "Wants to continue?", "愿意继续参加吗？"),
    Code("wants_patient_to_continue", "Wants the consumer to continue to participate?",
         "希望服务对象继续参加活动吗？"),
    Code("wants_peer_to_continue", "Wants the peer to continue to organize the activities?",
         "希望同伴支持者继续组织活动吗？"),
    Code("working_skills", "Working skills improved?", "工作能力有提高吗？"),
    Code("social_communication", "Social communication improved?", "社交沟通有改善吗？"),
    Code("patient_social_communication", "Consumer's social communication improved?",
         "服务对象的社交沟通有改善吗？"),
    Code("own_mood", "Own mood improved?", "自己的情绪有改善吗？"),
    Code("quality_of_life", "Own quality of life improved?", "自己的生活质量有改善吗？"),
)  # fmt: skip

SCREENING_CRITERION_LABELS = CodeList(
    "screening criterion",
    *codes.SCREENING_CRITERIA["peer"].codes[:2],
    Code("stable", "Clinically stable", "病情稳定"),
    *codes.SCREENING_CRITERIA["peer"].codes[3:],
)
"""Every criterion of both roles (the period of stability differs by role)."""

CRITERIA_COLUMNS: dict[tuple[str, str], CodeList] = {
    ("screening", "criteria"): SCREENING_CRITERION_LABELS,
}
"""(table, column) → the code list naming the keys of a column holding {criterion: met}."""

CODE_LISTS: dict[tuple[str, str], CodeList] = {
    ("activity_session", "venue"): codes.VENUES,
    ("activity_session", "topic"): codes.TOPICS,
    ("activity_session", "held_venue"): codes.VENUES,
    ("activity_session", "held_topic"): codes.TOPICS,
    ("activity_session", "status"): codes.SESSION_STATUSES,
    ("activity_session", "cancel_reason"): codes.CANCEL_REASONS,
    ("attendance", "kind"): codes.ATTENDANCE_KINDS,
    ("session_peer", "part"): codes.SESSION_PARTS,
    ("person", "sex"): codes.SEXES,
    ("person", "education"): codes.EDUCATION,
    ("person", "marital_status"): codes.MARITAL_STATUSES,
    ("person", "diagnosis"): codes.DIAGNOSES,
    ("enrolment", "role"): codes.ROLES,
    ("status_change", "status"): codes.STATUSES,
    ("emergency_event", "kind"): codes.EVENT_KINDS,
    ("emergency_event", "category"): codes.EVENT_CATEGORIES,
    ("supervision", "kind"): codes.SUPERVISION_KINDS,
    ("training_course", "kind"): codes.TRAINING_KINDS,
    ("training_session", "workshop"): codes.WORKSHOPS,
    ("training_session", "trainer_profession"): codes.PROFESSIONS,
    ("survey_answer", "instrument"): SURVEY_INSTRUMENTS,
    ("survey_answer", "item"): SURVEY_ITEMS,
    ("survey_answer", "answer"): codes.SURVEY_ANSWERS,
    ("screening", "role"): codes.ROLES,
    ("survey_interview", "cared_for_role"): codes.CARED_FOR_ROLES,
    ("survey_interview", "interviewer_role"): codes.PROFESSIONS,
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
        "status_change": translate("history", "Status change"),
        "caregiver_link": translate("history", "Caregiver link"),
        "emergency_event": translate("history", "Emergency report"),
        "emergency_person": translate("history", "Person involved"),
        "emergency_addendum": translate("history", "Addendum"),
        "supervision": translate("history", "Supervision"),
        "supervision_attendee": translate("history", "Supervision attendance"),
        "training_course": translate("history", "Training course"),
        "training_session": translate("history", "Training session"),
        "training_attendance": translate("history", "Training attendance"),
        "survey_answer": translate("history", "Survey answer"),
        "survey_interview": translate("history", "Survey interview"),
        "screening": translate("history", "Screening"),
    }
