"""A cell names a code by the code itself or either label, in any case."""

from __future__ import annotations

from app import codes
from app.codes import Code, CodeList


def test_a_code_is_meant_by_its_code_and_labels_in_any_case() -> None:
    assert codes.TOPICS.meant_by("SOCIAL_skills") == "social_skills"
    assert codes.TOPICS.meant_by("social skills") == "social_skills"
    assert codes.TOPICS.meant_by("社交技能") == "social_skills"
    assert codes.TOPICS.meant_by("社交") is None


def test_the_first_code_using_a_word_keeps_it() -> None:
    """As a scan of the list in order would find it."""
    listed = CodeList("thing", Code("a", "Same", "甲"), Code("same", "Other", "乙"))
    assert listed.meant_by("same") == "a"
    assert listed.meant_by("乙") == "same"
