"""Every table of the service record; importing this package registers them all."""

from db.models.accounts import UserAccount
from db.models.audit import AuditEntry
from db.models.community import Community, Installation
from db.models.drafts import Draft
from db.models.emergencies import EmergencyAddendum, EmergencyEvent, EmergencyPerson
from db.models.exchange import (
    AuditHeadSeen,
    ExchangeKey,
    ExportRecord,
    KnownSite,
    ReceivedBundle,
)
from db.models.history import RecordVersion
from db.models.library import ActivityTemplate
from db.models.needs import NeedsInterview
from db.models.people import (
    CaregiverLink,
    Consent,
    Contact,
    Enrolment,
    Person,
    Screening,
    StaffMember,
    StatusChange,
)
from db.models.printed import PrintedSheet
from db.models.sessions import ActivitySession, Attendance, SessionPeer
from db.models.supervision import Supervision, SupervisionAttendee, SupervisionSupervisor
from db.models.surveys import SurveyAnswer, SurveyInterview
from db.models.training import TrainingAttendance, TrainingCourse, TrainingSession

__all__ = [
    "ActivitySession",
    "ActivityTemplate",
    "Attendance",
    "AuditEntry",
    "AuditHeadSeen",
    "CaregiverLink",
    "Community",
    "Consent",
    "Contact",
    "Draft",
    "EmergencyAddendum",
    "EmergencyEvent",
    "EmergencyPerson",
    "Enrolment",
    "ExchangeKey",
    "ExportRecord",
    "Installation",
    "KnownSite",
    "NeedsInterview",
    "Person",
    "PrintedSheet",
    "ReceivedBundle",
    "RecordVersion",
    "Screening",
    "SessionPeer",
    "StaffMember",
    "StatusChange",
    "Supervision",
    "SupervisionAttendee",
    "SupervisionSupervisor",
    "SurveyAnswer",
    "SurveyInterview",
    "TrainingAttendance",
    "TrainingCourse",
    "TrainingSession",
    "UserAccount",
]
