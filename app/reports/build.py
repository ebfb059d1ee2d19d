"""Building the evaluation report as one nested dict (the documented JSON layout)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from app import access, codes
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.reports import stats
from app.reports.data import frames
from db.database import Database

DEMOGRAPHIC_FIELDS = ("sex", "education", "marital_status", "working", "diagnosis")
STEPS = 9
"""Progress steps of a report: reading the data, then one per section after the scope."""


@dataclass(frozen=True)
class ReportScope:
    """Which period and communities the report covers."""

    start: date
    end: date
    communities: tuple[str, ...] = ()
    everyone: bool = False  # demographics of everyone ever enrolled, not only on the last day
    extra: dict[str, Any] = field(default_factory=dict)


def half_year(day: date) -> str:
    """The six-month period of a day, e.g. 2016H1 or 2016H2."""
    return f"{day.year}H{1 if day.month <= 6 else 2}"


def age_on(birth: date, on: date) -> int:
    """Completed years on the day."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def build_report(
    db: Database,
    actor: Account,
    scope: ReportScope,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Every section of the evaluation for the scope: counts only, no person named.

    ``progress`` is told the steps done out of the total between the steps, so a
    watcher can show how far it is and stop it by raising (building writes nothing).
    """
    require_report_access(db, actor)
    report = progress or _unwatched
    report(0, STEPS)
    data = frames(db)
    chosen = set(scope.communities)
    _refuse_unknown(data["communities"], chosen)

    def keep(frame: Any) -> Any:
        return frame[frame["community"].isin(chosen)] if chosen and len(frame) else frame

    sessions = keep(data["sessions"])
    if len(sessions):
        dates = sessions["session_date"]
        sessions = sessions[(dates >= scope.start) & (dates <= scope.end)]
    enrolments = keep(data["enrolments"])
    sections: dict[str, Callable[[], dict[str, Any]]] = {
        "sessions": lambda: _sessions(sessions, _starts(data, sessions, chosen, scope), scope),
        "enrollment": lambda: _enrollment(enrolments, scope),
        "demographics": lambda: _demographics(enrolments, scope),
        "surveys": lambda: _surveys(keep(data["answers"]), scope),
        "emergencies": lambda: _emergencies(keep(data["events"]), scope),
        "screening": lambda: _screening(keep(data["screenings"]), scope),
        "supervision": lambda: _supervision(keep(data["supervision"]), scope),
        "training": lambda: _training(data["training"], scope),
    }
    result: dict[str, Any] = {
        "scope": {"from": scope.start.isoformat(), "to": scope.end.isoformat(),
                  "communities": sorted(chosen) or None, "everyone": scope.everyone},
        "communities": _communities(data["communities"], chosen),
    }  # fmt: skip
    report(1, STEPS)
    for step, (name, make) in enumerate(sections.items(), start=2):
        result[name] = make()
        report(step, STEPS)
    return result


def _refuse_unknown(communities: Any, chosen: set[str]) -> None:
    unknown = sorted(chosen - set(communities["code"]))
    if unknown:
        message = translate("reports", "No community has the code {codes}; known: {known}.")
        raise UserError(message.format(codes=", ".join(unknown),
                                       known=", ".join(communities["code"])))  # fmt: skip


def _communities(frame: Any, chosen: set[str]) -> list[dict[str, Any]]:
    """The communities covered, with their names and the day each started (for the tables)."""
    columns = ("code", "name_en", "name_zh", "start_date")
    return [{"code": code, "en": en or code, "zh": zh or en or code,
             "start": _day(start).isoformat() if _day(start) else None}
            for code, en, zh, start in zip(*(frame[c].tolist() for c in columns), strict=True)
            if not chosen or code in chosen]  # fmt: skip


def _day(value: Any) -> date | None:
    if value is None or value != value:  # None or NaN/NaT
        return None
    return value.date() if isinstance(value, datetime) else value  # type: ignore[no-any-return]


def _starts(
    data: dict[str, Any], sessions: Any, chosen: set[str], scope: ReportScope
) -> dict[str, date]:
    """The first day each community ran within the period: its start day, else its first
    held session; communities not yet started by the period's end are left out."""
    held = sessions[sessions["status"] == "held"] if len(sessions) else sessions
    first = held.groupby("community")["session_date"].min().to_dict() if len(held) else {}
    starts = {}
    communities = data["communities"]
    for code, start in zip(communities["code"].tolist(), communities["start_date"].tolist(),
                           strict=True):  # fmt: skip
        if chosen and code not in chosen:
            continue
        began = _day(start) or first.get(code)
        if began is not None and began <= scope.end:
            starts[code] = max(began, scope.start)
    return starts


