"""Correcting a person after enrolment: demographics, contact, community and code."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import permissions
from app.errors import NotFound, UserError
from app.history import StaleRecord
from app.imports.csv_reading import ImportFailed
from app.imports.people_csv import HEADER, import_people
from app.permissions import Account, Capability
from app.printing import resolve_code
from app.services import lookup, people, person_edit
from app.services.people import ContactData
from app.services.withdrawal import withdraw_consent
from db.database import Database
from tests.helpers import DOCTOR, PEER, RESEARCHER


def _form(db: Database, code: str = "C1") -> person_edit.PersonForm:
    return person_edit.person_form(db, DOCTOR, code)


def test_edit_changes_demographics_and_contact_and_raises_the_revision(
    people_db: Database,
) -> None:
    """Given C1, when sex, education and phone are corrected, then all of them are stored."""
    form = _form(people_db)
    data = replace(form.data, sex="male", education="postgraduate", working=True)
    person_edit.edit_person(people_db, DOCTOR, "C1", data, ContactData("王小明", " 139 "),
                            form.revision)  # fmt: skip
    after = _form(people_db)
    assert (after.data.sex, after.data.education, after.data.working) == ("male", "postgraduate",
                                                                          True)  # fmt: skip
    assert after.contact == ContactData("王小明", "139")
    assert after.revision == form.revision + 1


def test_a_broken_rule_is_refused_and_changes_nothing(people_db: Database) -> None:
    """A birth date in the future is refused with the rule's message; nothing is written."""
    form = _form(people_db)
    future = replace(form.data, sex="male", birth_date=date.today() + timedelta(days=3))
    with pytest.raises(UserError, match="is in the future"):
        person_edit.edit_person(people_db, DOCTOR, "C1", future, ContactData("X"), form.revision)
    assert _form(people_db) == form


def test_an_edit_on_an_older_revision_is_refused(people_db: Database) -> None:
    """Two forms open on C1: the second save names who changed it and asks for a reload."""
    first, second = _form(people_db), _form(people_db)
    person_edit.edit_person(people_db, DOCTOR, "C1", replace(first.data, sex="male"), None,
                            first.revision)  # fmt: skip
    with pytest.raises(StaleRecord, match="reload") as refused:
        person_edit.edit_person(people_db, DOCTOR, "C1", replace(second.data, education="primary"),
                                None, second.revision)  # fmt: skip
    assert "changed by li at" in str(refused.value)
    assert _form(people_db).data.education is None


def test_a_peer_may_not_edit_anyone(people_db: Database) -> None:
    """A peer is refused, whatever the field (a diagnosis included)."""
    form = _form(people_db)
    for account in (PEER, RESEARCHER):
        with pytest.raises(UserError, match="may not"):
            person_edit.edit_person(people_db, account, "C1",
                                    replace(form.data, diagnosis="bipolar"))  # fmt: skip
    assert _form(people_db).data.diagnosis == "schizophrenia"


