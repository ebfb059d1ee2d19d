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
