"""Helpers shared by tests of every layer: accounts of every role, and accounts in a database.

The services only read an account's user name and role, so the accounts below need no row
in the database; tests that sign in through the window or the command line create real ones.
"""

from __future__ import annotations

from base64 import b64encode
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.permissions import Account
from app.services import accounts, lookup
from db import keyring
from db.database import Database
from db.models import UserAccount
from main import main

DOCTOR = Account("li", "Li", "community_doctor", staff_code="TJH-D")
PEER = Account("wang", "Wang", "peer", person_code="P1")
PSYCHIATRIST = Account("zhao", "Zhao", "psychiatrist")
PSYCHOLOGIST = Account("sun", "Sun", "clinical_psychologist")
SOCIAL_WORKER = Account("zhou", "Zhou", "social_worker")
RESEARCHER = Account("chen", "Chen", "research_assistant")
MANAGER = Account("pm", "Project manager", "project_manager")

BY_ROLE = {a.role: a for a in (DOCTOR, PEER, PSYCHIATRIST, PSYCHOLOGIST, SOCIAL_WORKER,
                               RESEARCHER, MANAGER)}  # fmt: skip
"""One account per role of the permission table."""


def create_account(
    db: Database,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    staff_code: str | None = None,
    person_code: str | None = None,
) -> Account:
    """An account written straight into the database, as a test's starting point: no
    permission check, password policy, staff record or key slot (``accounts.add_account``
    is the way a site makes one)."""
    with db.transaction(username) as session:
        if session.scalars(select(UserAccount).where(UserAccount.username == username)).first():
            raise ValueError(f"the test made the account {username} twice")
        session.add(UserAccount(
            username=username, display_name=display_name or username, role=role,
            password_hash=accounts.hash_password(password),
            staff_id=lookup.staff(session, staff_code).id if staff_code else None,
            person_id=lookup.person(session, person_code).id if person_code else None,
        ))  # fmt: skip
    return Account(username, display_name or username, role, staff_code, person_code)


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


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Runs the command line in this process: its exit code, standard output and error."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_workbook(path: Path, rows: list[list[object]]) -> Path:
    """An .xlsx file whose first sheet holds these rows (dates as Excel dates), as Excel
    saves it."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for values in rows:
        sheet.append(values)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy/m/d"
    book.save(path)
    return path
