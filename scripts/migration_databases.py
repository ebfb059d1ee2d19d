"""Regenerates tests/migrations/databases/: one small filled database per released schema revision.

Representative records are made once through the services at head; then, for each
revision, an empty database is upgraded to it with Alembic and the records are copied in
with SQL, column by column as that revision has them. Run it when a revision is released,
naming the new revision (without names, every saved database is made anew):

    .venv/bin/python scripts/migration_databases.py 0010
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alembic import command  # noqa: E402

from app import codes  # noqa: E402
from app.permissions import SYSTEM  # noqa: E402
from app.services import (  # noqa: E402
    accounts,
    emergencies,
    needs,
    people,
    screening,
    sessions,
    site,
    supervision,
    surveys,
    training,
)
from app.services.withdrawal import withdraw_consent  # noqa: E402
from db.database import Database  # noqa: E402
from db.engine import create_database_engine, database_url  # noqa: E402
from db.migrate import alembic_config  # noqa: E402

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
             "0012", "0013", "0014")  # fmt: skip
OUT = ROOT / "tests" / "migrations" / "databases"


def fill(db: Database) -> None:
    """A site with two communities and one record of every kind the service keeps."""
    site.init_site(db, "CY01", "Chaoyang peer support")
    site.add_community(db, SYSTEM, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    site.add_community(db, SYSTEM, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    accounts.add_staff(db, SYSTEM, "D1", "李医生", "community_doctor")
    accounts.add_staff(db, SYSTEM, "Y1", "杨医生", "psychiatrist")
    accounts.add_first_account(db, "li", "migration-test-1", "李医生")
    for n, (role, community) in enumerate(
        [
            ("peer", "TJH"),
            ("peer", "TJH"),
            ("consumer", "TJH"),
            ("consumer", "TJH"),
            ("consumer", "MZD"),
            ("caregiver", "TJH"),
        ],
        start=1,
    ):
        code = f"{community}-{role[0].upper()}{n}"
        data = people.PersonData(
            code,
            community,
            sex=("male", "female")[n % 2],
            birth_date=date(1970 + n, n, 10),
            education="senior_high",
            marital_status="married",
            working=n % 2 == 0,
            diagnosis="schizophrenia" if role != "caregiver" else None,
        )
        people.add_person(
            db,
            SYSTEM,
            data,
            role,
            date(2015, 9, 1) if community == "TJH" else date(2016, 3, 1),
            people.ContactData(f"王{n}", f"1380000000{n}"),
        )
    people.add_caregiver(db, SYSTEM, "TJH-C6", "TJH-C3", "母亲")
    people.change_status(db, SYSTEM, "TJH-P2", "peer", "on_leave", date(2016, 3, 1), "住院")
    criteria = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    screening.record_screening(
        db,
        SYSTEM,
        screening.ScreeningData(
            "TJH-C3", "consumer", date(2015, 8, 20), criteria, "D1", notes="情况稳定",
            referral="community_doctor", psychiatrist="Y1", psychiatrist_assessment="病情稳定",
            evidence={"stable": "medical_record"}, diagnosis_found="schizophrenia",
            decision="eligible", decided_by="Y1", decided_on=date(2015, 8, 21),
        ),
        confirmed=True,
    )  # fmt: skip
    screening.record_screening(db, SYSTEM, screening.ScreeningData(
        "TJH-C6", "caregiver", date(2015, 8, 20), {}, "D1", follow_up_contact=True,
        cared_for="TJH-C3"))  # fmt: skip
    talk = needs.NeedsData("TJH-C3", "consumer", date(2015, 8, 22), "D1", hopes="多交朋友",
                           concerns="怕被人知道")  # fmt: skip
    needs.record_needs(db, SYSTEM, talk)
    screening.record_consent(db, SYSTEM, "TJH-C3", "informed_consent", date(2015, 8, 25))
    plan = sessions.SessionPlan(
        "TJH",
        date(2016, 1, 5),
        time(9),
        time(10, 30),
        "health_center",
        "social_skills",
        "TJH-P1",
        ("TJH-P2",),
        ("role_play",),
        theme="使用微信",
        aim="学会发语音",
        record_keeper="TJH-P2",
        direction="注意C3的情绪",
        direction_by="D1",
    )
    held = sessions.plan_session(db, SYSTEM, plan)
    sessions.log_session(
        db,
        SYSTEM,
        held,
        sessions.SessionReport(
            time(9, 5),
            time(10, 20),
            ("TJH-C3",),
            ("TJH-C4",),
            ("TJH-P1", "TJH-P2"),
            ("D1",),
            feedback="大家很开心",
            held_topic="social_skills",
            held_venue="rehabilitation_center",
            adverse_event=True,
            recorded_by="TJH-P2",
            handover_batch=1,
        ),
    )
    later = sessions.SessionPlan(
        "TJH",
        date(2016, 2, 2),
        time(14),
        time(15),
        "health_center",
        "entertainment",
        "TJH-P1",
        ("TJH-P2",),
        theme="唱歌",
    )
    sessions.plan_session(db, SYSTEM, later)
    emergencies.report_event(
        db,
        SYSTEM,
        emergencies.EventReport(
            "TJH",
            datetime(2016, 1, 5, 2, tzinfo=UTC),
            "self_harm",
            "手臂有划痕",
            "联系家属",
            ("TJH-C3",),
            session_id=held,
            reported_to="D1",
            category="adverse_event",
            handed_over_at=datetime(2016, 1, 5, 3, tzinfo=UTC),
        ),
    )
    surveys.record_answers(
        db,
        SYSTEM,
        [
            surveys.Answer(
                "TJH-C3", "consumer_satisfaction", "satisfied_with_peers", "yes", date(2016, 6, 1)
            )
        ],
    )
    surveys.record_survey(
        db,
        SYSTEM,
        surveys.Interview(
            "TJH-C6", date(2016, 6, 1), "consumer", "D1", "community_doctor", "很配合"
        ),
        [
            surveys.Answer(
                "TJH-C6", "caregiver_benefit", "quality_of_life", "yes", date(2016, 6, 1)
            )
        ],
    )
    supervision.record_supervision(
        db,
        SYSTEM,
        supervision.SupervisionData(
            "TJH", date(2016, 2, 1), "group",
            (supervision.Supervisor("D1"), supervision.Supervisor("Y1")),
            ("TJH-P1", "TJH-P2"), topics="保持边界", minutes=60, difficulties="组员迟到",
            guidance="提前电话提醒", audio_recorded=True,
        ),
    )
    course = training.add_course(db, SYSTEM, "pre_service", "岗前培训", date(2015, 8, 1))
    training.record_training_session(
        db,
        SYSTEM,
        course,
        training.MeetingData(
            date(2015, 8, 1), "保密与边界", ("TJH-P1",), ("TJH-P2",), "孙老师",
            "confidentiality_boundaries", ("coursework", "role_play"), 180, "clinical_psychologist",
        ),
    )  # fmt: skip
    withdraw_consent(db, SYSTEM, "MZD-C5", date(2016, 9, 1))  # only 0007 and later keep the day


def copy_into(source: Path, target: Path, revision: str) -> None:
    """An empty database at the revision, with the source's rows as that schema has them."""
    engine = create_database_engine(database_url(target))
    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
    engine.dispose()
    out, src = sqlite3.connect(target), sqlite3.connect(source)
    with out:
        tables = [r[0] for r in out.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]  # fmt: skip
        out.execute("PRAGMA foreign_keys=OFF")
        for table in tables:
            have = {r[1] for r in out.execute(f"PRAGMA table_info({table})")}
            known = [r[1] for r in src.execute(f"PRAGMA table_info({table})") if r[1] in have]
            if not known:
                continue
            names = ", ".join(known)
            rows = src.execute(f"SELECT {names} FROM {table}").fetchall()
            marks = ", ".join("?" * len(known))
            out.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
    src.close()
    out.execute("PRAGMA journal_mode=DELETE")
    out.execute("PRAGMA page_size=1024")  # many near-empty tables: small pages keep it small
    out.execute("VACUUM")
    out.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "head.sqlite"
        db = Database.open(source)
        fill(db)
        db.close()
        for revision in sys.argv[1:] or REVISIONS:
            target = OUT / f"revision-{revision}.sqlite"
            target.unlink(missing_ok=True)
            copy_into(source, target, revision)
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
