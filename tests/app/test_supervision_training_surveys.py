"""Supervision, training attendance and survey answers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import UserError, ValidationFailed
from app.services import accounts, supervision, surveys, training
from db.database import Database
from tests import helpers
from tests.helpers import DOCTOR


def test_supervision_with_attendees(people_db: Database) -> None:
    """A group supervision keeps who attended and the topics raised."""
    accounts.add_staff(people_db, helpers.DOCTOR, "D1", "李医生", "community_doctor")
    data = supervision.SupervisionData(
        "TJH", date(2016, 2, 1), "group", supervisors=(supervision.Supervisor("D1"),),
        peers=("P1", "P2"), topics="边界"
    )
    supervision.record_supervision(people_db, DOCTOR, data)
    [row] = supervision.list_supervision(people_db)
    assert (row.kind, row.attendees, row.topics) == ("group", 2, "边界")
    with pytest.raises(UserError):
        supervision.record_supervision(
            people_db, DOCTOR, supervision.SupervisionData("TJH", date(2016, 2, 1), "weekly")
        )


def test_training_attendance_per_peer(people_db: Database) -> None:
    """Each workshop records which peers attended."""
    course = training.add_course(people_db, DOCTOR, "pre_service", "岗前培训", date(2015, 8, 1))
    training.add_training_session(
        people_db, DOCTOR, course, date(2015, 8, 1), "同伴支持理念", attended=("P1", "P2")
    )
    training.add_training_session(
        people_db, DOCTOR, course, date(2015, 8, 2), "保密与边界", attended=("P1",), absent=("P2",)
    )
    [row] = training.list_courses(people_db)
    assert (row.sessions, row.attendances) == (2, 3)
    with pytest.raises(UserError):
        training.add_course(
            people_db, DOCTOR, "pre_service", "x", date(2015, 8, 2), date(2015, 8, 1)
        )


def test_survey_answers_replace_not_duplicate(people_db: Database) -> None:
    """Saving the same person, item and date again replaces the answer."""
    answer = surveys.Answer(
        "C1", "consumer_satisfaction", "satisfied_with_peers", "yes", date(2016, 6, 1)
    )
    surveys.record_answers(people_db, DOCTOR, [answer])
    surveys.record_answers(
        people_db, DOCTOR, [surveys.Answer(**{**answer.__dict__, "answer": "no"})]
    )
    assert [a.answer for a in surveys.list_answers(people_db, DOCTOR)] == ["no"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"instrument": "happiness"}, "unknown_instrument"),
        ({"item": "own_mood"}, "unknown_item"),
        ({"answer": "maybe"}, "unknown_answer"),
        ({"answered_on": date.today() + timedelta(days=1)}, "answer_in_future"),
    ],
)
def test_bad_answers_are_refused_all_together(
    people_db: Database, change: dict[str, object], code: str
) -> None:
    """One bad answer among good ones: nothing is saved."""
    good = surveys.Answer(
        "C1", "consumer_satisfaction", "wants_to_continue", "yes", date(2016, 6, 1)
    )
    bad = surveys.Answer(**{**good.__dict__, "person": "C2", **change})
    with pytest.raises(ValidationFailed) as caught:
        surveys.record_answers(people_db, DOCTOR, [good, bad])
    assert code in {p.code for p in caught.value.problems}
    assert surveys.list_answers(people_db, DOCTOR) == []
