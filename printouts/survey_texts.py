"""How the evaluation instruments and questions read on the paper interview sheet."""

from __future__ import annotations

from printouts.spec import Text

SURVEY_TEXTS: dict[str, Text] = {
    "consumer_satisfaction": Text("服务对象满意度", "Consumer satisfaction"),
    "caregiver_satisfaction": Text("照料者满意度", "Caregiver satisfaction"),
    "peer_benefit": Text("同伴支持者自评获益", "Peer's perceived benefit"),
    "consumer_benefit": Text("服务对象自评获益", "Consumer's perceived benefit"),
    "caregiver_benefit": Text("照料者自评获益", "Caregiver's perceived benefit"),
    "satisfied_with_peers": Text("对同伴支持者满意吗？", "Satisfied with the peers?"),
    "wants_to_continue": Text("愿意继续参加吗？", "Wants to continue?"),
    "wants_patient_to_continue": Text("希望服务对象继续参加活动吗？",
                                      "Wants the consumer to continue to participate?"),
    "wants_peer_to_continue": Text("希望同伴支持者继续组织活动吗？",
                                   "Wants the peer to continue to organize the activities?"),
    "working_skills": Text("工作能力有提高吗？", "Working skills improved?"),
    "social_communication": Text("社交沟通有改善吗？", "Social communication improved?"),
    "patient_social_communication": Text("服务对象的社交沟通有改善吗？",
                                         "Consumer's social communication improved?"),
    "own_mood": Text("自己的情绪有改善吗？", "Own mood improved?"),
    "quality_of_life": Text("自己的生活质量有改善吗？", "Own quality of life improved?"),
    # "item/peer": the question as a peer's caregiver is asked it (forms.survey_form)
    "patient_social_communication/peer": Text("同伴支持者的社交沟通有改善吗？",
                                              "Peer's social communication improved?"),
}  # fmt: skip
