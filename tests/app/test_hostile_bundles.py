"""Crafted bundles signed with a confirmed site's real key, at the project manager's command
line: each is refused with one ``error:`` line and exit 1, and the hub is left unchanged."""

from __future__ import annotations

import base64
import copy
import hashlib
import tracemalloc
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import project, project_key, stream
from app.exchange.merge import confirm_site, import_bundles, known_sites
from app.exchange.watch import import_dropped
from app.services import people, sessions, site
from db.database import Database
from main import main
from tests.app.hostile_bundles import (
    Parts,
    as_mappings,
    batch_of,
    craft,
    put,
    site_key,
    snapshot,
    take_apart,
)
from tests.helpers import DOCTOR, MANAGER

PLAN = sessions.SessionPlan("MZD", date(2016, 3, 8), time(9), time(10, 30), "health_center",
                            "social_skills", "MZD-P1", ("MZD-P2",), theme="使用微信")  # fmt: skip


@dataclass
class Hub:
    """A project manager's file with site MZ01 confirmed and its first bundle merged, and
    the site's second bundle taken apart, with the keys to craft more like it."""

    file: Path
    folder: Path
    parts: Parts
    public: bytes
    signing: SigningKey


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Hub:
    folder = tmp_path_factory.mktemp("hostile")
    pm = Database.open(folder / "pm.sqlite")
    made, _ = project.create_project(pm, "Chaoyang", folder / "project.json")
    mzd = Database.open(folder / "mzd.sqlite")
    fingerprint = project.init_site_with_project(mzd, "MZ01", "Maizidian", folder / "project.json")
    site.add_community(mzd, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    for code, role in (("MZD-P1", "peer"), ("MZD-P2", "peer")):
        people.add_person(mzd, DOCTOR, people.PersonData(code, "MZD", sex="male"), role,
                          date(2016, 3, 1))  # fmt: skip
    bundles.export_bundle(mzd, DOCTOR, folder / "1.bundle")
    confirm_site(pm, MANAGER, "MZ01", fingerprint)
    import_bundles(pm, MANAGER, [folder / "1.bundle"])
    data = people.PersonData("MZD-C1", "MZD", sex="female", birth_date=date(1970, 1, 2),
                             diagnosis="schizophrenia")  # fmt: skip
    people.add_person(mzd, DOCTOR, data, "consumer", date(2016, 3, 1))
    sessions.plan_session(mzd, DOCTOR, PLAN)
    bundles.export_bundle(mzd, DOCTOR, folder / "2.bundle")
    private = project_key.private_key(pm)
    assert private is not None
    parts = take_apart((folder / "2.bundle").read_bytes(), private)
    public = base64.b64decode(made.public_key)
    signing = site_key(mzd)
    pm.close()
    mzd.close()
    return Hub(folder / "pm.sqlite", folder, parts, public, signing)


def _set(path: str, value: Any) -> Callable[[Parts], None]:
    """A change of one field: ``envelope.site``, ``start.sequence``, ``manifest.counts`` …"""
    part, key = path.split(".")

    def change(parts: Parts) -> None:
        target = getattr(parts, part)
        if value is _DELETE:
            target.pop(key, None)
        else:
            target[key] = value

    return change


_DELETE = object()


def _row(table: str, column: str, value: Any) -> Callable[[Parts], None]:
    def change(parts: Parts) -> None:
        put(batch_of(parts, table), column, value)

    return change


def _person_born(value: str) -> Callable[[Parts], None]:
    return _row("person", "birth_date", value)


def _updated_before_created(parts: Parts) -> None:
    put(batch_of(parts, "person"), "updated_at", "2001-01-01T00:00:00+00:00")


def _other_signer(parts: Parts) -> None:
    other = SigningKey.generate()
    parts.envelope["verify_key"] = base64.b64encode(bytes(other.verify_key)).decode()


def _unsigned_change(parts: Parts) -> None:
    parts.resign = False
    parts.manifest["counts"] = {"person": 99}


def _signature(value: Any) -> Callable[[Parts], None]:
    def change(parts: Parts) -> None:
        parts.signature = value

    return change


def _raw(*records: bytes) -> Callable[[Parts], None]:
    def change(parts: Parts) -> None:
        parts.raw_records = list(records)

    return change


def _batch(value: Any) -> Callable[[Parts], None]:
    def change(parts: Parts) -> None:
        parts.batches.insert(0, value)

    return change


def _trailing(value: bytes) -> Callable[[Parts], None]:
    def change(parts: Parts) -> None:
        parts.trailing = value

    return change


def _unknown_site(parts: Parts) -> None:
    for part in (parts.envelope, parts.start, parts.manifest):
        part["site"] = "XX99"
    for batch in parts.batches:
        for row in range(len(batch["rows"])):
            put(batch, "owner_site", "XX99", row)


def _dangling(parts: Parts) -> None:
    put(batch_of(parts, "person"), "community_id", str(uuid.uuid4()))


def _person_batch(change: Callable[[dict[str, Any]], None]) -> Callable[[Parts], None]:
    """A change of the person table's rows record itself."""
    return lambda parts: change(batch_of(parts, "person"))


def _twice(batch: dict[str, Any]) -> None:
    batch["columns"][1] = batch["columns"][0]


def _as_mapping(batch: dict[str, Any]) -> None:
    batch["rows"][0] = dict(zip(batch["columns"], batch["rows"][0], strict=True))


def _rows_as_arrays_in_format_2(parts: Parts) -> None:
    parts.start["format"] = parts.manifest["format"] = bundles.MAPPINGS_FORMAT


def _rows_as_mappings_in_format_3(parts: Parts) -> None:
    for batch in parts.batches:
        batch["rows"] = [dict(zip(batch["columns"], row, strict=True)) for row in batch["rows"]]


ROWS_START = b'{"kind":"rows","table":"person","rows":['
CASES: dict[str, Callable[[Parts], None]] = {
    "envelope without verify key": _set("envelope.verify_key", _DELETE),
    "verify key not base64": _set("envelope.verify_key", "!!not base64!!"),
    "verify key a number": _set("envelope.verify_key", 12345),
    "verify key of 16 bytes": _set("envelope.verify_key", base64.b64encode(b"k" * 16).decode()),
    "site code a list": _set("envelope.site", ["MZ01"]),
    "site code of 10,000 characters": _set("envelope.site", "M" * 10_000),
    "site name a mapping": _set("envelope.site_name", {"a": 1}),
    "site name of 5,000 characters": _set("envelope.site_name", "x" * 5_000),
    "an unknown site": _unknown_site,
    "signed by another key": _other_signer,
    "start sequence text": _set("start.sequence", "2"),
    "start sequence a list": _set("start.sequence", [2]),
    "start sequence 2.0": _set("start.sequence", 2.0),
    "start sequence true": _set("start.sequence", True),
    "start sequence 0": _set("start.sequence", 0),
    "start sequence -5": _set("start.sequence", -5),
    "start sequence 10,000,000": _set("start.sequence", 10_000_000),
    "start sequence 2**70": _set("start.sequence", 2**70),
    "start kind not start": _set("start.kind", "rows"),
    "start format a list": _set("start.format", ["peer-support-bundle/2"]),
    "start schema a list": _set("start.schema", ["x"]),
    "start schema unknown": _set("start.schema", "ffffffffffff"),
    "start full text": _set("start.full", "yes"),
    "start site another": _set("start.site", "MZ02"),
    "manifest of another project": _set("manifest.project_id", "another-project"),
    "manifest project id a list": _set("manifest.project_id", ["x"]),
    "manifest sequence another": _set("manifest.sequence", 7),
    "manifest site another": _set("manifest.site", "MZ02"),
    "manifest schema another": _set("manifest.schema", "0001"),
    "manifest audit damaged": _set("manifest.audit", {"count": "x"}),
    "manifest audit count huge": _set(
        "manifest.audit", {"count": 10**30, "mac": "a" * 64, "earlier": {}}
    ),
    "manifest with an unknown field": _set("manifest.extra", 1),
    "manifest counts not as signed": _unsigned_change,
    "signature not base64": _signature("%%%"),
    "signature a number": _signature(7),
    "signature of 10 bytes": _signature(base64.b64encode(b"s" * 10).decode()),
    "end record not an end": lambda parts: parts.end_extra.update(kind="rows"),
    "row: unknown diagnosis": _row("person", "diagnosis", "flu"),
    "row: unknown sex": _row("person", "sex", "x"),
    "row: born 1800": _person_born("1800-01-01"),
    "row: born in the future": _person_born("2999-01-01"),
    "row: updated before created": _updated_before_created,
    "row: a reference to nowhere": _dangling,
    "row: owner another site": _row("person", "owner_site", "MZ02"),
    "row: revision 0": _row("person", "revision", 0),
    "row: key not a UUID": _row("person", "id", "not-a-uuid"),
    "row: column a list": _row("person", "code", ["x"]),
    "row: a number too large": _row("activity_session", "revision", 2**70),
    "row: unknown session topic": _row("activity_session", "topic", "juggling"),
    "row: unknown format": _row("activity_session", "formats", ["juggling"]),
    "batch of an unknown table": _batch({"kind": "rows", "table": "secrets", "rows": []}),
    "batch table a list": _batch({"kind": "rows", "table": ["person"], "rows": []}),
    "batch rows a mapping": _batch({"kind": "rows", "table": "person", "rows": {"a": 1}}),
    "batch row a number": _batch({"kind": "rows", "table": "person", "columns": [], "rows": [1]}),
    "batch without columns": _person_batch(lambda batch: batch.pop("columns")),
    "batch columns not a list": _person_batch(lambda batch: batch.update(columns="id")),
    "batch column a number": _person_batch(lambda batch: batch["columns"].__setitem__(0, 7)),
    "batch column named twice": _person_batch(_twice),
    "batch row one value short": _person_batch(lambda batch: batch["rows"][0].pop()),
    "batch row one value more": _person_batch(lambda batch: batch["rows"][0].append(None)),
    "batch row a mapping": _person_batch(_as_mapping),
    "format 2 with rows as arrays": _rows_as_arrays_in_format_2,
    "format 3 with rows as mappings": _rows_as_mappings_in_format_3,
    "manifest format 2 for a start of 3": _set("manifest.format", bundles.MAPPINGS_FORMAT),
    "a second start record": _batch({"kind": "start"}),
    "a byte after the signed end": _trailing(b"x"),
    "a chunk after the signed end": _trailing(stream.LENGTH.pack(40) + b"\0" * 40),
    "a record nested 40,000 deep": _raw(b"[" * 40_000 + b"]" * 40_000),
    "a record of a million mappings": _raw(ROWS_START + b"{}," * 1_000_000 + b"{}]}"),
    "a record of two million numbers": _raw(b"[" + b"1," * 2_000_000 + b"1]"),
}


def _bomb() -> bytes:
    pack = zlib.compressobj(9)
    out = [pack.compress(ROWS_START)]
    block = b" " * (1 << 20)
    out += [pack.compress(block) for _ in range(256)]
    return b"".join([*out, pack.flush()])


def _bytes_of(hub: Hub, name: str, change: Callable[[Parts], None] | None) -> bytes:
    """A crafted bundle's bytes; the stream-level cases patch the file itself."""
    parts = copy.deepcopy(hub.parts)
    if change is not None:
        change(parts)
    if name == "envelope length claims 4 GB":
        data = craft(parts, hub.public, hub.signing)
        return data[: len(stream.MAGIC)] + b"\xff\xff\xff\xff" + data[len(stream.MAGIC) + 4 :]
    if name in ("a chunk claiming 4 GB", "a zlib bomb of 256 MB"):
        data = craft(parts, hub.public, hub.signing)
        sealed = stream.LENGTH.unpack_from(data, len(stream.MAGIC))[0]
        at = len(stream.MAGIC) + 4 + sealed
        if name == "a chunk claiming 4 GB":
            return data[:at] + b"\xff\xff\xff\xff" + data[at + 4 :]
        return _with_bomb(hub, parts)
    return craft(parts, hub.public, hub.signing)


def _with_bomb(hub: Hub, parts: Parts) -> bytes:
    import io

    import nacl.bindings as sodium

    out = io.BytesIO()
    writer = stream.StreamWriter(out, hub.public, parts.envelope)
    writer.write(parts.start)
    cipher = sodium.crypto_secretstream_xchacha20poly1305_push(
        writer.state, _bomb(), None, stream.TAG_MESSAGE
    )
    out.write(stream.LENGTH.pack(len(cipher)) + cipher)
    writer.write({"kind": "end", "manifest": parts.manifest, "signature": ""}, final=True)
    return out.getvalue()


STREAM_CASES = ["envelope length claims 4 GB", "a chunk claiming 4 GB", "a zlib bomb of 256 MB"]
ALL_CASES = [*CASES, *STREAM_CASES]


@dataclass
class Outcome:
    """What one crafted bundle did at the hub's command line."""

    code: int
    err: str
    traceback: str | None
    changed: bool
    peak: int


def _import(hub: Hub, data: bytes, capsys: pytest.CaptureFixture[str], *extra: str,
            measure: bool = False) -> Outcome:  # fmt: skip
    path = hub.folder / "crafted.bundle"
    path.write_bytes(data)
    before = snapshot(hub.file)
    if measure:
        tracemalloc.start()
    traceback, code = None, -1
    try:
        code = main(["--db", str(hub.file), "bundle", "import", str(path), *extra])
    except BaseException as error:  # a traceback is what is counted here
        traceback = f"{type(error).__name__}: {error}"
    finally:
        peak = tracemalloc.get_traced_memory()[1] if measure else 0
        if measure:
            tracemalloc.stop()
    err = capsys.readouterr().err
    return Outcome(code, err, traceback, snapshot(hub.file) != before, peak)


def _refused_cleanly(outcome: Outcome) -> bool:
    lines = outcome.err.strip().splitlines()
    return (outcome.traceback is None and outcome.code == 1 and len(lines) == 1
            and lines[0].startswith("error: ") and not outcome.changed)  # fmt: skip


@pytest.mark.parametrize("name", ALL_CASES)
def test_crafted_bundle_is_refused_in_one_line(
    hub: Hub, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """One ``error:`` line, exit 1, the hub unchanged; with --validate the same."""
    data = _bytes_of(hub, name, CASES.get(name))
    outcome = _import(hub, data, capsys)
    assert outcome.traceback is None, outcome.traceback
    assert _refused_cleanly(outcome), outcome


def test_the_good_bundle_imports_and_validate_changes_nothing(
    hub: Hub, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The uncrafted bundle passes every check: --validate says so and writes nothing."""
    data = _bytes_of(hub, "", None)
    outcome = _import(hub, data, capsys, "--validate")
    assert (outcome.code, outcome.changed) == (0, False), outcome


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("batch without columns", "person: columns that are not a list of names"),
        ("batch columns not a list", "person: columns that are not a list of names"),
        ("batch column a number", "person: columns that are not a list of names"),
        ("batch column named twice", "named twice"),
        ("batch row one value short", "row 1 has"),
        ("batch row one value more", "row 1 has"),
        ("batch row a mapping", "person: row 1 is not a list of values"),
        ("format 3 with rows as mappings", "row 1 is not a list of values"),
        ("format 2 with rows as arrays", "a row that is not a mapping of columns to values"),
        ("manifest format 2 for a start of 3", "the manifest names another format"),
    ],
)
def test_a_rows_record_of_the_wrong_shape_is_refused_by_name(
    hub: Hub, name: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows not in their format's shape: the refusal says what is wrong; nothing imported."""
    outcome = _import(hub, _bytes_of(hub, name, CASES[name]), capsys)
    assert _refused_cleanly(outcome), outcome
    assert words in outcome.err, outcome.err


def test_a_bundle_of_format_2_is_still_taken(
    hub: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    """A site not upgraded yet writes each row as a mapping (format /2): it passes every check."""
    parts = as_mappings(hub.parts)
    assert all(isinstance(row, dict) for batch in parts.batches for row in batch["rows"])
    outcome = _import(hub, craft(parts, hub.public, hub.signing), capsys, "--validate")
    assert (outcome.code, outcome.changed) == (0, False), outcome


def test_an_unknown_site_is_named_and_not_written(
    hub: Hub, capsys: pytest.CaptureFixture[str]
) -> None:
    """The refusal names the site and its fingerprint; the hub keeps no row of it."""
    outcome = _import(hub, _bytes_of(hub, "an unknown site", _unknown_site), capsys)
    assert "site XX99 is not confirmed yet" in outcome.err and not outcome.changed


def test_a_site_confirmed_by_fingerprint_alone_takes_its_first_bundle(
    tmp_path: Path, pm: Database
) -> None:
    """`sites confirm` before any bundle arrived (another program refused it): the first
    bundle signed with that fingerprint's key is taken, one with another key refused."""
    mzd = Database.open(tmp_path / "mzd.sqlite")
    fingerprint = project.init_site_with_project(mzd, "MZ01", "Maizidian",
                                                 tmp_path / "project.json")  # fmt: skip
    site.add_community(mzd, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    bundles.export_bundle(mzd, DOCTOR, tmp_path / "1.bundle")
    confirm_site(pm, MANAGER, "MZ01", fingerprint.lower())
    assert import_bundles(pm, MANAGER, [tmp_path / "1.bundle"]).new == 1
    [known] = known_sites(pm)
    assert known.confirmed and known.verify_key and known.name == "Maizidian"


def test_a_refused_unknown_site_is_listed_to_confirm_but_not_stored(
    tmp_path: Path, pm: Database
) -> None:
    """The window lists the refused site to confirm; the database holds nothing of it."""
    mzd = Database.open(tmp_path / "mzd.sqlite")
    fingerprint = project.init_site_with_project(mzd, "MZ01", "Maizidian",
                                                 tmp_path / "project.json")  # fmt: skip
    bundles.export_bundle(mzd, DOCTOR, tmp_path / "1.bundle")
    before = snapshot(pm.file)  # type: ignore[arg-type]
    with pytest.raises(UserError, match="not confirmed"):
        import_bundles(pm, MANAGER, [tmp_path / "1.bundle"])
    assert snapshot(pm.file) == before  # type: ignore[arg-type]
    assert [(k.code, k.fingerprint, k.confirmed) for k in known_sites(pm)] == [
        ("MZ01", fingerprint, False)]  # fmt: skip
    confirm_site(pm, MANAGER, "MZ01", fingerprint)
    assert [k.confirmed for k in known_sites(pm)] == [True]


def test_watch_sets_a_bad_bundle_aside_and_imports_the_good_one_behind_it(
    hub: Hub, tmp_path: Path
) -> None:
    """A malformed envelope goes to refused/ with its reason; the next file is imported."""
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a-bad.bundle").write_bytes(_bytes_of(hub, "start sequence a list",
                                                  CASES["start sequence a list"]))  # fmt: skip
    (drop / "b-good.bundle").write_bytes(_bytes_of(hub, "", None))
    import os
    import shutil

    for path in drop.iterdir():
        os.utime(path, (path.stat().st_mtime - 60,) * 2)
    copy_of_hub = tmp_path / "pm.sqlite"
    shutil.copyfile(hub.file, copy_of_hub)
    db = Database.open(copy_of_hub)
    try:
        outcomes = import_dropped(db, MANAGER, drop)
    finally:
        db.close()
    assert [(o.file, o.imported) for o in outcomes] == [("a-bad.bundle", False),
                                                        ("b-good.bundle", True)]  # fmt: skip
    reason = (drop / "refused" / "a-bad.bundle.txt").read_text(encoding="utf-8")
    assert "sequence" in reason
    assert (drop / "imported" / "b-good.bundle").exists()


def test_gaps_are_reported_as_ranges(pm: Database, tmp_path: Path) -> None:
    """Bundles 1, 2 and 7 arrived: one line for 3-6."""
    from app.exchange.merge import missing_bundles
    from db.models import KnownSite, ReceivedBundle

    with pm.transaction() as session:
        session.add(KnownSite(code="MZ01", name="Maizidian", verify_key="k", fingerprint="f"))
        for n in (1, 2, 7, 9):
            session.add(ReceivedBundle(site_code="MZ01", sequence=n, digest="", row_count=0))
    assert missing_bundles(pm) == ["Maizidian: bundles 3-6 of 9 missing",
                                   "Maizidian: bundle 8 of 9 missing"]  # fmt: skip


def test_check_applies_the_same_row_rules(db: Database) -> None:
    """A record with an unknown code or an impossible date is named by check."""
    from sqlalchemy import update

    from app.checks import run_checks
    from db.models import Person

    people.add_person(db, DOCTOR, people.PersonData("C1", "TJH"), "consumer", date(2016, 1, 1))
    assert run_checks(db) == []
    with db.transaction() as session:
        session.execute(update(Person).values(diagnosis="flu", birth_date=date(1800, 1, 1)))
    problems = run_checks(db)
    assert any("person" in p and "unknown diagnosis 'flu'" in p for p in problems), problems


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12,
)  # fmt: skip
FIELDS = ["envelope.site", "envelope.verify_key", "start.kind", "start.format", "start.site",
          "start.sequence", "start.schema", "start.full", "manifest.site", "manifest.sequence",
          "manifest.schema", "manifest.project_id", "manifest.audit", "manifest.counts",
          "manifest.digest", "manifest.format", "manifest.created_at"]  # fmt: skip


def _harmless(path: str, value: Any, parts: Parts) -> bool:
    """A value that changes nothing a reader must refuse (the same, or free text)."""
    part, key = path.split(".")
    if getattr(parts, part).get(key) == value and type(value) is type(
            getattr(parts, part).get(key)):  # fmt: skip
        return True
    if path == "manifest.created_at":
        return value is None or (isinstance(value, str) and len(value) <= 200)
    if path == "start.full":
        return isinstance(value, bool)
    if path == "manifest.audit":
        return value is None  # a site from before audit heads travelled
    return False


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(FIELDS), value=JSON, unsigned=st.booleans())
def test_any_field_of_the_envelope_or_manifest_changed(
    hub: Hub, capsys: pytest.CaptureFixture[str], path: str, value: Any, unsigned: bool
) -> None:
    """Any value in any field of the structure: one line, exit 1, the hub unchanged.

    Manifest fields are changed either before signing (the site signed it) or after (the
    signature no longer matches)."""
    assume(not _harmless(path, value, hub.parts))
    change = _set(path, value)
    parts = copy.deepcopy(hub.parts)
    if unsigned and path.startswith("manifest."):
        signed = copy.deepcopy(parts)
        parts.signature = base64.b64encode(hub.signing.sign(
            bundles._canonical(_resigned(signed, hub))).signature).decode()  # fmt: skip
    if path in ("manifest.counts", "manifest.digest"):
        parts.manifest = _resigned(parts, hub)
        parts.resign = False  # the crafted counts or digest are what is written and signed
    change(parts)
    outcome = _import(hub, craft(parts, hub.public, hub.signing), capsys)
    assert outcome.traceback is None, (path, value, outcome.traceback)
    assert _refused_cleanly(outcome), (path, value, outcome)


def _resigned(parts: Parts, hub: Hub) -> dict[str, Any]:
    """The manifest the site would have signed for these parts."""
    digest = hashlib.sha256(stream.encode(parts.start))
    counts: dict[str, int] = {}
    for batch in parts.batches:
        digest.update(stream.encode(batch))
        counts[batch["table"]] = counts.get(batch["table"], 0) + len(batch["rows"])
    return {**parts.manifest, "counts": counts, "digest": digest.hexdigest()}


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(table=st.sampled_from(["person", "enrolment", "activity_session", "session_peer"]),
       column=st.text(min_size=1, max_size=20), value=JSON, pick=st.integers(0, 40))  # fmt: skip
def test_any_column_of_a_row_changed(
    hub: Hub, capsys: pytest.CaptureFixture[str], table: str, column: str, value: Any, pick: int
) -> None:
    """A row's column given any value, signed: imported only if it keeps every rule;
    otherwise one line and the hub unchanged; never a traceback."""
    parts = copy.deepcopy(hub.parts)
    batch = batch_of(parts, table)
    known = sorted(batch["columns"])
    key = known[pick % len(known)] if pick < len(known) else column
    put(batch, key, value)
    outcome = _import(hub, craft(parts, hub.public, hub.signing), capsys, "--validate")
    assert outcome.traceback is None, (key, value, outcome.traceback)
    assert not outcome.changed
    assert outcome.code == 0 or _refused_cleanly(outcome), (key, value, outcome)


def test_hostile_input_figures(hub: Hub, capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the hostile-input table: every crafted case, with memory measured."""
    outcomes = {}
    for name in ALL_CASES:
        outcomes[name] = _import(hub, _bytes_of(hub, name, CASES.get(name)), capsys,
                                 measure=True)  # fmt: skip
    worst = max(outcomes, key=lambda n: outcomes[n].peak)
    figures = {
        "cases tried": len(outcomes),
        "refused cleanly (one line, exit 1)": sum(map(_refused_cleanly, outcomes.values())),
        "tracebacks (goal 0)": sum(o.traceback is not None for o in outcomes.values()),
        "refusals that changed the database (goal 0)": sum(o.changed for o in outcomes.values()),
    }
    with capsys.disabled():
        print("\nhostile bundles at the hub")
        for label, figure in figures.items():
            print(f"  {label:<48}{figure:>8}")
        print(f"  {'peak memory of the worst case (MB)':<48}"
              f"{outcomes[worst].peak / 2**20:>8.1f}  ({worst})")  # fmt: skip
    assert figures["tracebacks (goal 0)"] == 0
    assert figures["refusals that changed the database (goal 0)"] == 0
    assert figures["refused cleanly (one line, exit 1)"] == len(outcomes)
    assert outcomes[worst].peak < 100 * 2**20
