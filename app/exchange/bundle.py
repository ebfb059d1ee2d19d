"""Writing a site's bundle and reading one at the project manager, as streams.

The stream (``app.exchange.stream``) carries, in order: a start record (format, schema,
site, sequence), records of up to BATCH rows of one table, and a final record holding
the manifest (counts, time range, digest of everything before it) and the site's
signature of the manifest. A reader checks each record as it comes and the signature and
digest at the end; anything that does not check out is refused with its reason.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import func, select

from app import access
from app.errors import UserError
from app.exchange import keys
from app.exchange.envelope import checked_end, checked_start
from app.exchange.rows import to_json, travelling_models
from app.exchange.stream import (
    StreamError,
    StreamWriter,
    encode,
    fits,
    read_envelope,
    read_records,
)
from app.i18n import translate
from app.permissions import Account, Capability
from app.services.site import require_installation
from db.base import utc_now
from db.database import Database
from db.files import replaced_when_done
from db.migrate import head_revision
from db.models import ExportRecord

FORMAT = "peer-support-bundle/2"
BATCH = 500


class BundleRefused(UserError):
    """A bundle that cannot be taken, with the reason; nothing was changed."""


@dataclass(frozen=True)
class BundleStart:
    """What a bundle says about itself before its rows: enough to order and trust it."""

    site: str
    site_name: str
    verify_key: str
    schema: str
    sequence: int
    full: bool = False


def export_bundle(
    db: Database,
    actor: Account,
    out: Path,
    full: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Writes every travelling row changed since the last export (or all, if full).

    The file is in place before the export is recorded: a bundle written but never
    recorded (a power cut in between) is made again under the same number, and the
    project manager merges both, so nothing is lost and no number goes missing.
    ``progress`` is told the rows written out of the total; if it raises (the user
    cancelled), the partial file is removed and the export is not recorded.
    """
    access.require(db, actor, Capability.EXPORT_BUNDLE)
    installation = require_installation(db)
    signing_text = keys.load(db, keys.SITE_SIGNING)
    project_text = keys.load(db, keys.PROJECT_PUBLIC)
    if signing_text is None or project_text is None:
        raise UserError(
            translate(
                "exchange",
                "This site has not joined a project: join with the project file from the "
                "project manager (Exchange › Join a project…, or site join --project FILE).",
            )
        )
    from app.exchange import chain_heads

    signing = SigningKey(keys.decode(signing_text))
    with db.reading() as session:
        last = session.scalars(select(ExportRecord).order_by(ExportRecord.sequence.desc())).first()
        chain = chain_heads.for_manifest(session)
    since = None if full or last is None else last.high_water
    sequence = (last.sequence if last else 0) + 1
    start = {"kind": "start", "format": FORMAT, "schema": head_revision(),
             "site": installation.site_code, "sequence": sequence, "full": full}  # fmt: skip
    with replaced_when_done(out) as partial:  # a cancelled or failed export leaves no file
        manifest, newest = _write_file(db, partial, signing, keys.decode(project_text),
                                       installation.site_name, start, since,
                                       progress or _unwatched, chain)  # fmt: skip
    with db.transaction(actor.username) as session:
        rows = sum(manifest["counts"].values())
        session.add(ExportRecord(sequence=sequence, high_water=newest, row_count=rows,
                                 full=full, file_name=out.name,
                                 audit_count=chain["count"] if chain else None))  # fmt: skip
    return manifest


def _write_file(
    db: Database,
    path: Path,
    signing: SigningKey,
    project_key: bytes,
    site_name: str,
    start: dict[str, Any],
    since: datetime | None,
    progress: Callable[[int, int], None],
    chain: dict[str, Any] | None,
) -> tuple[dict[str, Any], datetime | None]:
    """Writes the whole bundle to ``path``; returns its manifest and the newest change.

    The manifest carries the site's audit chain head (``chain_heads``), so the project
    manager holds each site's heads."""
    with open(path, "wb") as handle:
        writer = StreamWriter(handle, project_key, {
            "site": start["site"], "site_name": site_name,
            "verify_key": keys.encode(bytes(signing.verify_key)),
        })  # fmt: skip
        digest = hashlib.sha256(writer.write(start))
        counts, newest = _write_rows(db, writer, digest, since, progress)
        manifest = {
            "format": FORMAT, "schema": start["schema"], "site": start["site"],
            "site_name": site_name, "sequence": start["sequence"], "full": start["full"],
            "created_at": utc_now().isoformat(),
            "from": since.isoformat() if since else None,
            "to": newest.isoformat() if newest else None,
            "counts": counts, "digest": digest.hexdigest(),
            "project_id": keys.load(db, keys.PROJECT_ID), "audit": chain,
        }  # fmt: skip
        signature = signing.sign(_canonical(manifest)).signature
        writer.write({"kind": "end", "manifest": manifest,
                      "signature": base64.b64encode(signature).decode()}, final=True)  # fmt: skip
        handle.flush()
        os.fsync(handle.fileno())
    return manifest, newest


def _unwatched(_done: int, _total: int) -> None:
    """The progress of an export nobody watches."""


