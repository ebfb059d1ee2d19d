"""The check every service makes before it works: may this account do this?

A refusal is written to the audit log (who, what was asked) in its own transaction, so a
peer trying to read diagnoses leaves a trace even though nothing else happened.
"""

from __future__ import annotations

from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from db.base import utc_now
from db.database import Database
from db.models import AuditEntry


def _what(capability: Capability) -> str:
    """What the capability allows, in the user's language."""
    return {
        Capability.PLAN_SESSIONS: translate("access", "plan sessions"),
        Capability.LOG_SESSIONS: translate("access", "log sessions"),
        Capability.REPORT_EMERGENCIES: translate("access", "report emergencies"),
        Capability.ACKNOWLEDGE_EMERGENCIES: translate("access", "acknowledge emergency reports"),
        Capability.MANAGE_PEOPLE: translate("access", "enrol, screen or change participants"),
        Capability.SEE_CLINICAL: translate("access", "see clinical details"),
        Capability.SEE_CONTACTS: translate("access", "see names and contact details"),
        Capability.RECORD_SUPERVISION: translate("access", "record supervision"),
        Capability.RECORD_TRAINING: translate("access", "record training"),
        Capability.RECORD_SURVEYS: translate("access", "record survey answers"),
        Capability.EXPORT_BUNDLE: translate("access", "export a bundle"),
        Capability.IMPORT_BUNDLE: translate("access", "import bundles"),
        Capability.SEE_REPORTS: translate("access", "see reports"),
        Capability.MANAGE_ACCOUNTS: translate("access", "manage accounts"),
        Capability.RESTORE_BACKUP: translate("access", "restore a backup"),
        Capability.WITHDRAW_CONSENT: translate("access", "record a consent withdrawal"),
        Capability.MANAGE_SITE: translate("access", "change the site's settings"),
        Capability.SEE_ALL_SITES: translate("access", "see every site's records"),
    }[capability]


def refusal(capability: Capability) -> UserError:
    """The message for an account whose role lacks the capability."""
    what = _what(capability)
    return UserError(translate("access", "Your account may not {what}.").format(what=what))


def require(db: Database, actor: Account, capability: Capability) -> None:
    """Refuses what the actor's role lacks, noting the refusal in the audit log."""
    if actor.can(capability):
        return
    with db.transaction(actor.username) as session:
        session.add(AuditEntry(at=utc_now(), username=actor.username, action="access_refused",
                               table_name="user_account", record_id=actor.username[:36],
                               detail=capability.value))  # fmt: skip
    raise refusal(capability)
