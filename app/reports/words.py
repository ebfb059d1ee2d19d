"""The words of the report's tables in the report's own language (GLOSSARY.md).

A report's language is chosen for the reader of the file (a Chinese PDF from an English
screen), not the interface's, so its words are domain data here, as the codes' labels are.
"""

from __future__ import annotations

from app import codes

ZH: dict[str, str] = {
    "Evaluation report": "服务评估报告",
    "Period": "时段", "Communities": "社区", "All communities": "全部社区",
    "All {n} communities": "全部{n}个社区", "Made on": "生成日期",
    "App version": "软件版本", "Site": "站点", "Scope": "范围", "Item": "项目",
    "Table 1. People enrolled per community and year": "表1 各社区每年在组人数",
    "Table 2. Characteristics of peers and consumers": "表2 同伴支持者与服务对象的基本特征",
    "Table 3. Satisfaction and perceived benefit": "表3 满意度与自评获益",
    "Sessions per month in each community": "各社区每月活动次数",
    "Activities per community and six months": "各社区每半年活动次数",
    "Topic categories": "活动主题类别", "Formats": "活动形式", "Venues": "活动场地",
    "Session length (minutes)": "活动时长（分钟）", "Cancelled sessions": "取消的活动",
    "Emergency events": "紧急事件", "Supervision": "督导", "Training": "培训",
    "Community": "社区", "Peers": "同伴支持者", "Consumers": "服务对象", "Total": "合计",
    "Characteristic": "特征", "Test": "检验", "Age, mean (SD)": "年龄，均数（标准差）",
    "Sex": "性别", "Education": "文化程度", "Marital status": "婚姻状况", "Working": "工作状况",
    "Diagnosis": "诊断", "Unknown": "不详", "Yes": "是", "No": "否",
    "Asked, n": "访谈人数", "Yes, n (%)": "是，n（%）", "No, n (%)": "否，n（%）",
    "Not assessed, n": "未评估人数", "n (%)": "n（%）", "n": "n",
    "Ran from": "开始月份", "Months": "月数", "Sessions held": "开展次数", "Per month": "每月次数",
    "Topic category": "活动主题类别", "Format": "活动形式", "Venue": "活动场地",
    "Sessions timed, n": "有起止时间的活动数", "Mean (SD)": "均数（标准差）",
    "Shortest": "最短", "Longest": "最长", "Reason": "原因", "Kind": "类别", "State": "状态",
    "Reported": "已报告", "Acknowledged": "已确认接收", "Closed": "已结案",
    "Sessions": "培训次数", "Attendances": "出勤人次", "Absences": "缺勤人次",
    "Peers ({n})": "同伴支持者（n = {n}）", "Consumers ({n})": "服务对象（n = {n}）",
    "Enrolled": "在组人数", "Held": "开展次数",
    "People enrolled on 31 December (on {end} in the last year). – : the community had not "
    "started.": "每年12月31日在组人数（最后一年为{end}）。–：该社区尚未开始服务。",
    "N (%) of each group; age in completed years on {end}; unknown values are left out of "
    "the tests.": "各组n（%）；年龄为截至{end}的周岁；不详者不纳入检验。",
    "† Fisher's exact test, two-sided (a 2×2 table with an expected count under 5).":
        "† Fisher精确检验（双侧），用于期望频数小于5的2×2表。",
    "Yes as a percentage of everyone asked; χ² goodness of fit against an even split of "
    "those assessed.": "“是”占全部访谈人数的百分比；χ²拟合优度检验（已评估者中是与否各半）。",
    "Months from the community's start (or its first session) to the period's end.":
        "月数自社区开始服务（或首次活动）起至时段末。",
    "Communities by six months: {test}.": "社区 × 半年：{test}。",
    "A session may use several formats.": "一次活动可采用多种形式。",
    "Peers: {peer}. Consumers: {consumer}.": "同伴支持者：{peer}。服务对象：{consumer}。",
    "No session was held in the period.": "时段内未开展活动。",
    "No sessions": "无活动", "H1": "上半年", "H2": "下半年",
    "Page {page} of {pages}": "第 {page} 页，共 {pages} 页",
    "Table 1 enrolment": "表1 在组人数", "Table 2 demographics": "表2 基本特征",
    "Table 3 outcomes": "表3 满意度与获益", "Sessions per month": "每月活动次数",
    "Sessions per half-year": "每半年活动次数", "Topics": "活动主题", "Session length": "活动时长",
    "Cancelled": "取消的活动", "Emergencies": "紧急事件", "Statistic": "统计量",
    "Sessions held, by adverse event during the session": "已开展的活动（按活动中有无不良事件）",
    "Category": "类型", "No adverse event": "无不良事件", "Adverse event": "有不良事件",
    "Not recorded": "未记录", "Six months": "半年", "Year": "年份",
    "Screening": "筛查", "Screened": "筛查人数", "Not decided": "尚未决定",
    "How they came: not recorded": "来源途径未记录",
}  # fmt: skip

INSTRUMENT_LABELS: dict[str, tuple[str, str]] = {
    "consumer_satisfaction": ("Consumer satisfaction", "服务对象满意度"),
    "caregiver_satisfaction": ("Caregiver satisfaction", "照料者满意度"),
    "peer_benefit": ("Peers' perceived benefit", "同伴支持者自评获益"),
    "consumer_benefit": ("Consumers' perceived benefit", "服务对象自评获益"),
    "caregiver_benefit": ("Caregivers' perceived benefit", "照料者自评获益"),
}
ITEM_LABELS: dict[str, tuple[str, str]] = {
    "satisfied_with_peers": ("Satisfied with the peers", "对同伴支持者满意"),
    "wants_to_continue": ("Wants to continue", "愿意继续参加"),
    "wants_patient_to_continue": ("Wants the consumer to continue to participate",
                                  "希望服务对象继续参加活动"),
    "wants_peer_to_continue": ("Wants the peer to continue to organize",
                               "希望同伴支持者继续组织活动"),
    "working_skills": ("Working skills improved", "工作能力提高"),
    "social_communication": ("Social communication improved", "社交沟通改善"),
    # consumers' and peers' caregivers are pooled here, so the row names neither role
    "patient_social_communication": ("Social communication of the person cared for improved",
                                     "被照料者社交沟通改善"),
    "own_mood": ("Own mood improved", "自己的情绪改善"),
    "quality_of_life": ("Own quality of life improved", "自己的生活质量改善"),
}  # fmt: skip


def word(text: str, language: str) -> str:
    """The table word in the language ("zh" or "en"); English is the source."""
    return ZH.get(text, text) if language == "zh" else text


def code_label(code_list: codes.CodeList, code: str, language: str) -> str:
    """A code's label in the language; "unknown" as the word; any other stray code as is."""
    if code == "unknown":
        return word("Unknown", language)
    if code in code_list:
        return code_list[code].label(language)
    return code


def pair_label(pairs: dict[str, tuple[str, str]], code: str, language: str) -> str:
    """A label from an (English, Chinese) pair table, or the code if it has none."""
    en, zh = pairs.get(code, (code, code))
    return zh if language == "zh" else en


def half_year_label(period: str, language: str) -> str:
    """2016H1 as "2016 H1" or "2016年上半年"."""
    year, half = period[:4], period[4:]
    return f"{year}年{word(half, 'zh')}" if language == "zh" else f"{year} {half}"
