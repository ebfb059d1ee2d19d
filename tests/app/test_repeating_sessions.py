"""Repeating sessions and the activity library."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from app import codes
from app.errors import NeedsConfirmation, UserError, ValidationFailed
from app.services import library, people, sessions
from app.starter_library import STARTER_PLANS
from db.database import Database
from tests.app.test_sessions import PLAN
from tests.helpers import DOCTOR


def test_weekly_until_a_date(people_db: Database) -> None:
    """Weekly from 5 January until 26 January is four sessions, a week apart."""
    ids = sessions.plan_repeating(people_db, DOCTOR, PLAN, 7, date(2016, 1, 26))
    assert len(ids) == 4
    days = [r.session_date for r in sessions.list_sessions(people_db)]
    assert days == [date(2016, 1, 5), date(2016, 1, 12), date(2016, 1, 19), date(2016, 1, 26)]


def test_every_two_weeks(people_db: Database) -> None:
    """Every two weeks until a date that is not itself a session day."""
    sessions.plan_repeating(people_db, DOCTOR, PLAN, 14, date(2016, 2, 10))
    assert [r.session_date.day for r in sessions.list_sessions(people_db)] == [5, 19, 2]


def test_repeat_is_all_or_nothing(people_db: Database) -> None:
    """A peer who quits mid-way makes a later date an error: no session is written."""
    people.change_status(people_db, DOCTOR, "P2", "peer", "quit", date(2016, 1, 15), "moved")
    with pytest.raises(ValidationFailed, match="2016-01-19"):
        sessions.plan_repeating(people_db, DOCTOR, PLAN, 7, date(2016, 1, 26), confirmed=True)
    assert sessions.list_sessions(people_db) == []


def test_warnings_are_asked_once(people_db: Database) -> None:
    """A short session repeated four times asks once, then saves all four."""
    short = replace(PLAN, planned_end=time(9, 30))
    with pytest.raises(NeedsConfirmation) as caught:
        sessions.plan_repeating(people_db, DOCTOR, short, 7, date(2016, 1, 26))
    assert len(caught.value.warnings) == 1
    assert len(sessions.plan_repeating(people_db, DOCTOR, short, 7, date(2016, 1, 26), True)) == 4


def test_repeat_limits(people_db: Database) -> None:
    """Only weekly or fortnightly, ending after the start, at most two years at once."""
    for every, until in ((3, date(2016, 2, 1)), (7, date(2015, 12, 1)), (7, date(2019, 1, 1))):
        with pytest.raises(UserError):
            sessions.plan_repeating(people_db, DOCTOR, PLAN, every, until)


def test_starter_library_covers_every_topic_in_both_languages(db: Database) -> None:
    """At least two plans per topic category, every text in Chinese and English."""
    assert library.ensure_starter_library(db) == len(STARTER_PLANS)
    assert library.ensure_starter_library(db) == 0
    for language in ("zh", "en"):
        templates = library.list_templates(db, language)
        for topic in codes.TOPICS.code_names():
            assert len([t for t in templates if t.topic == topic]) >= 2, topic
        for t in templates:
            assert all(getattr(t, name).strip() for name in library.FIELDS), t.key
    titles = {t.title for t in library.list_templates(db, "zh")}
    assert {"使用微信", "识别复发早期征兆", "分享童年故事"} <= titles


def test_plan_from_template_fills_the_form(db: Database) -> None:
    """Starting from a plan copies its texts, topic, formats and length."""
    library.ensure_starter_library(db)
    [template] = [t for t in library.list_templates(db, "en") if t.key == "messaging-app"]
    plan = library.plan_from(template, library.blank_plan("TJH", date(2016, 1, 5)))
    assert (plan.topic, plan.theme) == ("social_skills", "Using a messaging app")
    assert plan.formats == ("lecture", "role_play")
    assert sessions.minutes_between(plan.planned_start, plan.planned_end) == 90
    assert plan.warm_up and plan.main_activity and plan.closing and plan.materials


def test_site_adds_its_own_plan(db: Database) -> None:
    """A site's own plan joins the library; a plan needs a title and a known topic."""
    library.add_template(db, DOCTOR, "entertainment", ("group_discussion",), {"title": "踢毽子"})
    assert "踢毽子" in {t.title for t in library.list_templates(db, "zh", "entertainment")}
    with pytest.raises(UserError):
        library.add_template(db, DOCTOR, "dancing", (), {"title": "x"})
