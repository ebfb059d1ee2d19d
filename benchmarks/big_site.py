"""A site with years of data for the list and saving benchmarks: 100,000 sessions.

Twenty communities over ten years (2015-07-01 to 2025-06-30), each with peers and consumers
who join and leave, sessions led by two or three peers, groups of about a dozen consumers
of whom most come, a doctor at some sessions, feedback and notes; a few sessions cancelled,
a few deleted, the last days' sessions still waiting to be logged.

The site, its communities and staff go through the services; the bulk (people, sessions,
peers, attendance) is written with SQLAlchemy Core executemany on the models' tables, with
every column a service would set: UUID keys, the owner site, revisions (2 once a plan was
logged or cancelled), UTC timestamps. No audit entries are written for the bulk, as if the
records came with the database. Building 100,000 sessions takes a minute or two, so the
result is cached at CACHE (named by VERSION; change VERSION when the content changes) and
benchmarks work on a copy from ``working_copy``.
"""

from __future__ import annotations

import random
import shutil
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Connection, Table, insert, select

from app import codes
from app.demo_content import FEEDBACK, GIVEN, NOTES, SURNAMES, THEMES
from app.permissions import SYSTEM
from app.services import accounts, site
from db.database import Database
from db.models import (
    ActivitySession,
    Attendance,
    Community,
    Contact,
    Enrolment,
    Person,
    SessionPeer,
    StaffMember,
)

VERSION = "v1"
CACHE = Path("/tmp") / f"peer-support-bench-big-site-{VERSION}.sqlite"
SITE = "BIG"
SESSIONS = 100_000
COMMUNITIES = 20
START, END = date(2015, 7, 1), date(2025, 6, 30)
WAITING_DAYS = 10  # sessions of the last days are planned, not yet logged,
WAITING_LAST = 3  # and at least the last three of each community (for smaller sites)
SLOTS = (time(9), time(10, 30), time(14), time(15, 30))
VENUES = ("rehabilitation_center", "rehabilitation_center", "health_center", "outdoors")
CANCEL_REASONS = ("venue_unavailable", "weather", "holiday", "peer_unavailable")
BATCH = 20_000


