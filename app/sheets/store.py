"""Page images kept with their records: an encrypted store in a folder beside the database.

Each saved page is two files named by a random key: ``.meta`` (which record, form and
page, who saved it and when, the marks as confirmed) and ``.image`` (the straightened
page as JPEG, and its free-text areas as PNG). Both are sealed with PyNaCl's SecretBox
under a key derived from the database key, so they are as unreadable as the database
without it; a database that is not encrypted keeps its images as plainly as its rows.
A re-key (``rewrap``) seals them again under the new key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import UserError
from app.i18n import translate
from db.database import Database
from db.files import write_bytes

SUFFIX = ".sheets"
PLAIN, SEALED = b"P1", b"S1"


@dataclass(frozen=True)
class StoredPage:
    """One page image saved with its record."""

    key: str
    code: str
    form: str
    page: int
    record_key: str
    saved_at: datetime
    username: str
    marks: dict[str, str]
    areas: tuple[str, ...]


def folder_of(db: Database) -> Path:
    """The store's folder: beside the database file, named after it."""
    if db.file is None:
        raise UserError(
            translate(
                "sheets",
                "Page images are kept beside a database file; this database is on a server.",
            )
        )
    return db.file.with_name(db.file.name + SUFFIX)


def _box(key: bytes | None) -> object | None:
    if key is None:
        return None
    from nacl.secret import SecretBox

    return SecretBox(hashlib.blake2b(key, digest_size=32, person=b"sheet-images").digest())


def _seal(db_key: bytes | None, data: bytes) -> bytes:
    box = _box(db_key)
    return PLAIN + data if box is None else SEALED + bytes(box.encrypt(data))  # type: ignore[attr-defined]


def _open(db_key: bytes | None, data: bytes) -> bytes:
    if data[:2] == PLAIN:
        return data[2:]
    box = _box(db_key)
    if data[:2] != SEALED or box is None:
        raise UserError(translate("sheets", "A stored page image cannot be opened."))
    from nacl.exceptions import CryptoError

    try:
        return bytes(box.decrypt(data[2:]))  # type: ignore[attr-defined]
    except CryptoError as error:
        raise UserError(translate("sheets", "A stored page image cannot be opened.")) from error


def save_page(
    db: Database,
    username: str,
    head: dict[str, object],
    image: bytes,
    areas: dict[str, bytes],
) -> str:
    """Keeps a page image and its free-text areas; ``head`` names its record, form, page
    and confirmed marks. Returns the stored page's key."""
    folder = folder_of(db)
    folder.mkdir(mode=0o700, exist_ok=True)
    key = secrets.token_hex(8)
    meta = dict(
        head, saved_at=datetime.now(UTC).isoformat(), username=username, areas=sorted(areas)
    )
    parts = {
        "image": base64.b64encode(image).decode(),
        "areas": {n: base64.b64encode(a).decode() for n, a in areas.items()},
    }
    write_bytes(folder / f"{key}.image", _seal(db.key, json.dumps(parts).encode()))
    write_bytes(folder / f"{key}.meta", _seal(db.key, json.dumps(meta).encode()))
    return key


_READ: dict[Path, dict[str, tuple[tuple[int, int], StoredPage]]] = {}
"""Pages already read, by folder and file name, with the file's (mtime, size) then: a
record's detail asks for its pages each time it is shown, and opening every page's file
each time took 90 ms at 2,000 pages kept."""


def saved_pages(db: Database) -> list[StoredPage]:
    """Every page kept, oldest first. A file is read again only when it changed."""
    if db.file is None:
        return []
    folder = folder_of(db)
    if not folder.is_dir():
        return []
    known = _READ.get(folder, {})
    now: dict[str, tuple[tuple[int, int], StoredPage]] = {}
    for path in folder.glob("*.meta"):
        info = path.stat()
        stamp = (info.st_mtime_ns, info.st_size)
        seen = known.get(path.name)
        now[path.name] = seen if seen is not None and seen[0] == stamp else (
            stamp, _read_meta(db, path))  # fmt: skip
    _READ[folder] = now
    return sorted((page for _, page in now.values()), key=lambda p: p.saved_at)


def _read_meta(db: Database, path: Path) -> StoredPage:
    meta = json.loads(_open(db.key, path.read_bytes()))
    return StoredPage(
        path.stem,
        meta["code"],
        meta["form"],
        int(meta["page"]),
        meta["record_key"],
        datetime.fromisoformat(meta["saved_at"]),
        meta["username"],
        dict(meta["marks"]),
        tuple(meta["areas"]),
    )


def pages_of(db: Database, record_key: str) -> list[StoredPage]:
    """The pages kept with one record."""
    return [p for p in saved_pages(db) if p.record_key == record_key]


def image_of(db: Database, key: str) -> tuple[bytes, dict[str, bytes]]:
    """A kept page's image (JPEG) and its free-text areas (PNG, by name)."""
    data = json.loads(_open(db.key, (folder_of(db) / f"{key}.image").read_bytes()))
    areas = {n: base64.b64decode(a) for n, a in data["areas"].items()}
    return base64.b64decode(data["image"]), areas


def rewrap(folder: Path, old: bytes | None, new: bytes | None) -> None:
    """Seals every kept file again under a new database key (after a re-key)."""
    if not folder.is_dir():
        return
    for path in [*folder.glob("*.meta"), *folder.glob("*.image")]:
        write_bytes(path, _seal(new, _open(old, path.read_bytes())))
