"""Writing a site's bundle and reading one at the project manager, as streams.

The stream (``app.exchange.stream``) carries, in order: a start record (format, schema,
site, sequence), records of up to BATCH rows of one table (the column names once, then
each row as its values in that order), and a final record holding
the manifest (counts, time range, digest of everything before it) and the site's
signature of the manifest. A reader checks each record as it comes and the signature and
digest at the end; anything that does not check out is refused with its reason.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    String,
    Time,
    func,
    select,
    type_coerce,
)

from app import access
from app.errors import UserError
from app.exchange import keys
from app.exchange.envelope import checked_end, checked_rows, checked_start
from app.exchange.rows import travelling_models
from app.exchange.stream import (
    StreamError,
    StreamWriter,
    fits,
    read_envelope,
    read_records,
)
from app.i18n import translate
from app.permissions import Account, Capability
from app.services.site import require_installation
from db.base import UTCDateTime, utc_now
from db.database import Database
from db.files import replaced_when_done
from db.migrate import head_revision
from db.models import ExportRecord

FORMAT = "peer-support-bundle/3"
"""What is written: each rows record names its columns once and holds each row as an array
of values in that order (no keys repeated in every row: less JSON to make and to read)."""
MAPPINGS_FORMAT = "peer-support-bundle/2"
"""Each row a mapping of column to value: still read, from sites not upgraded yet."""
BATCH = 500
AHEAD = 2
"""Batches read and waiting to be written: the export's memory stays a few batches."""


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
    format: str = FORMAT
    """Which shape its rows records have (``FORMAT`` or ``MAPPINGS_FORMAT``)."""


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
    """Writes the rows changed since ``since`` in batches; returns the counts and the newest.

    A batch is encoded, compressed, encrypted and written on a second thread while the
    next is read: both wait mostly outside Python (SQLite, zlib, libsodium, the disk), so
    the export takes little longer than its reading. At most ``AHEAD`` batches wait."""
    counts: dict[str, int] = {}
    newest = since
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bundle-writer")
    pending: deque[Future[int]] = deque()
    try:
        with db.reading() as session:
            statements = []
            for model in travelling_models():
                stmt = _plain_rows(model).order_by(model.updated_at, model.id)
                if since is not None:
                    stmt = stmt.where(model.updated_at > since)
                statements.append((model, stmt))
            total = sum(session.scalar(_count(model, since)) or 0 for model, _ in statements)
            done = 0
            progress(done, total)
            connection = session.connection()  # Core rows: no ORM layer between
            for model, stmt in statements:
                table = model.__tablename__
                keys, dated = _json_columns(model)
                stamp = keys.index("updated_at")
                result = connection.execute(stmt.execution_options(yield_per=BATCH))
                for rows in result.partitions(BATCH):
                    batch = [_as_json(dated, row) for row in rows]
                    latest = datetime.fromisoformat(max(row[stamp] for row in batch))
                    newest = latest if newest is None else max(newest, latest)
                    pending.append(pool.submit(_write_batch, writer, digest, counts, table,
                                               keys, batch))  # fmt: skip
                    while len(pending) > AHEAD:
                        done += pending.popleft().result()
                        progress(done, total)
        while pending:
            done += pending.popleft().result()
            progress(done, total)
    finally:
        pool.shutdown(cancel_futures=True)  # a failed or cancelled export writes no more
    return counts, newest


def _count(model: Any, since: datetime | None) -> Any:
    """How many of a model's rows travel: counted on the table, not on the export's select
    (whose order SQLite would otherwise make only to count them)."""
    stmt = select(func.count()).select_from(model)
    return stmt if since is None else stmt.where(model.updated_at > since)


def _columns(model: Any) -> list[tuple[str, Any]]:
    """A model's columns by key in sorted order: the order of a rows record's "columns" and
    of each row's values, the same for every site."""
    return sorted(model.__mapper__.columns.items(), key=lambda item: item[0])


def _plain_rows(model: Any) -> Any:
    """A select of a model's columns as plain tuples, named as ``to_json`` names them: no
    ORM object is made for a row on its way into a bundle. Dates, times and timestamps come
    as the database gives them (SQLite's text, PostgreSQL's objects), for ``_as_json`` to
    put as ISO text: slicing SQLite's text in Python costs less than SQLite making it."""
    columns = []
    for key, column in _columns(model):
        columns.append(column.label(key) if _kind(column) is None
                       else type_coerce(column, String).label(key))  # fmt: skip
    return select(*columns)


