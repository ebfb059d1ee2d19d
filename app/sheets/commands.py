"""``sheets read FILE...``: reading scanned or photographed sheets on the command line.

It lists every page with its record and each box as read (uncertain ones marked ``?``),
and every page that could not be read with its reason; it saves nothing (confirming and
saving is done in the window, File > Read paper sheets...).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.database import Database

SIGNS = {"ticked": "x", "empty": "-", "uncertain": "?"}


def add_sheets_command(commands: Any) -> None:
    sheets = commands.add_parser("sheets", help="read ticked paper sheets from scans or photos")
    actions = sheets.add_subparsers(dest="sheets_command", metavar="ACTION", required=True)
    read = actions.add_parser(
        "read", help="read PDF scans and JPEG, PNG or HEIC photos; saves nothing"
    )
    read.add_argument("files", nargs="+", help="the files to read")
    read.set_defaults(handler=_read)


def _read(db: Database, args: argparse.Namespace) -> int:
    from app.sheets.reading import read_sheets

    reading = read_sheets(db, args.account, [Path(f) for f in args.files])
    for page in reading.pages:
        note = " (read before)" if page.earlier or page.repeated else ""
        print(f"{page.source}\t{page.code}\t{page.form}\tpage {page.page}{note}")
        for mark in sorted(page.marks, key=lambda m: m.state != "uncertain"):
            print(f"  [{SIGNS[mark.state]}] {mark.name}\t{mark.state}\t{mark.ink:.2f}")
        for name in page.areas:
            print(f"  handwritten: {name} (cut out as an image)")
    for refused in reading.refused:
        print(f"{refused.source}\tnot read: {refused.reason}")
    return 1 if reading.refused else 0
