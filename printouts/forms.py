"""The layouts of the service's paper forms, each blank or filled from plain values.

Each function takes the site's name, the values to print (a dict of display strings
keyed by field name; None for a blank form) and the record's short code, and returns a
FormSpec. Choices print as tick boxes: the chosen one ticked on a filled form, all open
on a blank one, so a paper form can be filled by hand; "Other" has a line to write on.
Each form has a number and version for the running header, and a signature block with
the roles that sign it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app import codes
from app.codes import CodeList
from printouts.spec import OPEN, TICKED, Choice, Field, FormSpec, Grid, Section, Text

Values = dict[str, str]
VERSION = "v2"


def T(zh: str, en: str) -> Text:
    """A bilingual label."""
    return Text(zh, en)


def choices(code_list: CodeList, chosen: Sequence[str], other: str = "") -> tuple[Choice, ...]:
    """Every option of a list as a tick box, the chosen ones ticked; "Other" with a line,
    on which ``other`` is written."""
    return tuple(
        Choice(Text(c.zh, c.en), c.code in chosen, other if c.code == "other" else None)
        for c in code_list
    )


def choice_field(label: Text, options: tuple[Choice, ...], value: str = "") -> Field:
    """A field whose value is ticked from a list."""
    return Field(label, value, choices=options)


def number(form: str) -> str:
    """A form's number and version as the running header prints it."""
    return f"{form} {VERSION}"


def _get(values: Values | None, key: str) -> str:
    return (values or {}).get(key, "")


SHORT = frozenset({"community", "date", "planned_time", "actual_start", "actual_end", "when",
                   "place", "person", "name", "screened_on", "assessor", "trainer",
                   "lead_peer", "assisting_peers", "reported_by", "reported_to", "closed_at",
                   "session", "interviewer", "record_keeper", "recorded_by",
                   "handover_batch", "consumers_present", "interviewer_role",
                   "handed_over_at", "minutes", "psychiatrist", "decided_by", "decided_on",
                   "cared_for"})  # fmt: skip
"""Fields whose values are short (a date, a time, a code, a name): two share a row."""


def _fields(values: Values | None, rows: Sequence[tuple[str, Text, int]]) -> tuple[Field, ...]:
    return tuple(Field(label, _get(values, key), lines, short=key in SHORT)
                 for key, label, lines in rows)  # fmt: skip


COMMUNITY = T("社区", "Community")
DATE = T("日期", "Date")
LEAD_PEER = T("带领的同伴支持者", "Lead peer")
DOCTOR = T("社区医生", "Community doctor")
RECORDER = T("记录人", "Recorded by")
CATEGORY = T("不良事件或行为紧急事件", "Adverse event or behavioural emergency")
DIRECTION = T("活动前指导意见", "Direction before the session")
DIRECTOR = T("指导的社区医生或心理师", "Directing doctor or psychologist")
"""The plan is signed by whoever gave the direction before the session."""


def plan_form(site: str, values: Values | None, code: str | None, language: str) -> FormSpec:
    """Activity Plan Form 活动计划表."""
    topic = choices(codes.TOPICS, [_get(values, "topic")])
    formats = choices(codes.FORMATS, _get(values, "formats").split(","),
                      _get(values, "format_other"))  # fmt: skip
    venue = _get(values, "venue")
    detail = _get(values, "venue_detail")
    venues = choices(codes.VENUES, [venue], detail if venue == "other" else "")
    if values is not None and (values.get("direction") or values.get("direction_by")):
        by = _get(values, "direction_by")
        colon = "：" if language == "zh" else ": "
        said = _get(values, "direction")
        values = values | {"direction": f"{by}{colon}{said}" if by else said}
    basics = _fields(
        values,
        [
            ("community", COMMUNITY, 1),
            ("date", DATE, 1),
            ("planned_time", T("计划时间", "Planned time"), 1),
            ("record_keeper", T("记录的同伴支持者", "Record keeper"), 1),
        ],
    ) + (
        choice_field(T("场地", "Venue"), venues, "" if venue == "other" else detail),
        choice_field(T("活动主题类别", "Topic category"), topic),
        choice_field(T("活动形式", "Format"), formats),
    )
    content = _fields(
        values,
        [
            ("theme", T("主题", "Theme"), 1),
            ("aim", T("目的", "Aim"), 1),
            ("lead_peer", LEAD_PEER, 1),
            ("assisting_peers", T("协助的同伴支持者", "Assisting peers"), 1),
            ("direction", DIRECTION, 1),
        ],
    )
    parts = _fields(
        values,
        [
            ("warm_up", T("热身", "Warm-up"), 2),
            ("main_activity", T("主要活动", "Main activity"), 3),
            ("closing", T("总结", "Closing summary"), 1),
            ("materials", T("材料", "Materials"), 1),
        ],
    )
    return FormSpec(
        T("活动计划表", "Activity Plan Form"), site,
        (Section(None, basics + content), Section(T("活动的三个部分", "The three parts"), parts)),
        code, (LEAD_PEER, DIRECTOR), number=number("F01"),
        footer_note=corrected(values, "plan_corrected_on"),
    )  # fmt: skip