def _kind(column: Any) -> str | None:
    """"utc", "date" or "time" for a column ``_as_json`` converts, else None."""
    if isinstance(column.type, UTCDateTime):
        return "utc"
    if isinstance(column.type, DateTime):
        raise TypeError(f"{column} keeps no time zone: store timestamps as UTCDateTime")
    if isinstance(column.type, Date):
        return "date"
    if isinstance(column.type, Time):
        return "time"
    return None


def _json_columns(model: Any) -> tuple[list[str], list[tuple[int, Callable[[Any], str]]]]:
    """A model's column keys, and how to make ISO text of its dates, times and stamps."""
    columns = _columns(model)
    keys = [key for key, _ in columns]
    convert = {"utc": _utc_iso, "date": _date_iso, "time": _time_iso}
    dated = [(n, convert[kind]) for n, (_, column) in enumerate(columns)
             if (kind := _kind(column)) is not None]  # fmt: skip
    return keys, dated


def _utc_iso(value: Any) -> str:
    """A stored UTC timestamp as ``datetime.isoformat`` gives it, time zone included.
    SQLite's text ("2024-01-02 03:04:05.000006") is rewritten without parsing it."""
    if isinstance(value, str) and len(value) == 26 and value[10] == " " and value[19] == ".":
        fraction = "" if value.endswith(".000000") else value[19:]
        return f"{value[:10]}T{value[11:19]}{fraction}+00:00"
    stamp = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return stamp.replace(tzinfo=UTC).isoformat()


def _date_iso(value: Any) -> str:
    if isinstance(value, str) and len(value) == 10:
        return value
    return (value if isinstance(value, date) else date.fromisoformat(value)).isoformat()


def _time_iso(value: Any) -> str:
    if isinstance(value, str) and len(value) == 15 and value[8] == ".":
        return value[:8] if value.endswith(".000000") else value
    return (value if isinstance(value, time) else time.fromisoformat(value)).isoformat()


def _as_json(dated: list[tuple[int, Callable[[Any], str]]], row: Any) -> list[Any]:
    """One row's values as ``to_json`` makes them: dates, times and timestamps as ISO text."""
    values = list(row)
    for n, convert in dated:
        if values[n] is not None:
            values[n] = convert(values[n])
    return values


def _write_batch(
    writer: StreamWriter,
    digest: Any,
    counts: dict[str, int],
    table: str,
    columns: list[str],
    rows: list[Sequence[Any]],
) -> int:
    """Writes one batch of a table's rows (each its values in ``columns``' order) and counts
    them; returns how many.

    A batch of long texts is written in halves until each is well within what a reader
    takes (``stream.fits``), so an honest bundle is never refused for its size."""
    plain = _encode_rows(table, columns, rows, table in _nested_tables())
    if len(rows) > 1 and not fits(plain, share=0.5):
        half = len(rows) // 2
        return _write_batch(writer, digest, counts, table, columns, rows[:half]) + _write_batch(
            writer, digest, counts, table, columns, rows[half:])  # fmt: skip
    digest.update(writer.write_plain(plain))
    counts[table] = counts.get(table, 0) + len(rows)
    return len(rows)


@cache
def _nested_tables() -> frozenset[str]:
    """The travelling tables with a JSON column: values that are mappings themselves."""
    return frozenset(model.__tablename__ for model in travelling_models()
                     if any(isinstance(c.type, JSON) for c in model.__mapper__.columns))


def _encode_rows(table: str, columns: list[str], rows: list[Sequence[Any]], nested: bool) -> bytes:
    """A batch as ``stream.encode`` makes it: the record's keys are put in sorted order and a
    row (tuple or list) is an array, so JSON sorts only where a value is itself a mapping
    (``nested``: a JSON column), as the canonical digest needs."""
    return json.dumps({"columns": columns, "kind": "rows", "rows": rows, "table": table},
                      ensure_ascii=False, sort_keys=nested).encode("utf-8")  # fmt: skip


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
        return BundleStart(**checked_start(envelope, start, (FORMAT, MAPPINGS_FORMAT)))
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
                table, rows = checked_rows(record, start.format == MAPPINGS_FORMAT)
                counts[table] = counts.get(table, 0) + len(rows)
                yield table, rows, handle.tell()
                del plain, record, rows  # one batch in memory at a time
    except (StreamError, ValueError) as error:
        raise _refused(path.name, str(error)) from None
    except OSError as error:
        raise UserError(f"{path.name}: {error.strerror}") from None
    raise _refused(path.name, translate("exchange", "cannot be opened: the file is cut short"))


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
    if manifest.get("format") != start.format:
        raise _refused(name, translate("exchange", "the manifest names another format"))
