"""What each role may see of people, one-transaction enrolment, and status changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app import codes
from app.errors import NeedsConfirmation, NotFound, UserError, ValidationFailed
from app.permissions import Account
from app.services import accounts, enrolment, people, screening
from app.services.enrolment import EnrolmentData
from app.services.people import ContactData, PersonData
from app.services.screening import ScreeningData
from db.database import Database
from db.models import CaregiverLink, Consent, Contact, Enrolment, Person, Screening
from tests.helpers import BY_ROLE, DOCTOR, PEER

DAY = date(2016, 3, 1)


def _enrolment(code: str = "C9", **changes: object) -> EnrolmentData:
    """A complete consumer enrolment, with some parts changed."""
    criteria = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)
    data = {
        "person": PersonData(code, "TJH", sex="male", birth_date=date(1980, 2, 2),
                             diagnosis="schizophrenia"),
        "role": "consumer",
        "enrolled_on": DAY,
        "contact": ContactData("张三", "13700000000", "团结湖北里", "李四 13600000000"),
        "screening": ScreeningData(code, "consumer", date(2016, 2, 1), criteria, "D1"),
        "consents": dict.fromkeys(codes.CONSENT_KINDS.code_names(), date(2016, 2, 2)),
    } | changes  # fmt: skip
    return EnrolmentData(**data)  # type: ignore[arg-type]


def _count_rows(db: Database) -> dict[str, int]:
    """How many rows each table the enrolment writes holds."""
    with db.reading() as session:
        return {
            model.__tablename__: session.query(model).count()
            for model in (Person, Enrolment, Contact, Screening, Consent, CaregiverLink)
        }


@pytest.fixture
def site_db(people_db: Database) -> Database:
    """The people site with a doctor to assess, contacts, and one consumer screened."""
    accounts.add_staff(people_db, DOCTOR, "D1", "李医生", "community_doctor")
    people.set_contact(people_db, DOCTOR, "C1", ContactData("王小明", "13900000001"))
    people.change_status(people_db, DOCTOR, "P2", "peer", "on_leave", date(2016, 1, 1), "住院治疗")
    return people_db


@pytest.mark.parametrize(("viewer", "name"), [("peer", "小明（王）"), ("research_assistant", ""),
                                             ("nobody", "")])  # fmt: skip
def test_registry_leaves_out_what_a_role_may_not_see(
    site_db: Database, viewer: str, name: str
) -> None:
    """Without SEE_CLINICAL the diagnosis is blank; without SEE_CONTACTS no phone, and the
    name only in the site's form for peers."""
    rows = {r.person.code: r for r in people.registry(site_db, Account("x", "X", viewer))}
    assert rows["C1"].person.diagnosis is None
    assert (rows["C1"].name, rows["C1"].phone) == (name, "")
    assert rows["C1"].person.role == "consumer" and rows["C1"].age is not None


@pytest.mark.parametrize("viewer", ["community_doctor", "social_worker", "project_manager"])
def test_registry_shows_professionals_everything(site_db: Database, viewer: str) -> None:
    """Professionals see diagnosis, name and phone."""
    rows = {
        r.person.code: r for r in people.registry(site_db, BY_ROLE[viewer], on=date(2016, 6, 1))
    }
    assert rows["C1"].person.diagnosis == "schizophrenia"
    assert (rows["C1"].name, rows["C1"].phone) == ("王小明", "13900000001")
    assert rows["C1"].age == 41
    assert rows["P2"].person.status == "on_leave"


def test_the_list_behind_pickers_carries_no_diagnosis(site_db: Database) -> None:
    """Every account reads the plain list of people, so it never holds a diagnosis."""
    rows = people.list_people(site_db)
    assert {r.code for r in rows} >= {"C1", "P1"}
    assert all(r.diagnosis is None for r in rows)


def test_contact_and_screening_refuse_a_peer(site_db: Database) -> None:
    """Asked with a peer's role, the services refuse; a doctor gets the details."""
    with pytest.raises(UserError):
        people.contact_for(site_db, PEER, "C1")
    with pytest.raises(UserError):
        screening.screening_for(site_db, PEER, "C1")
    assert people.contact_for(site_db, DOCTOR, "C1") == ContactData("王小明", "13900000001")
    assert screening.screening_for(site_db, DOCTOR, "C1").screenings == []


