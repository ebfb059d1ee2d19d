"""Printing the service's forms: gathering a record's values and each record's short code.

Printouts are pure writers; this module reads what they need through the services and
hands them plain strings. Every filled form carries a short code (S-1A2B3C4D for a
session, E-… for an emergency, V-… supervision, T-… training, P-CODE for a person) that
can be typed or scanned to find the record again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sqlalchemy import String, cast, select

from app import access, codes, name_forms
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import (
    emergencies,
    people,
    printed,
    screening,
    session_record,
    sessions,
    site,
    supervision,
    surveys,
    training,
)
from db.base import new_uuid
from db.database import Database
from db.files import replaced_when_done
from db.models import ActivitySession, EmergencyEvent, Supervision, TrainingSession

if TYPE_CHECKING:
    from printouts.spec import FormSpec

FORMS = ("plan", "process", "attendance", "emergency", "screening", "needs", "survey",
         "supervision", "training")  # fmt: skip
PERSON_RECORD = "person-record"  # always filled, so not among the blank forms
SITE_KEY, RECEIPT = "site-key", "receipt"  # the hand-over sheets, always filled
EXCHANGE_SHEETS = (SITE_KEY, RECEIPT)
CLINICAL_FORMS = ("screening", "needs", "survey", PERSON_RECORD)
NAMED_FORMS = ("screening", "needs", PERSON_RECORD)  # a person's own sheet, headed with their name
FORM_TITLES = {
    "plan": "Activity Plan Form 活动计划表",
    "process": "Activity Process Form 活动过程记录表",
    "attendance": "Participant List 参与者签到表",
    "emergency": "Emergency Event Form 紧急事件报告表",
    "screening": "Screening and consent checklist 筛查与知情同意清单 "
    "(--role peer|consumer|caregiver)",
    "needs": "Pre-service needs interview 服务前需求访谈 (--role peer|consumer|caregiver)",
    "survey": "Survey interview sheet 评估访谈表 (--role peer|consumer|caregiver)",
    "supervision": "Supervision record 督导记录表",
    "training": "Training attendance sheet 培训签到表",
    PERSON_RECORD: "Personal record 个人档案 (everything held about a person; --id CODE)",
    SITE_KEY: "Site key fingerprint 站点密钥指纹 (at the project manager: --id SITE)",
    RECEIPT: "Bundle import receipt 数据包导入回执 (at the project manager: --id SITE)",
}
PREFIXES = {"S": ActivitySession, "E": EmergencyEvent, "V": Supervision, "T": TrainingSession}
KIND_OF_FORM = {"plan": "S", "process": "S", "attendance": "S", "emergency": "E",
                "supervision": "V", "training": "T"}  # fmt: skip


@dataclass(frozen=True)
class RecordCode:
    """What a short code names: a kind of record ("S", "E", "V", "T", "P") and its key."""

    kind: str
    key: str


def short_code(kind: str, key: str) -> str:
    """The code printed on a form: a letter and the first eight characters of the key."""
    if kind == "P":
        return f"P-{key}"
    return f"{kind}-{key.replace('-', '')[:8].upper()}"


def resolve_code(db: Database, text: str) -> RecordCode | None:
    """The record a typed or scanned code names, or None if it names none (or several)."""
    text = text.strip()
    kind, _, rest = text.partition("-")
    kind = kind.upper()
    if kind == "P" and rest:
        return _person_code(db, rest)
    model = PREFIXES.get(kind)
    if model is None or len(rest) != 8:
        return None
    with db.reading() as session:
        ids = session.scalars(
            select(model.id).where(cast(model.id, String).ilike(f"{rest.lower()}%"),
                                   model.deleted.is_(False))
        ).all()  # fmt: skip
    return RecordCode(kind, ids[0]) if len(ids) == 1 else None


def _person_code(db: Database, code: str) -> RecordCode | None:
    """A person's printed code, today's or one corrected since (then today's is given)."""
    rows = people.list_people(db)
    if any(row.code == code for row in rows):
        return RecordCode("P", code)
    earlier = [row.code for row in rows if code in row.former_codes]
    return RecordCode("P", earlier[0]) if len(earlier) == 1 else None


def _find(db: Database, form: str, record: str) -> str:
    """The key of the record a form is printed for, from a key or a short code."""
    found = resolve_code(db, record) if "-" in record and len(record) <= 12 else None
    if found is not None and found.kind == KIND_OF_FORM.get(form):
        return found.key
    return record


def _site(db: Database) -> str:
    installation = db.installation()
    return installation.site_name if installation else ""


def _community(db: Database, code: str) -> str:
    names = {c.code: f"{c.name_zh} {c.name_en}".strip() for c in site.list_communities(db)}
    return names.get(code, code)


def _time(value: object) -> str:
    return value.strftime("%H:%M") if value is not None else ""  # type: ignore[attr-defined]


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def session_values(db: Database, session_id: str) -> dict[str, str]:
    """Every field of a session's plan and report, as display strings."""
    detail = sessions.session_detail(db, session_id)
    plan, report = detail.plan, detail.report
    values = {
        "community": _community(db, plan.community),
        "date": plan.session_date.isoformat(),
        "planned_time": f"{_time(plan.planned_start)}–{_time(plan.planned_end)}",
        "venue": plan.venue, "venue_detail": plan.venue_detail, "topic": plan.topic,
        "formats": ",".join(plan.formats), "format_other": plan.format_other,
        "theme": plan.theme, "aim": plan.aim, "lead_peer": plan.lead_peer or "",
        "assisting_peers": ", ".join(plan.assisting_peers), "warm_up": plan.warm_up,
        "main_activity": plan.main_activity, "closing": plan.closing,
        "materials": plan.materials, "status": detail.status,
        "record_keeper": plan.record_keeper or "", "direction": plan.direction,
        "direction_by": plan.direction_by or "",
    }  # fmt: skip
    if detail.status == "cancelled":
        values |= {"cancel_reason": detail.cancel_reason or "", "cancel_note": detail.cancel_note}
    changed = session_record.corrections(db, session_id)
    if changed.plan is not None:
        values["plan_corrected_on"] = changed.plan.isoformat()
    if changed.log is not None:
        values["log_corrected_on"] = changed.log.isoformat()
    if report is not None:
        values |= {
            "actual_start": _time(report.actual_start), "actual_end": _time(report.actual_end),
            "theme": report.held_theme or plan.theme, "aim": report.held_aim or plan.aim,
            "formats": ",".join(report.formats or plan.formats),
            "peers_present": ", ".join(report.peers_present),
            "staff_present": ", ".join(report.staff_present),
            "consumers_present": str(len(report.consumers_present)),
            "present": ",".join(report.consumers_present),
            "feedback": report.feedback, "notes": report.notes,
            "held_topic": report.held_topic or plan.topic,
            "held_venue": report.held_venue or plan.venue,
            "held_venue_detail": report.held_venue_detail if report.held_venue
            else plan.venue_detail,
            "adverse_event": _yes_none(report.adverse_event),
            "recorded_by": report.recorded_by or "",
            "handover_batch": str(report.handover_batch or ""),
        }  # fmt: skip
    return values


def _yes_no(answer: bool | None) -> str:
    """A yes/no answer as the form's code: "yes", "no", or "" when it was not recorded."""
    return "" if answer is None else "yes" if answer else "no"


def _yes_none(answer: bool | None) -> str:
    """A yes/no answer as the form's code: "yes", "none", or "" when it was not recorded."""
    return "" if answer is None else "yes" if answer else "none"


def print_form(
    db: Database,
    actor: Account,
    form: str,
    out: str | Path | IO[bytes],
    record: str | None = None,
    blank: bool = False,
    language: str = "zh",
    role: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> str | None:
    """Writes one form as a PDF; returns the short code printed on it (None when blank,
    but for a blank form of ``RESERVED_FORMS``, which carries the code of its record-to-be).

    A pre-filled sheet is remembered, so the site sees it until its record is complete.
    ``role`` chooses the layout of a screening or survey sheet (peer, consumer, caregiver);
    what the actor may print is decided by the actor's own role: a person's filled
    screening or survey sheet or whole record needs clinical details, and names on any
    sheet are left out for an actor who may not see contact details.
    ``progress`` hears of the layout, and once more before the sheet is remembered: if it
    raises then (the user cancelled), nothing is remembered.
    """
    if form not in FORM_TITLES:
        raise UserError(translate("printing", "Unknown form {form}; use one of: {forms}.").format(
            form=form, forms=", ".join(FORM_TITLES)))  # fmt: skip
    if language not in ("zh", "en"):
        raise UserError(translate("printing", "The language is zh or en."))
    allowed = SHEET_ROLES.get(form, ())
    if role is not None and allowed and role not in allowed:
        raise UserError(translate("printing", "A {form} sheet is printed for: {roles}.").format(
            form=form, roles=", ".join(allowed) or "-"))  # fmt: skip
    if isinstance(out, str | Path):
        from app.output_files import check_output

        check_output(Path(out))
    if form in EXCHANGE_SHEETS:
        from app.exchange import paper

        access.require(db, actor, Capability.MANAGE_SITE if form == SITE_KEY
                       else Capability.IMPORT_BUNDLE)  # fmt: skip
        build = paper.site_key_sheet if form == SITE_KEY else paper.receipt_sheet
        _write_pdf(build(db, record, language), language, out, progress)
        return None
    if not blank and not record:
        raise UserError(translate("printing", "Give the record with --id, or print --blank."))
    if form == PERSON_RECORD and blank:
        raise UserError(
            translate("printing", "A personal record is printed for one person: name them (--id).")
        )
    if form in CLINICAL_FORMS and not blank:
        access.require(db, actor, Capability.SEE_CLINICAL)
    if form in NAMED_FORMS and not blank:
        access.require(db, actor, Capability.SEE_CONTACTS)
    builder = _BUILDERS[form]
    key = None if blank else _find(db, form, record or "")
    if blank and form in RESERVED_FORMS and actor.can(Capability.REPORT_EMERGENCIES):
        key = new_uuid()  # the record the form becomes when read back, remembered below
        spec, code = _blank_with_code(db, form, key, language)
    else:
        spec, code = builder(db, actor, key, language, role)
    _write_pdf(spec, language, out, progress)
    if progress is not None:
        progress(1, 1)  # the last moment to stop with nothing remembered
    if code and key:
        printed.record_printed(db, actor, code, form, key)
    return code


RESERVED_FORMS = ("emergency",)
"""Forms printed blank with a fresh record code, so a sheet read back can create the record."""


def _blank_with_code(db: Database, form: str, key: str, language: str) -> tuple[FormSpec, str]:
    """A blank form carrying the code of the record it will become (``key``)."""
    from printouts import forms

    code = short_code(KIND_OF_FORM[form], key)
    return forms.emergency_form(_site(db), None, code, language), code


def reserved_code(db: Database, form: str, code: str) -> str | None:
    """The key a blank form printed with ``code`` was reserved, if it names no record yet."""
    if form not in RESERVED_FORMS:
        return None
    return printed.reserved(db, form, code=code.strip().upper())


def form_spec(db: Database, actor: Account, form: str, key: str, language: str = "zh") -> FormSpec:
    """The form a record prints today, as plain data: a sheet read back is matched to it."""
    spec, _ = _BUILDERS[form](db, actor, key, language, None)
    return spec  # type: ignore[no-any-return]


def _write_pdf(
    spec: FormSpec,
    language: str,
    out: str | Path | IO[bytes],
    progress: Callable[[int, int], None] | None,
) -> None:
    """A file is written beside its name and renamed into place: never half a form."""
    from printouts.render import write_pdf

    if isinstance(out, str | Path):
        with replaced_when_done(Path(out)) as partial:
            write_pdf(spec, language, partial, progress)
    else:
        write_pdf(spec, language, out, progress)


def print_list(
    title: tuple[str, str],
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    out: str | Path | IO[bytes],
    site_name: str,
    language: str,
    report: Callable[[int, int], None] | None = None,
) -> None:
    """Writes a list as shown on screen (its headers and rows as displayed) to a PDF.

    ``report(rows drawn, rows)`` is told after each page; a report that raises (the user
    cancelled) stops it there, and a file asked for is then not written at all.
    """
    from printouts.long_list import write_list

    write_list(title, headers, rows, out, site_name, language, report)


def _session_form(form: str):  # type: ignore[no-untyped-def]
    def build(db: Database, actor: Account, record: str | None, language: str, _role: str | None):  # type: ignore[no-untyped-def]
        from printouts import forms

        values = session_values(db, record) | _session_names(db, actor, record) if record else None
        code = short_code("S", record) if record else None
        if form == "plan":
            return forms.plan_form(_site(db), values, code, language), code
        if form == "process":
            return forms.process_form(_site(db), values, code, language), code
        consumers: list[tuple[str, str]] = []
        peers: list[str] = []
        if record:
            detail = sessions.session_detail(db, record)
            enrolled = people.enrolled_people(db, "consumer", detail.plan.community,
                                              detail.plan.session_date)  # fmt: skip
            names = people.names_by_code(db, actor, [r.code for r in enrolled])
            consumers = [(r.code, names.get(r.code, "")) for r in enrolled]
            crew = (detail.plan.lead_peer, *detail.plan.assisting_peers)
            peers = [_named(db, actor, [p]) for p in crew if p]
        return forms.attendance_form(_site(db), values, consumers, peers, code, language), code

    return build


def _session_names(db: Database, actor: Account, session_id: str) -> dict[str, str]:
    """The session's peers and staff by code and name, as consumers are named."""
    detail = sessions.session_detail(db, session_id)
    plan, report = detail.plan, detail.report
    names = {"lead_peer": _named(db, actor, [plan.lead_peer] if plan.lead_peer else []),
             "assisting_peers": _named(db, actor, plan.assisting_peers),
             "record_keeper": _named(db, actor, [plan.record_keeper] if plan.record_keeper
                                     else []),
             "direction_by": _named(db, actor, [plan.direction_by] if plan.direction_by
                                    else [])}  # fmt: skip
    if report is not None:
        names |= {"peers_present": _named(db, actor, report.peers_present),
                  "staff_present": _named(db, actor, report.staff_present),
                  "recorded_by": _named(db, actor, [report.recorded_by] if report.recorded_by
                                        else [])}  # fmt: skip
    return names


def _named(db: Database, actor: Account, codes_: Sequence[str]) -> str:
    """Peers' and staff's codes each with the name after it, as consumers print (in the
    form the actor sees names); codes alone for an actor who sees codes only."""
    if not name_forms.sees_names(actor):
        return ", ".join(codes_)
    if not codes_:
        return ""
    from app.services import accounts

    staff = {s.code: s.name for s in accounts.list_staff(db)}
    participants = people.roles_by_person(db)
    names = people.names_by_code(db, actor, [c for c in codes_ if c in participants])
    named = []
    for code in codes_:
        name = names.get(code, "") if code in participants else staff.get(code, "")
        named.append(f"{code} {name}" if name else code)
    return ", ".join(named)


def _name(db: Database, actor: Account, person_code: str) -> str:
    """The person's name in the form the actor sees names, or nothing for an actor who sees
    codes only (codes still print)."""
    return people.names_by_code(db, actor, [person_code]).get(person_code, "")


def _emergency(db: Database, actor: Account, record: str | None, language: str, _role: str | None):  # type: ignore[no-untyped-def]
    from printouts import forms

    if record is None:
        return forms.emergency_form(_site(db), None, None, language), None
    event = next((e for e in emergencies.list_events(db) if e.id == record), None)
    reserved = printed.reserved(db, "emergency", key=record) if event is None else None
    if reserved is not None:  # a blank form with its code, not reported yet
        return _blank_with_code(db, "emergency", record, language)
    if event is None:
        raise UserError(translate("printing", "No emergency event has the key {key}.").format(
            key=record))  # fmt: skip
    values = {
        "community": _community(db, event.community), "when": _when(event.occurred_at),
        "kind": event.kind, "people": _named(db, actor, event.people),
        "description": event.description, "action_taken": event.action_taken,
        "reported_to": _named(db, actor, [event.reported_to] if event.reported_to else []),
        "place": event.place,
        "reported_by": event.reported_by,
        "session": short_code("S", event.session_id) if event.session_id else "",
        "acknowledged": f"{_named(db, actor, [event.acknowledged_by or ''])} "
                        f"{_when(event.acknowledged_at)}".strip(),
        "follow_up": event.follow_up, "closed_at": _when(event.closed_at),
        "category": event.category or "", "handed_over_at": _when(event.handed_over_at),
    }  # fmt: skip
    values |= _corrected(db, record, EVENT_REPORT_FIELDS)
    code = short_code("E", record)
    return forms.emergency_form(_site(db), values, code, language), code


EVENT_REPORT_FIELDS = {"occurred_at", "place", "kind", "description", "action_taken",
                       "reported_by", "reported_to_id", "session_id", "community_id",
                       "category", "handed_over_at"}  # fmt: skip
"""The fields of an emergency as reported: acknowledging and following up correct nothing."""
SUPERVISION_FIELDS = {"held_on", "kind", "session_id", "topics", "notes",
                      "community_id", "minutes", "difficulties", "guidance",
                      "audio_recorded"}  # fmt: skip


def _corrected(db: Database, record: str, fields: set[str]) -> dict[str, str]:
    """ "corrected_on" for the footer of a record changed after it was written."""
    from app.history import corrected_on

    day = corrected_on(db, [record], fields)
    return {"corrected_on": day.isoformat()} if day else {}


def sheet_role(db: Database, form: str, person_code: str) -> str:
    """The role a person's sheet of ``form`` is printed for when no role is named (the
    layout a sheet read back is matched to)."""
    return _person_role(db, person_code, None, SHEET_ROLES[form])


def _person_role(db: Database, person_code: str, role: str | None, allowed: tuple[str, ...]) -> str:
    held = people.roles_by_person(db).get(person_code)
    if held is None:
        raise UserError(translate("printing", "No person has the code {code}.").format(
            code=person_code))  # fmt: skip
    current = {r.code: r.role for r in people.list_people(db)}.get(person_code)
    chosen = role or (
        current if current in allowed else next(iter(sorted(held & set(allowed))), None)
    )
    if chosen not in allowed:
        raise UserError(translate("printing", "Choose the role with --role: {roles}.").format(
            roles=", ".join(allowed)))  # fmt: skip
    return str(chosen)


def _screening(db: Database, actor: Account, record: str | None, language: str, role: str | None):  # type: ignore[no-untyped-def]
    from printouts import forms

    allowed = SHEET_ROLES["screening"]
    if record is None:
        chosen = role if role in allowed else "consumer"
        return forms.screening_form(_site(db), chosen, None, None, None, language), None
    chosen = _person_role(db, record, role, allowed)
    found = screening.latest_screening(db, actor, record, chosen)
    consents = screening.consents_of(db, record)
    values = {"person": record, "name": _name(db, actor, record)}
    if found is not None:
        values |= _screening_values(db, actor, found, language)
        values |= _corrected(db, screening.latest_screening_id(db, actor, record, chosen) or "",
                             SCREENING_FIELDS)  # fmt: skip
    values |= {kind: day.isoformat() for kind, day in consents.items()}
    code = short_code("P", record)
    spec = forms.screening_form(_site(db), chosen, values, found.criteria if found else None,
                                code, language)  # fmt: skip
    return spec, code


SCREENING_FIELDS = {"screened_on", "assessor_id", "criteria", "psp_score", "notes", "referral",
                    "referral_other", "psychiatrist_id", "psychiatrist_assessment", "evidence",
                    "compassionate", "practical_skills", "diagnosis_found", "decision",
                    "decided_by_id", "decided_on", "follow_up_contact", "cared_for_id"}  # fmt: skip


def _screening_values(
    db: Database, actor: Account, found: screening.ScreeningData, language: str
) -> dict[str, str]:
    """What a filled screening sheet prints of the record: staff and people with names."""

    def named(code: str | None) -> str:
        return _named(db, actor, [code]) if code else ""

    psychiatrist = named(found.psychiatrist)
    return {
        "screened_on": found.screened_on.isoformat(), "assessor": named(found.assessor),
        "psp_score": "" if found.psp_score is None else str(found.psp_score),
        "notes": found.notes, "referral": found.referral or "",
        "referral_other": found.referral_other,
        "evidence": ",".join(f"{c}={s}" for c, s in found.evidence.items()),
        "compassionate": _yes_no(found.compassionate),
        "practical_skills": _yes_no(found.practical_skills),
        "diagnosis_found": found.diagnosis_found or "",
        "psychiatrist": psychiatrist,
        "psychiatrist_assessment": found.psychiatrist_assessment,
        "decision": found.decision or "", "decided_by": named(found.decided_by),
        "decided_on": found.decided_on.isoformat() if found.decided_on else "",
        "follow_up_contact": _yes_no(found.follow_up_contact),
        "cared_for": named(found.cared_for),
    }  # fmt: skip


def _needs(db: Database, actor: Account, record: str | None, language: str, role: str | None):  # type: ignore[no-untyped-def]
    from app.services import needs
    from printouts import forms

    allowed = SHEET_ROLES["needs"]
    if record is None:
        return forms.needs_form(_site(db), role if role in allowed else "consumer", None,
                                None), None  # fmt: skip
    talks = needs.needs_of(db, actor, record)
    latest = talks[0] if talks else None
    chosen = latest.data.role if latest and role is None else _person_role(db, record, role,
                                                                          allowed)  # fmt: skip
    values = {"person": record, "name": _name(db, actor, record)}
    if latest is not None:
        data = latest.data
        values |= {"date": data.interviewed_on.isoformat(),
                   "interviewer": _named(db, actor, [data.interviewer]) if data.interviewer
                   else "", "hopes": data.hopes, "preferred_times": data.preferred_times,
                   "preferred_activities": data.preferred_activities,
                   "concerns": data.concerns}  # fmt: skip
        values |= _corrected(db, latest.id, NEEDS_FIELDS)
    code = short_code("P", record)
    return forms.needs_form(_site(db), chosen, values, code), code


NEEDS_FIELDS = {"interviewed_on", "interviewer_id", "hopes", "preferred_times",
                "preferred_activities", "concerns", "role"}  # fmt: skip


def _survey(db: Database, actor: Account, record: str | None, language: str, role: str | None):  # type: ignore[no-untyped-def]
    from printouts import forms
    from printouts.survey_texts import SURVEY_TEXTS

    allowed = ("peer", "consumer", "caregiver")
    if record is None:
        chosen = role if role in allowed else "consumer"
        return forms.survey_form(_site(db), chosen, None, {}, SURVEY_TEXTS, None, language), None
    chosen = _person_role(db, record, role, allowed)
    mine = [a for a in surveys.list_answers(db, actor) if a.person == record]
    latest = max((a.answered_on for a in mine), default=None)
    answers = {(a.instrument, a.item): (a.answer, a.reason) for a in mine
               if a.answered_on == latest}  # fmt: skip
    values = {"person": record, "date": latest.isoformat() if latest else ""}
    interview = surveys.interview_of(db, actor, record, latest) if latest else None
    if interview is not None:
        role = interview.interviewer_role
        values |= {
            "interviewer": _named(db, actor, [interview.interviewer] if interview.interviewer
                                  else []),
            "interviewer_role": _both(codes.PROFESSIONS, role, language) if role else "",
            "cared_for_role": interview.cared_for_role or "", "comments": interview.comments,
        }  # fmt: skip
    code = short_code("P", record)
    return forms.survey_form(_site(db), chosen, values, answers, SURVEY_TEXTS, code, language), code


def _both(code_list: codes.CodeList, code: str, language: str) -> str:
    """A code's label as the forms print labels: English alone, else Chinese and English."""
    if code not in code_list:
        return code
    found = code_list[code]
    return found.en if language == "en" else f"{found.zh} {found.en}"


def _supervision(
    db: Database, actor: Account, record: str | None, language: str, _role: str | None
):  # type: ignore[no-untyped-def]
    from printouts import forms

    if record is None:
        return forms.supervision_form(_site(db), None, None, language), None
    detail = supervision.supervision_detail(db, record)
    data = detail.data
    leads = [f"{name} ({_both(codes.PROFESSIONS, job, language)})" if job else name
             for name, job in detail.supervisors]  # fmt: skip
    staff = [f"{name} ({_both(codes.PROFESSIONS, p, language)})" if p else name
             for name, p in zip(detail.staff, detail.staff_professions, strict=False)]
    values = {
        "community": _community(db, detail.row.community), "date": detail.row.held_on.isoformat(),
        "kind": detail.row.kind,
        "supervisor": ", ".join(leads),
        "attendees": ", ".join(filter(None, (_named(db, actor, detail.peers), *staff))),
        "topics": detail.row.topics,
        "notes": detail.notes,
    }  # fmt: skip
    if data is not None:
        values |= {
            "minutes": str(data.minutes or ""),
            "audio_recorded": _yes_no(data.audio_recorded),
            "difficulties": data.difficulties, "guidance": data.guidance,
        }  # fmt: skip
    values |= _corrected(db, record, SUPERVISION_FIELDS)
    code = short_code("V", record)
    return forms.supervision_form(_site(db), values, code, language), code


def _training(db: Database, actor: Account, record: str | None, language: str, _role: str | None):  # type: ignore[no-untyped-def]
    from printouts import forms

    peers = [r for r in people.list_people(db) if r.role == "peer" and r.status != "quit"]
    if record is None:
        roster = [(r.code, _name(db, actor, r.code), "") for r in peers]
        return forms.training_form(_site(db), None, roster, None, language), None
    detail = training.meeting_detail(db, record)
    meeting = detail.meeting
    marked = {c: "✓" for c in meeting.attended} | {c: "—" for c in meeting.absent}
    codes_seen = sorted(set(marked) | {r.code for r in peers})
    roster = [(c, _name(db, actor, c), marked.get(c, "")) for c in codes_seen]
    kind = codes.TRAINING_KINDS[detail.course_kind]
    data = training.meeting_record(db, record).data
    job = data.trainer_profession
    trainer = f"{meeting.trainer} ({_both(codes.PROFESSIONS, job, language)})" if job \
        else meeting.trainer  # fmt: skip
    values = {"course": f"{detail.course_title} ({kind.zh} {kind.en})",
              "date": meeting.held_on.isoformat(), "topic": meeting.topic,
              "trainer": trainer, "workshop": data.workshop or "",
              "formats": ",".join(data.formats), "minutes": str(data.minutes or "")}  # fmt: skip
    code = short_code("T", record)
    return forms.training_form(_site(db), values, roster, code, language), code


def _person_record(
    db: Database, actor: Account, record: str | None, language: str, _role: str | None
):  # type: ignore[no-untyped-def]
    from app.person_record import gather
    from printouts.person_record import person_record_form

    if record not in people.roles_by_person(db):
        raise UserError(translate("printing", "No person has the code {code}.").format(
            code=record))  # fmt: skip
    found = gather(db, actor, str(record), language)
    tables = {name: getattr(found, name) for name in ("periods", "screenings", "needs",
              "consents", "sessions", "surveys", "emergencies", "caregivers")}  # fmt: skip
    code = short_code("P", found.code)
    return person_record_form(_site(db), found.identity, tables, code), code


SHEET_ROLES = {"screening": ("peer", "consumer", "caregiver"),
               "survey": ("peer", "consumer", "caregiver"),
               "needs": ("peer", "consumer", "caregiver")}  # fmt: skip
"""The roles whose layout a sheet has (``--role``)."""

_BUILDERS = {
    "plan": _session_form("plan"),
    "process": _session_form("process"),
    "attendance": _session_form("attendance"),
    "emergency": _emergency,
    "screening": _screening,
    "needs": _needs,
    "survey": _survey,
    "supervision": _supervision,
    "training": _training,
    PERSON_RECORD: _person_record,
}
