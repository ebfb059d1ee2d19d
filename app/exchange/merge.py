"""Importing bundles at the project manager: verify everything, then merge in one transaction.

For each record the highest revision wins, so importing the same bundle again changes
nothing and bundles merge to the same result in any order. A site is accepted only once
its key's fingerprint is confirmed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import access
from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import chain_heads, keys, project_key, writes
from app.exchange.bundle import BundleRefused, BundleStart
from app.exchange.rows import RowPlan, row_plan, travelling_models
from app.exchange.writes import Row
from app.i18n import translate
from app.permissions import Account, Capability
from db.database import Database
from db.migrate import alembic_config
from db.models import AuditEntry, KnownSite, ReceivedBundle


@dataclass
class ImportReceipt:
    """What an import did (or, validating only, would do)."""

    bundles: list[tuple[str, int]] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    validate_only: bool = False
    total: int = 0
    progress: Callable[[int, int], None] | None = None
    audit_flags: list[str] = field(default_factory=list)
    """These bundles' sites whose audit log went backwards or forked in them (``chain_heads``)."""

    def summary(self) -> str:
        """One line per fact, for the command line and the screen."""
        done = (
            translate("exchange", "Would import")
            if self.validate_only
            else translate("exchange", "Imported")
        )
        names = ", ".join(f"{site} #{sequence}" for site, sequence in self.bundles)
        line = translate(
            "exchange", "{done} {names}: {new} new, {updated} updated, {unchanged} unchanged."
        ).format(
            done=done, names=names, new=self.new, updated=self.updated, unchanged=self.unchanged
        )
        if not self.audit_flags:
            return line
        warning = translate("exchange", "Warning: check these sites' audit logs:")
        return "\n".join([line, warning, *self.audit_flags])


@cache
def _known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app knows (read from disk once)."""
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(r.revision for r in script.walk_revisions())


def _schema_known(revision: str) -> bool:
    return revision in _known_revisions()


def _check_site(db: Database, actor: Account, start: BundleStart, name: str) -> None:
    """Registers a new site (unconfirmed) and refuses unconfirmed or changed keys."""
    fingerprint = keys.fingerprint(keys.decode(start.verify_key))
    with db.transaction(actor.username) as session:
        known = session.scalars(select(KnownSite).where(KnownSite.code == start.site)).first()
        if known is None:
            session.add(
                KnownSite(
                    code=start.site,
                    name=start.site_name,
                    verify_key=start.verify_key,
                    fingerprint=fingerprint,
                )
            )
    if known is not None and known.verify_key != start.verify_key:
        raise BundleRefused(translate(
            "exchange", "{file}: signed by a different key than site {site}'s confirmed key"
        ).format(file=name, site=start.site))  # fmt: skip
    if known is None or not known.confirmed:
        raise BundleRefused(translate(
            "exchange",
            "{file}: site {site} is not confirmed yet. Check its key fingerprint {fingerprint} with the site, then run: python main.py sites confirm {site} {fingerprint}",  # noqa: E501
        ).format(file=name, site=start.site, fingerprint=fingerprint))  # fmt: skip


def confirm_site(db: Database, actor: Account, code: str, fingerprint: str) -> None:
    """Accepts a site's bundles from now on, once its fingerprint is confirmed."""
    access.require(db, actor, Capability.MANAGE_SITE)
    with db.transaction(actor.username) as session:
        known = session.scalars(select(KnownSite).where(KnownSite.code == code)).first()
        if known is None:
            raise UserError(
                translate("exchange", "No bundle from site {site} has arrived yet.").format(
                    site=code
                )
            )
        if known.fingerprint.replace("-", "").upper() != fingerprint.replace("-", "").upper():
            raise UserError(
                translate("exchange", "The fingerprint does not match site {site}'s key.").format(
                    site=code
                )
            )
        known.confirmed = True