def test_person_detail_by_role(site_db: Database) -> None:
    """Reasons for leave may tell of illness: only clinical roles see them, and the diagnosis."""
    doctor = people.person_detail(site_db, DOCTOR, "P2", on=date(2016, 2, 1))
    [period] = doctor.periods
    assert (period.role, period.community, period.enrolled_on) == ("peer", "TJH", date(2015, 9, 1))
    assert [(c.status, c.reason) for c in period.changes] == [("on_leave", "住院治疗")]
    assert doctor.row.person.diagnosis == "schizophrenia"
    assert doctor.row.person.status == "on_leave"
    peer = people.person_detail(site_db, PEER, "P2", on=date(2016, 2, 1))
    assert [(c.status, c.reason) for c in peer.periods[0].changes] == [("on_leave", "")]
    assert peer.row.person.diagnosis is None and peer.row.name == ""


def test_enrolment_writes_everything_together(site_db: Database) -> None:
    """Person, role, contact, screening and both consents are written by one call."""
    before = _count_rows(site_db)
    enrolment.enrol_person(site_db, DOCTOR, _enrolment())
    after = _count_rows(site_db)
    assert {t: after[t] - before[t] for t in after} == {
        "person": 1, "enrolment": 1, "contact": 1, "screening": 1, "consent": 2,
        "caregiver_link": 0,
    }  # fmt: skip
    [screened] = screening.screening_for(site_db, DOCTOR, "C9").screenings
    assert screened.assessor == "李医生 (D1)"
    assert people.contact_for(site_db, DOCTOR, "C9").address == "团结湖北里"


@pytest.mark.parametrize(
    ("changes", "error", "named"),
    [
        ({"person": PersonData("C9", "TJH", birth_date=date.today() + timedelta(1))},
         ValidationFailed, "birth date"),
        ({"enrolled_on": date.today() + timedelta(1)}, ValidationFailed, "enrolment date"),
        ({"person": PersonData("C1", "TJH")}, UserError, "C1"),
        ({"person": PersonData("C9", "XHY")}, NotFound, "XHY"),
        ({"screening": ScreeningData("C9", "consumer", date(2016, 2, 1),
                                     {"stable": True}, "D1")}, ValidationFailed, "diagnosis"),
        ({"screening": ScreeningData("C9", "consumer", date(2016, 2, 1),
                                     dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].
                                                   code_names(), True), "NOBODY")},
         NotFound, "NOBODY"),
    ],
)  # fmt: skip
def test_a_refused_enrolment_writes_nothing(
    site_db: Database, changes: dict[str, object], error: type[Exception], named: str
) -> None:
    """Any problem, found before writing or half-way through, leaves every table as it was."""
    before = _count_rows(site_db)
    with pytest.raises(error, match=named):
        enrolment.enrol_person(site_db, DOCTOR, _enrolment(**changes), True)
    assert _count_rows(site_db) == before


def test_validation_names_the_field(site_db: Database) -> None:
    """Each problem says which field it is about, so the form can show it there."""
    data = _enrolment(person=PersonData("C9", "TJH", birth_date=date.today() + timedelta(1)))
    with pytest.raises(ValidationFailed) as refused:
        enrolment.enrol_person(site_db, DOCTOR, data)
    assert [p.field for p in refused.value.problems] == ["birth_date"]


def test_criterion_not_met_needs_confirming(site_db: Database) -> None:
    """Unconfirmed, nothing is written; confirmed, the answer No is kept."""
    data = _enrolment()
    assert data.screening is not None
    criteria = data.screening.criteria | {"no_substance_abuse": False}
    data = _enrolment(screening=ScreeningData("C9", "consumer", date(2016, 2, 1), criteria))
    before = _count_rows(site_db)
    with pytest.raises(NeedsConfirmation, match="No drug or alcohol abuse"):
        enrolment.enrol_person(site_db, DOCTOR, data)
    assert _count_rows(site_db) == before
    enrolment.enrol_person(site_db, DOCTOR, data, confirmed=True)
    [screened] = screening.screening_for(site_db, DOCTOR, "C9").screenings
    assert screened.criteria["no_substance_abuse"] is False


def test_a_peer_may_not_enrol(site_db: Database) -> None:
    """Enrolment needs MANAGE_PEOPLE, checked by the service."""
    with pytest.raises(UserError):
        enrolment.enrol_person(site_db, PEER, _enrolment())
    assert not people.code_in_use(site_db, "C9")


