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
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


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
        plain = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        cipher = sodium.crypto_secretstream_xchacha20poly1305_push(
            self.state, zlib.compress(plain), None, TAG_FINAL if final else TAG_MESSAGE
        )
        self.handle.write(LENGTH.pack(len(cipher)) + cipher)
        return plain


def read_envelope(handle: IO[bytes], private_key: bytes) -> dict[str, Any]:
    """Opens the sealed envelope at the start of a bundle."""
    if handle.read(len(MAGIC)) != MAGIC:
        raise StreamError(translate("exchange", "not a bundle file of this application"))
    sealed = _read_block(handle)
    try:
        envelope = json.loads(SealedBox(PrivateKey(private_key)).decrypt(sealed))
        bytes.fromhex(envelope["stream_key"])
        bytes.fromhex(envelope["stream_header"])
    except CryptoError:
        raise StreamError(
            translate(
                "exchange",
                "cannot be opened with this project's key: changed, cut short, or for another project",  # noqa: E501
            )
        ) from None
    except (ValueError, KeyError, TypeError) as error:
        raise StreamError(
            translate("exchange", "damaged header ({reason})").format(reason=error)
        ) from None
    return dict(envelope)


def read_records(handle: IO[bytes], envelope: dict[str, Any]) -> Iterator[tuple[bytes, Any, bool]]:
    """Each record's plain bytes, its JSON value, and whether it is the final one."""
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(
        state, bytes.fromhex(envelope["stream_header"]), bytes.fromhex(envelope["stream_key"])
    )
    while True:
        cipher = _read_block(handle, allow_end=True)
        if cipher is None:
            raise StreamError(translate("exchange", "cannot be opened: the file is cut short"))
        try:
            compressed, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, cipher, None)
            plain = zlib.decompress(compressed)
            value = json.loads(plain)
        except CryptoError:
            raise StreamError(
                translate("exchange", "cannot be opened: it was changed or damaged")
            ) from None
        except (zlib.error, ValueError) as error:
            raise StreamError(
                translate("exchange", "damaged content ({reason})").format(reason=error)
            ) from None
        final = tag == TAG_FINAL
        yield plain, value, final
        del cipher, compressed, plain, value  # one record in memory at a time
        if final:
            if handle.read(1):
                raise StreamError(
                    translate("exchange", "cannot be opened: something follows its end")
                )
            return


def _read_block(handle: IO[bytes], allow_end: bool = False) -> bytes | None:
    prefix = handle.read(LENGTH.size)
    if not prefix and allow_end:
        return None
    if len(prefix) != LENGTH.size:
        raise StreamError(translate("exchange", "cannot be opened: the file is cut short"))
    (size,) = LENGTH.unpack(prefix)
    block = handle.read(size)
    if len(block) != size:
        raise StreamError(translate("exchange", "cannot be opened: the file is cut short"))
    return block
