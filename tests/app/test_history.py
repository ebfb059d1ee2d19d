"""History and Undo of saved records: what a correction crossed out stays readable."""

from __future__ import annotations

from datetime import date

import pytest

from app import history
from app.services import people
from db.database import Database
from tests.helpers import DOCTOR, PEER


def _person_id(db: Database, code: str) -> tuple[str, int]:
    from sqlalchemy import select

    from db.models import Person

    with db.reading() as session:
        person = session.scalars(select(Person).where(Person.code == code)).one()
        return person.id, person.revision


def _change_sex(db: Database, code: str, sex: str, expected: int | None = None) -> None:
    from sqlalchemy import select

    from db.models import Person

    with db.transaction(DOCTOR.username) as session:
        person = session.scalars(select(Person).where(Person.code == code)).one()
        history.check_revision(session, person, expected)
        person.sex = sex
        history.note_change(session, "typo on the form")


def test_history_shows_two_edits_with_labels_old_and_new_values(people_db: Database) -> None:
    """Two corrections read back newest first, in field labels and code labels."""
    _change_sex(people_db, "C1", "male")
    _change_sex(people_db, "C1", "female")
    key, _ = _person_id(people_db, "C1")

    entries = history.record_history(people_db, DOCTOR, "person", [key], language="zh")

    assert [e.what for e in entries[:2]] == ["Changed", "Changed"]
    assert entries[0].changes == (history.FieldChange("Sex", "男", "女"),)
    assert entries[1].changes == (history.FieldChange("Sex", "女", "男"),)
    assert entries[0].note == "typo on the form"
    assert entries[-1].what == "Created"
    created = {c.label: c.new for c in entries[-1].changes}
    assert created["Code"] == "C1" and created["Community"] == "团结湖"
    assert created["Date of birth"] == "1975-05-05"
    assert "sex" not in created and "community_id" not in created


def test_clinical_values_are_hidden_from_a_peer(people_db: Database) -> None:
    """A peer reading a person's history sees that the diagnosis changed, not what it is."""
    key, _ = _person_id(people_db, "C2")
    created = history.record_history(people_db, PEER, "person", [key])[-1]
    shown = {c.label: c.new for c in created.changes}
    assert shown["Diagnosis"] == "(not shown)"
    doctor = {
        c.label: c.new
        for c in history.record_history(people_db, DOCTOR, "person", [key])[-1].changes
    }
    assert doctor["Diagnosis"] == "Schizophrenia"


def test_undo_puts_a_record_back_as_a_new_audited_change(people_db: Database) -> None:
    """Undo restores the values before the save, and History shows the undoing."""
    _change_sex(people_db, "C1", "male")
    change = people_db.last_change_id
    assert change is not None
    history.undo_change(people_db, DOCTOR, change)

    key, revision = _person_id(people_db, "C1")
    assert revision == 3
    entries = history.record_history(people_db, DOCTOR, "person", [key])
    assert entries[0].note == "Undone"
    assert entries[0].changes == (history.FieldChange("Sex", "Male", "Female"),)


def test_undo_of_a_creation_marks_the_record_deleted(db: Database) -> None:
    """Undoing an enrolment by mistake leaves the person marked deleted, not erased."""
    people.add_person(db, DOCTOR, people.PersonData("X9", "TJH"), "consumer", date(2016, 1, 1))
    history.undo_change(db, DOCTOR, db.last_change_id or "")
    from db.models import Person

    with db.reading() as session:
        person = session.query(Person).filter_by(code="X9").one()
        assert person.deleted


def test_undo_is_refused_once_someone_changed_the_record_since(people_db: Database) -> None:
    """Undo never overwrites a later change: it names who made it."""
    _change_sex(people_db, "C1", "male")
    change = people_db.last_change_id or ""
    _change_sex(people_db, "C1", "female")
    with pytest.raises(history.StaleRecord, match="changed by li at "):
        history.undo_change(people_db, DOCTOR, change)


def test_undo_by_another_account_is_refused(people_db: Database) -> None:
    _change_sex(people_db, "C1", "male")
    with pytest.raises(history.UserError, match="Only the person"):
        history.undo_change(people_db, PEER, people_db.last_change_id or "")


def test_an_edit_on_an_older_revision_is_refused_and_changes_nothing(people_db: Database) -> None:
    """The second of two windows opened on the same revision cannot overwrite the first."""
    _, shown = _person_id(people_db, "C1")
    _change_sex(people_db, "C1", "male", expected=shown)
    with pytest.raises(history.StaleRecord, match="reload"):
        _change_sex(people_db, "C1", "female", expected=shown)
    _, revision = _person_id(people_db, "C1")
    assert revision == shown + 1


def test_a_persons_history_shows_status_changes_in_words(people_db: Database) -> None:
    """Going on leave reads as the status by its label, in the person's History."""
    people.change_status(people_db, DOCTOR, "C1", "consumer", "on_leave", date(2016, 2, 1),
                         "住院")  # fmt: skip
    detail = people.person_detail(people_db, DOCTOR, "C1")
    entries = history.record_history(people_db, DOCTOR, "person", list(detail.record_ids))
    fields = {(c.label, c.new) for e in entries for c in e.changes}
    assert ("Status change", "On leave · 2016-02-01 · 住院") in fields
