"""Withdrawal of consent: erasing a person's details at the site, keeping what the rules keep.

The retention rules (README, "Withdrawal of consent") keep the person's code, roles,
communities, dates of enrolment and status, attendance and yes/no answers, and the
anonymous demographics the evaluation counts; the birth date is cut to its year. Names,
contact details and the free text written about the person go. Every change raises the
rows' revisions, so the next bundle carries the erasure to the project manager.

A restore must not bring an erased person back, so each withdrawal is also noted in a
ledger beside the database file (``FILE.withdrawals``: person codes and days, no names),
written in the withdrawal's own transaction and applied again after every restore. The
backups kept beside the database are erased too, each re-written whole through the safe
path; a copy this program cannot open (taken before a change of the database key, or
on the second backup folder) keeps the name until the rotation removes it.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
from collections.abc import Sequence
from contextlib import closing
from datetime import date
from pathlib import Path

from sqlalchemy import Text, delete, func, or_, select, update
from sqlalchemy.orm import Session

from app import access
from app.errors import NotFound, UserError
from app.i18n import translate
from app.permissions import Account, Capability
from app.services import lookup
from db.base import Base, Travelling
from db.database import Database
from db.encryption import is_plain
from db.engine import connect_file
from db.files import replaced_when_done, write_text
from db.models import (
    AuditEntry,
    Consent,
    Contact,
    Enrolment,
    NeedsInterview,
    Person,
    RecordVersion,
    Screening,
    StatusChange,
    SurveyAnswer,
    SurveyInterview,
)

ERASED = "—"  # what replaces the person's name inside other people's free text


def withdraw_consent(
    db: Database, actor: Account, person_code: str, on: date, *, backups_in: Sequence[Path] = ()
) -> date:
    """Erases the person's personal details and marks their consent withdrawn on the day,
    then in the copies kept beside the database and the backups in ``backups_in`` (the
    second backup folder the window knows).

    Returns the day recorded, so that a caller can tell success from a refusal shown.
    """
    access.require(db, actor, Capability.WITHDRAW_CONSENT)
    with db.transaction(actor.username) as session:
        person = lookup.person(session, person_code)
        if person.consent_withdrawn_on is not None:
            raise UserError(
                translate("withdrawal", "{code} withdrew consent on {day} already.").format(
                    code=person_code, day=person.consent_withdrawn_on
                )
            )
        _erase(session, person, on, actor.username, f"consent withdrawn {on}")
        if db.file is not None:
            session.flush()  # holds SQLite's write lock: one ledger writer at a time
            _note_in_ledger(db.file, person_code, on)
    if db.file is not None:
        erase_from_copies(db.file, db.key, person_code, on, backups_in)
    return on


def _erase(session: Session, person: Person, on: date, username: str, detail: str) -> None:
    """Erases what the rules erase and marks the consent withdrawn on the day, audited."""
    name = _erase_contact(session, person)
    if len(name) >= 2:  # a one-letter name would blank unrelated words
        _erase_name_in_texts(session, name)
    _erase_own_texts(session, person)
    if person.birth_date is not None:
        person.birth_date = birth_year_only(person.birth_date)
    for consent in session.scalars(select(Consent).where(Consent.person_id == person.id)):
        consent.withdrawn_on = consent.withdrawn_on or on
    person.consent_withdrawn_on = on
    session.add(AuditEntry(username=username, action="withdraw", table_name="person",
                           record_id=person.id, detail=detail))  # fmt: skip
    session.flush()
    _erase_versions(session, person, name)


def _erase_versions(session: Session, person: Person, name: str) -> None:
    """Erases what the records' versions kept of the person: every version of the person's
    own records, and the name wherever it was written in another record's version."""
    own = [person.id]
    own += session.scalars(select(Contact.id).where(Contact.person_id == person.id))
    own += session.scalars(select(Screening.id).where(Screening.person_id == person.id))
    own += session.scalars(select(SurveyAnswer.id).where(SurveyAnswer.person_id == person.id))
    own += session.scalars(select(SurveyInterview.id).where(SurveyInterview.person_id == person.id))
    own += session.scalars(select(NeedsInterview.id).where(NeedsInterview.person_id == person.id))
    own += session.scalars(select(StatusChange.id).join(Enrolment, StatusChange.enrolment_id
                                                        == Enrolment.id)
                           .where(Enrolment.person_id == person.id))  # fmt: skip
    names = {name} | _names_kept(session, own)
    session.execute(delete(RecordVersion).where(RecordVersion.record_id.in_(own)))
    for each in sorted(n for n in names if len(n) >= 2):
        for column in (RecordVersion.old_values, RecordVersion.new_values):
            session.execute(update(RecordVersion).where(column.contains(each, autoescape=True))
                            .values({column: func.replace(column, each, ERASED)}))  # fmt: skip


