"""The key file: sealed slots, its lock between processes, its old format, the cost of
deriving keys from passwords."""

from __future__ import annotations

import base64
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from nacl.pwhash import argon2id

from db import keyring
from db.keyring import Keyring
from tests.helpers import format_1_slot

ROOT = Path(__file__).resolve().parents[2]
KEY = bytes(range(32))
WRITES = 12


def _ring(path: Path) -> Path:
    keyring.save(keyring.new_keyring("CY01", "Chaoyang", "li", "first-pass-1",
                                     keyring.new_recovery_key(), KEY), path)  # fmt: skip
    return path


def _write_slots(path: str, who: str, cost: tuple[int, int]) -> None:
    """One process's share: WRITES slots of its own, each a read, change and write."""
    keyring.KDF_COST = cost
    for number in range(WRITES):
        keyring.set_slot(Path(path), f"{who}{number}", f"pass-{who}-{number}", KEY)


@pytest.mark.skipif(os.name == "nt", reason="fork is POSIX; the lock itself is tested the same")
def test_two_processes_writing_different_slots_lose_no_write(tmp_path: Path) -> None:
    """Two processes adding slots to one key file at once: every slot of both is there and
    opens with its own password."""
    path = _ring(tmp_path / "site.sqlite.keys")
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write_slots, args=(str(path), who, keyring.KDF_COST))
               for who in ("wang", "zhao")]  # fmt: skip
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    slots = keyring.load(path).slots
    expected = {"li"} | {f"{who}{n}" for who in ("wang", "zhao") for n in range(WRITES)}
    assert set(slots) == expected
    assert keyring.unwrap("pass-zhao-7", slots["zhao7"]) == KEY


def test_a_slot_opens_only_with_its_password_and_holds_no_key_in_clear(tmp_path: Path) -> None:
    """A slot gives the database key to its password only; neither the key nor the password
    is in the file's bytes."""
    path = _ring(tmp_path / "site.sqlite.keys")
    slot = keyring.load(path).slots["li"]
    assert keyring.unwrap("first-pass-1", slot) == KEY
    with pytest.raises(keyring.WrongSecret):
        keyring.unwrap("first-pass-2", slot)
    data = path.read_bytes()
    assert KEY not in data and base64.b64encode(KEY) not in data and b"first-pass" not in data


def test_a_format_1_key_file_is_read_and_written_back_as_format_2(tmp_path: Path) -> None:
    """A key file of the first format opens with its passwords; the next change writes the
    new format, keeping the old slot until its user signs in."""
    path = tmp_path / "site.sqlite.keys"
    old = {"format": 1, "site_code": "CY01", "site_name": "Chaoyang", "failures": {},
           "slots": {"li": format_1_slot("first-pass-1", KEY)},
           "recovery": None, "pending": []}  # fmt: skip
    path.write_text(json.dumps(old), encoding="utf-8")
    ring = keyring.load(path)
    assert keyring.unwrap("first-pass-1", ring.slots["li"]) == KEY
    assert keyring.needs_upgrade(ring.slots["li"])
    keyring.set_slot(path, "wang", "peer-pass-1", KEY)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 2 and keyring.slot_format(data["slots"]["li"]) == 1
    assert keyring.slot_format(data["slots"]["wang"]) == 2


def test_the_audit_head_is_optional_kept_and_carried_through_a_rekey(tmp_path: Path) -> None:
    """A key file from before the audit head reads as having none; once set, the head stays
    format 2 (an older program reads the file) and a re-keyed key file keeps it."""
    path = tmp_path / "site.sqlite.keys"
    keyring.save(keyring.new_keyring("CY01", "Chaoyang", "li", "first-pass-1", "R" * 40, KEY),
                 path)  # fmt: skip
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["audit"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert keyring.load(path).audit is None
    with keyring.updating(path) as ring:
        ring.audit = {"count": 7, "mac": "ab" * 32}
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 2
    rekeyed, _lost = keyring.rekeyed(keyring.load(path), KEY, b"n" * 32, {"li"}, "S" * 40)
    assert rekeyed.audit == {"count": 7, "mac": "ab" * 32}


def test_a_later_format_is_refused_by_name(tmp_path: Path) -> None:
    """A key file from a newer program says so, instead of failing later."""
    path = tmp_path / "site.sqlite.keys"
    path.write_text(json.dumps({"format": 3}), encoding="utf-8")
    with pytest.raises(keyring.KeyringError, match="format 3 is unknown"):
        keyring.load(path)


def test_a_name_that_is_no_account_is_noted_as_a_question_mark() -> None:
    """A note about a name without a slot keeps "?" (it may be a password typed in the
    user-name field); a note about a user keeps the name."""
    ring = Keyring("CY01", "Chaoyang", slots={"li": {}})
    ring.note("2026-01-01T00:00:00", "my-secret-pass", "sign_in_failed", "no key slot")
    ring.note("2026-01-01T00:00:00", "li", "sign_in_failed", "attempt 1")
    assert [event["user"] for event in ring.pending] == ["?", "li"]
    assert "my-secret-pass" not in ring.to_json()


def test_reseal_needs_the_binding_under_the_old_key(tmp_path: Path) -> None:
    """A re-key carries a slot over without its password; a slot whose public key was
    swapped by someone without the key, or of the old form, is not carried over."""
    path = _ring(tmp_path / "site.sqlite.keys")
    slot = keyring.load(path).slots["li"]
    new = bytes(reversed(KEY))
    assert keyring.unwrap("first-pass-1", keyring.resealed(slot, "li", KEY, new) or {}) == new
    intruder = keyring.wrap("intruder-pass", bytes(32), "li")
    swapped = {**slot, "public": intruder["public"]}
    assert keyring.resealed(swapped, "li", KEY, new) is None
    assert keyring.resealed(slot, "wang", KEY, new) is None
    assert keyring.resealed(format_1_slot("x", KEY), "li", KEY, new) is None


def test_the_program_derives_at_libsodiums_moderate_cost() -> None:
    """The cost the program uses unless a test lowers it is libsodium's moderate level."""
    assert keyring.MODERATE == (argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE)
    assert keyring.KDF_COST < keyring.MODERATE  # this suite's fixture


def test_no_environment_variable_lowers_the_cost_of_a_real_run(tmp_path: Path) -> None:
    """A separate process (as users run the program) makes slots at full cost, even with
    the variable that once made them cheap."""
    script = ("import sys; sys.path.insert(0, sys.argv[1]); from db import keyring; "
              "slot = keyring.wrap('first-pass-1', bytes(32), 'li'); "
              "print(slot['ops'], slot['mem'])")  # fmt: skip
    env = {**os.environ, "PEER_SUPPORT_TEST_CHEAP_KDF": "1"}
    done = subprocess.run([sys.executable, "-c", script, str(ROOT)], capture_output=True,
                          text=True, env=env, check=False, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(n) for n in keyring.MODERATE]