def corrected(values: Values | None, key: str) -> Text | None:
    """The footer of a record changed after it was first written: "corrected on DATE"."""
    day = _get(values, key)
    return T(f"更正于 {day}", f"corrected on {day}") if day else None


def cancelled_process_form(site: str, values: Values, code: str | None, language: str) -> FormSpec:
    """The Activity Process Form of a cancelled session: no open fields, the reason instead."""
    reason = _get(values, "cancel_reason")
    found = next((c for c in codes.CANCEL_REASONS if c.code == reason), None)
    why = (found.en if language == "en" else f"{found.zh} {found.en}") if found else reason
    rows = _fields(values, [
        ("community", COMMUNITY, 1), ("date", DATE, 1),
        ("planned_time", T("计划时间", "Planned time"), 1), ("theme", T("主题", "Theme"), 1),
    ]) + (
        Field(T("取消原因", "Reason for cancelling"), why),
        Field(T("说明", "Note"), _get(values, "cancel_note")),
    )  # fmt: skip
    note = T("本次活动已取消，未开展。", "This session was cancelled; it was not held.")
    return FormSpec(T("活动过程记录表（已取消）", "Activity Process Form (cancelled)"), site,
                    (Section(None, rows, note=note),), code, number=number("F02"))  # fmt: skip


def process_form(site: str, values: Values | None, code: str | None, language: str) -> FormSpec:
    """Activity Process Form 活动过程记录表 (of a cancelled session: its reason, not blanks)."""
    if values is not None and values.get("status") == "cancelled":
        return cancelled_process_form(site, values, code, language)
    formats = choices(codes.FORMATS, _get(values, "formats").split(","),
                      _get(values, "format_other"))  # fmt: skip
    venue, detail = _get(values, "held_venue"), _get(values, "held_venue_detail")
    venues = choices(codes.VENUES, [venue], detail if venue == "other" else "")
    topic = choices(codes.TOPICS, [_get(values, "held_topic")])
    adverse = choices(codes.ADVERSE_EVENT, [_get(values, "adverse_event")])
    rows = (
        _fields(
            values,
            [
                ("community", COMMUNITY, 1),
                ("date", DATE, 1),
                ("planned_time", T("计划时间", "Planned time"), 1),
                ("handover_batch", T("提交批次", "Hand-over batch"), 1),
                ("actual_start", T("实际开始时间", "Actual start"), 1),
                ("actual_end", T("实际结束时间", "Actual end"), 1),
            ],
        )
        + (
            choice_field(
                T("实际场地", "Venue as held"), venues, "" if venue == "other" else detail
            ),
            choice_field(T("活动主题类别", "Topic category as held"), topic),
            choice_field(T("活动形式", "Format"), formats),
        )
        + _fields(
            values,
            [
                ("theme", T("活动主题", "Theme as held"), 1),
                ("aim", T("活动目的", "Aim as held"), 2),
                ("peers_present", T("到场的同伴支持者", "Peers present"), 1),
                ("staff_present", T("到场的工作人员", "Staff present"), 1),
                ("consumers_present", T("出席的服务对象人数", "Consumers present"), 1),
                ("recorded_by", T("记录的同伴支持者", "Record kept by"), 1),
                ("feedback", T("服务对象的反馈", "Consumers' feedback"), 4),
                ("notes", T("备注", "Notes"), 2),
            ],
        )
        + (choice_field(T("活动中的不良事件", "Adverse event during the session"), adverse),)
    )
    return FormSpec(T("活动过程记录表", "Activity Process Form"), site, (Section(None, rows),),
                    code, (RECORDER,), number=number("F02"),
                    footer_note=corrected(values, "log_corrected_on"))  # fmt: skip


