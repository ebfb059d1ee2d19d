"""A record's History and Undo, read from the versions the session hooks keep.

Every change a site makes is kept as the changed fields before and after
(``db.models.history.RecordVersion``), grouped by the transaction that made it: the History
tab shows them in the user's words, Undo writes the "before" back as a new, audited change,
and an edit made on a window opened before someone else's change is refused instead of
overwriting it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import codes
from app import history_labels as labels
from app.codes import CodeList
from app.errors import UserError
from app.i18n import translate
from app.permissions import Account, Capability
from db.base import Base, Travelling
from db.database import Database
from db.hooks import CHANGE_NOTE
from db.models import AuditEntry, Community, Person, RecordVersion, StaffMember, UserAccount


class StaleRecord(UserError):
    """The record changed after the window showing it was opened; nothing was written."""


@dataclass(frozen=True)
class FieldChange:
    """One field of a change: its label, and its value before and after, as shown."""

    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One save: when, by whom, what it did, the reason given, and the fields it changed."""

    at: datetime
    who: str
    what: str
    note: str
    changes: tuple[FieldChange, ...]


def note_change(session: Session, note: str) -> None:
    """Gives the reason for this transaction's changes (kept with them, shown in History)."""
    session.info[CHANGE_NOTE] = note


def check_revision(session: Session, record: Travelling, expected: int | None) -> None:
    """Refuses an edit made on an older version of the record than the one stored."""
    if expected is None or record.revision == expected:
        return
    last = session.scalars(
        select(RecordVersion).where(RecordVersion.record_id == record.id)
        .order_by(RecordVersion.id.desc()).limit(1)
    ).first()  # fmt: skip
    who = _names(session).get(last.username, last.username) if last else "?"
    when = _local(record.updated_at)
    raise StaleRecord(translate(
        "history", "This record was changed by {name} at {time} after you opened it; "
        "reload it and make your change again.").format(name=who, time=when))  # fmt: skip


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _names(session: Session) -> dict[str, str]:
    """User name → the name people know the account by."""
    names = {"system": translate("history", "the program")}
    for username, display in session.execute(select(UserAccount.username,
                                                    UserAccount.display_name)):  # fmt: skip
        names[username] = display or username
    return names


def corrected_on(db: Database, record_ids: list[str], fields: set[str]) -> date | None:
    """The day any of these fields of these records last changed after they were written
    (from the audit log, so records older than the versions count too); None if never."""
    with db.reading() as session:
        details = session.execute(
            select(AuditEntry.at, AuditEntry.detail)
            .where(AuditEntry.record_id.in_(record_ids), AuditEntry.action == "update")
        ).all()  # fmt: skip
    days = [at.astimezone().date() for at, detail in details if set(detail.split(",")) & fields]
    return max(days, default=None)


def record_history(
    db: Database, actor: Account, table: str, record_ids: list[str], language: str = "en"
) -> list[HistoryEntry]:
    """The saves that changed these records (a record and its parts), newest first.

    Records changed before versions were kept show the audit log's entries: who changed
    which fields, without the old values.
    """
    with db.reading() as session:
        versions = list(session.scalars(
            select(RecordVersion).where(RecordVersion.record_id.in_(record_ids))
            .order_by(RecordVersion.id)))  # fmt: skip
        shown = _Shown(session, actor, language, set(record_ids))
        entries = [_entry(table, group, shown) for group in _by_change(versions)]
        entries += _before_versions(session, record_ids, versions, shown)
    return sorted(entries, key=lambda e: e.at, reverse=True)


def _by_change(versions: list[RecordVersion]) -> list[list[RecordVersion]]:
    groups: dict[str, list[RecordVersion]] = defaultdict(list)
    for version in versions:
        groups[version.change_id].append(version)
    return list(groups.values())


