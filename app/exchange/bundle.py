"""Writing a site's bundle and opening one at the project manager.

A bundle file is MAGIC followed by a libsodium sealed box (to the project's public key)
holding a small header (site code and name, the site's verify key) and the signed, gzip'd
JSON payload: the manifest (format, schema revision, site, sequence, time range, counts,
digest) and the rows. Anything that does not check out is refused with its reason.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import func, select

from app.errors import UserError
from app.exchange import keys
from app.exchange.rows import to_json, travelling_models
from app.i18n import translate
from app.services.site import require_installation
from db.base import utc_now
from db.database import Database
from db.migrate import head_revision
from db.models import ExportRecord

MAGIC = b"PSBUNDLE1\n"
FORMAT = "peer-support-bundle/1"


@dataclass(frozen=True)
class Bundle:
    """An opened, verified bundle."""

    site: str
    site_name: str
    verify_key: str
    manifest: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]


class BundleRefused(UserError):
    """A bundle that cannot be taken, with the reason; nothing was changed."""


def digest_of(rows: dict[str, list[dict[str, Any]]]) -> str:
    """The SHA-256 of the rows in canonical JSON, as the manifest records it."""
    canonical = json.dumps(rows, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def export_bundle(
    db: Database, out: Path, full: bool = False, user: str = "system"
) -> dict[str, Any]:
    """Writes every travelling row changed since the last export (or all, if full)."""
    installation = require_installation(db)
    signing_text = keys.load(db, keys.SITE_SIGNING)
    project_text = keys.load(db, keys.PROJECT_PUBLIC)
    if signing_text is None or project_text is None:
        raise UserError(
            translate(
                "exchange",
                "This site has no project keys: set it up with init --project PROJECT_FILE.",
            )
        )
    with db.reading() as session:
        last = session.scalars(select(ExportRecord).order_by(ExportRecord.sequence.desc())).first()
        since = None if full or last is None else last.high_water
        rows: dict[str, list[dict[str, Any]]] = {}
        newest = since
        for model in travelling_models():
            stmt = select(model).order_by(model.updated_at, model.id)
            if since is not None:
                stmt = stmt.where(model.updated_at > since)
            found = [to_json(r) for r in session.scalars(stmt)]
            if found:
                rows[model.__tablename__] = found
                top = session.scalar(
                    select(func.max(model.updated_at)).where(model.id.in_([r["id"] for r in found]))
                )
                newest = max(filter(None, [newest, top]), default=None)
    sequence = (last.sequence if last else 0) + 1
    manifest = {
        "format": FORMAT,
        "schema": head_revision(),
        "site": installation.site_code,
        "site_name": installation.site_name,
        "sequence": sequence,
        "full": full,
        "created_at": utc_now().isoformat(),
        "from": since.isoformat() if since else None,
        "to": newest.isoformat() if newest else None,
        "counts": {table: len(found) for table, found in rows.items()},
        "digest": digest_of(rows),
        "project_id": keys.load(db, keys.PROJECT_ID),
    }
    payload = gzip.compress(
        json.dumps({"manifest": manifest, "rows": rows}, ensure_ascii=False).encode("utf-8"),
        mtime=0,
    )
    signing = SigningKey(keys.decode(signing_text))
    header = json.dumps(
        {
            "site": installation.site_code,
            "site_name": installation.site_name,
            "verify_key": keys.encode(bytes(signing.verify_key)),
        }
    ).encode()
    inner = struct.pack(">I", len(header)) + header + signing.sign(payload)
    sealed = SealedBox(PublicKey(keys.decode(project_text))).encrypt(inner)
    _write_atomically(out, MAGIC + sealed)
    with db.transaction(user) as session:
        session.add(
            ExportRecord(
                sequence=sequence,
                high_water=newest,
                row_count=sum(manifest["counts"].values()),
                full=full,
                file_name=out.name,
            )
        )
    return manifest


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def export_history(db: Database) -> list[ExportRecord]:
    """Every bundle this site wrote, newest first."""
    with db.reading() as session:
        return list(session.scalars(select(ExportRecord).order_by(ExportRecord.sequence.desc())))


def open_bundle(data: bytes, private_key: bytes, name: str) -> Bundle:
    """Decrypts, checks the signature and the manifest; refuses anything that is not right."""

    def refuse(reason: str) -> BundleRefused:
        text = translate("exchange", "{file}: {reason}")
        return BundleRefused(text.format(file=name, reason=reason))

    if not data.startswith(MAGIC):
        raise refuse(translate("exchange", "not a bundle file of this application"))
    try:
        inner = SealedBox(PrivateKey(private_key)).decrypt(data[len(MAGIC) :])
    except CryptoError:
        reason = (
            "cannot be opened with this project's key: changed, cut short, or for another project"
        )
        raise refuse(translate("exchange", reason)) from None
    try:
        (size,) = struct.unpack(">I", inner[:4])
        header = json.loads(inner[4 : 4 + size])
        verify_key = VerifyKey(keys.decode(header["verify_key"]))
        payload = verify_key.verify(inner[4 + size :])
    except BadSignatureError:
        raise refuse(translate("exchange", "the site's signature does not match")) from None
    except (ValueError, KeyError, TypeError, struct.error) as error:
        raise refuse(
            translate("exchange", "damaged header ({reason})").format(reason=error)
        ) from None
    try:
        content = json.loads(gzip.decompress(payload))
        manifest, rows = content["manifest"], content["rows"]
    except (OSError, ValueError, KeyError, TypeError, EOFError) as error:
        raise refuse(
            translate("exchange", "damaged content ({reason})").format(reason=error)
        ) from None
    if manifest.get("format") != FORMAT:
        raise refuse(
            translate("exchange", "unknown bundle format {value!r}").format(
                value=manifest.get("format")
            )
        )
    if manifest.get("site") != header.get("site"):
        raise refuse(translate("exchange", "the manifest names another site"))
    if digest_of(rows) != manifest.get("digest"):
        raise refuse(translate("exchange", "the rows do not match the manifest's digest"))
    counts = {table: len(found) for table, found in rows.items()}
    if counts != manifest.get("counts"):
        raise refuse(translate("exchange", "the rows do not match the manifest's counts"))
    return Bundle(header["site"], header.get("site_name", ""), header["verify_key"], manifest, rows)


def created_at(manifest: dict[str, Any]) -> datetime:
    """When the bundle was written."""
    return datetime.fromisoformat(manifest["created_at"])