def attendance_form(
    site: str,
    values: Values | None,
    consumers: Sequence[tuple[str, str]],
    peers: Sequence[str],
    code: str | None,
    language: str,
) -> FormSpec:
    """Participant List 参与者签到表: peers and staff first, then every enrolled consumer
    pre-filled and blank rows for newcomers down to the foot of the page."""
    head = _fields(values, [("community", COMMUNITY, 1), ("date", DATE, 1),
                            ("theme", T("主题", "Theme"), 1)])  # fmt: skip
    present = _get(values, "present").split(",")
    rows = tuple(
        (str(n), person_code, name, TICKED if person_code in present else OPEN, "")
        for n, (person_code, name) in enumerate(consumers, start=1)
    )
    people_grid = Grid(
        (T("序号", "No."), T("编号", "Code"), T("姓名", "Name"), T("签到", "Sign or tick"),
         T("备注", "Notes")),
        rows, blank_rows=4, widths=(14, 30, 44, 44, 48), min_row_mm=10, fill=True,
    )  # fmt: skip
    peer_rows = tuple((p, "", "") for p in peers)
    staff_grid = Grid((T("同伴支持者或工作人员", "Peer or staff"), T("签名", "Signature"),
                       T("职责", "Part")), peer_rows, blank_rows=max(2, 4 - len(peer_rows)), widths=(70, 60, 50),
                      min_row_mm=10)  # fmt: skip
    return FormSpec(T("参与者签到表", "Participant List"), site, (
        Section(None, head),
        Section(T("同伴支持者和工作人员", "Peers and staff present"), grid=staff_grid),
        Section(T("服务对象", "Consumers"), grid=people_grid),
    ), code, (RECORDER,), number=number("F03"),
        footer_note=corrected(values, "log_corrected_on"))  # fmt: skip


def emergency_form(site: str, values: Values | None, code: str | None, language: str) -> FormSpec:
    """Emergency Event Form 紧急事件报告表."""
    kind = choices(codes.EVENT_KINDS, [_get(values, "kind")], _get(values, "kind_other"))
    category = choices(codes.EVENT_CATEGORIES, [_get(values, "category")])
    report = (
        _fields(
            values,
            [
                ("community", COMMUNITY, 1),
                ("when", T("发生时间", "Date and time"), 1),
                ("place", T("地点", "Place"), 1),
                ("session", T("相关活动", "Session"), 1),
            ],
        )
        + (
            choice_field(CATEGORY, category),
            choice_field(T("事件类别", "Kind of event"), kind),
        )
        + _fields(
            values,
            [
                ("people", T("涉及人员", "People involved"), 1),
                ("description", T("事件经过", "What happened"), 4),
                ("action_taken", T("采取的措施", "Action taken"), 3),
                ("reported_by", T("报告人", "Reported by"), 1),
                ("reported_to", T("报告给（社区医生）", "Reported to (community doctor)"), 1),
                ("handed_over_at", T("交给社区医生的时间", "Handed to the doctor on"), 1),
            ],
        )
    )
    follow = _fields(
        values,
        [
            ("acknowledged", T("确认接收（人、时间）", "Acknowledged (by, when)"), 1),
            ("follow_up", T("随访", "Follow-up"), 3),
            ("closed_at", T("结案时间", "Closed on"), 1),
        ],
    )
    return FormSpec(T("紧急事件报告表", "Emergency Event Form"), site, (
        Section(None, report), Section(T("社区医生处理", "The community doctor's follow-up"), follow),
    ), code, (T("报告人", "Reporter"), DOCTOR), number=number("F04"),
        footer_note=corrected(values, "corrected_on"))  # fmt: skip


