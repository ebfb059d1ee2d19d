"""Each way of tampering with the audit log is named by ``audit verify``: entries deleted at the
end, an entry edited and the unkeyed chain recomputed, every entry deleted, and a record
changed in SQL with no audit entry. At the project manager, a site whose log went back or
was rewritten between bundles is flagged."""

from __future__ import annotations

import shutil
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app import audit
from app.audit import after_restore, list_entries, verify_chain
from app.exchange import bundle as bundles
from app.exchange import chain_heads, paper, project
from app.exchange.merge import confirm_site, import_bundles
from app.permissions import Account
from app.services import encryption, people, site
from app.services.withdrawal import withdraw_consent
from db import audit_chain, audit_head
from db.audit_chain import entry_hash
from db.backup import backup_sqlite
from db.database import Database
from db.engine import connect_file
from db.keyring import keyring_path
from tests.helpers import DOCTOR, MANAGER

LI = Account("li", "李医生", "community_doctor")
PASSWORD = "a-long-site-password"


def _fill(db: Database) -> None:
    from app.services import accounts

    site.init_site(db, "CY01", "Chaoyang peer support")
    site.add_community(db, DOCTOR, "TJH", "Tuanjiehu", "团结湖", date(2015, 9, 1))
    accounts.add_first_account(db, "li", PASSWORD, "李医生")
    for number in range(30):
        data = people.PersonData(f"C{number}", "TJH", sex="female", diagnosis="schizophrenia")
        people.add_person(db, DOCTOR, data, "consumer", date(2015, 9, 1),
                          people.ContactData(f"王{number}", "13800000000"))  # fmt: skip


@pytest.fixture
def encrypted(tmp_path: Path) -> tuple[Path, bytes]:
    """An encrypted site, closed (its key file holds the audit chain's head), and its key."""
    path = tmp_path / "site.sqlite"
    db, _recovery = encryption.create_encrypted(path, "li", PASSWORD, _fill)
    key = db.key
    assert key is not None
    db.close()
    return path, key


