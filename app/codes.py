"""The service's stable codes with their Chinese and English labels (GLOSSARY.md).

Records store codes, never labels, so renaming a label changes no data. Labels are
domain data here because printouts show both languages side by side.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    """A stable code and its labels."""

    code: str
    en: str
    zh: str

    def label(self, language: str) -> str:
        """The label in "zh" or "en"."""
        return self.zh if language == "zh" else self.en


class CodeList:
    """An ordered, closed list of codes, looked up by code."""

    def __init__(self, name: str, *codes: Code) -> None:
        self.name = name
        self.codes = codes
        self._by_code = {c.code: c for c in codes}
        self._by_word: dict[str, str] = {}
        for c in reversed(codes):  # the first code that uses a word keeps it
            self._by_word.update(dict.fromkeys((c.en.casefold(), c.zh.casefold(),
                                                c.code.casefold()), c.code))  # fmt: skip

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.codes)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> Code:
        return self._by_code[code]

    def meant_by(self, word: str) -> str | None:
        """The code a word names: the code itself or its English or Chinese label, in any
        case; None if none does. One look-up, not a scan: imports ask for every cell."""
        return self._by_word.get(word.casefold())

    def code_names(self) -> list[str]:
        """Every code, in order."""
        return [c.code for c in self.codes]


TOPICS = CodeList(
    "topic category",
    Code("daily_life_skills", "Daily life skills", "日常生活技能"),
    Code("social_skills", "Social skills", "社交技能"),
    Code("mental_disorder_knowledge", "Knowledge of mental disorders", "精神疾病知识"),
    Code("entertainment", "Entertainment", "娱乐活动"),
    Code("fine_motor_exercise", "Fine motor skill practice and exercise", "精细动作训练与锻炼"),
    Code(
        "personal_perceptions",
        "Personal perceptions (self-esteem, self-confidence)",
        "自我认知（自尊与自信）",
    ),
    Code("healthy_lifestyle", "Healthy lifestyle", "健康生活方式"),
    Code("emotional_support", "Emotional support", "情感支持"),
)

FORMATS = CodeList(
    "format",
    Code("group_discussion", "Group discussion", "小组讨论"),
    Code("role_play", "Role play", "角色扮演"),
    Code("personal_sharing", "Personal sharing", "个人分享"),
    Code("lecture", "Lecture", "讲座"),
    Code("outdoor_exercise", "Outdoor exercise", "户外锻炼"),
    Code("other", "Other", "其他"),
)

VENUES = CodeList(
    "venue",
    Code("rehabilitation_center", "Community rehabilitation center", "社区康复站"),
    Code("health_center", "Community health care center", "社区卫生服务中心"),
    Code("outdoors", "Outdoors", "户外"),
    Code("other", "Other", "其他"),
)

SESSION_STATUSES = CodeList(
    "session status",
    Code("planned", "Planned", "已计划"),
    Code("held", "Held", "已开展"),
    Code("cancelled", "Cancelled", "已取消"),
)

ATTENDANCE_KINDS = CodeList(
    "attended as",
    Code("consumer", "Consumer", "服务对象"),
    Code("peer", "Peer", "同伴支持者"),
    Code("staff", "Staff", "工作人员"),
)

SESSION_PARTS = CodeList(
    "part in the session",
    Code("lead", "Leads", "带领"),
    Code("assist", "Assists", "协助"),
)

CANCEL_REASONS = CodeList(
    "cancellation reason",
    Code("venue_unavailable", "Venue unavailable", "场地不可用"),
    Code("peer_unavailable", "Peers unavailable", "同伴支持者无法到场"),
    Code("too_few_participants", "Too few participants", "参与人数不足"),
    Code("weather", "Weather", "天气原因"),
    Code("holiday", "Holiday", "节假日"),
    Code("other", "Other", "其他"),
)

ADVERSE_EVENT = CodeList(
    "adverse event during the session",
    Code("none", "None", "无"),
    Code("yes", "Yes → Emergency Event Form", "有 → 紧急事件报告表"),
)

EVENT_CATEGORIES = CodeList(
    "emergency category",
    Code("adverse_event", "Adverse event", "不良事件"),
    Code("behavioural_emergency", "Behavioural emergency", "行为紧急事件"),
)

EVENT_KINDS = CodeList(
    "emergency kind",
    Code("violence", "Violence", "暴力行为"),
    Code("self_harm", "Self-harm", "自伤"),
    Code("poorly_controlled_behaviour", "Poorly controlled behaviour", "行为失控"),
    # Any problem needing immediate attention, not only a physical one (GLOSSARY.md); the
    # code keeps its old name so that stored reports keep their meaning.
    Code("medical", "Problem needing immediate attention", "需立即处理的问题"),
    Code("other", "Other", "其他"),
)

ROLES = CodeList(
    "participant role",
    Code("peer", "Peer", "同伴支持者"),
    Code("consumer", "Consumer", "服务对象"),
    Code("caregiver", "Caregiver", "照料者"),
)

STATUSES = CodeList(
    "participation status",
    Code("active", "Active", "在组"),
    Code("on_leave", "On leave", "请假"),
    Code("quit", "Quit", "退出"),
)

SEXES = CodeList("sex", Code("male", "Male", "男"), Code("female", "Female", "女"))

EDUCATION = CodeList(
    "education",
    Code("primary", "Primary school", "小学"),
    Code("junior_high", "Junior high school", "初中"),
    Code("senior_high", "Senior high school", "高中"),
    Code("junior_college", "Junior college", "大专"),
    Code("undergraduate", "Undergraduate", "本科"),
    Code("postgraduate", "Postgraduate", "研究生"),
)

MARITAL_STATUSES = CodeList(
    "marital status",
    Code("single", "Single", "未婚"),
    Code("married", "Married", "已婚"),
    Code("divorced", "Divorced", "离异"),
    Code("widowed", "Widowed", "丧偶"),
)

DIAGNOSES = CodeList(
    "diagnosis",
    Code("schizophrenia", "Schizophrenia", "精神分裂症"),
    Code("bipolar", "Bipolar disorder", "双相情感障碍"),
    Code("other", "Other", "其他"),
)

PROFESSIONS = CodeList(
    "profession",
    Code("community_doctor", "Community doctor", "社区医生"),
    Code("psychiatrist", "Psychiatrist", "精神科医生"),
    Code("clinical_psychologist", "Clinical psychologist", "临床心理师"),
    Code("social_worker", "Social worker", "社工"),
    Code("research_assistant", "Research assistant", "研究助理"),
    Code("project_manager", "Project manager", "项目管理员"),
)

ACCOUNT_ROLES = CodeList(
    "account role",
    *PROFESSIONS.codes[:4],
    Code("peer", "Peer", "同伴支持者"),
    *PROFESSIONS.codes[4:],
)

CONSENT_KINDS = CodeList(
    "consent",
    Code("informed_consent", "Informed consent", "知情同意书"),
    Code("service_agreement", "Service and group activity agreement", "服务及小组活动协议"),
)

SUPERVISION_KINDS = CodeList(
    "supervision kind",
    Code("session", "Before/after-session direction", "活动前后指导"),
    Code("as_needed", "As-needed supervision", "按需督导"),
    Code("group", "Group supervision (every six weeks)", "团体督导（每六周）"),
    Code("online", "Online supervision", "线上督导"),
)

YES_NO = CodeList("yes or no", Code("yes", "Yes", "是"), Code("no", "No", "否"))

TRAINING_KINDS = CodeList(
    "training kind",
    Code("pre_service", "Pre-service training", "岗前培训"),
    Code("continuing", "Continuing training", "继续培训"),
)

WORKSHOPS = CodeList(
    "pre-service workshop",
    Code("peer_support_concepts", "Peer support concepts", "同伴支持的理念"),
    Code("confidentiality_boundaries", "Confidentiality, boundaries and relationships",
         "保密、边界与关系"),
    Code("designing_activities", "Designing group activities", "小组活动的设计"),
    Code("listening_speaking", "Listening and speaking skills", "倾听与表达技巧"),
    Code("handling_emergencies", "Handling emergencies", "紧急情况的处理"),
    Code("record_forms", "Completing the record forms", "记录表格的填写"),
)  # fmt: skip

TRAINING_FORMATS = CodeList(
    "training format",
    Code("coursework", "Coursework", "授课"),
    Code("sharing", "Sharing", "分享"),
    Code("role_play", "Role play", "角色扮演"),
    Code("storytelling", "Storytelling", "讲故事"),
)

SURVEY_ANSWERS = CodeList(
    "answer",
    Code("yes", "Yes", "是"),
    Code("no", "No", "否"),
    Code("not_assessed", "Not assessed", "未评估"),
)

SCREENING_CRITERIA: dict[str, CodeList] = {
    "peer": CodeList(
        "peer criteria",
        Code(
            "diagnosis",
            "Schizophrenia or bipolar disorder in the medical record",
            "病历诊断为精神分裂症或双相情感障碍",
        ),
        Code("age", "Aged 18–60", "年龄18–60岁"),
        Code("stable", "Stable for at least 6 months", "病情稳定至少6个月"),
        Code("adherence", "Adherent to medication", "服药依从性好"),
        Code("insight", "Has insight", "有自知力"),
        Code("no_substance_abuse", "No drug or alcohol abuse", "无药物或酒精滥用"),
        Code("no_severe_medical_illness", "No severe medical illness", "无严重躯体疾病"),
        Code("psp_above_50", "PSP score above 50", "个人和社会功能量表（PSP）评分高于50分"),
    ),
    "consumer": CodeList(
        "consumer criteria",
        Code(
            "diagnosis",
            "Schizophrenia or bipolar disorder in the medical record",
            "病历诊断为精神分裂症或双相情感障碍",
        ),
        Code("age", "Aged 18–60", "年龄18–60岁"),
        Code("stable", "Stable for at least 3 months", "病情稳定至少3个月"),
        Code("no_substance_abuse", "No drug or alcohol abuse", "无药物或酒精滥用"),
        Code("no_severe_medical_illness", "No severe medical illness", "无严重躯体疾病"),
    ),
}

SCREENED_ROLES = ("peer", "consumer", "caregiver")
"""Roles with a screening sheet: caregivers' has no criteria, only follow-up and whom."""

