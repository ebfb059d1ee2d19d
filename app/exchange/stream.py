"""The bundle file as an encrypted stream, so neither end holds a whole bundle in memory.

Layout: MAGIC, then a libsodium sealed box (to the project's public key) holding the
envelope (site, site's verify key, a fresh stream key and stream header), then chunks of
libsodium's secretstream (XChaCha20-Poly1305), each a length and a ciphertext of one
zlib-compressed JSON record. The last chunk carries the FINAL tag, so a file cut short is
noticed; every chunk is authenticated, so a changed byte is noticed where it is.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator
from typing import IO, Any

import nacl.bindings as sodium
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from app.i18n import translate

MAGIC = b"PSBUNDLE2\n"
LENGTH = struct.Struct(">I")
MAX_SEALED = 16 * 1024
"""The sealed envelope: a few keys and names, never more."""
MAX_PLAIN = 4 * 1024 * 1024
"""One record's JSON; a writer splits its batches to stay within half of it."""
MAX_CHUNK = MAX_PLAIN + 64 * 1024
"""One encrypted chunk: compressed JSON is at most a little larger than the JSON."""
MAX_SEPARATORS = 250_000
"""Commas and colons in one record: with MAX_CONTAINERS, bounds the values json makes."""
MAX_CONTAINERS = 50_000
"""Lists and mappings in one record (and so how deep they can nest)."""
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


LEVEL = 1
"""zlib's fastest level: a bundle a little larger, written several times faster (any
level reads back the same)."""


class StreamError(ValueError):
    """The file is not a readable bundle stream; the message says how."""


class StreamWriter:
    """Writes the envelope and then one encrypted chunk per record."""

    def __init__(self, handle: IO[bytes], project_key: bytes, envelope: dict[str, Any]) -> None:
        self.handle = handle
        key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
        self.state = sodium.crypto_secretstream_xchacha20poly1305_state()
        header = sodium.crypto_secretstream_xchacha20poly1305_init_push(self.state, key)
        sealed = SealedBox(PublicKey(project_key)).encrypt(json.dumps({
            **envelope, "stream_key": key.hex(), "stream_header": header.hex(),
        }).encode("utf-8"))  # fmt: skip
        handle.write(MAGIC + LENGTH.pack(len(sealed)) + sealed)

    def write(self, record: dict[str, Any], final: bool = False) -> bytes:
        """Encrypts one record; returns its plain bytes (for the running digest)."""
        return self.write_plain(encode(record), final)

    def write_plain(self, plain: bytes, final: bool = False) -> bytes:
        """Encrypts one record already encoded by ``encode``; returns it."""
        cipher = sodium.crypto_secretstream_xchacha20poly1305_push(
            self.state, zlib.compress(plain, LEVEL), None, TAG_FINAL if final else TAG_MESSAGE
        )
        self.handle.write(LENGTH.pack(len(cipher)) + cipher)
        return plain


def encode(record: dict[str, Any]) -> bytes:
    """A record as the JSON bytes a stream carries."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")


def fits(plain: bytes, share: float = 1.0) -> bool:
    """Whether a record's JSON is within the reader's limits (``share`` of each)."""
    return (
        len(plain) <= MAX_PLAIN * share
        and plain.count(b",") + plain.count(b":") <= MAX_SEPARATORS * share
        and plain.count(b"{") + plain.count(b"[") <= MAX_CONTAINERS * share
    )


def read_envelope(handle: IO[bytes], private_key: bytes) -> dict[str, Any]:
    """Opens the sealed envelope at the start of a bundle."""
    if handle.read(len(MAGIC)) != MAGIC:
        raise StreamError(translate("exchange", "not a bundle file of this application"))
    sealed = _read_block(handle, MAX_SEALED)
    try:
        envelope = json.loads(SealedBox(PrivateKey(private_key)).decrypt(sealed))
        if not isinstance(envelope, dict):
            raise TypeError("not a mapping")
        if len(_hex(envelope["stream_key"])) != KEY_BYTES:
            raise ValueError("stream_key")
        if len(_hex(envelope["stream_header"])) != HEADER_BYTES:
            raise ValueError("stream_header")
    except CryptoError:
        raise StreamError(
            translate(
                "exchange",
                "cannot be opened with this project's key: changed, cut short, or for another project",  # noqa: E501
            )
        ) from None
    except (ValueError, KeyError, TypeError, RecursionError) as error:
        raise StreamError(
            translate("exchange", "damaged header ({reason})").format(reason=error)
        ) from None
    return dict(envelope)


KEY_BYTES = sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES
HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES


def _hex(value: Any) -> bytes:
    if not isinstance(value, str):
        raise TypeError("not text")
    return bytes.fromhex(value)


def read_records(handle: IO[bytes], envelope: dict[str, Any]) -> Iterator[tuple[bytes, Any, bool]]:
    """Each record's plain bytes, its JSON value, and whether it is the final one."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(
        state, bytes.fromhex(envelope["stream_header"]), bytes.fromhex(envelope["stream_key"])
    )
    while True:
        cipher = _read_block(handle, MAX_CHUNK, allow_end=True)
        if cipher is None:
            raise StreamError(translate("exchange", "cannot be opened: the file is cut short"))
        try:
            compressed, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, cipher, None)
            plain = _decompressed(compressed)
            value = json.loads(plain)
            if not isinstance(value, dict):
                raise ValueError("a record is not a mapping")
        except CryptoError:
            raise StreamError(
                translate("exchange", "cannot be opened: it was changed or damaged")
            ) from None
        except (zlib.error, ValueError, RecursionError) as error:
            raise StreamError(
                translate("exchange", "damaged content ({reason})").format(reason=error)
            ) from None
        final = tag == TAG_FINAL
        if final and handle.read(1):  # checked before the end is handed on and trusted
            raise StreamError(translate("exchange", "cannot be opened: something follows its end"))
        yield plain, value, final
        del cipher, compressed, plain, value  # one record in memory at a time
        if final:
            return


def _decompressed(compressed: bytes) -> bytes:
    """The record's JSON, refused past MAX_PLAIN before more is made (a zlib bomb stops
    there) and past the counts of values json would make of it."""
    inflate = zlib.decompressobj()
    plain = inflate.decompress(compressed, MAX_PLAIN + 1)
    if len(plain) > MAX_PLAIN or inflate.unconsumed_tail or not inflate.eof:
        if not inflate.eof and not inflate.unconsumed_tail and len(plain) <= MAX_PLAIN:
            raise ValueError("compressed record cut short")
        raise ValueError(f"a record larger than {MAX_PLAIN} bytes")
    if inflate.unused_data:
        raise ValueError("bytes after a compressed record")
    if not fits(plain):
        raise ValueError("a record holding too many values")
    return plain


def _read_block(handle: IO[bytes], limit: int, allow_end: bool = False) -> bytes | None:
    """One length-prefixed block; a length over ``limit`` is refused before it is read."""
    prefix = handle.read(LENGTH.size)
    if not prefix and allow_end:
        return None
    if len(prefix) != LENGTH.size:
        raise StreamError(translate("exchange", "cannot be opened: the file is cut short"))
    (size,) = LENGTH.unpack(prefix)
    if size > limit:
        raise StreamError(translate("exchange", "damaged content ({reason})").format(
            reason=f"a block of {size} bytes, more than {limit}"))  # fmt: skip
    block = handle.read(size)
    if len(block) != size:
        raise StreamError(translate("exchange", "cannot be opened: the file is cut short"))
    return block