def _merge(
    session: Session,
    path: Path,
    private: bytes,
    start: BundleStart,
    receipt: ImportReceipt,
    offset: int,
) -> dict[str, Any]:
    """Checks and writes the bundle's rows batch by batch; returns its checked manifest."""
    tables = {m.__tablename__: m.__table__ for m in travelling_models()}
    connection = session.connection()
    numbers: dict[str, int] = {}
    reader = bundles.read_rows(path, private, start)
    while True:
        try:
            name, raw_rows, position = next(reader)
        except StopIteration as finished:
            manifest: dict[str, Any] = finished.value
            break
        table = tables.get(name)
        if table is None:
            raise BundleRefused(translate("exchange", "{file}: unknown tables {tables}").format(
                file=path.name, tables=name))  # fmt: skip
        plan = row_plan(table, connection.dialect)
        first = numbers.get(name, 0)
        numbers[name] = first + len(raw_rows)
        checked = _checked(plan, raw_rows, start.site, path.name, first)
        _write(connection, plan, checked, start.site, path.name, receipt)
        del raw_rows, checked  # one batch in memory at a time
        if receipt.progress is not None:
            receipt.progress(offset + position, receipt.total)
    session.add(AuditEntry(
        username=session.info.get("user", "system"), action="merge", table_name="bundle",
        record_id=f"{start.site}#{start.sequence}"[:36],
        detail=json.dumps(manifest.get("counts", {}), sort_keys=True),
    ))  # fmt: skip
    return manifest


def _checked(plan: RowPlan, raw_rows: list[Any], site: str, name: str, first: int) -> list[Row]:
    """Every row of a batch checked, or the first bad one refused by its number."""
    owner = plan.index("owner_site")
    rows: list[Row] = []
    for number, raw in enumerate(raw_rows, start=first + 1):
        try:
            if not isinstance(raw, dict):
                raise ValueError("not a record")
            values = plan.check(raw)
        except ValueError as error:
            raise BundleRefused(
                translate("exchange", "{file}: {table} row {n}: {reason}").format(
                    file=name, table=plan.table.name, n=number, reason=error
                )
            ) from None
        if values[owner] != site:
            raise BundleRefused(translate(
                "exchange", "{file}: {table} row {n} belongs to site {owner}, not {site}"
            ).format(file=name, table=plan.table.name, n=number, owner=values[owner],
                     site=site))  # fmt: skip
        rows.append(values)
    return rows


def _write(
    connection: Connection,
    plan: RowPlan,
    rows: list[Row],
    site: str,
    name: str,
    receipt: ImportReceipt,
) -> None:
    """Inserts rows not here yet and updates those with a higher revision than here."""
    key, revision = plan.index("id"), plan.index("revision")
    here = writes.existing(connection, plan.table, [row[key] for row in rows])
    if any(owner != site for _, owner in here.values()):
        raise BundleRefused(
            translate("exchange", "{file}: holds records that belong to another site").format(
                file=name
            )
        )
    fresh = [row for row in rows if row[key] not in here]
    newer = [row for row in rows if row[key] in here and row[revision] > here[row[key]][0]]
    if newer and writes.has_unique_code(plan.table):
        code = plan.index("code")
        writes.release_codes(connection, plan.table, {row[key]: row[code] for row in newer})
    writes.insert_statement(plan.table, connection.dialect).run(connection, fresh)
    writes.update_statement(plan.table, connection.dialect).run(connection, newer)
    receipt.new += len(fresh)
    receipt.updated += len(newer)
    receipt.unchanged += len(rows) - len(fresh) - len(newer)