def _entry(table: str, group: list[RecordVersion], shown: _Shown) -> HistoryEntry:
    main = next((v for v in group if v.table_name == table), group[0])
    what = _action(main.action)
    if main.table_name != table:
        what = f"{labels.table_labels().get(main.table_name, '')}: {what}"
    changes: list[FieldChange] = []
    for version in group:
        old, new = json.loads(version.old_values), json.loads(version.new_values)
        fields = [(column, label) for (t, column), label in shown.labels.items()
                  if t == version.table_name and column in new]  # fmt: skip
        if version.table_name != table and version.action == "create":
            added = [shown.value(version.table_name, c, new[c]) for c, _ in fields]
            label = labels.table_labels().get(version.table_name, "")
            changes.append(FieldChange(label, "", " · ".join(a for a in added if a)))
            continue
        part = "" if version.table_name == table else shown.part(version)
        for column, label in fields:
            if version.action == "create" and new[column] in (None, ""):
                continue
            changes.append(FieldChange(
                f"{part}: {label}" if part else label,
                shown.value(version.table_name, column, old.get(column)),
                shown.value(version.table_name, column, new[column])))  # fmt: skip
    return HistoryEntry(main.at, shown.who(main.username), what, main.note, tuple(changes))


def _action(action: str) -> str:
    return {
        "create": translate("history", "Created"),
        "update": translate("history", "Changed"),
        "delete": translate("history", "Deleted"),
    }.get(action, action)


def _before_versions(
    session: Session, record_ids: list[str], versions: list[RecordVersion], shown: _Shown
) -> list[HistoryEntry]:
    """The audit log's entries for what was saved before versions were kept: a record whose
    first version has revision r had r - 1 saves before it."""
    earlier: dict[str, int] = {}
    for version in versions:
        earlier.setdefault(version.record_id, version.revision - 1)
    entries = []
    audit = select(AuditEntry).where(
        AuditEntry.record_id.in_(record_ids), AuditEntry.action.in_(("create", "update", "delete"))
    )
    for entry in session.scalars(audit.order_by(AuditEntry.id)):
        left = earlier.get(entry.record_id)
        if left is not None:
            if left <= 0:
                continue
            earlier[entry.record_id] = left - 1
        fields = [shown.labels.get((entry.table_name, c)) for c in entry.detail.split(",") if c]
        changes = tuple(FieldChange(label, "", "") for label in fields if label)
        entries.append(HistoryEntry(entry.at, shown.who(entry.username), _action(entry.action),
                                    "", changes))  # fmt: skip
    return entries


