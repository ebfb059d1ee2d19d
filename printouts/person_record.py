"""The printout of everything the site holds about one person, for that person to read.

Takes a plain ``PersonRecord``-like set of strings and returns a FormSpec: identity and
contact first, then one table per kind of record; an empty table says "none recorded".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from printouts.spec import Field, FormSpec, Grid, Section, Text

T = Text
NONE = T("无记录", "None recorded")

IDENTITY = (
    ("code", T("编号", "Code")),
    ("name", T("姓名", "Name")),
    ("phone", T("电话", "Phone")),
    ("address", T("住址", "Address")),
    ("emergency_contact", T("紧急联系人", "Emergency contact")),
    ("community", T("社区", "Community")),
    ("sex", T("性别", "Sex")),
    ("birth_date", T("出生日期", "Birth date")),
    ("education", T("文化程度", "Education")),
    ("marital_status", T("婚姻状况", "Marital status")),
    ("working", T("在职", "Working")),
    ("diagnosis", T("诊断", "Diagnosis")),
    ("withdrawn", T("撤回知情同意日期", "Consent withdrawn on")),
)

TABLES: tuple[tuple[str, Text, tuple[Text, ...]], ...] = (
    ("periods", T("入组与状态变化", "Enrolment and status history"),
     (T("角色", "Role"), T("社区", "Community"), T("日期", "Date"),
      T("退出 / 状态", "Left / status"), T("原因", "Reason"))),
    ("screenings", T("筛查", "Screening"),
     (T("日期", "Date"), T("角色", "Role"), T("个人和社会功能量表（PSP）评分", "PSP score"),
      T("未满足的标准", "Criteria not met"), T("决定与备注", "Decision and notes"))),
    ("needs", T("服务前需求访谈", "Pre-service needs interviews"),
     (T("日期", "Date"), T("希望", "Hopes"), T("方便的时间", "Preferred times"),
      T("喜欢的活动", "Preferred activities"), T("顾虑", "Concerns"))),
    ("consents", T("知情同意与协议", "Consent and agreements"),
     (T("文件", "Form"), T("签署日期", "Signed on"))),
    ("sessions", T("参加的活动", "Sessions attended"),
     (T("日期", "Date"), T("社区", "Community"), T("主题类别", "Topic category"),
      T("主题", "Theme"))),
    ("surveys", T("评估访谈", "Surveys"),
     (T("日期", "Date"), T("问卷", "Instrument"), T("条目", "Item"), T("回答", "Answer"),
      T("原因", "Reason"))),
    ("emergencies", T("涉及的紧急事件", "Emergencies involving the person"),
     (T("时间", "When"), T("类型", "Kind"), T("经过", "What happened"),
      T("处理", "Action taken"))),
    ("caregivers", T("照料关系", "Caregiver links"),
     (T("照料者", "Caregiver"), T("被照料者", "Cared for"), T("关系", "Relationship"))),
)  # fmt: skip


def person_record_form(
    site: str,
    identity: Mapping[str, str],
    tables: Mapping[str, Sequence[Sequence[str]]],
    code: str,
) -> FormSpec:
    """Everything held about a person: identity fields and one table per kind of record."""
    sections = [
        Section(
            T("身份与联系方式", "Identity and contact"),
            fields=tuple(Field(label, identity.get(key, "") or "—") for key, label in IDENTITY),
        )
    ]
    for key, title, headers in TABLES:
        rows = tables.get(key, ())
        if rows:
            grid = Grid(headers, tuple(tuple(r) for r in rows), font_size=8)
            sections.append(Section(title, grid=grid))
        else:
            sections.append(Section(title, note=NONE))
    return FormSpec(
        T("个人档案", "Personal record"),
        site,
        tuple(sections),
        code=code,
        signatures=(T("打印人", "Printed by"),),
        number="F09 v2",
    )
