"""What each account role may see and do at a site.

Peers plan and log sessions, take attendance and report emergencies, but do not see
diagnoses, screening details or contact details. Community doctors and the other
professionals see and do everything at the site; the project manager sees the merged,
cross-site views.
"""

from __future__ import annotations

from enum import Enum


class Capability(Enum):
    """Things a screen or service may need permission for."""

    PLAN_SESSIONS = "plan_sessions"
    LOG_SESSIONS = "log_sessions"
    REPORT_EMERGENCIES = "report_emergencies"
    ACKNOWLEDGE_EMERGENCIES = "acknowledge_emergencies"
    SEE_CLINICAL = "see_clinical"
    SEE_CONTACTS = "see_contacts"
    MANAGE_PEOPLE = "manage_people"
    RECORD_SUPERVISION = "record_supervision"
    RECORD_TRAINING = "record_training"
    RECORD_SURVEYS = "record_surveys"
    MANAGE_ACCOUNTS = "manage_accounts"
    SEE_ALL_SITES = "see_all_sites"
    EXCHANGE = "exchange"
    SEE_REPORTS = "see_reports"


_PEER = {
    Capability.PLAN_SESSIONS,
    Capability.LOG_SESSIONS,
    Capability.REPORT_EMERGENCIES,
}
_PROFESSIONAL = set(Capability) - {Capability.SEE_ALL_SITES}
_GRANTS: dict[str, set[Capability]] = {
    "peer": _PEER,
    "community_doctor": _PROFESSIONAL,
    "psychiatrist": _PROFESSIONAL - {Capability.MANAGE_ACCOUNTS, Capability.EXCHANGE},
    "clinical_psychologist": _PROFESSIONAL - {Capability.MANAGE_ACCOUNTS, Capability.EXCHANGE},
    "social_worker": _PROFESSIONAL - {Capability.MANAGE_ACCOUNTS, Capability.EXCHANGE},
    "project_manager": set(Capability),
}


def can(role: str, capability: Capability) -> bool:
    """Whether an account with the role has the capability; unknown roles have none."""
    return capability in _GRANTS.get(role, set())


def require(role: str, capability: Capability) -> None:
    """Refuses, with a clear message, what the role may not do or see."""
    from app.errors import UserError
    from app.i18n import translate

    if not can(role, capability):
        raise UserError(translate("permissions", "Your account may not do or see this."))