def _names_kept(session: Session, own: list[str]) -> set[str]:
    """Every name the person's contact row had, as its versions kept them."""
    names: set[str] = set()
    versions = select(RecordVersion).where(
        RecordVersion.record_id.in_(own), RecordVersion.table_name == "contact"
    )
    for version in session.scalars(versions):
        for values in (version.old_values, version.new_values):
            names.add(str(json.loads(values).get("name") or "").strip())
    return names


def ledger_path(db_file: Path) -> Path:
    """The withdrawal ledger of a database file."""
    return db_file.with_name(db_file.name + ".withdrawals")


def read_ledger(db_file: Path) -> list[tuple[str, date]]:
    """Every withdrawal made at this database, oldest first: (person code, day)."""
    path = ledger_path(db_file)
    if not path.is_file():
        return []
    entries = json.loads(path.read_text(encoding="utf-8")).get("withdrawals", [])
    return [(entry["person"], date.fromisoformat(entry["on"])) for entry in entries]


def _note_in_ledger(db_file: Path, code: str, on: date) -> None:
    entries = read_ledger(db_file)
    if (code, on) not in entries:
        entries.append((code, on))
    ledger = {"withdrawals": [{"person": c, "on": d.isoformat()} for c, d in entries]}
    write_text(ledger_path(db_file), json.dumps(ledger, indent=1) + "\n")


def reapply_to_copy(copy: Path, key: bytes | None, db_file: Path, username: str) -> list[str]:
    """Applies the ledger of ``db_file`` to a restored copy before it takes the file's place,
    so the erasures go in with it (a crash between cannot bring a name back); the codes
    of the people erased again, for the restore to say so. The copy is upgraded to this
    program's schema to do so, as the restored file would be at its opening."""
    entries = read_ledger(db_file)
    if not entries:
        return []
    work = Database.open(copy, key, lock=False)
    try:
        with work.transaction(username) as session:
            again = [code for code, on in entries if _erase_again(session, code, on, username)]
    finally:
        work.close()
    _drop_upgrade_copies(copy)
    return again


def _drop_upgrade_copies(work: Path) -> None:
    """Removes the copy an upgrade made of a backup being worked on: the backup itself is
    the copy from before the upgrade."""
    for upgrade_copy in work.parent.glob(f"{glob.escape(work.name)}.before-*"):
        upgrade_copy.unlink()


def _erase_again(session: Session, code: str, on: date, username: str) -> bool:
    try:
        person = lookup.person(session, code)
    except NotFound:
        return False  # enrolled after the backup was taken: not in it
    if person.consent_withdrawn_on is not None:
        return False
    _erase(session, person, on, username, f"consent withdrawn {on}; applied again after a restore")
    return True


def kept_copies(db_file: Path) -> list[Path]:
    """The copies of the database the program keeps beside it: the rotating backups and
    ``before-restore`` copies, and the copies made before schema upgrades."""
    return sorted([*db_file.parent.glob(f"{glob.escape(db_file.name)}.before-*.bak"),
                   *(db_file.parent / "backups").glob("*.sqlite")])  # fmt: skip


def erase_from_copies(
    db_file: Path, key: bytes | None, code: str, on: date, backups_in: Sequence[Path] = ()
) -> list[Path]:
    """Erases the person from every kept copy of this database that still names them (and
    from the backups in the folders given); the copies that could not be opened or written,
    which keep the name until rotated."""
    site = _site_of(db_file, key)
    left = []
    more = [copy for folder in backups_in for copy in Path(folder).glob("*.sqlite")]
    for copy in sorted({*kept_copies(db_file), *more}):
        try:
            _erase_in_copy(copy, None if is_plain(copy) else key, site, code, on)
        except Exception:  # an older key, a damaged copy, a full disk: the others go on
            left.append(copy)
    return left


