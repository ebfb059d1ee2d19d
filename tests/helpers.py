"""Helpers shared by tests of every layer: accounts of every role, and accounts in a database.

The services only read an account's user name and role, so the accounts below need no row
in the database; tests that sign in through the window or the command line create real ones.
"""

from __future__ import annotations

from base64 import b64encode
from collections.abc import Callable, Sequence
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


def rendered_pages(pdf: Path, dpi: int = 150) -> list[Any]:
    """Each page of a PDF as a grey numpy image, as a scanner at ``dpi`` would give it."""
    import numpy as np
    import pypdfium2 as pdfium

    from printouts.pdfium_lock import PDFIUM

    images = []
    with PDFIUM:  # every PDFium object closed now: freed later by the collector, one can crash
        document = pdfium.PdfDocument(str(pdf))
        try:
            for number in range(len(document)):
                page = document[number]
                bitmap = page.render(scale=dpi / 72)
                images.append(np.array(bitmap.to_pil().convert("L")))
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images


def draw_tick(
    image: Any, left_mm: float, top_mm: float, dpi: int = 150, faint: bool = False
) -> None:
    """A pen's tick across the 4 mm box whose top left corner is given (a short light
    pencil touch when ``faint``), drawn on an upright page image in place."""
    import cv2

    px = dpi / 25.4
    if faint:  # a light pencil touch
        start, end = (left_mm + 1.2, top_mm + 2.4), (left_mm + 2.6, top_mm + 1.6)
        cv2.line(image, (int(start[0] * px), int(start[1] * px)),
                 (int(end[0] * px), int(end[1] * px)), 165, max(2, int(0.35 * px)))  # fmt: skip
        return
    points = [(0.6, 2.2), (1.7, 3.4), (3.6, 0.5)]
    pixels = [(int((left_mm + x) * px), int((top_mm + y) * px)) for x, y in points]
    thick = max(2, int(0.45 * px))
    cv2.line(image, pixels[0], pixels[1], 20, thick)
    cv2.line(image, pixels[1], pixels[2], 20, thick)


def photographed(
    image: Any, angle: float = 0.0, tilt: float = 0.0, noise: float = 0.0, shade: float = 0.0
) -> Any:
    """A page image as a scanner or a phone gives it back: turned by ``angle`` degrees
    (quarter turns too), seen at a ``tilt`` (perspective, a share of the width), on a
    darker background, with grain (``noise``, grey levels) and light falling off from one
    side (``shade``, a share of the brightness)."""
    import cv2
    import numpy as np

    turned = np.rot90(image, k=round(angle / 90) % 4).copy()
    angle -= 90 * round(angle / 90)
    pad = int(0.2 * max(turned.shape))
    big = cv2.copyMakeBorder(turned, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=120)
    height, width = big.shape
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    d = tilt * width
    seen = np.float32([[d, 0], [width - d * 0.3, d * 0.5], [width, height], [0, height - d]])
    matrix = cv2.getPerspectiveTransform(corners, seen)
    turn = np.vstack([cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0), [0, 0, 1]])
    out = cv2.warpPerspective(big, turn @ matrix, (width, height), borderValue=110)
    light = 1.0 - shade * np.linspace(0, 1, width)[None, :]
    grain = np.random.default_rng(7).normal(0, noise, out.shape) if noise else 0.0
    return np.clip(out.astype(float) * light + grain, 0, 255).astype(np.uint8)


def changed_rows(
    columns: list[str], rows: list[Sequence[Any]], change: Callable[[dict[str, Any]], None]
) -> tuple[list[str], list[list[Any]]]:
    """A batch of a bundle (its columns, each row's values in their order) with ``change`` made
    to each row as a mapping, back in that shape: what a tampered site would write."""
    mappings = [dict(zip(columns, row, strict=True)) for row in rows]
    for mapping in mappings:
        change(mapping)
    names = sorted({name for mapping in mappings for name in mapping})
    return names, [[mapping.get(name) for name in names] for mapping in mappings]


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
