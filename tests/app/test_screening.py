"""Screening against the inclusion criteria of each role, and consent."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import codes
from app.errors import NeedsConfirmation, UserError, ValidationFailed
from app.services import screening
from db.database import Database
from tests.helpers import DOCTOR


def _all_met(role: str) -> dict[str, bool]:
    return dict.fromkeys(codes.SCREENING_CRITERIA[role].code_names(), True)


def test_peer_meeting_every_criterion_is_saved(people_db: Database) -> None:
    """A peer who meets every criterion with PSP above 50 is recorded without questions."""
    data = screening.ScreeningData("P1", "peer", date(2015, 8, 1), _all_met("peer"), psp_score=62)
    assert screening.record_screening(people_db, DOCTOR, data)


def test_criterion_not_met_must_be_confirmed(people_db: Database) -> None:
    """A criterion not met is a warning naming it; confirmed, it is saved."""
    criteria = _all_met("consumer") | {"stable": False}
    data = screening.ScreeningData("C1", "consumer", date(2015, 8, 1), criteria)
    with pytest.raises(NeedsConfirmation, match="Stable for at least 3 months"):
        screening.record_screening(people_db, DOCTOR, data)
    assert screening.record_screening(people_db, DOCTOR, data, confirmed=True)


def test_missing_criterion_and_role_mix_up_are_errors(people_db: Database) -> None:
    """Each criterion of the role must be answered; a peer criterion for a consumer is unknown."""
    missing = _all_met("peer")
    del missing["insight"]
    with pytest.raises(ValidationFailed, match="insight"):
        screening.record_screening(
            people_db,
            DOCTOR,
            screening.ScreeningData("P1", "peer", date(2015, 8, 1), missing, psp_score=60),
            confirmed=True,
        )
    wrong = _all_met("consumer") | {"psp_above_50": True}
    with pytest.raises(ValidationFailed, match="psp_above_50"):
        screening.record_screening(
            people_db,
            DOCTOR,
            screening.ScreeningData("C1", "consumer", date(2015, 8, 1), wrong),
            confirmed=True,
        )


def test_psp_must_agree_with_its_criterion(people_db: Database) -> None:
    """A PSP of 45 ticked as 'above 50' is an error, not a warning."""
    data = screening.ScreeningData("P1", "peer", date(2015, 8, 1), _all_met("peer"), psp_score=45)
    with pytest.raises(ValidationFailed, match="45"):
        screening.record_screening(people_db, DOCTOR, data, confirmed=True)


def test_consent_is_recorded_once(people_db: Database) -> None:
    """Both consent forms are kept with their dates; recording twice adds nothing."""
    screening.record_consent(people_db, DOCTOR, "C1", "informed_consent", date(2015, 8, 2))
    screening.record_consent(people_db, DOCTOR, "C1", "informed_consent", date(2015, 8, 2))
    screening.record_consent(people_db, DOCTOR, "C1", "service_agreement", date(2015, 8, 3))
    assert screening.consents_of(people_db, "C1") == {
        "informed_consent": date(2015, 8, 2),
        "service_agreement": date(2015, 8, 3),
    }
    with pytest.raises(UserError):
        screening.record_consent(
            people_db, DOCTOR, "C1", "informed_consent", date.today() + timedelta(days=1)
        )
