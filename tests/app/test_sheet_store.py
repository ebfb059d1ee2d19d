"""Page images kept beside the database: sealed under its key, and sealed again on a re-key."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.errors import UserError
from app.sheets import store

HEAD = {"code": "S-1A2B3C4D", "form": "attendance", "page": 1, "record_key": "k1",
        "marks": {"Sign or tick|C1": "ticked"}}  # fmt: skip
IMAGE = b"\xff\xd8\xff\xe0JFIF page image"


def test_images_are_sealed_and_reseal_under_a_new_key(tmp_path: Path) -> None:
    """Nothing of a page is readable in its files; it opens with the database key, and
    after a re-key with the new key only."""
    db = SimpleNamespace(file=tmp_path / "site.sqlite", key=os.urandom(32))
    key = store.save_page(db, "li", HEAD, IMAGE, {"Notes": b"\x89PNG notes"})  # type: ignore[arg-type]
    raw = b"".join(p.read_bytes() for p in store.folder_of(db).iterdir())  # type: ignore[arg-type]
    assert b"JFIF" not in raw and b"S-1A2B3C4D" not in raw and b"PNG" not in raw
    [page] = store.pages_of(db, "k1")  # type: ignore[arg-type]
    assert (page.code, page.username, page.areas) == ("S-1A2B3C4D", "li", ("Notes",))
    assert store.image_of(db, key) == (IMAGE, {"Notes": b"\x89PNG notes"})  # type: ignore[arg-type]
    old, db.key = db.key, os.urandom(32)
    store.rewrap(store.folder_of(db), old, db.key)  # type: ignore[arg-type]
    assert store.image_of(db, key)[0] == IMAGE  # type: ignore[arg-type]
    db.key = old
    with pytest.raises(UserError):
        store.image_of(db, key)  # type: ignore[arg-type]


def test_pages_listed_follow_their_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A record's pages are listed from what was read before while their files stay as
    they were; a page saved, changed or removed since shows at once."""
    db = SimpleNamespace(file=tmp_path / "site.sqlite", key=os.urandom(32))
    first = store.save_page(db, "li", HEAD, IMAGE, {})  # type: ignore[arg-type]
    assert [p.key for p in store.pages_of(db, "k1")] == [first]  # type: ignore[arg-type]
    opened = []
    real_open = store._open
    monkeypatch.setattr(store, "_open", lambda key, data: opened.append(1) or real_open(key, data))
    assert [p.key for p in store.pages_of(db, "k1")] == [first]  # type: ignore[arg-type]
    assert opened == []
    second = store.save_page(db, "wang", HEAD | {"page": 2}, IMAGE, {})  # type: ignore[arg-type]
    pages = store.pages_of(db, "k1")  # type: ignore[arg-type]
    assert [(p.key, p.page) for p in pages] == [(first, 1), (second, 2)]
    meta = store.folder_of(db) / f"{first}.meta"  # type: ignore[arg-type]
    # written over where it is, as a re-key does, now naming another record
    meta.write_bytes(store._seal(db.key, (
        b'{"code": "S-1A2B3C4D", "form": "attendance", "page": 1, "record_key": "k2", '
        b'"saved_at": "2026-12-01T08:00:00+00:00", "username": "li", "marks": {}, "areas": []}')))
    assert [p.key for p in store.pages_of(db, "k1")] == [second]  # type: ignore[arg-type]
    assert [p.key for p in store.pages_of(db, "k2")] == [first]  # type: ignore[arg-type]
    (store.folder_of(db) / f"{second}.meta").unlink()  # type: ignore[arg-type]
    assert store.pages_of(db, "k1") == []  # type: ignore[arg-type]