def _sql(path: Path, key: bytes, *statements: str) -> None:
    """Edits the file directly with SQLCipher, as someone outside the program would."""
    with closing(connect_file(path, key)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def _problems(path: Path, key: bytes) -> list[str]:
    db = Database.open(path, key)
    try:
        return verify_chain(db, LI).problems
    finally:
        db.close()


def test_an_untouched_log_is_intact_and_its_head_is_in_the_key_file(
    encrypted: tuple[Path, bytes],
) -> None:
    """Nothing found on a site used only through the program; the key file holds the head."""
    path, key = encrypted
    db = Database.open(path, key)
    report = verify_chain(db, LI)
    with db.reading() as session:
        head = audit_chain.head(session.connection())
    db.close()
    assert report.problems == [] and report.notes == []
    assert head is not None and audit_head.read(keyring_path(path)) == head


def test_deleting_the_last_50_entries_is_named(encrypted: tuple[Path, bytes]) -> None:
    """Truncation: the key file's head is ahead of the database."""
    path, key = encrypted
    _sql(path, key, "DELETE FROM audit_entry WHERE id > (SELECT max(id) - 50 FROM audit_entry)")
    problems = _problems(path, key)
    assert any(p.startswith("the last 50 audit entries are missing") for p in problems), problems


def test_saves_after_a_truncation_do_not_hide_it(encrypted: tuple[Path, bytes]) -> None:
    """The key file's head only moves forward: new entries after the cut still show it."""
    path, key = encrypted
    _sql(path, key, "DELETE FROM audit_entry WHERE id > (SELECT max(id) - 50 FROM audit_entry)")
    db = Database.open(path, key)
    people.add_person(db, DOCTOR, people.PersonData("C77", "TJH"), "consumer", date(2016, 1, 1))
    db.close()
    problems = _problems(path, key)
    assert problems[0].startswith("the last ") and "audit entries are missing" in problems[0]


def test_an_entry_edited_and_the_chain_recomputed_without_the_key_is_named(
    encrypted: tuple[Path, bytes],
) -> None:
    """Re-chaining: the unkeyed hashes are recomputed after the edit, the MACs cannot be."""
    path, key = encrypted
    with closing(connect_file(path, key)) as connection:
        rows = connection.execute(
            "SELECT id, at, username, action, table_name, record_id, detail, prev_hash "
            "FROM audit_entry ORDER BY id").fetchall()  # fmt: skip
        edited = rows[20][0]
        previous = rows[20][7]
        for row in rows[20:]:
            detail = "nothing happened" if row[0] == edited else row[6]
            current = entry_hash(previous, row[1], row[2], row[3], row[4], row[5], detail)
            connection.execute("UPDATE audit_entry SET detail = ?, prev_hash = ?, hash = ? "
                               "WHERE id = ?", (detail, previous, current, row[0]))  # fmt: skip
            previous = current
        connection.commit()
    problems = _problems(path, key)
    assert problems[0].startswith(f"audit entry {edited} (no. {edited}): changed: its MAC does "
                                  "not match")  # fmt: skip


def test_deleting_every_entry_is_named(encrypted: tuple[Path, bytes]) -> None:
    """An emptied log: against the key file's head, and against the records left."""
    path, key = encrypted
    _sql(path, key, "DELETE FROM audit_entry")
    problems = _problems(path, key)
    assert problems[0].startswith("every audit entry has been deleted: the key file records")
    assert "the audit log is empty, yet the database holds records" in problems[1]


def test_deleting_every_entry_of_a_plain_database_is_named(people_db: Database) -> None:
    """Without a key file the records still show it: none has an entry left."""
    with people_db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry"))
    assert verify_chain(people_db, DOCTOR).problems == [
        "the audit log is empty, yet the database holds records: its entries were deleted"
    ]


def test_a_diagnosis_changed_in_sql_without_an_entry_is_named(
    encrypted: tuple[Path, bytes],
) -> None:
    """A record changed behind the program's back no longer matches its newest entry."""
    path, key = encrypted
    _sql(path, key, "UPDATE person SET diagnosis = 'bipolar' WHERE code = 'C7'")
    [problem] = _problems(path, key)
    assert problem.startswith("person C7 (") and problem.endswith(
        "changed without an audit entry"
    )


def test_the_audit_key_removed_is_named(encrypted: tuple[Path, bytes]) -> None:
    """Without its key no entry can be checked, and the check says why first."""
    path, key = encrypted
    _sql(path, key, "DELETE FROM exchange_key WHERE purpose = 'audit_key'")
    problems = _problems(path, key)
    assert problems[0] == (
        "the audit key has been removed from the database: no entry can be checked"
    )


def test_records_added_or_removed_in_sql_are_named(people_db: Database) -> None:
    """A row inserted with no entry, and a row removed with no entry, are both named."""
    with people_db.engine.begin() as connection:
        connection.execute(text("INSERT INTO person (id, owner_site, created_at, updated_at, "
                                "revision, deleted, code, community_id) SELECT 'x-1', "
                                "owner_site, created_at, updated_at, 1, 0, 'NEW', community_id "
                                "FROM person LIMIT 1"))  # fmt: skip
        connection.execute(text("DELETE FROM enrolment WHERE person_id = (SELECT id FROM "
                                "person WHERE code = 'M1')"))  # fmt: skip
    problems = verify_chain(people_db, DOCTOR).problems
    assert (
        "person NEW (x-1): has no audit entry (added outside the program, or its entries deleted)"
    ) in problems
    assert any(p.startswith("enrolment ") and p.endswith("removed without an audit entry")
               for p in problems)  # fmt: skip


def test_a_withdrawal_and_the_programs_own_changes_keep_the_records_matching(
    people_db: Database,
) -> None:
    """Erasing a person's name is audited like any change: the row as it is now matches."""
    people.add_person(people_db, DOCTOR, people.PersonData("C9", "TJH"), "consumer",
                      date(2016, 1, 1), people.ContactData("张三", "13900000000"))  # fmt: skip
    withdraw_consent(people_db, DOCTOR, "C9", date(2016, 5, 1))
    assert verify_chain(people_db, DOCTOR).problems == []


def test_a_rekey_keeps_the_chain_valid(encrypted: tuple[Path, bytes]) -> None:
    """The audit key is sealed again for the new database key; no entry is recomputed."""
    path, key = encrypted
    db = Database.open(path, key)
    entries_before = len(list_entries(db))
    encryption.rekey(db, LI)
    assert db.key != key
    people.add_person(db, DOCTOR, people.PersonData("C99", "TJH"), "consumer", date(2016, 1, 1))
    assert verify_chain(db, LI).problems == []
    assert len(list_entries(db)) > entries_before
    db.close()
    assert audit_head.read(keyring_path(path)) is not None


def test_a_restore_is_recorded_not_reported_as_deleted_entries(
    encrypted: tuple[Path, bytes], tmp_path: Path
) -> None:
    """An older copy put back reads as entries deleted at the end, until ``after_restore``
    sets the key file's head back and records the restore in the log."""
    path, key = encrypted
    copy = tmp_path / "copy.sqlite"
    shutil.copy(path, copy)
    db = Database.open(path, key)
    people.add_person(db, DOCTOR, people.PersonData("C50", "TJH"), "consumer", date(2016, 1, 1))
    db.close()
    shutil.copy(copy, path)
    db = Database.open(path, key)
    assert verify_chain(db, LI).problems[0].startswith("the last ")
    after_restore(db, "li")
    assert verify_chain(db, LI).problems == []
    assert [e.action for e in list_entries(db, action="audit_log_restored")] == [
        "audit_log_restored"
    ]
    db.close()


def test_verify_is_for_account_managers(people_db: Database) -> None:
    """A peer may not run the check."""
    from app.errors import UserError

    with pytest.raises(UserError, match="manage accounts"):
        verify_chain(people_db, Account("wang", "王", "peer"))


def test_progress_is_reported_in_batches(
    people_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries and records are counted as they are checked, up to all of them."""
    monkeypatch.setattr(audit, "CHECK_BATCH", 5)
    heard: list[tuple[int, int]] = []
    verify_chain(people_db, DOCTOR, lambda done, total: heard.append((done, total)))
    assert len(heard) > 3 and heard[-1][0] == heard[-1][1]


# The project manager: each site's heads, bundle by bundle.


@pytest.fixture
def site_db(tmp_path: Path, pm: Database) -> Database:
    """A site set up from the project file, with its key confirmed at the project manager."""
    db = Database.open(tmp_path / "mzd.sqlite")
    project.init_site_with_project(db, "MZ01", "Maizidian", tmp_path / "project.json")
    site.add_community(db, DOCTOR, "MZD", "Maizidian", "麦子店", date(2016, 3, 1))
    people.add_person(db, DOCTOR, people.PersonData("MZD-C1", "MZD"), "consumer", date(2016, 3, 1))
    return db


def _import(pm: Database, path: Path) -> str:
    from app.exchange.bundle import BundleRefused

    try:
        return import_bundles(pm, MANAGER, [path]).summary()
    except BundleRefused as refused:
        fingerprint = str(refused).split("sites confirm MZ01 ")[1].strip()
        confirm_site(pm, MANAGER, "MZ01", fingerprint)
        return import_bundles(pm, MANAGER, [path]).summary()


def test_bundles_carry_the_head_and_a_continuing_log_is_not_flagged(
    pm: Database, site_db: Database, tmp_path: Path
) -> None:
    """Two bundles from a site used normally: heads kept, nothing flagged."""
    first = bundles.export_bundle(site_db, DOCTOR, tmp_path / "1.bundle")
    people.add_person(site_db, DOCTOR, people.PersonData("MZD-C2", "MZD"), "consumer",
                      date(2016, 3, 2))  # fmt: skip
    second = bundles.export_bundle(site_db, DOCTOR, tmp_path / "2.bundle")
    assert first["audit"]["count"] < second["audit"]["count"]
    assert second["audit"]["earlier"] == {
        str(first["audit"]["count"]): first["audit"]["mac"]
    }
    _import(pm, tmp_path / "1.bundle")
    assert "audit" not in _import(pm, tmp_path / "2.bundle")
    assert chain_heads.site_flags(pm) == []


def test_a_site_whose_log_went_back_is_flagged(
    pm: Database, site_db: Database, tmp_path: Path
) -> None:
    """A site's database put back to an older copy (entries gone) sends a shorter log."""
    older = backup_sqlite(site_db.engine, tmp_path / "older.sqlite")
    people.add_person(site_db, DOCTOR, people.PersonData("MZD-C2", "MZD"), "consumer",
                      date(2016, 3, 2))  # fmt: skip
    bundles.export_bundle(site_db, DOCTOR, tmp_path / "1.bundle")
    site_db.close()
    put_back = Database.open(older)
    bundles.export_bundle(put_back, DOCTOR, tmp_path / "again.bundle")  # number 1 again
    put_back.close()
    _import(pm, tmp_path / "1.bundle")
    summary = _import(pm, tmp_path / "again.bundle")
    assert "Site MZ01: its audit log went back from" in summary
    [flag] = chain_heads.site_flags(pm)
    assert "(bundle 1) to" in flag
    assert "audit" not in _import(pm, tmp_path / "1.bundle")  # a receipt names its own finds
    assert chain_heads.site_flags(pm) == [flag]  # the page and the sheet keep naming it
    sheet = paper.receipt_sheet(pm, "MZ01", "en")
    assert any(section.title is not None and "Audit log warnings" in str(section.title)
               for section in sheet.sections)  # fmt: skip


def test_a_site_whose_log_forked_is_flagged(
    pm: Database, site_db: Database, tmp_path: Path
) -> None:
    """The log rewritten between two bundles: the second's MAC at the first's place differs."""
    bundles.export_bundle(site_db, DOCTOR, tmp_path / "1.bundle")
    _rewrite_log(site_db)
    people.add_person(site_db, DOCTOR, people.PersonData("MZD-C2", "MZD"), "consumer",
                      date(2016, 3, 2))  # fmt: skip
    bundles.export_bundle(site_db, DOCTOR, tmp_path / "2.bundle")
    _import(pm, tmp_path / "1.bundle")
    summary = _import(pm, tmp_path / "2.bundle")
    assert "Site MZ01: the audit log in bundle 2 does not continue the one in bundle 1" in summary


def _rewrite_log(db: Database) -> None:
    """Someone holding the key recomputes the whole log with one entry changed."""
    with db.engine.begin() as connection:
        key = audit_chain.audit_key(connection)
        assert key is not None
        rows = connection.execute(text(
            "SELECT at, username, action, table_name, record_id, detail, record_hash "
            "FROM audit_entry ORDER BY id"))  # fmt: skip
        entries = [dict(row._mapping) for row in rows]
        for entry in entries:
            entry["at"] = datetime.fromisoformat(entry["at"]).replace(tzinfo=UTC)
        entries[2]["detail"] = "rewritten"
        connection.execute(text("DELETE FROM audit_entry"))
        audit_chain.append(connection, key, entries)