def _site_of(db_file: Path, key: bytes | None) -> tuple[str, str]:
    with closing(connect_file(db_file, key)) as connection:
        row = connection.execute("SELECT site_code, created_at FROM installation").fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


def _erase_in_copy(
    copy: Path, key: bytes | None, site: tuple[str, str], code: str, on: date
) -> None:
    """Re-writes one copy with the person erased, keeping its date; a copy of another
    database in the folder, or one where the person is not there or erased, is left alone."""
    with closing(connect_file(copy, key, read_only=True)) as connection:
        row = connection.execute("SELECT site_code, created_at FROM installation").fetchone()
        if row is None or (str(row[0]), str(row[1])) != site:
            return
        found = connection.execute("SELECT consent_withdrawn_on FROM person WHERE code = ?",
                                   (code,)).fetchone()  # fmt: skip
    if found is None or found[0] is not None:
        return
    taken = copy.stat()
    with replaced_when_done(copy) as partial:
        shutil.copyfile(copy, partial)
        work = Database.open(partial, key, lock=False)
        try:
            with work.transaction("system") as session:
                _erase(session, lookup.person(session, code), on, "system",
                       f"consent withdrawn {on}; erased from this backup")  # fmt: skip
        finally:
            work.close()
        with closing(connect_file(partial, key)) as connection:
            connection.execute("PRAGMA journal_mode=DELETE")  # one file, as backups are
            connection.execute("VACUUM")  # no erased name left in a free page
        _drop_upgrade_copies(partial)
    os.utime(copy, (taken.st_atime, taken.st_mtime))


def withdrawn_on(db: Database, person_code: str) -> date | None:
    """The day the person withdrew consent, or None while consent stands."""
    with db.reading() as session:
        return lookup.person(session, person_code).consent_withdrawn_on


def birth_year_only(birth: date) -> date:
    """The birth date the project keeps: 1 July of the year, so ages are at most half a year off."""
    return date(birth.year, 7, 1)


def _erase_contact(session: Session, person: Person) -> str:
    """Blanks the contact row (it never travels) and returns the name it held."""
    contact = session.scalars(select(Contact).where(Contact.person_id == person.id)).first()
    if contact is None:
        return ""
    name = contact.name.strip()
    contact.name = contact.phone = contact.address = contact.emergency_contact = ""
    contact.deleted = True
    return name


def _erase_name_in_texts(session: Session, name: str) -> None:
    """Replaces the name wherever someone wrote it in a travelling record's free text."""
    for model in _travelling_models():
        columns = [c for c in model.__table__.columns if isinstance(c.type, Text)]
        if not columns:
            continue
        stmt = select(model).where(or_(*(c.contains(name, autoescape=True) for c in columns)))
        for row in session.scalars(stmt):
            for column in columns:
                value = getattr(row, column.key)
                if value and name in value:
                    setattr(row, column.key, value.replace(name, ERASED))


def _travelling_models() -> list[type[Travelling]]:
    return [
        m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Travelling) and m.class_ is not Contact
    ]


def _erase_own_texts(session: Session, person: Person) -> None:
    """Blanks the notes and reasons written about the person; the coded facts stay."""
    for screening in session.scalars(select(Screening).where(Screening.person_id == person.id)):
        screening.notes = ""
        screening.referral_other = screening.psychiatrist_assessment = ""
    talks = select(NeedsInterview).where(NeedsInterview.person_id == person.id)
    for needs in session.scalars(talks):
        needs.hopes = needs.preferred_times = needs.preferred_activities = needs.concerns = ""
    changes = select(StatusChange).join(Enrolment, StatusChange.enrolment_id == Enrolment.id)
    for change in session.scalars(changes.where(Enrolment.person_id == person.id)):
        change.reason = ""
    answers = select(SurveyAnswer).where(SurveyAnswer.person_id == person.id)
    for answer in session.scalars(answers):
        answer.reason = ""
    interviews = select(SurveyInterview).where(SurveyInterview.person_id == person.id)
    for interview in session.scalars(interviews):
        interview.comments = ""