def screening_form(
    site: str,
    role: str,
    values: Values | None,
    criteria: dict[str, bool] | None,
    code: str | None,
    language: str,
) -> FormSpec:
    """Screening and consent checklist for a peer or a consumer; a caregiver's sheet for a
    caregiver (``caregiver_form``)."""
    if role == "caregiver":
        return caregiver_form(site, values, code)
    role_label = codes.ROLES[role]
    head = _fields(values, [
        ("person", T("编号", "Code"), 1), ("name", T("姓名", "Name"), 1),
        ("screened_on", T("筛查日期", "Screened on"), 1), ("assessor", T("评估人", "Assessed by"), 1),
    ])  # fmt: skip
    referral = _get(values, "referral")
    came = choice_field(T("来源途径", "How the person came"), choices(
        codes.REFERRALS, [referral], _get(values, "referral_other")))  # fmt: skip
    sources = (values or {}).get("evidence", "")
    given = dict(pair.split("=", 1) for pair in sources.split(",") if "=" in pair)
    rows = []
    for criterion in codes.SCREENING_CRITERIA[role]:
        answer = (criteria or {}).get(criterion.code)
        text = criterion.en if language == "en" else f"{criterion.zh}\n{criterion.en}"
        source = codes.EVIDENCE_SOURCES[given.get(criterion.code)
                                        or codes.default_evidence(criterion.code)]  # fmt: skip
        where = source.en if language == "en" else f"{source.zh}\n{source.en}"
        rows.append((text, TICKED if answer is True else OPEN, TICKED if answer is False else OPEN,
                     where))  # fmt: skip
    grid = Grid((T("入组标准", "Inclusion criterion"), T("符合", "Met"), T("不符合", "Not met"),
                 T("依据来源", "Source of evidence")), tuple(rows),
                widths=(96, 20, 22, 42),
                row_keys=tuple(f"{role}/{c.code}" for c in codes.SCREENING_CRITERIA[role]))  # fmt: skip
    extra: tuple[Field, ...] = ()
    if role == "peer":
        extra = _fields(values, [("psp_score", T("个人和社会功能量表（PSP）评分", "PSP score"), 1)]) + (
            choice_field(T("有同情心，乐于助人", "Compassionate and willing to help"),
                         choices(codes.YES_NO, [_get(values, "compassionate")])),
            choice_field(T("有实际工作技能", "Practical skills"),
                         choices(codes.YES_NO, [_get(values, "practical_skills")])),
        )  # fmt: skip
    found = (choice_field(T("筛查确定的诊断", "Diagnosis found"),
                          choices(codes.DIAGNOSES, [_get(values, "diagnosis_found")])),)  # fmt: skip
    psychiatrist = _fields(values, [
        ("psychiatrist", T("团队精神科医生", "Team psychiatrist"), 1),
        ("psychiatrist_assessment", T("精神科医生评估意见", "The psychiatrist's assessment"), 2),
        ("notes", T("备注", "Notes"), 2),
    ])  # fmt: skip
    decision = (choice_field(T("是否符合入组条件", "Eligibility"),
                             choices(codes.ELIGIBILITY, [_get(values, "decision")])),
                ) + _fields(values, [("decided_by", T("决定人", "Decided by"), 1),
                                     ("decided_on", T("决定日期", "Decided on"), 1)])  # fmt: skip
    title = T(
        f"筛查与知情同意清单（{role_label.zh}）",
        f"Screening and consent checklist ({role_label.en})",
    )
    return FormSpec(title, site, (
        Section(None, head + (came,)), Section(T("筛查", "Screening"), extra, grid),
        Section(None, found + psychiatrist),
        Section(T("入组决定", "Eligibility decision"), decision),
        Section(T("知情同意", "Consent"), _consent(values)),
    ), code, (T("评估人", "Assessor"), T("团队精神科医生", "Team psychiatrist"),
              T("本人", "Participant")),
        number=number("F05"), footer_note=corrected(values, "corrected_on"))  # fmt: skip


