"""How each role sees participants' names, and the form of name the site chooses for peers.

Roles that may see contact details (SEE_CONTACTS) see full names. Peers, who lead the
sessions and tick who came, see names in the form the site chooses: the full name, or the
given name with the family name's initial; never bare codes. Other roles (a research
assistant) see codes only. A community doctor chooses the form in Preferences; it is kept
with the program's settings, and the window hands it here when someone signs in
(``use_site_form``), as it hands over the interface language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from app import access
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from db.database import Database

FULL = "full"
GIVEN_AND_INITIAL = "given_initial"
FORMS = (FULL, GIVEN_AND_INITIAL)
DEFAULT = GIVEN_AND_INITIAL
"""Until a doctor chooses, peers see the shorter form."""

COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "钟离",
        "端木",
        "百里",
        "南宫",
        "西门",
        "独孤",
        "申屠",
        "万俟",
        "闻人",
        "澹台",
        "公冶",
        "太史",
        "赫连",
        "呼延",
        "拓跋",
    ]
)
"""Two-character family names, so 欧阳小明 reads as 小明 with the initial 欧."""

_CJK = re.compile(r"[\u3400-\u9fff]")
K = TypeVar("K")

_site_form = DEFAULT


def use_site_form(form: str) -> None:
    """Makes the site's stored choice the one in force (an unknown value: the default)."""
    global _site_form
    _site_form = form if form in FORMS else DEFAULT


def site_form() -> str:
    """The form in force for peers."""
    return _site_form


def form_labels() -> dict[str, str]:
    """Each form as Preferences offers it, in the user's language."""
    return {
        FULL: translate("name_forms", "Full name (王小明)"),
        GIVEN_AND_INITIAL: translate("name_forms", "Given name and initial (小明（王）)"),
    }


def may_choose(actor: Account) -> bool:
    """Whether the account may choose the site's form (whoever changes the site's settings)."""
    return actor.can(Capability.MANAGE_SITE)


def choose(db: Database, actor: Account, form: str) -> str:
    """Puts the form in force for the site, for a community doctor; returns it to store."""
    access.require(db, actor, Capability.MANAGE_SITE)
    if form not in FORMS:
        raise UserError(translate("name_forms", "There is no name form {form}.").format(form=form))
    use_site_form(form)
    return form


def sees_names(actor: Account) -> bool:
    """Whether the account sees participants' names in some form (else their codes only)."""
    return actor.can(Capability.SEE_CONTACTS) or actor.can(Capability.LOG_SESSIONS)


def short_name(name: str) -> str:
    """The given name and the family name's initial: "Anna Smith" as "Anna S.", 王小明 as
    小明（王）, 欧阳小明 as 小明（欧）; a single word stays as it is."""
    name = name.strip()
    if _CJK.match(name) and " " not in name:
        family = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
        given = name[family:]
        return f"{given}（{name[0]}）" if given else name
    parts = name.split()
    if len(parts) < 2:
        return name
    return f"{' '.join(parts[:-1])} {parts[-1][0]}."


def shown_name(actor: Account, name: str) -> str:
    """A participant's name as this account sees it; "" when it sees codes only."""
    if not name or not sees_names(actor):
        return ""
    if actor.can(Capability.SEE_CONTACTS) or _site_form == FULL:
        return name
    return short_name(name)


def shown_names(actor: Account, names: Mapping[K, str]) -> dict[K, str]:
    """Names by key as this account sees them; none when it sees codes only."""
    if not sees_names(actor):
        return {}
    return {key: shown for key, name in names.items() if (shown := shown_name(actor, name))}
