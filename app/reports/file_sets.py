"""Writing a set of files that belong together (the SPSS files of one report): every file
is written beside its name first, and only when all are whole are they renamed into place,
so a failure leaves no partial set and earlier files as they were."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from db.files import create_owner_only, sync_folder


@contextmanager
def replaced_together(paths: list[Path]) -> Iterator[list[Path]]:
    """Partial files for the block to write, synced and renamed over ``paths`` together."""
    partials = [p.with_name(p.name + ".partial") for p in paths]
    try:
        for partial in partials:
            partial.unlink(missing_ok=True)
            create_owner_only(partial)
        yield partials
        for partial in partials:
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
        for partial, path in zip(partials, paths, strict=True):
            os.replace(partial, path)
    except BaseException:
        for partial in partials:
            with suppress(OSError):
                partial.unlink(missing_ok=True)
        raise
    with suppress(OSError):
        for folder in {p.parent for p in paths}:
            sync_folder(folder)