def _write_rows(
    db: Database,
    writer: StreamWriter,
    digest: Any,
    since: datetime | None,
    progress: Callable[[int, int], None],
) -> tuple[dict[str, int], datetime | None]:
    """Writes the rows changed since ``since`` in batches; returns the counts and the newest."""
    counts: dict[str, int] = {}
    newest = since
    with db.reading() as session:
        statements = []
        for model in travelling_models():
            stmt = select(model).order_by(model.updated_at, model.id)
            if since is not None:
                stmt = stmt.where(model.updated_at > since)
            statements.append((model.__tablename__, stmt))
        total = sum(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
                    for _, stmt in statements)  # fmt: skip
        done = 0
        progress(done, total)
        for table, stmt in statements:
            batch: list[dict[str, Any]] = []
            for row in session.scalars(stmt.execution_options(yield_per=BATCH)):
                newest = row.updated_at if newest is None else max(newest, row.updated_at)
                batch.append(to_json(row))
                if len(batch) == BATCH:
                    done += _write_batch(writer, digest, counts, table, batch)
                    progress(done, total)
                    batch = []
            if batch:
                done += _write_batch(writer, digest, counts, table, batch)
                progress(done, total)
            session.expunge_all()
    return counts, newest


def _write_batch(
    writer: StreamWriter, digest: Any, counts: dict[str, int], table: str, rows: list[Any]
) -> int:
    """Writes one batch of a table's rows and counts them; returns how many.

    A batch of long texts is written in halves until each is well within what a reader
    takes (``stream.fits``), so an honest bundle is never refused for its size."""
    plain = encode(_rows(table, rows))
    if len(rows) > 1 and not fits(plain, share=0.5):
        half = len(rows) // 2
        return _write_batch(writer, digest, counts, table, rows[:half]) + _write_batch(
            writer, digest, counts, table, rows[half:])  # fmt: skip
    digest.update(writer.write_plain(plain))
    counts[table] = counts.get(table, 0) + len(rows)
    return len(rows)


def _rows(table: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"kind": "rows", "table": table, "rows": rows}


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def export_history(db: Database) -> list[ExportRecord]:
    """Every bundle this site wrote, newest first."""
    with db.reading() as session:
        return list(session.scalars(select(ExportRecord).order_by(ExportRecord.sequence.desc())))


def _refused(name: str, reason: str) -> BundleRefused:
    return BundleRefused(translate("exchange", "{file}: {reason}").format(file=name, reason=reason))


def peek(path: Path, private_key: bytes) -> BundleStart:
    """Reads a bundle's envelope and start record only, to order and trust it before merging.

    Every field is checked for its type and size here, so nothing later meets a list
    where a number belongs."""
    try:
        with open(path, "rb") as handle:
            envelope = read_envelope(handle, private_key)
            _plain, start, _final = next(read_records(handle, envelope))
        return BundleStart(**checked_start(envelope, start, FORMAT))
    except (StreamError, ValueError) as error:
        raise _refused(path.name, str(error)) from None
    except OSError as error:
        raise UserError(f"{path.name}: {error.strerror}") from None


def read_rows(
    path: Path, private_key: bytes, start: BundleStart
) -> Generator[tuple[str, list[dict[str, Any]], int], None, dict[str, Any]]:
    """Each batch of rows (table, rows, bytes read so far); returns the checked manifest.

    The signature, digest and counts are checked after the last batch, so a caller that
    writes as it reads must do so inside a transaction it rolls back on refusal.
    """
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    try:
        with open(path, "rb") as handle:
            envelope = read_envelope(handle, private_key)
            for number, (plain, record, final) in enumerate(read_records(handle, envelope)):
                if final:
                    _check_end(path.name, record, start, digest.hexdigest(), counts)
                    return dict(record["manifest"])
                digest.update(plain)
                if number == 0:
                    continue  # the start record, checked by ``peek``
                table, rows = _batch(record)
                counts[table] = counts.get(table, 0) + len(rows)
                yield table, rows, handle.tell()
                del plain, record, rows  # one batch in memory at a time
    except (StreamError, ValueError) as error:
        raise _refused(path.name, str(error)) from None
    except OSError as error:
        raise UserError(f"{path.name}: {error.strerror}") from None
    raise _refused(path.name, translate("exchange", "cannot be opened: the file is cut short"))


def _batch(record: dict[str, Any]) -> tuple[str, list[Any]]:
    """A rows record's table and rows; anything else in the middle of a bundle is refused."""
    table, rows = record.get("table"), record.get("rows")
    if record.get("kind") != "rows" or not isinstance(table, str) or not isinstance(rows, list):
        raise ValueError(translate("exchange", "damaged content ({reason})").format(
            reason="a record that is not a batch of rows"))  # fmt: skip
    return table, rows


def _check_end(
    name: str, record: dict[str, Any], start: BundleStart, digest: str, counts: dict[str, int]
) -> None:
    manifest, signature = checked_end(record)
    try:
        VerifyKey(keys.decode(start.verify_key)).verify(_canonical(manifest), signature)
    except (BadSignatureError, ValueError):
        raise _refused(name, translate("exchange", "the site's signature does not match")) from None
    if manifest["digest"] != digest:
        raise _refused(name, translate("exchange", "the rows do not match the manifest's digest"))
    if manifest["counts"] != counts:
        raise _refused(name, translate("exchange", "the rows do not match the manifest's counts"))
    if manifest["site"] != start.site or manifest["sequence"] != start.sequence:
        raise _refused(name, translate("exchange", "the manifest names another site"))
    if manifest["schema"] != start.schema:
        raise _refused(name, translate("exchange", "the manifest names another schema"))