def _consent(values: Values | None) -> tuple[Field, ...]:
    return _fields(values, [
        ("informed_consent", T("知情同意书（签署日期）", "Informed consent (signed on)"), 1),
        ("service_agreement", T("服务及小组活动协议（签署日期）",
                                "Service and group activity agreement (signed on)"), 1),
    ])  # fmt: skip


def caregiver_form(site: str, values: Values | None, code: str | None) -> FormSpec:
    """The caregiver's screening sheet: whom they care for, and whether they are willing to
    be contacted for follow-up."""
    head = _fields(values, [
        ("person", T("编号", "Code"), 1), ("name", T("姓名", "Name"), 1),
        ("screened_on", T("筛查日期", "Screened on"), 1), ("assessor", T("评估人", "Assessed by"), 1),
        ("cared_for", T("照料的服务对象或同伴支持者", "The person cared for"), 1),
    ])  # fmt: skip
    follow = (choice_field(T("愿意接受随访联系", "Willing to be contacted for follow-up"),
                           choices(codes.YES_NO, [_get(values, "follow_up_contact")])),)  # fmt: skip
    notes = _fields(values, [("notes", T("备注", "Notes"), 2)])
    return FormSpec(T("照料者筛查表", "Caregiver screening sheet"), site, (
        Section(None, head + follow + notes), Section(T("知情同意", "Consent"), _consent(values)),
    ), code, (T("评估人", "Assessor"), T("照料者本人", "Caregiver")), number=number("F10"),
        footer_note=corrected(values, "corrected_on"))  # fmt: skip


def needs_form(site: str, role: str, values: Values | None, code: str | None) -> FormSpec:
    """The pre-service needs interview 服务前需求访谈 with a peer, consumer or caregiver."""
    role_label = codes.ROLES[role]
    head = _fields(values, [
        ("person", T("编号", "Code"), 1), ("name", T("姓名", "Name"), 1),
        ("date", DATE, 1), ("interviewer", T("访谈人", "Interviewer"), 1),
    ])  # fmt: skip
    answers = _fields(values, [
        ("hopes", T("希望从服务中得到什么", "What they hope for from the service"), 3),
        ("preferred_times", T("方便参加的时间", "Preferred times"), 2),
        ("preferred_activities", T("喜欢的活动", "Preferred activities"), 3),
        ("concerns", T("顾虑与担心", "Concerns"), 3),
    ])  # fmt: skip
    title = T(f"服务前需求访谈（{role_label.zh}）",
              f"Pre-service needs interview ({role_label.en})")  # fmt: skip
    return FormSpec(title, site, (Section(None, head), Section(None, answers)), code,
                    (T("访谈人", "Interviewer"), T("受访者", "Interviewee")),
                    number=number("F11"), footer_note=corrected(values, "corrected_on"))  # fmt: skip


