"""Importing bundles at the project manager: verify everything, then merge in one transaction.

For each record the highest revision wins, so importing the same bundle again changes
nothing and bundles merge to the same result in any order. A site is accepted only once
its key's fingerprint is confirmed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import access
from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import chain_heads, envelope, keys, older_rows, project_key, row_rules, writes
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


MAX_JUMP = 1000
"""How far past the last bundle received a site's sequence number may be: a site writes
one bundle every few weeks, so a larger jump is a damaged or crafted number."""
MAX_PENDING = 50
FINGERPRINT = re.compile(r"[0-9A-F]{20}")

_pending: WeakKeyDictionary[Database, dict[str, KnownSite]] = WeakKeyDictionary()
"""Sites whose bundles were refused as not confirmed yet, kept in memory only (a refusal
writes nothing): the Exchange page lists them and confirming one stores it."""


def _check_site(db: Database, start: BundleStart, name: str) -> None:
    """Refuses a site whose key is not confirmed, or signed with another key than confirmed.

    Nothing is written: an unknown site is named in the refusal with its fingerprint, for
    ``sites confirm``, and kept in memory for the window's list of sites to confirm."""
    fingerprint = keys.fingerprint(keys.decode(start.verify_key))
    with db.reading() as session:
        known = session.scalars(select(KnownSite).where(KnownSite.code == start.site)).first()
    other_key = known is not None and (
        known.verify_key != start.verify_key if known.verify_key
        else known.fingerprint != fingerprint)  # fmt: skip
    if other_key:
        raise BundleRefused(translate(
            "exchange", "{file}: signed by a different key than site {site}'s confirmed key"
        ).format(file=name, site=start.site))  # fmt: skip
    if known is None or not known.confirmed:
        pending = _pending.setdefault(db, {})
        if start.site in pending or len(pending) < MAX_PENDING:
            pending[start.site] = KnownSite(code=start.site, name=start.site_name,
                                            verify_key=start.verify_key, fingerprint=fingerprint,
                                            confirmed=False)  # fmt: skip
        raise BundleRefused(translate(
            "exchange",
            "{file}: site {site} is not confirmed yet. Check its key fingerprint {fingerprint} with the site, then confirm it: on the Exchange page, \"Confirm the site's key…\"; on the command line, sites confirm {site} {fingerprint}",  # noqa: E501
        ).format(file=name, site=start.site, fingerprint=fingerprint))  # fmt: skip


def _learn_key(session: Session, start: BundleStart) -> None:
    """A site confirmed by fingerprint alone gets its key and name from its first bundle."""
    known = session.scalars(select(KnownSite).where(KnownSite.code == start.site)).one()
    if not known.verify_key:
        known.verify_key, known.name = start.verify_key, known.name or start.site_name


def confirm_site(db: Database, actor: Account, code: str, fingerprint: str) -> None:
    """Accepts a site's bundles from now on, once its fingerprint is confirmed.

    A site not seen by this program yet is stored with the fingerprint alone; its first
    bundle signed by a key with that fingerprint brings the key."""
    access.require(db, actor, Capability.MANAGE_SITE)
    wanted = fingerprint.replace("-", "").upper()
    mismatch = UserError(
        translate("exchange", "The fingerprint does not match site {site}'s key.").format(site=code)
    )
    if not envelope.SITE_CODE.fullmatch(code) or not FINGERPRINT.fullmatch(wanted):
        raise mismatch
    seen = _pending.get(db, {}).get(code)
    with db.transaction(actor.username) as session:
        known = session.scalars(select(KnownSite).where(KnownSite.code == code)).first()
        if known is None:
            grouped = "-".join(wanted[i : i + 4] for i in range(0, len(wanted), 4))
            known = KnownSite(code=code, name=seen.name if seen else "",
                              verify_key=seen.verify_key if seen else "",
                              fingerprint=seen.fingerprint if seen else grouped)  # fmt: skip
            session.add(known)
        if known.fingerprint.replace("-", "").upper() != wanted:
            raise mismatch
        known.confirmed = True
    _pending.get(db, {}).pop(code, None)


