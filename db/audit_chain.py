"""The hash chain of the audit log: each entry's hash covers its content and the one before."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def entry_hash(prev_hash: str, at: Any, username: str, action: str, table: str,
               record_id: str, detail: str) -> str:  # fmt: skip
    """SHA-256 of the previous hash and the entry's content, in a fixed layout."""
    stamp = at.isoformat() if hasattr(at, "isoformat") else str(at)
    content = json.dumps([prev_hash, stamp, username, action, table, record_id, detail],
                         ensure_ascii=False, separators=(",", ":"))  # fmt: skip
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


GENESIS = "0" * 64


def hash_entry(previous: str, entry: Any) -> str:
    """The hash an audit entry must carry after the previous one."""
    return entry_hash(previous, entry.at, entry.username, entry.action, entry.table_name,
                      entry.record_id, entry.detail or "")  # fmt: skip
