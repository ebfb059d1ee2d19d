"""The values of the hand-over sheets: a site's key fingerprint and a site's import receipt.

Read here and handed to ``printouts.exchange_sheets`` as plain strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.errors import UserError
from app.exchange import chain_heads, keys, merge
from app.i18n import translate
from db.database import Database
from db.models import KnownSite

if TYPE_CHECKING:
    from printouts.spec import FormSpec


def _both(zh: str, en: str, language: str) -> str:
    return en if language == "en" else f"{zh} {en}"


def _is_project(db: Database) -> bool:
    installation = db.installation()
    return installation is not None and installation.kind == "project"


def _known(db: Database, site_code: str | None) -> KnownSite:
    if not site_code:
        raise UserError(translate("printing", "Name the site with --id CODE."))
    for known in merge.known_sites(db):
        if known.code == site_code:
            return known
    raise UserError(
        translate("exchange", "No bundle from site {site} has arrived yet.").format(site=site_code)
    )


def site_key_sheet(db: Database, site_code: str | None, language: str) -> FormSpec:
    """At a site, its own key; at the project manager, the key a site's bundles came with."""
    from printouts.exchange_sheets import site_key_sheet as sheet

    installation = db.installation()
    if installation is None:
        raise UserError(translate("exchange", "Set this database up first (init)."))
    if _is_project(db):
        known = _known(db, site_code)
        state = (_both("已确认", "confirmed", language) if known.confirmed
                 else _both("尚未确认", "not yet confirmed", language))  # fmt: skip
        return sheet(installation.site_name, f"{known.code} {known.name}".strip(),
                     known.fingerprint, state, at_project=True)  # fmt: skip
    fingerprint = keys.site_fingerprint(db)
    if fingerprint is None:
        raise UserError(
            translate(
                "exchange", "This site has no key yet: set it up with the project file first."
            )
        )
    state = _both("本站点的密钥", "this site's key", language)
    return sheet(installation.site_name, f"{installation.site_code} {installation.site_name}",
                 fingerprint, state, at_project=False)  # fmt: skip


def receipt_sheet(db: Database, site_code: str | None, language: str) -> FormSpec:
    """The project manager's receipt of every bundle imported from one site."""
    from printouts.exchange_sheets import receipt_sheet as sheet

    if not _is_project(db):
        raise UserError(translate("exchange", "Receipts are printed at the project manager."))
    known = _known(db, site_code)
    rows = [
        (str(r.sequence), r.imported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
         str(r.row_count), r.digest[:16])
        for r in sorted(merge.received(db, known.code), key=lambda r: r.sequence)
    ]  # fmt: skip
    installation = db.installation()
    site_name = installation.site_name if installation else ""
    return sheet(site_name, f"{known.code} {known.name}".strip(), rows,
                 _missing(known, {int(r[0]) for r in rows}, language),
                 chain_heads.site_flags(db, known.code))  # fmt: skip


def _missing(known: KnownSite, arrived: set[int], language: str) -> list[str]:
    """Each bundle not arrived below the latest, in the receipt's language(s)."""
    latest = max(arrived, default=0)
    site = known.name or known.code
    return [
        _both(f"{site}：第 {n} 个数据包未收到（共 {latest} 个）",
              f"{site}: bundle {n} of {latest} missing", language)
        for n in sorted(set(range(1, latest + 1)) - arrived)
    ]  # fmt: skip