def _check_sequences(db: Database, starts: list[tuple[BundleStart, Path]]) -> None:
    """Refuses a sequence number further than MAX_JUMP past the site's last one."""
    with db.reading() as session:
        stmt = select(ReceivedBundle.site_code, func.max(ReceivedBundle.sequence))
        highest = {code: n for code, n in session.execute(stmt.group_by(ReceivedBundle.site_code))}
    for start, path in starts:
        last = highest.get(start.site) or 0
        if start.sequence > last + MAX_JUMP:
            refusal = translate(
                "exchange",
                "{file}: bundle number {n} of site {site} jumps more than {jump} past the "
                "last one received ({last})",
            )
            raise BundleRefused(
                refusal.format(
                    file=path.name, n=start.sequence, site=start.site, jump=MAX_JUMP, last=last
                )
            )
        highest[start.site] = max(last, start.sequence)


@dataclass(frozen=True)
class _Bundle:
    """One bundle being merged, and what its rows are held to."""

    path: Path
    start: BundleStart
    project_id: str | None
    earlier_missing: bool
    """Bundles of the site before this one have not arrived: they may hold the records
    its rows refer to, so a reference not found yet is left for them (``check`` says so)."""


def _merge(
    session: Session, private: bytes, bundle: _Bundle, receipt: ImportReceipt, offset: int
) -> dict[str, Any]:
    """Checks and writes the bundle's rows batch by batch; returns its checked manifest."""
    path, start = bundle.path, bundle.start
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
                file=path.name, tables=name[:40]))  # fmt: skip
        made = older_rows.split_supervisors(connection, start.schema, name, raw_rows)
        batches = [(name, raw_rows)] + ([("supervision_supervisor", made)] if made else [])
        for each, batch in batches:
            plan = row_plan(tables[each], connection.dialect)
            first = numbers.get(each, 0)
            numbers[each] = first + len(batch)
            checked = _checked(plan, batch, start.site, path.name, first)
            _write(connection, plan, checked, start.site, path.name, receipt)
            if not bundle.earlier_missing:
                _references_found(connection, plan, checked, path.name)
        del raw_rows, made, batches, checked  # one batch in memory at a time
        if receipt.progress is not None:
            receipt.progress(offset + position, receipt.total)
    if bundle.project_id is not None and manifest.get("project_id") != bundle.project_id:
        raise BundleRefused(translate("exchange", "{file}: made for another project").format(
            file=path.name))  # fmt: skip
    session.add(AuditEntry(
        username=session.info.get("user", "system"), action="merge", table_name="bundle",
        record_id=f"{start.site}#{start.sequence}"[:36],
        detail=json.dumps(manifest.get("counts", {}), sort_keys=True),
    ))  # fmt: skip
    return manifest


def _checked(plan: RowPlan, raw_rows: list[Any], site: str, name: str, first: int) -> list[Row]:
    """Every row of a batch checked, or the first bad one refused by its number: its
    values' types, then the rules the same record keeps when typed (``row_rules``)."""
    owner = plan.index("owner_site")
    rows: list[Row] = []
    today = date.today()
    for number, raw in enumerate(raw_rows, start=first + 1):
        try:
            if not isinstance(raw, dict):
                raise ValueError("not a record")
            values = plan.check(raw)
            broken = row_rules.problem(plan.table, raw, today)
            if broken is not None:
                raise ValueError(broken)
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