def test_a_role_without_clinical_rights_cannot_change_a_diagnosis(
    people_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A role that manages people but may not see diagnoses edits the rest, keeping the
    diagnosis it never saw; giving one is refused."""
    monkeypatch.setitem(permissions.PERMISSIONS, "clerk",
                        frozenset({Capability.MANAGE_PEOPLE}))  # fmt: skip
    clerk = Account("clerk", "Clerk", "clerk")
    form = person_edit.person_form(people_db, clerk, "C1")
    assert form.data.diagnosis is None and form.contact is None
    with pytest.raises(UserError, match="may not see clinical details"):
        person_edit.edit_person(people_db, clerk, "C1", replace(form.data, diagnosis="bipolar"))
    person_edit.edit_person(people_db, clerk, "C1", replace(form.data, sex="male"), None,
                            form.revision)  # fmt: skip
    after = _form(people_db)
    assert (after.data.sex, after.data.diagnosis) == ("male", "schizophrenia")


def test_correcting_the_community_moves_the_role_periods(people_db: Database) -> None:
    """C1 enrolled in the wrong community: person and role period move together."""
    form = _form(people_db)
    person_edit.edit_person(people_db, DOCTOR, "C1", replace(form.data, community="MZD"))
    detail = people.person_detail(people_db, DOCTOR, "C1")
    assert detail.row.person.community == "MZD"
    assert [p.community for p in detail.periods] == ["MZD"]


def test_no_edit_after_consent_is_withdrawn(people_db: Database) -> None:
    """Erased details are not typed back in."""
    withdraw_consent(people_db, DOCTOR, "C1", date.today())
    form = _form(people_db)
    with pytest.raises(UserError, match="withdrew consent"):
        person_edit.edit_person(people_db, DOCTOR, "C1", form.data, ContactData("王小明"))


def test_a_corrected_code_keeps_the_old_one_findable(people_db: Database) -> None:
    """C1 becomes TJH-C1: the old code finds the person, lists show it as a former code."""
    revision = _form(people_db).revision
    assert person_edit.correct_code(people_db, DOCTOR, "C1", "TJH-C1", revision) == "TJH-C1"
    with people_db.reading() as session:
        assert lookup.person(session, "C1").code == "TJH-C1"
        assert set(lookup.people(session, ["C1", "C2"])) == {"C1", "C2"}
    [row] = [r for r in people.list_people(people_db) if r.code == "TJH-C1"]
    assert row.former_codes == ("C1",)
    assert people.person_detail(people_db, DOCTOR, "C1").row.person.code == "TJH-C1"
    found = resolve_code(people_db, "P-C1")
    assert found is not None and found.key == "TJH-C1"
    assert _form(people_db, "TJH-C1").revision == revision + 1


def test_a_code_in_use_or_invalid_is_refused(people_db: Database) -> None:
    """Another person's code, a bad code or the same code change nothing."""
    for new, message in (("C2", "already in use"), ("C 1", "must be 1-32"),
                         ("C1", "already this person's code")):  # fmt: skip
        with pytest.raises(UserError, match=message):
            person_edit.correct_code(people_db, DOCTOR, "C1", new)
    assert _form(people_db).former_codes == ()


def test_codes_swapped_and_corrected_back(people_db: Database) -> None:
    """C1 and C2 swap codes through a spare one; a current code wins over a former one."""
    person_edit.correct_code(people_db, DOCTOR, "C1", "TMP")
    person_edit.correct_code(people_db, DOCTOR, "C2", "C1")
    person_edit.correct_code(people_db, DOCTOR, "TMP", "C2")
    assert _form(people_db, "C2").former_codes == ("C1", "TMP")
    assert _form(people_db, "C1").former_codes == ("C2",)
    person_edit.correct_code(people_db, DOCTOR, "C2", "TMP")
    assert _form(people_db, "TMP").former_codes == ("C1", "C2")


def test_an_old_code_two_people_had_finds_nobody(people_db: Database) -> None:
    """C1 and then a newcomer both gave up the code X: X is ambiguous and not guessed."""
    person_edit.correct_code(people_db, DOCTOR, "C1", "X")
    person_edit.correct_code(people_db, DOCTOR, "X", "C1-A")
    person_edit.correct_code(people_db, DOCTOR, "C2", "X")
    person_edit.correct_code(people_db, DOCTOR, "X", "C2-A")
    with people_db.reading() as session, pytest.raises(NotFound, match="More than one"):
        lookup.person(session, "X")


def test_an_old_roster_with_a_corrected_code_is_refused(
    people_db: Database, tmp_path: Path
) -> None:
    """A roster still using C1 would enrol TJH-C1 a second time: the line is named instead;
    a caregiver may still point at the old code."""
    person_edit.correct_code(people_db, DOCTOR, "C1", "TJH-C1")
    roster = tmp_path / "people.csv"
    roster.write_text(",".join(HEADER) + "\nC1,consumer,TJH,2015-09-01,,male,,,,,,\n")
    with pytest.raises(ImportFailed, match="corrected to TJH-C1"):
        import_people(people_db, DOCTOR, roster)
    roster.write_text(",".join(HEADER) + "\nG1,caregiver,TJH,2015-09-01,,male,,,,,,C1\n")
    import_people(people_db, DOCTOR, roster)
    assert people.person_detail(people_db, DOCTOR, "G1").caregivers[0].cared_for == "TJH-C1"
    assert len([r for r in people.list_people(people_db) if "C1" in (r.code, *r.former_codes)]) == 1