REFERRALS = CodeList(
    "how the person came",
    Code("community_doctor", "Recommended by a community doctor", "社区医生推荐"),
    Code("poster", "Answered a poster", "看到招募海报报名"),
    Code("other", "Other", "其他"),
)

EVIDENCE_SOURCES = CodeList(
    "source of evidence",
    Code("medical_record", "Medical record", "病历"),
    Code("patient_family_report", "Patient and family report", "本人及家属报告"),
    Code("psychiatrist_interview", "Psychiatrist interview", "精神科医生访谈"),
)

DEFAULT_EVIDENCE: dict[str, str] = {
    "adherence": "patient_family_report",
    "insight": "psychiatrist_interview",
    "psp_above_50": "psychiatrist_interview",
}
"""Where the protocol takes each criterion's evidence from; the medical record otherwise."""


def default_evidence(criterion: str) -> str:
    """The source of evidence the protocol names for a criterion."""
    return DEFAULT_EVIDENCE.get(criterion, "medical_record")


ELIGIBILITY = CodeList(
    "screening decision",
    Code("eligible", "Eligible", "符合入组条件"),
    Code("not_eligible", "Not eligible", "不符合入组条件"),
)

DECIDING_PROFESSIONS = ("psychiatrist", "community_doctor")
"""Who may decide whether a person is eligible (DESIGN.md: screening is recorded by a
psychiatrist or a community doctor)."""