def _references_found(connection: Connection, plan: RowPlan, rows: list[Row], name: str) -> None:
    """Refuses rows that refer to a record neither here nor earlier in the import.

    Parents travel before their children (``travelling_models``), so a record the same
    bundle brings is written already when its children are checked."""
    for fk in plan.table.foreign_keys:
        index = plan.index(fk.parent.key)
        wanted = sorted({row[index] for row in rows if row[index] is not None})
        if not wanted:
            continue
        found = writes.existing(connection, fk.column.table, wanted)
        missing = [key for key in wanted if key not in found]
        if missing:
            raise BundleRefused(translate(
                "exchange", "{file}: {table}.{column} refers to {parent} {key}, which is "
                "neither here nor in the bundle").format(
                file=name, table=plan.table.name, column=fk.parent.key,
                parent=fk.column.table.name, key=missing[0]))  # fmt: skip


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
    bundle, not even the one being read, is imported. A refusal writes nothing, and
    neither does ``validate_only``.
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
        _check_site(db, start, path.name)
        starts.append((start, path))
    starts.sort(key=lambda item: (item[0].site, item[0].sequence))
    _check_sequences(db, starts)
    merging = _bundles(db, starts)
    receipt = ImportReceipt(validate_only=validate_only, progress=progress,
                            total=sum(path.stat().st_size for _, path in starts))  # fmt: skip
    if progress is not None:
        progress(0, receipt.total)  # a cancel pressed already stops before any write
    offset = 0
    try:
        with db.transaction(actor.username, merging=True) as session:
            kept_before = chain_heads.newest_id(session)
            for bundle in merging:
                start, path = bundle.start, bundle.path
                _learn_key(session, start)
                manifest = _merge(session, private, bundle, receipt, offset)
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


def _bundles(db: Database, starts: list[tuple[BundleStart, Path]]) -> list[_Bundle]:
    """The bundles in the order they merge, each knowing whether earlier ones are missing."""
    project_id = keys.load(db, keys.PROJECT_ID)
    with db.reading() as session:
        stmt = select(ReceivedBundle.site_code, ReceivedBundle.sequence)
        arrived: dict[str, set[int]] = {}
        for code, sequence in session.execute(stmt):
            arrived.setdefault(code, set()).add(sequence)
    made = []
    for start, path in starts:
        have = arrived.setdefault(start.site, set())
        earlier = sum(1 for n in have if n < start.sequence)
        gap = not start.full and earlier < start.sequence - 1
        made.append(_Bundle(path, start, project_id, gap))
        have.add(start.sequence)
    return made


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
    """Each site's bundles that have not arrived, e.g. "Maizidian: bundle 5 of 7 missing",
    a run of them as one line ("bundles 3-5 of 7 missing").

    ``site`` keeps to one site's bundles, for its receipt.
    """
    stmt = select(ReceivedBundle.site_code, ReceivedBundle.sequence)
    if site is not None:
        stmt = stmt.where(ReceivedBundle.site_code == site)
    with db.reading() as session:
        names = {
            code: name for code, name in session.execute(select(KnownSite.code, KnownSite.name))
        }
        received: dict[str, set[int]] = {}
        for code, sequence in session.execute(stmt):
            received.setdefault(code, set()).add(sequence)
    lines = []
    for code, sequences in sorted(received.items()):
        latest, name = max(sequences), names.get(code) or code
        for first, last in _gaps(sorted(sequences)):
            if first == last:
                line = translate("exchange", "{site}: bundle {n} of {total} missing").format(
                    site=name, n=first, total=latest)  # fmt: skip
            else:
                line = translate("exchange", "{site}: bundles {first}-{last} of {total} "
                                 "missing").format(site=name, first=first, last=last,
                                                   total=latest)  # fmt: skip
            lines.append(line)
    return lines


def _gaps(sequences: list[int]) -> list[tuple[int, int]]:
    """The runs of numbers missing before and between the sorted ``sequences``."""
    gaps, expected = [], 1
    for number in sequences:
        if number > expected:
            gaps.append((expected, number - 1))
        expected = number + 1
    return gaps


def received(db: Database, site: str | None = None) -> list[ReceivedBundle]:
    """The import receipts, newest first; ``site`` keeps to one site's."""
    stmt = select(ReceivedBundle).order_by(ReceivedBundle.id.desc())
    if site is not None:
        stmt = stmt.where(ReceivedBundle.site_code == site)
    with db.reading() as session:
        return list(session.scalars(stmt))


def known_sites(db: Database) -> list[KnownSite]:
    """Every site confirmed or seen, with its fingerprint and whether it is confirmed; a
    site whose bundle was refused for want of confirmation is listed (not stored) so it
    can be confirmed."""
    with db.reading() as session:
        stored = list(session.scalars(select(KnownSite).order_by(KnownSite.code)))
    codes = {known.code for known in stored}
    waiting = [k for code, k in _pending.get(db, {}).items() if code not in codes]
    return sorted([*stored, *waiting], key=lambda known: known.code)
