"""The report's records as SPSS files for re-analysis: one file per unit (people,
enrolments, sessions, attendance, survey answers), the unit said in the file label, codes
as numbers with bilingual value labels, dates as SPSS dates, measure levels set, and
"not assessed" / "not applicable" declared user-missing. The report's scope (communities,
period) chooses the rows. The set is written whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import access, codes
from app.permissions import Account, Capability
from app.reports.build import ReportScope, age_on, require_report_access
from app.reports.words import INSTRUMENT_LABELS, ITEM_LABELS
from db.database import Database
from db.models import (
    ActivitySession,
    Attendance,
    Community,
    Enrolment,
    Person,
    SurveyAnswer,
)

NOT_APPLICABLE, NOT_ASSESSED = 8, 9
YES_NO = {1: "Yes 是", 2: "No 否"}
ANSWERS = {
    1: "Yes 是",
    2: "No 否",
    NOT_APPLICABLE: "Not applicable 不适用",
    NOT_ASSESSED: "Not assessed 未评估",
}
UNITS = ("people", "enrolments", "sessions", "attendance", "answers")


@dataclass
class Variable:
    """One variable: its label, measure level, format and value labels."""

    label: str
    measure: str  # nominal, ordinal or scale
    format: str | None = None
    values: dict[int, str] | None = None
    missing: list[int] | None = None


def _numbered(code_list: codes.CodeList) -> dict[str, int]:
    return {c.code: i for i, c in enumerate(code_list, start=1)}


def _labels(code_list: codes.CodeList) -> dict[int, str]:
    return {i: f"{c.en} {c.zh}" for i, c in enumerate(code_list, start=1)}


def _coded(code_list: codes.CodeList, label: str, measure: str = "nominal") -> Variable:
    width = len(str(len(code_list.codes)))
    return Variable(label, measure, f"F{width}.0", _labels(code_list))


def _pairs(pairs: dict[str, tuple[str, str]]) -> codes.CodeList:
    return codes.CodeList("", *(codes.Code(k, en, zh) for k, (en, zh) in pairs.items()))


INSTRUMENTS = _pairs(INSTRUMENT_LABELS)
ITEMS = _pairs(ITEM_LABELS)
DATE = "DATE11"


def write_spss(db: Database, actor: Account, scope: ReportScope, path: Path) -> tuple[Path, ...]:
    """Five .sav files beside ``path`` (NAME-people.sav ...), for the scope.

    One line per person with the diagnosis is individual-level clinical data, so it needs
    clinical details on top of reports.
    """
    from app.reports.build import _refuse_unknown
    from app.reports.data import frames

    require_report_access(db, actor)
    access.require(db, actor, Capability.SEE_CLINICAL)
    _refuse_unknown(frames(db)["communities"], set(scope.communities))
    rows = _read(db, scope)
    communities = codes.CodeList(
        "community",
        *(
            codes.Code(c.code, c.name_en or c.code, c.name_zh or c.name_en or c.code)
            for c in rows["communities"]
        ),
    )
    made = {
        "people": _people(rows, scope, communities),
        "enrolments": _enrolments(rows, communities),
        "sessions": _sessions(rows, communities),
        "attendance": _attendance(rows),
        "answers": _answers(rows, communities),
    }
    chosen = ", ".join(scope.communities) or "all communities"
    note = f"Period {scope.start} – {scope.end}; communities: {chosen}"
    targets = {unit: path.with_name(f"{path.stem}-{unit}.sav") for unit in UNITS}
    from app.reports.file_sets import replaced_together

    with replaced_together(list(targets.values())) as partials:
        for (label, frame, variables), partial in zip(made.values(), partials, strict=True):
            _write(frame, variables, label, note, partial)
    return tuple(targets.values())


def _write(frame: Any, variables: dict[str, Variable], label: str, note: str, path: Path) -> None:
    import pandas as pd
    import pyreadstat

    for name, variable in variables.items():  # dates as SPSS dates, even a column all empty
        if variable.format == DATE:
            frame[name] = pd.to_datetime(frame[name].astype(object)).astype("datetime64[ns]")
        elif variable.format:  # numeric even when empty or all missing
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("float64")
    pyreadstat.write_sav(
        frame,
        str(path),
        file_label=label[:64],
        note=note,
        column_labels=[variables[c].label for c in frame.columns],
        variable_measure={c: v.measure for c, v in variables.items()},
        variable_format={c: v.format for c, v in variables.items() if v.format},
        variable_value_labels={c: v.values for c, v in variables.items() if v.values},
        missing_ranges={c: list(v.missing) for c, v in variables.items() if v.missing},
    )


def _read(db: Database, scope: ReportScope) -> dict[str, Any]:
    """The rows in scope: communities chosen, enrolments overlapping the period, sessions
    and answers within it, attendance of those sessions."""
    chosen = set(scope.communities)
    with db.reading() as session:
        communities = [
            c
            for c in session.scalars(
                select(Community).where(Community.deleted.is_(False)).order_by(Community.code)
            )
            if not chosen or c.code in chosen
        ]
        ids = {c.id: c.code for c in communities}
        enrolments = [
            (e.person_id, ids[e.community_id], e.role, e.enrolled_on, e.left_on)
            for e in session.scalars(select(Enrolment).where(Enrolment.deleted.is_(False)))
            if e.community_id in ids
            and e.enrolled_on <= scope.end
            and (e.left_on is None or e.left_on >= scope.start)
        ]
        wanted = {e[0] for e in enrolments}
        people = {
            p.id: p
            for p in session.scalars(select(Person).where(Person.deleted.is_(False)))
            if p.id in wanted
        }
        codes_of = {p.id: p.code for p in session.scalars(select(Person))}
        sessions = [
            s
            for s in session.scalars(
                select(ActivitySession).where(ActivitySession.deleted.is_(False))
            )
            if s.community_id in ids and scope.start <= s.session_date <= scope.end
        ]
        held = {s.id for s in sessions}
        attendance = [
            (a.session_id, a.kind, codes_of.get(a.person_id or ""), a.present)
            for a in session.scalars(select(Attendance).where(Attendance.deleted.is_(False)))
            if a.session_id in held and a.person_id
        ]
        person_community = {p.id: p.community_id for p in session.scalars(select(Person))}
        answers = [
            (
                codes_of[a.person_id],
                ids[person_community[a.person_id]],
                a.instrument,
                a.item,
                a.answer,
                a.answered_on,
            )
            for a in session.scalars(select(SurveyAnswer).where(SurveyAnswer.deleted.is_(False)))
            if person_community.get(a.person_id) in ids
            and scope.start <= a.answered_on <= scope.end
        ]
        session_rows = [
            (
                s.id,
                ids[s.community_id],
                s.session_date,
                s.status,
                s.topic,
                s.venue,
                s.actual_start,
                s.actual_end,
            )
            for s in sessions
        ]
        person_rows = [
            (
                p.id,
                p.code,
                ids.get(p.community_id, ""),
                p.sex,
                p.birth_date,
                p.education,
                p.marital_status,
                p.working,
                p.diagnosis,
            )
            for p in people.values()
        ]
    return {
        "communities": communities,
        "enrolments": enrolments,
        "people": person_rows,
        "codes": codes_of,
        "sessions": session_rows,
        "attendance": attendance,
        "answers": answers,
    }


def _held_on(periods: list[tuple[Any, ...]], role: str, day: date) -> int:
    return int(
        any(
            r == role and on <= day and (left is None or left > day)
            for _p, _c, r, on, left in periods
        )
    )


def _people(rows: dict[str, Any], scope: ReportScope, communities: codes.CodeList) -> Any:
    import pandas as pd

    by_person: dict[str, list[tuple[Any, ...]]] = {}
    for row in rows["enrolments"]:
        by_person.setdefault(row[0], []).append(row)
    records = []
    for pid, code, community, sex, birth, education, marital, working, diagnosis in sorted(
        rows["people"], key=lambda r: r[1]
    ):
        periods = sorted(by_person.get(pid, []), key=lambda e: e[3])

        def first(role: str, periods: list[tuple[Any, ...]] = periods) -> date | None:
            return min((e[3] for e in periods if e[2] == role), default=None)

        def last_left(role: str, periods: list[tuple[Any, ...]] = periods) -> date | None:
            held = [e for e in periods if e[2] == role]
            return None if not held or any(e[4] is None for e in held) else max(e[4] for e in held)

        became_peer = (
            first("consumer") is not None
            and first("peer") is not None
            and (first("consumer") < first("peer"))
        )  # type: ignore[operator]
        records.append(
            {
                "code": code,
                "community": _numbered(communities).get(community),
                "sex": _numbered(codes.SEXES).get(sex or ""),
                "birth": birth,
                "age": age_on(birth, scope.end) if birth else None,
                "education": _numbered(codes.EDUCATION).get(education or ""),
                "marital": _numbered(codes.MARITAL_STATUSES).get(marital or ""),
                "working": None if working is None else (1 if working else 2),
                "diagnosis": _numbered(codes.DIAGNOSES).get(diagnosis or ""),
                "first_role": _numbered(codes.ROLES)[periods[0][2]] if periods else None,
                "peer_from": first("peer"),
                "peer_to": last_left("peer"),
                "consumer_from": first("consumer"),
                "consumer_to": last_left("consumer"),
                "caregiver_from": first("caregiver"),
                "became_peer": 1 if became_peer else 2,
                "peer_end": _held_on(periods, "peer", scope.end) or 2,
                "consumer_end": _held_on(periods, "consumer", scope.end) or 2,
            }
        )
    variables = {
        "code": Variable("Person code 编号", "nominal"),
        "community": _coded(communities, "Community 社区"),
        "sex": _coded(codes.SEXES, "Sex 性别"),
        "birth": Variable("Birth date 出生日期", "scale", DATE),
        "age": Variable("Age on the period's last day 年龄", "scale", "F3.0"),
        "education": _coded(codes.EDUCATION, "Education 文化程度", "ordinal"),
        "marital": _coded(codes.MARITAL_STATUSES, "Marital status 婚姻状况"),
        "working": Variable("Working 工作状况", "nominal", "F1.0", YES_NO),
        "diagnosis": _coded(codes.DIAGNOSES, "Diagnosis 诊断"),
        "first_role": _coded(codes.ROLES, "First role 首个角色"),
        "peer_from": Variable("Peer from 成为同伴支持者", "scale", DATE),
        "peer_to": Variable("Peer until (empty: still) 同伴支持者至", "scale", DATE),
        "consumer_from": Variable("Consumer from 成为服务对象", "scale", DATE),
        "consumer_to": Variable("Consumer until (empty: still) 服务对象至", "scale", DATE),
        "caregiver_from": Variable("Caregiver from 成为照料者", "scale", DATE),
        "became_peer": Variable(
            "A consumer who became a peer 由服务对象转为同伴支持者", "nominal", "F1.0", YES_NO
        ),
        "peer_end": Variable(
            "Peer on the period's last day (Table 2) 时段末为同伴支持者", "nominal", "F1.0", YES_NO
        ),
        "consumer_end": Variable(
            "Consumer on the period's last day (Table 2) 时段末为服务对象",
            "nominal",
            "F1.0",
            YES_NO,
        ),
    }
    frame = pd.DataFrame(records, columns=list(variables))
    return "People: one row per person, with role history", frame, variables


def _enrolments(rows: dict[str, Any], communities: codes.CodeList) -> Any:
    import pandas as pd

    frame = pd.DataFrame(
        [
            {
                "code": rows["codes"][pid],
                "community": _numbered(communities).get(c),
                "role": _numbered(codes.ROLES).get(role),
                "enrolled": on,
                "left": left,
            }
            for pid, c, role, on, left in sorted(
                rows["enrolments"], key=lambda e: (rows["codes"][e[0]], e[3])
            )
        ],
        columns=["code", "community", "role", "enrolled", "left"],
    )
    variables = {
        "code": Variable("Person code 编号", "nominal"),
        "community": _coded(communities, "Community 社区"),
        "role": _coded(codes.ROLES, "Role 角色"),
        "enrolled": Variable("Enrolled on 入组日期", "scale", DATE),
        "left": Variable("Left on (empty: still enrolled) 退出日期", "scale", DATE),
    }
    return "Enrolments: one row per period a person held a role", frame, variables


def _minutes(start: Any, end: Any) -> int | None:
    if start is None or end is None:
        return None
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _sessions(rows: dict[str, Any], communities: codes.CodeList) -> Any:
    import pandas as pd

    frame = pd.DataFrame(
        [
            {
                "session": sid[:8],
                "community": _numbered(communities).get(c),
                "date": day,
                "status": _numbered(codes.SESSION_STATUSES).get(status),
                "topic": _numbered(codes.TOPICS).get(topic),
                "venue": _numbered(codes.VENUES).get(venue),
                "minutes": _minutes(start, end),
            }
            for sid, c, day, status, topic, venue, start, end in sorted(
                rows["sessions"], key=lambda s: s[2]
            )
        ],
        columns=["session", "community", "date", "status", "topic", "venue", "minutes"],
    )
    variables = {
        "session": Variable("Session key (first 8 characters) 活动编号", "nominal"),
        "community": _coded(communities, "Community 社区"),
        "date": Variable("Date 日期", "scale", DATE),
        "status": _coded(codes.SESSION_STATUSES, "Status 状态"),
        "topic": _coded(codes.TOPICS, "Topic category 活动主题类别"),
        "venue": _coded(codes.VENUES, "Venue 活动场地"),
        "minutes": Variable("Actual length (minutes) 实际时长（分钟）", "scale", "F3.0"),
    }
    return "Sessions: one row per session", frame, variables


def _attendance(rows: dict[str, Any]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(
        [
            {
                "session": sid[:8],
                "code": code,
                "role": _numbered(codes.ROLES).get(kind),
                "present": 1 if present else 2,
            }
            for sid, kind, code, present in sorted(
                rows["attendance"], key=lambda a: (a[0], a[2] or "")
            )
        ],
        columns=["session", "code", "role", "present"],
    )
    variables = {
        "session": Variable("Session key (first 8 characters) 活动编号", "nominal"),
        "code": Variable("Person code 编号", "nominal"),
        "role": _coded(codes.ROLES, "Attended as 参加身份"),
        "present": Variable("Present 出席", "nominal", "F1.0", YES_NO),
    }
    return "Attendance: one row per person listed for a session", frame, variables


def _answers(rows: dict[str, Any], communities: codes.CodeList) -> Any:
    import pandas as pd

    numbers = {"yes": 1, "no": 2, "not_applicable": NOT_APPLICABLE, "not_assessed": NOT_ASSESSED}
    frame = pd.DataFrame(
        [
            {
                "code": code,
                "community": _numbered(communities).get(c),
                "instrument": _numbered(INSTRUMENTS).get(instrument),
                "item": _numbered(ITEMS).get(item),
                "answer": numbers.get(answer),
                "date": day,
            }
            for code, c, instrument, item, answer, day in sorted(rows["answers"])
        ],
        columns=["code", "community", "instrument", "item", "answer", "date"],
    )
    variables = {
        "code": Variable("Person code 编号", "nominal"),
        "community": _coded(communities, "Community 社区"),
        "instrument": _coded(INSTRUMENTS, "Instrument 问卷"),
        "item": _coded(ITEMS, "Item 条目"),
        "answer": Variable(
            "Answer 回答", "nominal", "F1.0", ANSWERS, [NOT_APPLICABLE, NOT_ASSESSED]
        ),
        "date": Variable("Answered on 访谈日期", "scale", DATE),
    }
    return "Survey answers (long): one row per person, item and date", frame, variables
