"""Who may do what: the one table of permissions, and the account that acts.

Every service that reads clinical details or writes anything takes the acting account and
asks ``app.access.require`` before it works; the window and the command line only use
``can`` to choose which controls to show. Peers plan and log sessions and report
emergencies, but see no diagnoses, screening details or contact details. Community doctors
run the site, including its accounts; the other professionals support the service but do
not manage accounts, bundles, backups or withdrawals. A research assistant records survey
answers and reads the aggregate report. The project manager runs the hub.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Capability(Enum):
    """The actions the permission table grants, one per kind of work."""

    PLAN_SESSIONS = "plan_sessions"
    LOG_SESSIONS = "log_sessions"
    REPORT_EMERGENCIES = "report_emergencies"
    ACKNOWLEDGE_EMERGENCIES = "acknowledge_emergencies"
    MANAGE_PEOPLE = "manage_people"
    """Enrol and screen, change status, caregivers, consent forms."""
    SEE_CLINICAL = "see_clinical"
    """Diagnoses, screening details and individual-level outputs."""
    SEE_CONTACTS = "see_contacts"
    RECORD_SUPERVISION = "record_supervision"
    RECORD_TRAINING = "record_training"
    RECORD_SURVEYS = "record_surveys"
    EXPORT_BUNDLE = "export_bundle"
    IMPORT_BUNDLE = "import_bundle"
    SEE_REPORTS = "see_reports"
    MANAGE_ACCOUNTS = "manage_accounts"
    RESTORE_BACKUP = "restore_backup"
    WITHDRAW_CONSENT = "withdraw_consent"
    MANAGE_SITE = "manage_site"
    """Communities served, the activity library, joining a project, confirming sites."""
    SEE_ALL_SITES = "see_all_sites"


C = Capability
_PEER = frozenset({C.PLAN_SESSIONS, C.LOG_SESSIONS, C.REPORT_EMERGENCIES})
_SUPPORTING = frozenset({
    C.PLAN_SESSIONS, C.LOG_SESSIONS, C.REPORT_EMERGENCIES, C.ACKNOWLEDGE_EMERGENCIES,
    C.MANAGE_PEOPLE, C.SEE_CLINICAL, C.SEE_CONTACTS, C.RECORD_SUPERVISION,
    C.RECORD_TRAINING, C.RECORD_SURVEYS, C.SEE_REPORTS,
})  # fmt: skip
_DOCTOR = _SUPPORTING | {C.EXPORT_BUNDLE, C.MANAGE_ACCOUNTS, C.RESTORE_BACKUP,
                         C.WITHDRAW_CONSENT, C.MANAGE_SITE}  # fmt: skip
_RESEARCH = frozenset({C.RECORD_SURVEYS, C.SEE_REPORTS})

PERMISSIONS: dict[str, frozenset[Capability]] = {
    "peer": _PEER,
    "community_doctor": _DOCTOR,
    "psychiatrist": _SUPPORTING,
    "clinical_psychologist": _SUPPORTING,
    "social_worker": _SUPPORTING,
    "research_assistant": _RESEARCH,
    "project_manager": frozenset(Capability),
}
"""Role → what it may do. The test suite walks every cell of this table."""


@dataclass(frozen=True)
class Account:
    """The signed-in user, handed to every service that checks permissions."""

    username: str
    display_name: str
    role: str
    staff_code: str | None = None
    person_code: str | None = None
    must_change_password: bool = False
    """Set at sign-in after a reset: the user chooses a new password before anything else."""

    def can(self, capability: Capability) -> bool:
        """Whether this account's role grants the capability."""
        return can(self.role, capability)


def can(role: str, capability: Capability) -> bool:
    """Whether an account with the role has the capability; unknown roles have none."""
    return capability in PERMISSIONS.get(role, frozenset())


SYSTEM = Account("system", "system", "community_doctor")
"""The account the demo and the migrations act as; nothing a person does runs as it."""


def require(role: str, capability: Capability) -> None:
    """Temporary bridge for callers not yet moved to ``app.access.require`` (issue 17).

    Refuses what the role lacks, without the audit entry; the services helper's branch
    removes every caller, and this function with them.
    """
    if not can(role, capability):
        from app.access import refusal

        raise refusal(capability)
