"""Whom to ask for work one's role may not do: read off the permission table."""

from __future__ import annotations

import re

import pytest

from app import access
from app.permissions import PERMISSIONS, Capability

NAMES = {
    "community_doctor": "a community doctor",
    "psychiatrist": "a psychiatrist",
    "clinical_psychologist": "a clinical psychologist",
    "social_worker": "a social worker",
    "research_assistant": "a research assistant",
    "peer": "a peer",
    "project_manager": "the project manager",
}


@pytest.mark.parametrize("capability", list(Capability))
def test_names_exactly_the_site_roles_that_may(capability: Capability) -> None:
    """Every role named may do it and every site role that may is named; the project
    manager only when nobody at the site may."""
    text = access.who_may(capability)
    named = {role for role, name in NAMES.items() if re.search(rf"\b{name}\b", text)}
    at_site = {r for r, granted in PERMISSIONS.items()
               if capability in granted and r != "project_manager"}  # fmt: skip
    assert named == (at_site or {"project_manager"})
    assert text.startswith("Ask ") and text.endswith(".")


def test_one_role_reads_without_a_list() -> None:
    """A single role reads plainly; several end with "or"."""
    assert access.who_may(Capability.EXPORT_BUNDLE) == "Ask a community doctor to export a bundle."
    assert access.who_may(Capability.RECORD_SURVEYS).endswith(
        "a social worker or a research assistant to record survey answers."
    )