@dataclass(frozen=True)
class Member:
    """A person's key, code and the days they are enrolled (left is the first day out)."""

    id: str
    code: str
    joined: date
    left: date | None

    def on(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


class Writer:
    """Stamps rows as the session hooks would and writes them in batches."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.pending: dict[Table, list[dict[str, Any]]] = {}

    def add(self, model: Any, row: dict[str, Any], day: date, revision: int = 1) -> str:
        created = datetime.combine(day, time(8), tzinfo=UTC)
        key = str(uuid.uuid4())
        row |= {"id": key, "owner_site": SITE, "created_at": created, "revision": revision,
                "updated_at": created + timedelta(days=revision - 1), "deleted": False}  # fmt: skip
        rows = self.pending.setdefault(model.__table__, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush()
        return key

    def flush(self) -> None:
        """Writes every pending row, tables in the order first added (parents first)."""
        for table, rows in self.pending.items():
            if rows:
                self.connection.execute(insert(table), rows)
            rows.clear()


def _members(writer: Writer, rng: random.Random, community: str, key: str,
             opened: date) -> tuple[list[Member], list[Member]]:  # fmt: skip
    """Peers and consumers of one community; a third of consumers leave and others join."""
    peers, consumers = [], []
    for role, count, prefix in (("peer", 8, "P"), ("consumer", 60, "C")):
        for n in range(count):
            joined = opened if n < count // 2 else opened + timedelta(days=rng.randint(0, 3000))
            stays = n < 3 or rng.random() > 0.33  # three of each stay throughout
            left = None if stays else joined + timedelta(days=rng.randint(400, 2500))
            code = f"{community}-{prefix}{n + 1:02d}"
            person = writer.add(Person, {"code": code, "community_id": key,
                "sex": rng.choice(["male", "female"]),
                "birth_date": date(rng.randint(1960, 1995), rng.randint(1, 12), 1),
                "education": rng.choice(codes.EDUCATION.code_names()[:5]),
                "marital_status": rng.choice(["single", "married", "divorced"]),
                "working": rng.random() < 0.3,
                "diagnosis": rng.choice(["schizophrenia", "bipolar"]),
                "consent_withdrawn_on": None}, joined)  # fmt: skip
            name = rng.choice(SURNAMES) + rng.choice(GIVEN)
            writer.add(Contact, {"person_id": person, "address": "", "emergency_contact": "",
                                 "name": name, "phone": f"13{rng.randint(0, 10**9 - 1):09d}"},
                       joined)  # fmt: skip
            writer.add(Enrolment, {"person_id": person, "community_id": key, "role": role,
                                   "enrolled_on": joined, "left_on": left}, joined)  # fmt: skip
            (peers if role == "peer" else consumers).append(Member(person, code, joined, left))
    return peers, consumers


def _session_days(opened: date, count: int) -> Iterator[tuple[date, time]]:
    """``count`` sessions spread evenly from the community's opening to END, in slots."""
    span = (END - opened).days + 1
    for n in range(count):
        yield opened + timedelta(days=n * span // count), SLOTS[n % len(SLOTS)]


def _sessions(writer: Writer, rng: random.Random, key: str, opened: date, count: int,
              people: tuple[list[Member], list[Member]], doctor: str) -> None:  # fmt: skip
    """One community's sessions with their peers and attendance."""
    peers, consumers = people
    topics = codes.TOPICS.code_names()
    formats = codes.FORMATS.code_names()[:5]
    for n, (day, begin) in enumerate(_session_days(opened, count)):
        topic = topics[n % len(topics)]
        theme, aim = rng.choice(THEMES[topic])
        end = (datetime.combine(day, begin) + timedelta(minutes=rng.choice([60, 75, 90]))).time()
        waiting = day > END - timedelta(days=WAITING_DAYS) or n >= count - WAITING_LAST
        status = "planned" if waiting else (
            "cancelled" if rng.random() < 0.04 else "held")  # fmt: skip
        held = status == "held"
        row = {"community_id": key, "session_date": day, "planned_start": begin,
               "planned_end": end, "venue": rng.choice(VENUES), "venue_detail": "",
               "topic": topic, "theme": theme, "aim": aim, "formats": [formats[n % 5]],
               "format_other": "", "warm_up": "简单拉伸，互相问候", "main_activity": aim,
               "closing": "每人说一句今天的收获", "materials": "签到表、白板、笔",
               "status": status, "cancel_note": "",
               "cancel_reason": rng.choice(CANCEL_REASONS) if status == "cancelled" else None,
               "actual_start": begin if held else None, "actual_end": end if held else None,
               "held_theme": theme if held else "", "held_aim": aim if held else "",
               "feedback": rng.choice(FEEDBACK) if held else "",
               "notes": rng.choice(NOTES) if held else ""}  # fmt: skip
        planned_on = day - timedelta(days=7)
        sid = writer.add(ActivitySession, row, planned_on, 1 if status == "planned" else 2)
        if rng.random() < 0.003:
            row["deleted"] = True  # still pending: ``add`` stamped this very dict
        chosen = rng.sample([p for p in peers if p.on(day)], rng.choice([2, 2, 3]))
        for part, peer in zip(["lead", "assist", "assist"], chosen, strict=False):
            writer.add(SessionPeer, {"session_id": sid, "person_id": peer.id, "part": part},
                       planned_on)  # fmt: skip
        if not held:
            continue
        here = [c for c in consumers if c.on(day)]
        group = rng.sample(here, min(12, len(here)))
        attended = [("consumer", c.id, None, rng.random() < 0.75) for c in group]
        attended += [("peer", p.id, None, True) for p in chosen]
        if rng.random() < 0.3:
            attended.append(("staff", None, doctor, True))
        for kind, person, staff, present in attended:
            writer.add(Attendance, {"session_id": sid, "kind": kind, "person_id": person,
                                    "staff_id": staff, "present": present}, day, 1)  # fmt: skip


def build(path: Path, sessions: int = SESSIONS, communities: int = COMMUNITIES) -> Path:
    """Creates the site database at ``path`` (which must not exist) and returns it."""
    rng = random.Random(2015)
    db = Database.open(path)
    site.init_site(db, SITE, "Big site benchmark")
    opened = []
    for n in range(communities):
        code = f"C{n + 1:02d}"
        first = START + timedelta(days=30 * (n % 12))
        site.add_community(db, SYSTEM, code, f"Community {n + 1}", f"社区{n + 1}", first)
        accounts.add_staff(db, SYSTEM, f"{code}-D", f"{code}医生", "community_doctor")
        opened.append((code, first))
    with db.engine.connect() as connection:
        keys = dict(connection.execute(select(Community.code, Community.id)).all())
        doctors = dict(connection.execute(select(StaffMember.code, StaffMember.id)).all())
    for n, (code, first) in enumerate(opened):
        share = sessions // communities + (n < sessions % communities)
        with db.engine.begin() as connection:  # one transaction per community
            writer = Writer(connection)
            people = _members(writer, rng, code, keys[code], first)
            _sessions(writer, rng, keys[code], first, share, people, doctors[f"{code}-D"])
            writer.flush()
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def cached() -> Path:
    """The cached 100,000-session site, built first if missing (into a temporary name)."""
    if not CACHE.exists():
        partial = CACHE.with_suffix(".partial")
        for leftover in CACHE.parent.glob(partial.name + "*"):
            leftover.unlink()
        build(partial)
        partial.rename(CACHE)
    return CACHE


KEY = bytes(range(32))
"""The key of the encrypted copies (a site's database is encrypted with its own key)."""
ENCRYPTED = CACHE.with_name(CACHE.stem + "-encrypted.sqlite")


def encrypt(plain: Path, target: Path) -> Path:
    """The site encrypted with KEY as a site's database is, with SQLCipher's export."""
    from contextlib import closing

    import sqlcipher3.dbapi2 as sqlcipher

    from db.engine import connect_file

    with closing(sqlcipher.connect(str(plain))) as connection:
        connection.execute(f"ATTACH DATABASE '{target}' AS enc KEY \"x'{KEY.hex()}'\"")
        connection.execute("SELECT sqlcipher_export('enc')")
        connection.execute("DETACH DATABASE enc")
    with closing(connect_file(target, KEY)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
    return target


def encrypted_cached() -> Path:
    """The cached site encrypted with KEY, made first if missing."""
    if not ENCRYPTED.exists():
        partial = ENCRYPTED.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        encrypt(cached(), partial)
        partial.rename(ENCRYPTED)
    return ENCRYPTED


def working_copy(folder: Path, source: Path | None = None) -> Path:
    """A copy of the cached site (or of ``source``) in ``folder``, for one benchmark run."""
    target = Path(folder) / "big-site.sqlite"
    shutil.copyfile(source or cached(), target)
    return target


if __name__ == "__main__":
    import time as clock

    began = clock.perf_counter()
    print(cached(), f"{clock.perf_counter() - began:.1f} s")