def import_bundles(
    db: Database,
    actor: Account,
    paths: list[Path],
    validate_only: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReceipt:
    """Checks every bundle, then merges them all in one transaction (or none).

    Bundles are read as streams, batch by batch, so memory stays flat however large they
    are; a bundle found wrong at its end rolls back everything. ``progress`` is told the
    bytes read out of the bundles' total size; if it raises (``Cancelled``: the user
    stopped), the transaction rolls back and the exception goes on to the caller, so no
    bundle, not even the one being read, is imported.
    """
    access.require(db, actor, Capability.IMPORT_BUNDLE)
    installation = db.installation()
    private = project_key.private_key(db)
    if installation is None or installation.kind != "project" or private is None:
        raise UserError(translate("exchange",
            "Bundles are imported at the project manager: run project create first."))  # fmt: skip
    starts = []
    for path in paths:
        start = bundles.peek(path, private)
        if not _schema_known(start.schema):
            raise BundleRefused(translate(
                "exchange",
                "{file} was made by a newer version of the application; update the application first.",  # noqa: E501
            ).format(file=path.name))  # fmt: skip
        _check_site(db, actor, start, path.name)
        starts.append((start, path))
    starts.sort(key=lambda item: (item[0].site, item[0].sequence))
    receipt = ImportReceipt(validate_only=validate_only, progress=progress,
                            total=sum(path.stat().st_size for _, path in starts))  # fmt: skip
    if progress is not None:
        progress(0, receipt.total)  # a cancel pressed already stops before any write
    offset = 0
    try:
        with db.transaction(actor.username, merging=True) as session:
            kept_before = chain_heads.newest_id(session)
            for start, path in starts:
                manifest = _merge(session, path, private, start, receipt, offset)
                offset += path.stat().st_size
                receipt.bundles.append((start.site, start.sequence))
                _receipt_row(session, start, manifest)
                chain_heads.keep(session, start.site, start.sequence, manifest, path.name)
            session.flush()
            for site in sorted({site for site, _ in receipt.bundles}):
                receipt.audit_flags += chain_heads.flags(session, site, after=kept_before)
            if validate_only:
                raise _DryRun
    except _DryRun:
        pass
    except IntegrityError as error:
        raise BundleRefused(
            translate(
                "exchange",
                "The bundles conflict with records already here ({reason}); nothing was imported.",
            ).format(reason=error.orig)
        ) from None
    return receipt


def _receipt_row(session: Session, start: BundleStart, manifest: dict[str, Any]) -> None:
    stmt = select(ReceivedBundle).where(
        ReceivedBundle.site_code == start.site, ReceivedBundle.sequence == start.sequence
    )
    seen = session.scalars(stmt).first()
    if seen is None:
        session.add(ReceivedBundle(site_code=start.site, sequence=start.sequence,
                                   digest=str(manifest.get("digest", "")),
                                   row_count=sum(manifest.get("counts", {}).values())))  # fmt: skip


class _DryRun(Exception):
    """Rolls the transaction back after a validate-only import."""


def missing_bundles(db: Database, site: str | None = None) -> list[str]:
    """Each site's bundles that have not arrived, e.g. "Maizidian: bundle 5 of 7 missing".

    ``site`` keeps to one site's bundles, for its receipt.
    """
    stmt = select(ReceivedBundle.site_code, ReceivedBundle.sequence)
    if site is not None:
        stmt = stmt.where(ReceivedBundle.site_code == site)
    with db.reading() as session:
        names = dict(session.execute(select(KnownSite.code, KnownSite.name)).all())
        received: dict[str, set[int]] = {}
        for code, sequence in session.execute(stmt):
            received.setdefault(code, set()).add(sequence)
    lines = []
    for code, sequences in sorted(received.items()):
        latest = max(sequences)
        for gap in sorted(set(range(1, latest + 1)) - sequences):
            lines.append(
                translate("exchange", "{site}: bundle {n} of {total} missing").format(
                    site=names.get(code) or code, n=gap, total=latest
                )
            )
    return lines


def received(db: Database, site: str | None = None) -> list[ReceivedBundle]:
    """The import receipts, newest first; ``site`` keeps to one site's."""
    stmt = select(ReceivedBundle).order_by(ReceivedBundle.id.desc())
    if site is not None:
        stmt = stmt.where(ReceivedBundle.site_code == site)
    with db.reading() as session:
        return list(session.scalars(stmt))


def known_sites(db: Database) -> list[KnownSite]:
    """Every site that has sent a bundle, with its fingerprint and whether it is confirmed."""
    with db.reading() as session:
        return list(session.scalars(select(KnownSite).order_by(KnownSite.code)))