def data_span(db: Database, communities: tuple[str, ...] = ()) -> tuple[date, date] | None:
    """The first and last day anything was recorded (sessions, enrolments, answers, events,
    supervision) in the communities, or None when nothing was: the default period."""
    data = frames(db)
    chosen = set(communities)
    _refuse_unknown(data["communities"], chosen)
    days: list[date] = []
    for name, columns in (("sessions", ("session_date",)),
                          ("enrolments", ("enrolled_on", "left_on")),
                          ("answers", ("answered_on",)), ("events", ("occurred_at",)),
                          ("supervision", ("held_on",))):  # fmt: skip
        frame = data[name]
        if chosen and len(frame):
            frame = frame[frame["community"].isin(chosen)]
        for column in columns:
            days += [d for d in map(_day, frame[column]) if d is not None]
    return (min(days), max(days)) if days else None


def scope_for(db: Database, start: date | None, end: date | None,
              communities: tuple[str, ...] = (), everyone: bool = False) -> ReportScope:
    """The scope asked for, a missing end taken from the span of the data (not today);
    refused with a UserError when it is unknown, backwards or holds nothing at all."""
    span = data_span(db, communities)
    if span is None:
        raise UserError(translate("reports", "Nothing is recorded yet for these communities."))
    first, last = start or span[0], end or span[1]
    if last < first:
        raise UserError(translate("reports", "The period ends ({end}) before it starts ({start}).")
                        .format(start=first, end=last))  # fmt: skip
    if not _anything_between(db, communities, first, last):
        raise UserError(translate("reports", "Nothing is recorded between {start} and {end}: "
                                  "the data run from {first} to {last}.").format(
            start=first, end=last, first=span[0], last=span[1]))  # fmt: skip
    return ReportScope(first, last, communities, everyone)


def _anything_between(db: Database, communities: tuple[str, ...], first: date, last: date) -> bool:
    """Whether a session, answer, event or supervision falls in the period, or anyone was
    enrolled during it."""
    data = frames(db)
    chosen = set(communities)
    for name, column in (("sessions", "session_date"), ("answers", "answered_on"),
                         ("events", "occurred_at"), ("supervision", "held_on")):  # fmt: skip
        frame = data[name]
        frame = frame[frame["community"].isin(chosen)] if chosen and len(frame) else frame
        if any(d is not None and first <= d <= last for d in map(_day, frame[column])):
            return True
    frame = data["enrolments"]
    frame = frame[frame["community"].isin(chosen)] if chosen and len(frame) else frame
    return any(
        _day(on) is not None and _day(on) <= last and (_day(left) is None or _day(left) >= first)  # type: ignore[operator]
        for on, left in zip(frame["enrolled_on"], frame["left_on"], strict=True)
    )


def require_report_access(db: Database, actor: Account) -> None:
    """Reports need SEE_REPORTS; at the project manager they cover every site's records,
    which is asked first so that the refusal names what the hub holds."""
    installation = db.installation()
    if installation is not None and installation.kind == "project":
        access.require(db, actor, Capability.SEE_ALL_SITES)
    access.require(db, actor, Capability.SEE_REPORTS)


def _unwatched(_done: int, _total: int) -> None:
    """The progress of a report nobody watches."""


def _minutes(held: Any) -> list[float]:
    """Each held session's length in minutes, where both times were logged."""
    known = held[held["actual_start"].notna() & held["actual_end"].notna()]

    def of_day(times: Any) -> Any:
        return times.map(lambda t: t.hour * 60 + t.minute).astype(float)

    return list((of_day(known["actual_end"]) - of_day(known["actual_start"])).tolist())


def _half_years(days: Any) -> Any:
    """Each day's half-year, as ``half_year`` names it (days repeat: each named once)."""
    return days.map({day: half_year(day) for day in days.unique()})


