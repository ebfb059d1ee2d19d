"""Time to build the whole report for a national-scale project (1,000 communities, three
years), against reading the same session rows into pandas with one query in the same run.

Run: .venv/bin/python benchmarks/bench_report.py [COMMUNITIES]
"""

from __future__ import annotations

import random
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert
from table import Row, interleaved, report

from app import codes
from app.reports.build import ReportScope, build_report
from app.reports.outputs import save_report
from app.services import site
from db.database import Database
from db.models import ActivitySession, Community, Enrolment, Person, SurveyAnswer
from tests.helpers import MANAGER

KEY = bytes(range(32))
"""The project manager's database is encrypted, as every installation's is."""
REPEAT = 5

START, YEARS = date(2015, 1, 1), 3


def _stamp() -> dict[str, object]:
    now = datetime.now(UTC)
    return {"id": str(uuid.uuid4()), "owner_site": "PM", "created_at": now, "updated_at": now,
            "revision": 1, "deleted": False}  # fmt: skip


def fill(db: Database, communities: int) -> int:
    """Communities with peers, consumers, weekly sessions and survey answers; row count."""
    rng = random.Random(1)
    topics, venues = codes.TOPICS.code_names(), codes.VENUES.code_names()
    total = 0
    with db.engine.begin() as connection:
        for n in range(communities):
            community = {**_stamp(), "code": f"C{n:04d}", "name_zh": "", "name_en": f"C{n}",
                         "start_date": START}  # fmt: skip
            connection.execute(insert(Community), [community])
            people, enrolments, answers = [], [], []
            for p in range(15):
                person = {**_stamp(), "code": f"C{n:04d}-{p:02d}", "community_id": community["id"],
                          "sex": rng.choice(["male", "female"]),
                          "birth_date": date(rng.randint(1960, 1995), 1, 1),
                          "education": rng.choice(codes.EDUCATION.code_names()),
                          "marital_status": "single", "working": rng.random() < 0.3,
                          "diagnosis": rng.choice(["schizophrenia", "bipolar"])}  # fmt: skip
                people.append(person)
                enrolments.append({**_stamp(), "person_id": person["id"],
                                   "community_id": community["id"],
                                   "role": "peer" if p < 3 else "consumer",
                                   "enrolled_on": START, "left_on": None})  # fmt: skip
                answers.append({**_stamp(), "person_id": person["id"],
                                "instrument": "consumer_satisfaction",
                                "item": "satisfied_with_peers",
                                "answer": rng.choice(["yes", "yes", "no", "not_assessed"]),
                                "reason": "", "answered_on": date(2017, 6, 1)})  # fmt: skip
            sessions = [{**_stamp(), "community_id": community["id"],
                         "session_date": START + timedelta(days=7 * w),
                         "planned_start": clock(9), "planned_end": clock(10, 30),
                         "venue": rng.choice(venues), "topic": rng.choice(topics),
                         "formats": ["group_discussion"], "status": "held",
                         "actual_start": clock(9), "actual_end": clock(10, 30)}
                        for w in range(52 * YEARS)]  # fmt: skip
            for model, rows in (
                (Person, people),
                (Enrolment, enrolments),
                (SurveyAnswer, answers),
                (ActivitySession, sessions),
            ):
                connection.execute(insert(model), rows)
                total += len(rows)
    return total


def rows() -> list[Row]:
    """The whole report, its PDF and workbook written, against one pandas read of the
    sessions; alternately, five times each (median ± spread)."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    communities = int(args[0]) if args else 1000
    import pandas as pd

    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "national.sqlite", KEY)
        site.init_site(db, "PM", "National", kind="project")
        rows = fill(db, communities)
        assert db.checkpoints is not None  # the fill's log moved into the file before timing,
        db.checkpoints.checkpoint()  # not by the worker during the first turns

        def read() -> None:
            with db.engine.connect() as connection:
                query = ("SELECT * FROM activity_session JOIN community "
                         "ON activity_session.community_id = community.id")  # fmt: skip
                pd.read_sql(query, connection)

        def made() -> None:
            built = build_report(db, MANAGER, ReportScope(START, date(2017, 12, 31)))
            save_report(built, "pdf", Path(folder) / "report.pdf", "National", "zh")
            save_report(built, "xlsx", Path(folder) / "report.xlsx", "National", "zh")

        took, spread, baseline, base_spread = interleaved(made, read, REPEAT)
        db.close()
        return [Row(f"report+PDF+workbook, {communities} communities, {rows} rows", "s", took,
                    baseline, "<= 3", spread, base_spread)]  # fmt: skip


if __name__ == "__main__":
    report(rows)
