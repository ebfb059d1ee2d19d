"""The cells of a CSV file as Chinese Excel writes it, read a line at a time.

Excel saves "CSV UTF-8" with a byte-order mark and plain "CSV" in the Windows code page,
which on Chinese Windows is GBK (read here as its superset GB18030). The encoding is found
by one pass over the bytes (which also takes the file's digest) before any line is read,
so a file of any size is read in bounded memory: a line longer than ``MAX_LINE_BYTES`` is
refused instead of being held.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from app.errors import UserError
from app.i18n import translate

CHUNK = 1 << 20
MAX_LINE_BYTES = 1 << 20
"""No roster line is a megabyte long; a longer one is a wrong file, not a roster."""
ENCODINGS = ("utf-8-sig", "gb18030")


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except OSError as error:
        raise UserError(
            translate("imports", "Cannot read {file}: {reason}").format(
                file=path, reason=error.strerror
            )
        ) from None


def scan(path: Path) -> tuple[str, str]:
    """The file's encoding and SHA-256, from one pass over its bytes; refuses binary files
    and text in neither encoding."""
    decoders = {name: codecs.getincrementaldecoder(name)() for name in ENCODINGS}
    digest = hashlib.sha256()
    with _open(path) as handle:
        while chunk := handle.read(CHUNK):
            if b"\x00" in chunk:
                raise UserError(
                    translate("imports", "{file} is not a text file.").format(file=path.name)
                )
            digest.update(chunk)
            for name, decoder in list(decoders.items()):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    del decoders[name]
        for name, decoder in list(decoders.items()):
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                del decoders[name]
    if not decoders:
        raise UserError(
            translate(
                "imports", "{file}: the text encoding is not understood; save it as CSV UTF-8."
            ).format(file=path.name)
        )
    return next(iter(decoders)), digest.hexdigest()


def cells(
    path: Path, encoding: str, progress: Callable[[int], None]
) -> Iterator[tuple[int, list[str]]]:
    """Each record of the file (its first line's number, its cells), the header first;
    ``progress`` is told the bytes read so far."""
    with _open(path) as handle:
        reader = csv.reader(_lines(path, handle, encoding, progress))
        try:
            for values in reader:
                yield reader.line_num, values
        except csv.Error as error:
            raise UserError(
                translate("imports", "{file}, line {line}: {reason}").format(
                    file=path.name, line=reader.line_num, reason=error
                )
            ) from None


def _lines(
    path: Path, handle: BinaryIO, encoding: str, progress: Callable[[int], None]
) -> Iterator[str]:
    """The file's lines as text. A line end's byte (\\n) is never part of a character in
    UTF-8 or GB18030, so the bytes may be split there before decoding."""
    decoder = codecs.getincrementaldecoder(encoding)()
    read, number = 0, 0
    while line := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES:
            raise UserError(
                translate("imports", "{file}, line {line}: longer than {n} bytes.").format(
                    file=path.name, line=number, n=MAX_LINE_BYTES
                )
            )
        read += len(line)
        progress(read)
        yield decoder.decode(line)
