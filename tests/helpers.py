"""Accounts of every role, for tests that call services as a particular user.

The services only read an account's user name and role, so these need no row in the
database; tests that sign in through the window or the command line create real ones.
"""

from __future__ import annotations

from app.permissions import Account

DOCTOR = Account("li", "Li", "community_doctor", staff_code="TJH-D")
PEER = Account("wang", "Wang", "peer", person_code="P1")
PSYCHIATRIST = Account("zhao", "Zhao", "psychiatrist")
PSYCHOLOGIST = Account("sun", "Sun", "clinical_psychologist")
SOCIAL_WORKER = Account("zhou", "Zhou", "social_worker")
RESEARCHER = Account("chen", "Chen", "research_assistant")
MANAGER = Account("pm", "Project manager", "project_manager")

BY_ROLE = {a.role: a for a in (DOCTOR, PEER, PSYCHIATRIST, PSYCHOLOGIST, SOCIAL_WORKER,
                               RESEARCHER, MANAGER)}  # fmt: skip
"""One account per role of the permission table."""