def test_caregiver_enrolment_links_the_person(site_db: Database) -> None:
    """A caregiver is not screened; the link to the person cared for is written with them."""
    data = _enrolment("G9", role="caregiver", screening=None, cares_for="C1",
                      person=PersonData("G9", "TJH"))  # fmt: skip
    enrolment.enrol_person(site_db, DOCTOR, data)
    detail = people.person_detail(site_db, DOCTOR, "C1")
    assert [(c.caregiver, c.cared_for) for c in detail.caregivers] == [("G9", "C1")]


def test_return_from_leave_and_after_quitting(site_db: Database) -> None:
    """Back from leave is a status change; back after quitting is a new period."""
    people.return_to(site_db, DOCTOR, "P2", "peer", date(2016, 3, 1))
    assert _status(site_db, "P2", date(2016, 4, 1)) == "active"
    people.change_status(site_db, DOCTOR, "C2", "consumer", "quit", date(2016, 5, 1), "moved away")
    people.return_to(site_db, DOCTOR, "C2", "consumer", date(2017, 1, 1))
    periods = people.person_detail(site_db, DOCTOR, "C2").periods
    assert [(p.enrolled_on, p.left_on) for p in periods] == [
        (date(2015, 9, 1), date(2016, 5, 1)),
        (date(2017, 1, 1), None),
    ]
    assert _status(site_db, "C2", date(2016, 6, 1)) == "quit"
    assert _status(site_db, "C2", date(2017, 2, 1)) == "active"
    with pytest.raises(UserError):
        people.return_to(site_db, DOCTOR, "C1", "peer", date(2017, 1, 1))


def _status(db: Database, code: str, on: date) -> str | None:
    return {r.code: r.status for r in people.list_people(db, on=on)}[code]


def test_consumer_becomes_peer_without_a_gap_or_overlap(site_db: Database) -> None:
    """The day before, a consumer; from the day, a peer: counted once on every day."""
    people.become_peer(site_db, DOCTOR, "C3", date(2017, 1, 1))
    for day, role in ((date(2016, 12, 31), "consumer"), (date(2017, 1, 1), "peer")):
        enrolled = {
            r: [p.code for p in people.enrolled_people(site_db, r, "TJH", day)]
            for r in ("consumer", "peer")
        }
        assert "C3" in enrolled[role]
        assert "C3" not in enrolled["peer" if role == "consumer" else "consumer"]


def test_caregiver_links_go_the_right_way(site_db: Database) -> None:
    """Only an enrolled caregiver can care for a peer or consumer, each named when wrong."""
    people.add_person(site_db, DOCTOR, PersonData("G1", "TJH"), "caregiver", date(2016, 1, 1))
    with pytest.raises(UserError, match="Caregiver: C2"):
        people.add_caregiver(site_db, DOCTOR, "C2", "C1")
    with pytest.raises(UserError, match="Cared for: G1"):
        people.add_caregiver(site_db, DOCTOR, "G1", "G1")
    people.add_caregiver(site_db, DOCTOR, "G1", "C1", " 母亲 ")
    [link] = people.person_detail(site_db, DOCTOR, "G1").caregivers
    assert (link.caregiver, link.cared_for, link.relationship) == ("G1", "C1", "母亲")


def test_list_people_reads_a_large_registry_quickly(db: Database) -> None:
    """The registry's flat queries give the same rows as before for people with history."""
    people.add_person(db, DOCTOR, PersonData("Q1", "TJH"), "consumer", date(2015, 9, 1))
    people.become_peer(db, DOCTOR, "Q1", date(2016, 1, 1))
    people.change_status(db, DOCTOR, "Q1", "peer", "quit", date(2016, 6, 1), "work")
    people.add_person(db, DOCTOR, PersonData("Q2", "TJH"), "peer", date(2030, 1, 1))
    rows = {r.code: r for r in people.list_people(db, on=date(2016, 3, 1))}
    assert (rows["Q1"].role, rows["Q1"].status) == ("peer", "active")
    assert rows["Q1"].left_on == date(2016, 6, 1)
    assert (rows["Q2"].role, rows["Q2"].status) == ("peer", None)
    later = {r.code: r for r in people.list_people(db, on=date(2017, 1, 1))}
    assert later["Q1"].status == "quit"
