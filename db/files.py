"""Writing a file so that a crash, an error or a cancel never leaves half of it under its name."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_when_done(path: Path) -> Iterator[Path]:
    """A partial file beside ``path`` for the block to write, renamed over ``path`` when the
    block ends; if the block raises (a cancel, a full disk), the partial file is removed
    and an earlier file at ``path`` stays whole."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        yield partial
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