def _sessions(frame: Any, starts: dict[str, date], scope: ReportScope) -> dict[str, Any]:
    held = frame[frame["status"] == "held"] if len(frame) else frame
    per_period: dict[str, dict[str, int]] = {}
    if len(held):
        counts = held.groupby(["community", _half_years(held["session_date"])]).size()
        for (community, period), n in counts.items():
            per_period.setdefault(str(community), {})[str(period)] = int(n)
    periods = sorted({p for counts in per_period.values() for p in counts})
    table = [[counts.get(p, 0) for p in periods] for _, counts in sorted(per_period.items())]
    minutes = _minutes(held) if len(held) else []
    total = len(held)
    formats = _format_counts(held) if total else {}
    topics = {code: int((held["topic"] == code).sum()) if total else 0
              for code in codes.TOPICS.code_names()}  # fmt: skip
    cancelled = frame[frame["status"] == "cancelled"] if len(frame) else frame
    counted = _count(held, "community")
    months = {c: _months_between(first, scope.end) for c, first in starts.items()}
    return {
        "held": total,
        "per_period": per_period,
        "test": stats.crosstab_test(table),
        "frequency": {c: round(counted.get(c, 0) / m, 2) for c, m in months.items()},
        "frequency_months": months,
        "duration": stats.describe(minutes),
        "formats": {c: {"n": n, "percent": _percent(n, total)} for c, n in formats.items()},
        "venues": _count(held, "venue"),
        "topics": {c: {"n": n, "percent": _percent(n, total)} for c, n in topics.items()},
        "cancelled": {"n": len(cancelled), "reasons": _count(cancelled, "cancel_reason")},
        "attendance": _attendance(held),
        "adverse_events": _adverse_events(held),
    }  # fmt: skip


def _format_counts(held: Any) -> dict[str, int]:
    """Sessions held that used each format; each distinct list (JSON text) is decoded once."""
    formats: dict[str, int] = {}
    for stored, n in held["formats"].value_counts().items():
        for code in json.loads(stored) or []:
            formats[code] = formats.get(code, 0) + int(n)
    return formats


def _adverse_events(held: Any) -> dict[str, int]:
    """Sessions held whose process form says no adverse event happened, says one did, or
    does not say (logged before the question was on the form)."""
    answers = held["adverse_event"] if len(held) else []
    said = [bool(a) for a in answers if a is not None and a == a]  # NaN: not recorded
    return {"none": said.count(False), "yes": said.count(True),
            "not_recorded": len(held) - len(said)}  # fmt: skip


def _attendance(held: Any) -> dict[str, Any]:
    """Consumers present at the sessions held: in all, and per session."""
    present = [int(n) for n in held["consumers_present"]] if len(held) else []
    return {"consumers_present": sum(present), "per_session": stats.describe(present)}


