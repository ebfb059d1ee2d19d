"""The check every service makes before it works: may this account do this?

A refusal is written to the audit log (who, what was asked) in its own transaction, so a
peer trying to read diagnoses leaves a trace even though nothing else happened.
"""

from __future__ import annotations

from app.errors import UserError
from app.i18n import translate
from app.permissions import PERMISSIONS, Account, Capability
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


def _role_names() -> dict[str, str]:
    """Each account role as a person to ask, in the user's language."""
    return {
        "community_doctor": translate("access", "a community doctor"),
        "psychiatrist": translate("access", "a psychiatrist"),
        "clinical_psychologist": translate("access", "a clinical psychologist"),
        "social_worker": translate("access", "a social worker"),
        "research_assistant": translate("access", "a research assistant"),
        "peer": translate("access", "a peer"),
        "project_manager": translate("access", "the project manager"),
    }


def who_may(capability: Capability) -> str:
    """Whom to ask for work this account may not do, in the user's language; the project
    manager is named only when nobody at the site may do it."""
    names = _role_names()
    at_site = [names[r] for r, granted in PERMISSIONS.items()
               if capability in granted and r != "project_manager"]  # fmt: skip
    people = at_site or [names["project_manager"]]
    joined = translate("access", ", ").join(people[:-1])
    listed = (
        translate("access", "{some} or {last}").format(some=joined, last=people[-1])
        if joined
        else people[0]
    )
    return translate("access", "Ask {who} to {what}.").format(who=listed, what=_what(capability))


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
