"""Withdrawal of consent: details erased at the site, the erasure carried to the project manager."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import codes
from app.audit import list_entries
from app.errors import UserError
from app.exchange import bundle as bundles
from app.exchange import project
from app.exchange.bundle import BundleRefused
from app.exchange.merge import confirm_site, import_bundles
from app.services import emergencies, people, screening, site
from app.services.withdrawal import ERASED, withdraw_consent
from db.database import Database
from db.models import Consent, Contact, EmergencyEvent, Person, RecordVersion, Screening
from main import main
from tests.helpers import DOCTOR, MANAGER, PEER

WITHDRAWN = date(2016, 9, 1)
MET = dict.fromkeys(codes.SCREENING_CRITERIA["consumer"].code_names(), True)


def _person(db: Database, code: str) -> Person:
    with db.reading() as session:
        return session.scalars(select(Person).where(Person.code == code)).one()


@pytest.fixture
def named(people_db: Database) -> Database:
    """C1 has a name, contact details, a screening note, a consent and an emergency naming her."""
    db = people_db
    people.set_contact(
        db, DOCTOR, "C1", people.ContactData("王小明", "13800000000", "团结湖路1号", "母亲")
    )
    people.set_contact(db, DOCTOR, "C2", people.ContactData(name="李华"))
    screening.record_screening(
        db,
        DOCTOR,
        screening.ScreeningData("C1", "consumer", date(2015, 8, 20), MET, notes="王小明很安静"),
        confirmed=True,
    )
    screening.record_consent(db, DOCTOR, "C1", "informed_consent", date(2015, 8, 25))
    emergencies.report_event(db, DOCTOR, emergencies.EventReport(
        "TJH", datetime(2016, 1, 5, 2, tzinfo=UTC), "self_harm", "王小明和李华争吵", "联系家属",
        ("C1", "C2")))  # fmt: skip
    return db


def test_withdrawal_erases_details_and_keeps_what_the_rules_keep(named: Database) -> None:
    """Name, contact, notes and the exact birth date go; code, role, dates and demographics stay."""
    withdraw_consent(named, DOCTOR, "C1", WITHDRAWN)
    assert people.contact_for(named, DOCTOR, "C1") is None
    with named.reading() as session:
        contact = session.scalars(select(Contact)).all()
        c1 = [c for c in contact if c.name == "" and c.phone == ""]
        assert len(c1) == 1 and c1[0].address == "" and c1[0].emergency_contact == ""
        assert session.scalars(select(Screening.notes)).one() == ""
        assert session.scalars(select(Consent.withdrawn_on)).one() == WITHDRAWN
        event = session.scalars(select(EmergencyEvent)).one()
        assert event.description == f"{ERASED}和李华争吵"
    person = _person(named, "C1")
    assert person.consent_withdrawn_on == WITHDRAWN
    assert person.birth_date == date(1975, 7, 1)
    assert (person.sex, person.diagnosis) == ("female", "schizophrenia")
    row = next(r for r in people.list_people(named) if r.code == "C1")
    assert (row.role, row.enrolled_on) == ("consumer", date(2015, 9, 1))
    assert people.contact_for(named, DOCTOR, "C2") == people.ContactData(name="李华")


def test_withdrawal_erases_the_history_kept_of_the_person(named: Database) -> None:
    """No version of a record keeps the name, the phone or the exact birth date afterwards."""
    people.set_contact(
        named, DOCTOR, "C1", people.ContactData("王晓明", "13900000000", "团结湖路1号", "母亲")
    )
    withdraw_consent(named, DOCTOR, "C1", WITHDRAWN)
    c1 = _person(named, "C1").id
    with named.reading() as session:
        versions = session.scalars(select(RecordVersion)).all()
        kept = " ".join(v.old_values + v.new_values for v in versions)
    assert not [v for v in versions if v.record_id == c1]  # nor its exact birth date
    for erased in ("王小明", "王晓明", "13800000000", "13900000000", "很安静"):
        assert erased not in kept
    assert "李华" in kept  # another person's details stay


def test_withdrawal_is_audited_and_refused_twice(named: Database) -> None:
    """The audit log names the withdrawal; doing it again says it was done already."""
    withdraw_consent(named, DOCTOR, "C1", WITHDRAWN)
    [entry] = list_entries(named, action="withdraw")
    assert (entry.username, entry.record_id) == (DOCTOR.username, _person(named, "C1").id)
    with pytest.raises(UserError, match="already"):
        withdraw_consent(named, DOCTOR, "C1", WITHDRAWN)


def test_a_peer_may_not_erase(named: Database) -> None:
    """Only roles allowed to record a consent withdrawal may erase someone's details."""
    with pytest.raises(UserError, match="may not"):
        withdraw_consent(named, PEER, "C1", WITHDRAWN)
    assert people.contact_for(named, DOCTOR, "C1") is not None