def _months_between(first: date, last: date) -> int:
    """Calendar months from the first day's month to the last day's, both counted."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _count(frame: Any, column: str) -> dict[str, int]:
    if not len(frame):
        return {}
    return {str(k): int(v) for k, v in frame[column].value_counts().sort_index().items()}


def _percent(n: int, total: int) -> float | None:
    return round(100 * n / total, 1) if total else None


def _enrolled_on(frame: Any, on: date, role: str) -> Any:
    if not len(frame):
        return frame
    left = frame["left_on"]
    mask = ((frame["role"] == role) & (frame["enrolled_on"] <= on)
            & (left.isna() | (left.map(lambda d: d is None or d != d or d > on))))  # fmt: skip
    return frame[mask]


def _enrollment(frame: Any, scope: ReportScope) -> dict[str, Any]:
    years = list(range(scope.start.year, scope.end.year + 1))
    result = {}
    for role in ("peer", "consumer"):
        table: dict[str, dict[str, int]] = {}
        for year in years:
            day = min(date(year, 12, 31), scope.end)
            for community, n in _count(_enrolled_on(frame, day, role), "community").items():
                table.setdefault(community, {})[str(year)] = n
        grid = [[counts.get(str(y), 0) for y in years] for _, counts in sorted(table.items())]
        result[role] = {"table": table, "test": stats.crosstab_test(grid)}
    return result


def _population(frame: Any, scope: ReportScope, role: str) -> Any:
    if scope.everyone:
        chosen = frame[frame["role"] == role] if len(frame) else frame
        return chosen.drop_duplicates("code") if len(chosen) else chosen
    return _enrolled_on(frame, scope.end, role).drop_duplicates("code")


def _demographics(frame: Any, scope: ReportScope) -> dict[str, Any]:
    groups = {role: _population(frame, scope, role) for role in ("peer", "consumer")}
    ages = {role: [age_on(b, scope.end) for b in group["birth_date"] if b is not None and b == b]
            for role, group in groups.items()}  # fmt: skip
    result: dict[str, Any] = {
        "age": {role: stats.describe(values) for role, values in ages.items()}
        | {"test": stats.t_test(ages["peer"], ages["consumer"])},
    }  # fmt: skip
    for name in DEMOGRAPHIC_FIELDS:
        counts = {role: _count(group.assign(**{name: group[name].map(_category)}), name)
                  if len(group) else {} for role, group in groups.items()}  # fmt: skip
        # Unknown values are missing, left out of the test as SPSS leaves them out.
        categories = sorted({c for by_role in counts.values() for c in by_role} - {"unknown"})
        table = [[counts[role].get(c, 0) for role in ("peer", "consumer")] for c in categories]
        result[name] = {"counts": counts, **stats.crosstab_test(table)}
    return result


def _category(value: Any) -> str:
    if value is None or value != value:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _surveys(frame: Any, scope: ReportScope) -> dict[str, Any]:
    if len(frame):
        frame = frame[(frame["answered_on"] >= scope.start) & (frame["answered_on"] <= scope.end)]
    result: dict[str, Any] = {}
    for instrument, items in codes.INSTRUMENTS.items():
        for item in items:
            answers = frame[(frame["instrument"] == instrument) & (frame["item"] == item)] \
                if len(frame) else frame  # fmt: skip
            counted = _count(answers, "answer")
            yes, no = counted.get("yes", 0), counted.get("no", 0)
            asked = yes + no + counted.get("not_assessed", 0)
            result.setdefault(instrument, {})[item] = {
                "asked": asked, "yes": yes, "no": no,
                "not_assessed": counted.get("not_assessed", 0),
                "percent_yes": _percent(yes, asked), **stats.even_split_test(yes, no),
            }  # fmt: skip
    return result


def _within(frame: Any, column: str, scope: ReportScope) -> Any:
    if not len(frame):
        return frame
    days = frame[column].map(lambda v: v.date() if isinstance(v, datetime) else v)
    return frame[(days >= scope.start) & (days <= scope.end)]


def _emergencies(frame: Any, scope: ReportScope) -> dict[str, Any]:
    events = _within(frame, "occurred_at", scope)
    closed = int(events["closed_at"].notna().sum()) if len(events) else 0
    acknowledged = (int((events["acknowledged_at"].notna() & events["closed_at"].isna()).sum())
                    if len(events) else 0)  # fmt: skip
    states = {"reported": len(events) - closed - acknowledged, "acknowledged": acknowledged,
              "closed": closed}  # fmt: skip
    kinds = {code: 0 for code in codes.EVENT_KINDS.code_names()} | _count(events, "kind")
    said = events["category"].map(lambda c: c if isinstance(c, str) else "not_recorded") \
        if len(events) else events  # fmt: skip
    categories = {code: 0 for code in codes.EVENT_CATEGORIES.code_names()} | (
        {str(k): int(v) for k, v in said.value_counts().items()} if len(events) else {})
    return {"total": len(events), "kinds": kinds, "states": states, "categories": categories}


def _screening(frame: Any, scope: ReportScope) -> dict[str, Any]:
    """Peers and consumers screened in the period: the decision and how they came."""
    held = _within(frame, "screened_on", scope)
    result = {}
    for role in ("peer", "consumer"):
        mine = held[held["role"] == role] if len(held) else held
        decided = [d for d in mine["decision"] if isinstance(d, str)] if len(mine) else []
        came = [r for r in mine["referral"] if isinstance(r, str)] if len(mine) else []
        result[role] = {
            "screened": len(mine),
            "decisions": {code: decided.count(code) for code in codes.ELIGIBILITY.code_names()}
            | {"not_decided": len(mine) - len(decided)},
            "referrals": {code: came.count(code) for code in codes.REFERRALS.code_names()}
            | {"not_recorded": len(mine) - len(came)},
        }
    return result


def _supervision(frame: Any, scope: ReportScope) -> dict[str, Any]:
    held = _within(frame, "held_on", scope)
    return {"total": len(held), "kinds": _count(held, "kind")}


def _training(frame: Any, scope: ReportScope) -> dict[str, Any]:
    marks = _within(frame, "held_on", scope)
    present = int(marks["present"].sum()) if len(marks) else 0
    return {"sessions": int(marks["session_id"].nunique()) if len(marks) else 0,
            "attendances": present, "absences": len(marks) - present}  # fmt: skip