def survey_form(
    site: str,
    role: str,
    values: Values | None,
    answers: dict[tuple[str, str], tuple[str, str]],
    item_texts: dict[str, Text],
    code: str | None,
    language: str,
) -> FormSpec:
    """The yes/no interview sheet for one person, with every instrument of their role."""
    head = _fields(values, [("person", T("编号", "Code"), 1), ("date", DATE, 1),
                            ("interviewer", T("访谈人", "Interviewer"), 1),
                            ("interviewer_role", T("访谈人角色", "Interviewer's role"), 1)])  # fmt: skip
    whose = _get(values, "cared_for_role") or None
    if role == "caregiver":
        head += (choice_field(T("照料对象", "Whose caregiver"),
                              choices(codes.CARED_FOR_ROLES, [whose or ""])),)  # fmt: skip
    sections = [Section(None, head)]
    for instrument in codes.INSTRUMENTS:
        if codes.INSTRUMENT_ROLES[instrument] != role:
            continue
        rows, keys = [], []
        for item in codes.items_for(instrument, whose):
            keys.append(f"{instrument}/{item}")
            answer, reason = answers.get((instrument, item), ("", ""))
            text = item_texts.get(f"{item}/{whose}", item_texts[item])
            question = text.en if language == "en" else f"{text.zh}\n{text.en}"
            marks = [TICKED if answer == a else OPEN for a in codes.SURVEY_ANSWERS.code_names()]
            rows.append((question, *marks, reason))
        grid = Grid((T("问题", "Question"), T("是", "Yes"), T("否", "No"),
                     T("未评估", "Not assessed"), T("未评估原因", "Reason not assessed")),
                    tuple(rows), widths=(76, 16, 16, 24, 48), min_row_mm=10,
                    row_keys=tuple(keys))  # fmt: skip
        sections.append(Section(item_texts[instrument], grid=grid))
    sections.append(Section(None, _fields(values, [("comments", T("其他意见", "Comments"), 3)])))
    role_label = codes.ROLES[role]
    title = T(f"评估访谈表（{role_label.zh}）", f"Survey interview sheet ({role_label.en})")
    return FormSpec(title, site, tuple(sections), code, (T("访谈人", "Interviewer"),),
                    number=number("F06"))  # fmt: skip


def supervision_form(site: str, values: Values | None, code: str | None, language: str) -> FormSpec:
    """Supervision record 督导记录表."""
    kind = choices(codes.SUPERVISION_KINDS, [_get(values, "kind")])
    audio = choices(codes.YES_NO, [_get(values, "audio_recorded")])
    rows = _fields(values, [("community", COMMUNITY, 1), ("date", DATE, 1)]) + (
        choice_field(T("督导类别", "Kind of supervision"), kind),) + _fields(values, [
        ("supervisor", T("督导人（职业）", "Supervisors (profession)"), 2),
        ("minutes", T("时长（分钟）", "Duration (minutes)"), 1),
    ]) + (choice_field(T("是否录音", "Audio-recorded"), audio),) + _fields(values, [
        ("attendees", T("参加人员", "Who attended"), 2),
        ("topics", T("讨论的问题", "Topics raised"), 3),
        ("difficulties", T("同伴支持者提出的困难", "Difficulties the peers raised"), 3),
        ("guidance", T("督导人给予的指导", "Guidance given"), 3),
        ("notes", T("备注", "Notes"), 2),
    ])  # fmt: skip
    return FormSpec(T("督导记录表", "Supervision record"), site, (Section(None, rows),), code,
                    (T("督导人", "Supervisor"),), number=number("F07"),
                    footer_note=corrected(values, "corrected_on"))  # fmt: skip


def training_form(
    site: str,
    values: Values | None,
    peers: Sequence[tuple[str, str, str]],
    code: str | None,
    language: str,
) -> FormSpec:
    """Training attendance sheet 培训签到表: one row per peer, ticked or signed."""
    workshop = choices(codes.WORKSHOPS, [_get(values, "workshop")])
    formats = choices(codes.TRAINING_FORMATS, _get(values, "formats").split(","))
    head = _fields(values, [
        ("course", T("课程", "Course"), 1), ("date", DATE, 1), ("topic", T("主题", "Topic"), 1),
        ("minutes", T("时长（分钟）", "Duration (minutes)"), 1),
    ]) + (
        choice_field(T("岗前培训工作坊", "Pre-service workshop"), workshop),
        choice_field(T("培训形式", "Format"), formats),
    ) + _fields(values, [("trainer", T("培训人（职业）", "Trainer (profession)"), 1)])  # fmt: skip
    rows = tuple((str(n), c, name, mark) for n, (c, name, mark) in enumerate(peers, start=1))
    grid = Grid((T("序号", "No."), T("编号", "Code"), T("姓名", "Name"), T("签到", "Sign or tick")),
                rows, blank_rows=3, widths=(14, 36, 54, 76), min_row_mm=10, fill=True)  # fmt: skip
    return FormSpec(T("培训签到表", "Training attendance sheet"), site,
                    (Section(None, head), Section(T("出席", "Attendance"), grid=grid)), code,
                    (T("培训人", "Trainer"),), number=number("F08"))  # fmt: skip