INSTRUMENTS: dict[str, tuple[str, ...]] = {
    "consumer_satisfaction": ("satisfied_with_peers", "wants_to_continue"),
    "caregiver_satisfaction": ("wants_patient_to_continue", "wants_peer_to_continue"),
    "peer_benefit": ("working_skills", "social_communication", "own_mood"),
    "consumer_benefit": ("social_communication", "own_mood"),
    "caregiver_benefit": ("patient_social_communication", "own_mood", "quality_of_life"),
}

CARED_FOR_ITEMS: dict[str, str] = {
    "wants_patient_to_continue": "consumer",
    "wants_peer_to_continue": "peer",
}
"""Questions asked only of the caregivers of a consumer (continue to participate) or of a
peer (continue to organize): the item and whose caregiver is asked it."""


def items_for(instrument: str, cared_for_role: str | None = None) -> tuple[str, ...]:
    """The instrument's questions; for a caregiver of a peer or a consumer, only theirs."""
    items = INSTRUMENTS.get(instrument, ())
    if cared_for_role is None:
        return items
    return tuple(i for i in items if CARED_FOR_ITEMS.get(i, cared_for_role) == cared_for_role)


CARED_FOR_ROLES = CodeList(
    "whose caregiver",
    Code("peer", "A peer's caregiver", "同伴支持者的照料者"),
    Code("consumer", "A consumer's caregiver", "服务对象的照料者"),
)

INSTRUMENT_ROLES: dict[str, str] = {
    "consumer_satisfaction": "consumer",
    "caregiver_satisfaction": "caregiver",
    "peer_benefit": "peer",
    "consumer_benefit": "consumer",
    "caregiver_benefit": "caregiver",
}

SESSION_MINUTES = (40, 120)
PSP_THRESHOLD = 50
