"""People: demographics, roles over time, status changes, caregivers and contacts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import NotFound, UserError, ValidationFailed
from app.services import people
from db.database import Database
from db.models import Contact, Person
from tests.helpers import DOCTOR


def test_consumer_later_becomes_peer(people_db: Database) -> None:
    """A consumer who leaves that role and enrols as a peer shows as a peer from then on."""
    people.change_status(
        people_db, DOCTOR, "C1", "consumer", "quit", date(2017, 1, 1), "became a peer"
    )
    people.enrol(people_db, DOCTOR, "C1", "peer", date(2017, 1, 1))
    on = {r.code: r for r in people.list_people(people_db, on=date(2016, 6, 1))}
    later = {r.code: r for r in people.list_people(people_db, on=date(2017, 6, 1))}
    assert on["C1"].role == "consumer"
    assert later["C1"].role == "peer"


def test_leave_and_return(people_db: Database) -> None:
    """On leave between two dates, active again after, with the reason kept."""
    people.change_status(
        people_db, DOCTOR, "P2", "peer", "on_leave", date(2016, 1, 1), "hospital stay"
    )
    people.change_status(people_db, DOCTOR, "P2", "peer", "active", date(2016, 3, 1))
    status = {
        d: {r.code: r.status for r in people.list_people(people_db, on=d)}["P2"]
        for d in (date(2015, 12, 1), date(2016, 2, 1), date(2016, 4, 1))
    }
    assert list(status.values()) == ["active", "on_leave", "active"]


def test_quit_needs_a_reason_and_ends_enrolment(people_db: Database) -> None:
    """Quitting without a reason is refused; with one, the person is out from that day."""
    with pytest.raises(UserError):
        people.change_status(people_db, DOCTOR, "P1", "peer", "quit", date(2016, 5, 1))
    people.change_status(people_db, DOCTOR, "P1", "peer", "quit", date(2016, 5, 1), "found a job")
    enrolled = people.enrolled_people(people_db, "peer", "TJH", date(2016, 6, 1))
    assert [r.code for r in enrolled] == ["P2"]
    assert {r.code: r.status for r in people.list_people(people_db)}["P1"] == "quit"


def test_impossible_demographics_are_errors(db: Database) -> None:
    """A birth date in the future or an unknown sex code is refused, and nothing is written."""
    future = date.today() + timedelta(days=1)
    for data in (
        people.PersonData("X1", "TJH", birth_date=future),
        people.PersonData("X1", "TJH", sex="男"),
    ):
        with pytest.raises(ValidationFailed):
            people.add_person(db, DOCTOR, data, "consumer", date(2016, 1, 1))
    assert people.list_people(db) == []


def test_unknown_community_is_named(db: Database) -> None:
    """Adding someone to a community that does not exist names the code."""
    with pytest.raises(NotFound, match="XHY"):
        people.add_person(db, DOCTOR, people.PersonData("X1", "XHY"), "consumer", date(2016, 1, 1))


def test_contact_details_are_kept_apart(people_db: Database) -> None:
    """Name and phone live only in the contact table, never on the person."""
    people.set_contact(
        people_db, DOCTOR, "C1", people.ContactData(name="王小明", phone="13800000000")
    )
    assert people.contact_for(people_db, DOCTOR, "C1") == people.ContactData(
        "王小明", "13800000000"
    )
    person_columns = set(Person.__table__.columns.keys())
    assert not {"name", "phone", "address"} & person_columns
    assert {"name", "phone", "address"} <= set(Contact.__table__.columns.keys())


def test_caregiver_is_linked_to_the_person_cared_for(people_db: Database) -> None:
    """A caregiver shows whom they care for; nobody cares for themselves."""
    people.add_person(
        people_db, DOCTOR, people.PersonData("G1", "TJH"), "caregiver", date(2015, 9, 1)
    )
    with people_db.transaction() as session:
        from app.services import lookup

        people.link_caregiver(session, lookup.person(session, "G1"), lookup.person(session, "C1"))
    rows = {r.code: r for r in people.list_people(people_db)}
    assert rows["G1"].caregiver_of == "C1"
    with pytest.raises(UserError), people_db.transaction() as session:
        g1 = lookup.person(session, "G1")
        people.link_caregiver(session, g1, g1)
