"""The report's chart series: every period and community of the report, zeros included, by
name, with what each axis counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.reports.build import ReportScope, build_report
from app.reports.document import CHART_COMMUNITIES, charts, half_years_between
from app.services import sessions
from db.database import Database
from tests.app.test_sessions import PLAN, REPORT
from tests.helpers import DOCTOR


def test_half_years_between() -> None:
    """From the half-year of the first day to that of the last, none skipped."""
    assert half_years_between(date(2015, 9, 1), date(2017, 2, 1)) == [
        "2015H2", "2016H1", "2016H2", "2017H1",
    ]  # fmt: skip
    assert half_years_between(date(2016, 1, 1), date(2016, 6, 30)) == ["2016H1"]


def test_periods_and_communities_without_sessions_show_as_zero(people_db: Database) -> None:
    """Two sessions at Tuanjiehu in 2016 H1: the other half-years and Maizidian show as
    zeros, by name, in both languages; the axes say what they hold."""
    for day in (date(2016, 1, 5), date(2016, 3, 1)):
        sid = sessions.plan_session(people_db, DOCTOR, replace(PLAN, session_date=day))
        sessions.log_session(people_db, DOCTOR, sid, REPORT)
    report = build_report(people_db, DOCTOR, ReportScope(date(2015, 9, 1), date(2016, 12, 31)))
    period, topics, peers, consumers = charts(report, "en")
    assert peers.series["Tuanjiehu"] == [2, 2]
    assert period.categories == ["2015 H2", "2016 H1", "2016 H2"]
    assert period.series == {"Maizidian": [0, 0, 0], "Tuanjiehu": [0, 2, 0]}
    assert (period.category_axis, period.value_axis) == ("Six months", "Sessions held")
    assert topics.horizontal and sum(topics.series["Sessions held"]) == 2
    assert consumers.categories == ["2015", "2016"]
    assert consumers.series["Tuanjiehu"] == [3, 3] and consumers.series["Maizidian"] == [0, 1]
    assert consumers.value_axis == "Enrolled"
    zh = charts(report, "zh")[0]
    assert zh.categories == ["2015年\n下半年", "2016年\n上半年", "2016年\n下半年"]
    assert set(zh.series) == {"团结湖", "麦子店"} and zh.value_axis == "开展次数"


def test_more_communities_than_colours_are_charted_together() -> None:
    """Nine communities: each chart by community shows their sum, named with how many;
    the topic chart is as it was."""
    codes_ = [f"C{n}" for n in range(CHART_COMMUNITIES + 1)]
    report = {
        "scope": {"from": "2016-01-01", "to": "2016-12-31"},
        "communities": [{"code": c, "en": f"Community {c}", "zh": f"社区{c}"} for c in codes_],
        "sessions": {"per_period": {c: {"2016H1": 1, "2016H2": n}
                                    for n, c in enumerate(codes_)},
                     "topics": {"social_skills": {"n": 9, "percent": 100.0}}},
        "enrollment": {role: {"table": {c: {"2016": 2} for c in codes_}}
                       for role in ("peer", "consumer")},
    }  # fmt: skip
    period, topics, peers, consumers = charts(report, "en")
    assert period.series == {"All 9 communities": [9, 36]}
    assert peers.series == consumers.series == {"All 9 communities": [18]}
    assert topics.series == {"Sessions held": [9]}
    assert charts(report, "zh")[0].series == {"全部9个社区": [9, 36]}
    del report["communities"][0]
    report["sessions"]["per_period"].pop("C0")
    for role in ("peer", "consumer"):
        report["enrollment"][role]["table"].pop("C0")
    assert len(charts(report, "en")[0].series) == CHART_COMMUNITIES  # each by name