class _Shown:
    """Turns stored values into what the user reads, hiding what the account may not see."""

    def __init__(self, session: Session, actor: Account, language: str, shown: set[str]) -> None:
        self.session, self.actor, self.language = session, actor, language
        self.shown = shown
        self.labels = labels.field_labels()
        self._names: dict[str, str] | None = None

    def who(self, username: str) -> str:
        if self._names is None:
            self._names = _names(self.session)
        return self._names.get(username, username)

    def value(self, table: str, column: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if not self._may_see(table, column):
            return translate("history", "(not shown)")
        criteria = labels.CRITERIA_COLUMNS.get((table, column))
        if criteria is not None and isinstance(value, dict):
            return self._criteria(criteria, value)
        listed = labels.CODE_LISTS.get((table, column))
        if listed is not None:
            return listed[value].label(self.language) if value in listed else str(value)
        if isinstance(value, bool):
            return translate("history", "Yes") if value else translate("history", "No")
        if column == "evidence" and isinstance(value, dict):
            return self._evidence(value)
        if column == "former_codes":
            return ", ".join(json.loads(value))
        if column.endswith("_id"):
            return self._reference(column, str(value))
        return _text(value)

    def part(self, version: RecordVersion) -> str:
        """Whom a part of the record is about (an attendance row: its person), so a change
        to it reads "C2: Present", not "Present" alone."""
        try:
            row = self.session.get(_model(version.table_name), version.record_id)
        except KeyError:
            return ""
        for column in ("person_id", "staff_id"):
            key = getattr(row, column, None)
            if key and key not in self.shown:  # a person's contact row is the person's own
                return self._reference(column, str(key))
        return ""

    def _may_see(self, table: str, column: str) -> bool:
        if table in labels.CONTACT_TABLES:
            return self.actor.can(Capability.SEE_CONTACTS)
        if table in labels.CLINICAL_TABLES or (table, column) in labels.CLINICAL:
            return self.actor.can(Capability.SEE_CLINICAL)
        return True

    def _evidence(self, sources: dict[str, str]) -> str:
        """Each criterion with where its evidence came from."""
        names, places = labels.SCREENING_CRITERION_LABELS, codes.EVIDENCE_SOURCES
        return "; ".join(
            f"{names[c].label(self.language) if c in names else c}: "
            f"{places[s].label(self.language) if s in places else s}"
            for c, s in sources.items()
        )

    def _criteria(self, criteria: CodeList, met: dict[str, bool]) -> str:
        """Criteria answered Yes or No, shown as the ones not met."""
        not_met = [criteria[c].label(self.language) if c in criteria else c
                   for c, yes in met.items() if not yes]  # fmt: skip
        if not not_met:
            return translate("history", "All met")
        return translate("history", "Not met: {criteria}").format(criteria="; ".join(not_met))

    def _reference(self, column: str, key: str) -> str:
        """A key shown as what it names: a person's code, a community's or staff's name."""
        if column in PERSON_KEYS:
            return self.session.scalar(select(Person.code).where(Person.id == key)) or ""
        if column == "community_id":
            found = self.session.get(Community, key)
            if found is None:
                return ""
            return found.name_zh if self.language == "zh" and found.name_zh else found.name_en
        if column.startswith("staff") or column.endswith(STAFF_KEY_ENDINGS):
            staff = self.session.get(StaffMember, key)
            return staff.name if staff else ""
        return ""


PERSON_KEYS = ("person_id", "cared_for_id", "caregiver_id", "record_keeper_id", "recorded_by_id")
"""Key columns naming a participant (checked before the staff endings below)."""
STAFF_KEY_ENDINGS = ("by_id", "to_id", "assessor_id", "interviewer_id", "psychiatrist_id")
"""Key columns naming a staff member (besides those starting with "staff")."""


def _text(value: Any) -> str:
    """Dates and times as people write them; a stored moment in local time."""
    if isinstance(value, str) and len(value) >= 16 and value[10:11] == "T":
        return _local(datetime.fromisoformat(value))
    if isinstance(value, str) and len(value) == 8 and value[2:3] == ":" and value[5:6] == ":":
        return value[:5]
    return str(value)


def undo_change(db: Database, actor: Account, change_id: str) -> str:
    """Puts every record one save changed back as it was, as a new audited change, and
    returns that change's key (undoing it redoes the save).

    Only the account that made the save undoes it, and only while nobody changed those
    records since; a record the save created is marked deleted.
    """
    with db.transaction(actor.username) as session:
        versions = list(session.scalars(select(RecordVersion).where(
            RecordVersion.change_id == change_id).order_by(RecordVersion.id)))  # fmt: skip
        if not versions:
            raise UserError(translate("history", "There is nothing to undo."))
        if any(v.username != actor.username for v in versions):
            raise UserError(translate("history", "Only the person who saved a change can undo it."))
        by_record: dict[tuple[str, str], list[RecordVersion]] = defaultdict(list)
        for version in versions:
            by_record[(version.table_name, version.record_id)].append(version)
        for (table, key), changes in by_record.items():
            _put_back(session, _model(table), key, changes)
        note_change(session, translate("history", "Undone"))
    return db.last_change_id or ""


def _put_back(session: Session, model: type[Any], key: str, changes: list[RecordVersion]) -> None:
    record = session.get(model, key)
    if record is None:
        return
    check_revision(session, record, changes[-1].revision)
    if changes[0].action == "create":
        record.deleted = True
        return
    before: dict[str, Any] = {}
    for change in changes:
        for column, value in json.loads(change.old_values).items():
            before.setdefault(column, value)
    columns = model.__table__.columns
    for column, value in before.items():
        setattr(record, column, _stored(columns[column].type.python_type, value))


def _stored(kind: type, value: Any) -> Any:
    """A value as JSON kept it, back in the column's type."""
    if value is None:
        return None
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    return value


def _model(table: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table:
            return mapper.class_
    raise KeyError(table)
