"""The report's rows, read with SQL into pandas (loaded only when a report is made)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, func, select, type_coerce

from db.database import Database
from db.models import (
    ActivitySession,
    Attendance,
    Community,
    EmergencyEvent,
    Enrolment,
    Person,
    Screening,
    Supervision,
    SurveyAnswer,
    TrainingAttendance,
    TrainingSession,
)


def frames(db: Database) -> dict[str, Any]:
    """Every table the report reads, as DataFrames of live rows."""
    import pandas as pd

    def read(stmt: Any) -> Any:
        with db.engine.connect() as connection:
            return pd.read_sql(stmt, connection)

    community = Community.code.label("community")
    # Consumers present at each session, corrected logs and removed rows included as they are.
    came = (
        select(func.count())
        .where(Attendance.session_id == ActivitySession.id, Attendance.kind == "consumer",
               Attendance.present.is_(True), Attendance.deleted.is_(False))
        .scalar_subquery()
        .label("consumers_present")
    )  # fmt: skip
    # The process form's topic and venue as held, where it records them; else the plan's.
    held_topic = func.coalesce(ActivitySession.held_topic, ActivitySession.topic).label("topic")
    held_venue = func.coalesce(ActivitySession.held_venue, ActivitySession.venue).label("venue")
    # Formats as stored (JSON text): the few distinct lists are decoded once each, not per row.
    formats = type_coerce(ActivitySession.formats, String).label("formats")
    return {
        "communities": read(
            select(Community.code, Community.name_zh, Community.name_en, Community.start_date)
            .where(Community.deleted.is_(False))
            .order_by(Community.code)
        ),
        "sessions": read(
            select(ActivitySession.session_date, ActivitySession.status, held_topic,
                   held_venue, formats, ActivitySession.cancel_reason,
                   ActivitySession.actual_start, ActivitySession.actual_end,
                   ActivitySession.adverse_event, came, community)
            .join(Community, ActivitySession.community_id == Community.id)
            .where(ActivitySession.deleted.is_(False))
        ),
        "enrolments": read(
            select(Person.code, Enrolment.role, Enrolment.enrolled_on, Enrolment.left_on,
                   Person.sex, Person.birth_date, Person.education, Person.marital_status,
                   Person.working, Person.diagnosis, community)
            .join(Person, Enrolment.person_id == Person.id)
            .join(Community, Enrolment.community_id == Community.id)
            .where(Enrolment.deleted.is_(False), Person.deleted.is_(False))
        ),
        "answers": read(
            select(SurveyAnswer.instrument, SurveyAnswer.item, SurveyAnswer.answer,
                   SurveyAnswer.answered_on, community)
            .join(Person, SurveyAnswer.person_id == Person.id)
            .join(Community, Person.community_id == Community.id)
            .where(SurveyAnswer.deleted.is_(False))
        ),
        "events": read(
            select(EmergencyEvent.kind, EmergencyEvent.occurred_at, EmergencyEvent.acknowledged_at,
                   EmergencyEvent.closed_at, EmergencyEvent.category, community)
            .join(Community, EmergencyEvent.community_id == Community.id)
            .where(EmergencyEvent.deleted.is_(False))
        ),
        "screenings": read(
            select(Screening.role, Screening.screened_on, Screening.referral,
                   Screening.decision, community)
            .join(Person, Screening.person_id == Person.id)
            .join(Community, Person.community_id == Community.id)
            .where(Screening.deleted.is_(False))
        ),
        "supervision": read(
            select(Supervision.kind, Supervision.held_on, community)
            .join(Community, Supervision.community_id == Community.id)
            .where(Supervision.deleted.is_(False))
        ),
        "training": read(
            select(TrainingSession.id.label("session_id"), TrainingSession.held_on,
                   TrainingAttendance.present)
            .join(TrainingAttendance, TrainingAttendance.training_session_id == TrainingSession.id)
            .where(TrainingSession.deleted.is_(False), TrainingAttendance.deleted.is_(False))
        ),
    }  # fmt: skip
