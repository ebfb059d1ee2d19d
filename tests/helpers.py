"""Helpers shared by test modules."""

from __future__ import annotations

from base64 import b64encode
from typing import Any

from db import keyring


def format_1_slot(secret: str, key: bytes) -> dict[str, Any]:
    """A key slot as the first key file format wrote it: the key sealed under the secret."""
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox
    from nacl.utils import random

    salt, (ops, mem) = random(argon2id.SALTBYTES), keyring.KDF_COST
    box = SecretBox(argon2id.kdf(SecretBox.KEY_SIZE, secret.encode(), salt, opslimit=ops,
                                 memlimit=mem))  # fmt: skip
    return {"kdf": "argon2id", "salt": b64encode(salt).decode(), "ops": ops, "mem": mem,
            "box": b64encode(box.encrypt(key)).decode()}  # fmt: skip