def test_command_asks_for_yes_then_erases(named: Database, db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`people withdraw CODE` refuses (exit 1) with the line to run and changes nothing;
    with --yes it erases."""
    named.close()
    assert main(["--db", str(db_path), "people", "withdraw", "C1"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.endswith(f"run: python main.py --db {db_path} people withdraw C1 --yes")
    again = Database.open(db_path)
    assert people.contact_for(again, DOCTOR, "C1") is not None
    again.close()
    assert main(["--db", str(db_path), "people", "withdraw", "C1", "--on", "2016-09-01",
                 "--yes"]) == 0  # fmt: skip
    again = Database.open(db_path)
    assert people.contact_for(again, DOCTOR, "C1") is None
    assert _person(again, "C1").consent_withdrawn_on == WITHDRAWN
    again.close()


def test_erasure_travels_to_the_project_manager(tmp_path: Path) -> None:
    """After the next bundle the person's row at the project manager shows the withdrawal."""
    pm = Database.open(tmp_path / "pm.sqlite")
    project.create_project(pm, "Chaoyang project", tmp_path / "project.json")
    mzd = Database.open(tmp_path / "mzd.sqlite")
    project.init_site_with_project(mzd, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(mzd, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    people.add_person(
        mzd,
        DOCTOR,
        people.PersonData("MZD-C1", "MZD", sex="male", birth_date=date(1980, 2, 3)),
        "consumer",
        date(2016, 3, 1),
        people.ContactData(name="王小明"),
    )
    screening.record_screening(
        mzd,
        DOCTOR,
        screening.ScreeningData(
            "MZD-C1", "consumer", date(2016, 2, 20), MET, notes="王小明住在麦子店"
        ),
        confirmed=True,
    )
    first = tmp_path / "1.bundle"
    bundles.export_bundle(mzd, DOCTOR, first)
    with pytest.raises(BundleRefused) as caught:
        import_bundles(pm, MANAGER, [first])
    confirm_site(pm, MANAGER, "MZ01", str(caught.value).split("sites confirm MZ01 ")[1].strip())
    import_bundles(pm, MANAGER, [first])
    assert _person(pm, "MZD-C1").birth_date == date(1980, 2, 3)

    withdraw_consent(mzd, DOCTOR, "MZD-C1", WITHDRAWN)
    second = tmp_path / "2.bundle"
    bundles.export_bundle(mzd, DOCTOR, second)
    import_bundles(pm, MANAGER, [second])

    at_pm = _person(pm, "MZD-C1")
    assert at_pm.consent_withdrawn_on == WITHDRAWN
    assert at_pm.birth_date == date(1980, 7, 1)
    assert at_pm.revision == _person(mzd, "MZD-C1").revision > 1
    with pm.reading() as session:
        assert session.scalars(select(Screening.notes)).one() == ""
        assert session.scalars(select(Contact)).all() == []
    assert [r.code for r in people.list_people(pm)] == ["MZD-C1"]
    pm.close()
    mzd.close()
