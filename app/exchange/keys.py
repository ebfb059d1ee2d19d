"""The project's and the sites' keys, with libsodium (PyNaCl): no home-made cryptography.

The project manager holds a Curve25519 key pair; bundles are sealed to its public key
(libsodium sealed boxes). Each site holds an Ed25519 signing key; bundles are signed with
it, and the project manager accepts a site's bundles only once its key is confirmed by
fingerprint.
"""

from __future__ import annotations

import base64
import hashlib

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import select

from db.database import Database
from db.models import ExchangeKey

PROJECT_PRIVATE = "project_private"
PROJECT_PUBLIC = "project_public"
PROJECT_ID = "project_id"
SITE_SIGNING = "site_signing"


def encode(raw: bytes) -> str:
    """Key bytes as text for files and the database."""
    return base64.b64encode(raw).decode("ascii")


def decode(text: str) -> bytes:
    """Key text back to bytes."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public_key: bytes) -> str:
    """A short, readable digest of a public key, to compare by eye or on paper."""
    digest = hashlib.blake2b(public_key, digest_size=10).hexdigest().upper()
    return "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def store(db: Database, purpose: str, value: str) -> None:
    """Keeps a key (or the project id) in this installation's database."""
    with db.transaction() as session:
        row = session.scalars(select(ExchangeKey).where(ExchangeKey.purpose == purpose)).first()
        if row is None:
            row = ExchangeKey(purpose=purpose)
            session.add(row)
        row.value = value


def load(db: Database, purpose: str) -> str | None:
    """A key this installation holds, or None."""
    with db.reading() as session:
        row = session.scalars(select(ExchangeKey).where(ExchangeKey.purpose == purpose)).first()
        return row.value if row else None


def site_fingerprint(db: Database) -> str | None:
    """The fingerprint of this site's signing key, or None where there is none."""
    signing = load(db, SITE_SIGNING)
    if signing is None:
        return None
    return fingerprint(bytes(SigningKey(decode(signing)).verify_key))


def new_project_keys() -> tuple[PrivateKey, PublicKey]:
    """A fresh key pair for the project manager."""
    private = PrivateKey.generate()
    return private, private.public_key


def new_signing_key() -> tuple[SigningKey, VerifyKey]:
    """A fresh signing key for a site."""
    signing = SigningKey.generate()
    return signing, signing.verify_key
