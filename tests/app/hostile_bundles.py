"""Crafted bundles for the hostile-input tests: real structure, signed with a real site key.

A good bundle of a confirmed site is opened with the project's key into its parts (the
envelope, the start record, the batches of rows, the manifest); a case changes a part and
``craft`` writes it again: sealed to the project, the manifest's digest and counts made
anew and signed by the site's own key, so only the change itself can be refused.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import sqlite3
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from app.exchange import keys, stream
from app.exchange.bundle import MAPPINGS_FORMAT, _canonical
from app.exchange.stream import StreamWriter, read_envelope, read_records


@dataclass
class Parts:
    """A bundle taken apart, to be changed and written again by ``craft``."""

    envelope: dict[str, Any]
    start: dict[str, Any]
    batches: list[dict[str, Any]]
    manifest: dict[str, Any]
    resign: bool = True
    """Make the manifest's digest and counts match the batches and sign it anew."""
    signature: Any = None
    end_extra: dict[str, Any] = field(default_factory=dict)
    raw_records: list[bytes] | None = None
    """Records' plain bytes written as they are, instead of the batches (JSON bombs)."""
    trailing: bytes = b""


def take_apart(data: bytes, private: bytes) -> Parts:
    """A bundle's parts, read with the project's private key."""
    handle = io.BytesIO(data)
    envelope = read_envelope(handle, private)
    records = [value for _plain, value, _final in read_records(handle, envelope)]
    for name in ("stream_key", "stream_header"):
        envelope.pop(name)
    start, *batches, end = records
    return Parts(envelope, start, batches, end["manifest"])


def craft(parts: Parts, project_public: bytes, signing: SigningKey) -> bytes:
    """The parts written as a bundle file's bytes."""
    out = io.BytesIO()
    writer = StreamWriter(out, project_public, parts.envelope)
    digest = hashlib.sha256(writer.write(parts.start))
    counts: dict[str, int] = {}
    if parts.raw_records is not None:
        for plain in parts.raw_records:
            digest.update(_write_raw(writer, plain))
    for batch in parts.batches:
        digest.update(writer.write(batch))
        if isinstance(batch.get("rows"), list) and isinstance(batch.get("table"), str):
            counts[batch["table"]] = counts.get(batch["table"], 0) + len(batch["rows"])
    manifest = copy.deepcopy(parts.manifest)
    if parts.resign:
        manifest.update(counts=counts, digest=digest.hexdigest())
    signature = parts.signature
    if signature is None:
        signature = base64.b64encode(signing.sign(_canonical(manifest)).signature).decode()
    writer.write({"kind": "end", "manifest": manifest, "signature": signature,
                  **parts.end_extra}, final=True)  # fmt: skip
    return out.getvalue() + parts.trailing


def batch_of(parts: Parts, table: str) -> dict[str, Any]:
    """The first rows record of a table."""
    return next(b for b in parts.batches if b.get("table") == table)


def put(batch: dict[str, Any], column: str, value: Any, row: int = 0) -> None:
    """One row's value of a column, by the column's name; a column the batch lacks is added
    (None in its other rows)."""
    columns = batch["columns"]
    if column not in columns:
        columns.append(column)
        for values in batch["rows"]:
            values.append(None)
    batch["rows"][row][columns.index(column)] = value


def as_mappings(parts: Parts) -> Parts:
    """The parts as a site not upgraded yet writes them: format /2, each row a mapping."""
    old = copy.deepcopy(parts)
    old.start["format"] = old.manifest["format"] = MAPPINGS_FORMAT
    for batch in old.batches:
        columns = batch.pop("columns")
        batch["rows"] = [dict(zip(columns, row, strict=True)) for row in batch["rows"]]
    return old


def _write_raw(writer: StreamWriter, plain: bytes) -> bytes:
    import nacl.bindings as sodium

    cipher = sodium.crypto_secretstream_xchacha20poly1305_push(
        writer.state, zlib.compress(plain, 9), None, stream.TAG_MESSAGE
    )
    writer.handle.write(stream.LENGTH.pack(len(cipher)) + cipher)
    return plain


def with_length_claim(data: bytes, claim: int) -> bytes:
    """The bundle with its first chunk's length prefix replaced (the sealed envelope's)."""
    at = len(stream.MAGIC)
    return data[:at] + struct.pack(">I", claim) + data[at + 4 :]


def snapshot(path: Path) -> str:
    """A digest of everything the database holds, to tell whether a refusal changed it."""
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


Case = Callable[[Parts], None]


def site_key(db: Any) -> SigningKey:
    """A site database's own signing key."""
    text = keys.load(db, keys.SITE_SIGNING)
    assert text is not None
    return SigningKey(keys.decode(text))
