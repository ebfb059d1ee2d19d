"""How the evaluation instruments and their questions read on screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

INSTRUMENTS = {
    "consumer_satisfaction": QT_TRANSLATE_NOOP("surveys", "Consumer satisfaction"),
    "caregiver_satisfaction": QT_TRANSLATE_NOOP("surveys", "Caregiver satisfaction"),
    "peer_benefit": QT_TRANSLATE_NOOP("surveys", "Peer's perceived benefit"),
    "consumer_benefit": QT_TRANSLATE_NOOP("surveys", "Consumer's perceived benefit"),
    "caregiver_benefit": QT_TRANSLATE_NOOP("surveys", "Caregiver's perceived benefit"),
}
ITEMS = {
    "satisfied_with_peers": QT_TRANSLATE_NOOP("surveys", "Satisfied with the peers?"),
    "wants_to_continue": QT_TRANSLATE_NOOP("surveys", "Wants to continue?"),
    "wants_patient_to_continue": QT_TRANSLATE_NOOP(
        "surveys", "Wants the consumer to continue to participate?"
    ),
    "wants_peer_to_continue": QT_TRANSLATE_NOOP(
        "surveys", "Wants the peer to continue to organize the activities?"
    ),
    "working_skills": QT_TRANSLATE_NOOP("surveys", "Working skills improved?"),
    "social_communication": QT_TRANSLATE_NOOP("surveys", "Social communication improved?"),
    "patient_social_communication": QT_TRANSLATE_NOOP(
        "surveys", "Consumer's social communication improved?"
    ),
    "own_mood": QT_TRANSLATE_NOOP("surveys", "Own mood improved?"),
    "quality_of_life": QT_TRANSLATE_NOOP("surveys", "Own quality of life improved?"),
}
FOR_PEERS_CAREGIVERS = {
    "patient_social_communication": QT_TRANSLATE_NOOP(
        "surveys", "Peer's social communication improved?"
    ),
}
"""Questions worded otherwise when a peer's caregiver is asked (ITEMS word them for a
consumer's)."""


def instrument_label(code: str) -> str:
    """The instrument's name in the interface language."""
    return QCoreApplication.translate("surveys", INSTRUMENTS.get(code, code))


def item_label(code: str, cared_for_role: str | None = None) -> str:
    """The question in the interface language, worded for whose caregiver is asked."""
    source = FOR_PEERS_CAREGIVERS.get(code) if cared_for_role == "peer" else None
    return QCoreApplication.translate("surveys", source or ITEMS.get(code, code))
