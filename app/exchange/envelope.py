"""The checks of every field a bundle says about itself: its envelope, start and end, and
the shape of its rows records (each row's values are checked on merging, ``merge``).

A bundle comes from outside, so each field is checked for its type, its form and its
size before anything uses it: a list where a number belongs, a key that is not base64 or a
site code of ten thousand characters is one clear refusal (ValueError with the reason),
never a traceback further on.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Collection
from typing import Any

from app.i18n import translate

SITE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
"""As ``app.services.site.check_code`` allows a site's code."""
MAX_NAME = 200
MAX_SEQUENCE = 2**31 - 1
MAX_COUNT = 2**40
SCHEMA = re.compile(r"[0-9A-Za-z_]{1,64}")
DIGEST = re.compile(r"[0-9a-f]{64}")
KEY_BYTES = 32
SIGNATURE_BYTES = 64
MAX_TABLES = 100
MANIFEST_KEYS = {"format", "schema", "site", "site_name", "sequence", "full", "created_at",
                 "from", "to", "counts", "digest", "project_id", "audit"}  # fmt: skip


def _bad(field: str, why: str) -> ValueError:
    # A crafted key may hold control characters: shown escaped, the refusal stays one line.
    shown = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in field)
    return ValueError(translate("exchange", "damaged content ({reason})").format(
        reason=f"{shown}: {why}"))  # fmt: skip


def _text(value: Any, field: str, longest: int) -> str:
    if not isinstance(value, str):
        raise _bad(field, "not text")
    if len(value) > longest:
        raise _bad(field, f"longer than {longest} characters")
    return value


def site_code(value: Any, field: str = "site") -> str:
    """A site code as sites are allowed to have one."""
    if not isinstance(value, str) or SITE_CODE.fullmatch(value) is None:
        raise _bad(field, "not a site code (1-32 letters, digits, - or _)")
    return value


def whole(value: Any, field: str, least: int, most: int) -> int:
    """A JSON whole number (not true/false, not 1.0) within bounds."""
    if type(value) is not int:
        raise _bad(field, "not a whole number")
    if not least <= value <= most:
        raise _bad(field, f"not between {least} and {most}")
    return value


def _base64(value: Any, field: str, size: int) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * size:
        raise _bad(field, "not a key")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise _bad(field, "not base64") from None
    if len(raw) != size:
        raise _bad(field, f"not {size} bytes")
    return raw


def checked_start(
    envelope: dict[str, Any], start: dict[str, Any], formats: Collection[str]
) -> dict[str, Any]:
    """The envelope's and start record's fields, checked, as BundleStart's arguments."""
    if start.get("kind") != "start" or start.get("format") not in formats:
        value = start.get("format")
        shown = value[:40] if isinstance(value, str) else type(value).__name__
        raise ValueError(translate("exchange", "unknown bundle format {value!r}").format(
            value=shown))  # fmt: skip
    site = site_code(envelope.get("site"))
    if site_code(start.get("site"), "start site") != site:
        raise ValueError(translate("exchange", "the manifest names another site"))
    verify_key = envelope.get("verify_key")
    _base64(verify_key, "verify_key", KEY_BYTES)
    full = start.get("full", False)
    if not isinstance(full, bool):
        raise _bad("full", "not true or false")
    return {
        "site": site,
        "site_name": _text(envelope.get("site_name", ""), "site_name", MAX_NAME),
        "verify_key": verify_key,
        "schema": _schema(start.get("schema"), "schema"),
        "sequence": whole(start.get("sequence"), "sequence", 1, MAX_SEQUENCE),
        "full": full,
        "format": start["format"],
    }


def _schema(value: Any, field: str) -> str:
    if not isinstance(value, str) or SCHEMA.fullmatch(value) is None:
        raise _bad(field, "not a schema revision")
    return value


def checked_end(record: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """The end record's manifest, every field checked, and its signature's bytes."""
    if record.get("kind") != "end":
        raise _bad("end", "the last record is not the end")
    manifest, signature = record.get("manifest"), record.get("signature")
    if not isinstance(manifest, dict):
        raise _bad("manifest", "not a mapping")
    unknown = sorted(str(k)[:40] for k in manifest if k not in MANIFEST_KEYS)
    if unknown:
        raise _bad("manifest", f"unknown fields {unknown[:5]}")
    site_code(manifest.get("site"), "manifest site")
    whole(manifest.get("sequence"), "manifest sequence", 1, MAX_SEQUENCE)
    _schema(manifest.get("schema"), "manifest schema")
    if not isinstance(manifest.get("digest"), str) or not DIGEST.fullmatch(manifest["digest"]):
        raise _bad("digest", "not a SHA-256 digest")
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or len(counts) > MAX_TABLES:
        raise _bad("counts", "not a mapping of tables to numbers")
    for table, count in counts.items():
        _text(table, "counts", 64)
        whole(count, f"counts of {table}", 0, MAX_COUNT)
    project_id = manifest.get("project_id")
    if project_id is not None:
        _text(project_id, "project_id", 64)
    for field in ("created_at", "from", "to", "site_name", "format"):
        if manifest.get(field) is not None:
            _text(manifest[field], field, MAX_NAME)
    return manifest, _base64(signature, "signature", SIGNATURE_BYTES)


def checked_rows(record: dict[str, Any], mappings: bool) -> tuple[str, list[dict[str, Any]]]:
    """A rows record's table and its rows as mappings of column to value, as merging takes
    them. A bundle's format says which shape its rows have (``mappings``: each row a mapping,
    else "columns" once and each row an array of their values); the other shape is refused."""
    table, rows = record.get("table"), record.get("rows")
    if record.get("kind") != "rows" or not isinstance(table, str) or not isinstance(rows, list):
        raise _bad("record", "not a batch of rows")
    if mappings:
        if not all(isinstance(row, dict) for row in rows):
            raise _bad(table[:40], "a row that is not a mapping of columns to values")
        return table, rows
    columns = record.get("columns")
    if not isinstance(columns, list) or not all(isinstance(name, str) for name in columns):
        raise _bad(table[:40], "columns that are not a list of names")
    if len(set(columns)) != len(columns):
        twice = next(name for n, name in enumerate(columns) if name in columns[:n])
        raise _bad(table[:40], f"column {twice[:40]!r} named twice")
    width = len(columns)
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list):
            raise _bad(table[:40], f"row {number} is not a list of values")
        if len(row) != width:
            raise _bad(table[:40], f"row {number} has {len(row)} values for {width} columns")
    return table, [dict(zip(columns, row, strict=True)) for row in rows]
