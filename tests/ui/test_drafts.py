"""Nothing typed is lost: every entry form keeps what was typed as a draft when asked, offers
it back to the same user on the same form and subject, and forgets it once saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.services import emergencies, people, sessions
from db.models import Draft
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.discard import EntryDialog, fields, read_field
from ui.records.detail import RecordDialog

TYPED = "X9"


@dataclass
class Subjects:
    """What the forms are opened on, the same each time a test reopens one."""

    session: sessions.SessionDetail
    event: emergencies.EventRow
    consumer: people.PersonRow
    screening: str


@pytest.fixture
def subjects(doctor: AppContext) -> Subjects:
    from app import codes
    from app.services import screening

    plan = sessions.SessionPlan("TJH", date.today(), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    session = sessions.session_detail(doctor.db, sessions.plan_session(doctor.db, DOCTOR, plan))
    report = emergencies.EventReport("TJH", emergencies.utc_now(), "violence", "推搡", "分开两人",
                                     ("C1",))  # fmt: skip
    emergencies.report_event(doctor.db, DOCTOR, report)
    event = emergencies.list_events(doctor.db)[0]
    consumer = next(r for r in people.list_people(doctor.db) if r.role == "consumer")
    met = dict.fromkeys(codes.SCREENING_CRITERIA["peer"].code_names(), True)
    data = screening.ScreeningData("P1", "peer", date.today(), met, referral="poster")
    return Subjects(session, event, consumer,
                    screening.record_screening(doctor.db, DOCTOR, data))  # fmt: skip


Make = Callable[[AppContext, Subjects, QWidget], EntryDialog]


def _make(path: str, name: str, *args: Callable[[AppContext, Subjects], object]) -> Make:
    def make(context: AppContext, subjects: Subjects, parent: QWidget) -> EntryDialog:
        module = __import__(path, fromlist=[name])
        values = [arg(context, subjects) for arg in args]
        return getattr(module, name)(context, *values, parent=parent)  # type: ignore[no-any-return]

    return make


def _follow_up(_context: AppContext, subjects: Subjects, parent: QWidget) -> EntryDialog:
    from ui.pages.emergencies import FollowUpDialog

    return FollowUpDialog(subjects.event, parent)  # the page it opens over gives the account


def _person_edit(context: AppContext, subjects: Subjects, parent: QWidget) -> EntryDialog:
    from app.services import person_edit
    from ui.people.edit_dialog import PersonEditDialog

    form = person_edit.person_form(context.db, context.account, subjects.consumer.code)
    return PersonEditDialog(context, form, parent)


def _correct_code(context: AppContext, subjects: Subjects, parent: QWidget) -> EntryDialog:
    from ui.people.code_dialog import CorrectCodeDialog

    detail = people.person_detail(context.db, context.account, subjects.consumer.code)
    return CorrectCodeDialog(context, subjects.consumer.code, detail.revision, parent)


def _event_correction(context: AppContext, subjects: Subjects, parent: QWidget) -> EntryDialog:
    from ui.emergency_detail import EventCorrectionDialog, EventDetailDialog

    detail = EventDetailDialog(context, subjects.event.id)
    try:
        return EventCorrectionDialog(context, detail.detail, parent)
    finally:
        detail.deleteLater()


def _training_session(context: AppContext, _subjects: Subjects, parent: QWidget) -> EntryDialog:
    from ui.records.training_dialogs import TrainingSessionDialog

    return TrainingSessionDialog(context, "course-1", parent)


def _prompt(lines: bool) -> Make:
    def make(_context: AppContext, subjects: Subjects, parent: QWidget) -> EntryDialog:
        from ui.text_prompt import TextPrompt

        form = "emergency_addendum" if lines else "emergency_entered_in_error"
        return TextPrompt(parent, "Question", "Why?", form, subjects.event.id, lines=lines)

    return make


ENTRY_FORMS: dict[str, Make] = {
    "plan": _make("ui.sessions.plan_dialog", "PlanSessionDialog"),
    "cancel": _make("ui.sessions.cancel_dialog", "CancelSessionDialog", lambda _c, s: s.session),
    "emergency": _make("ui.emergency_form", "EmergencyDialog"),
    "event_correction": _event_correction,
    "follow_up": _follow_up,
    "enrol": _make("ui.people.enrol_wizard", "EnrolWizard"),
    "person_edit": _person_edit,
    "correct_code": _correct_code,
    "status": _make("ui.people.status_dialog", "StatusDialog", lambda _c, s: s.consumer),
    "caregiver": _make("ui.people.caregiver_dialog", "CaregiverDialog", lambda _c, s: s.consumer),
    "needs": _make("ui.people.needs_dialog", "NeedsDialog", lambda _c, s: s.consumer.code),
    "screening": _make("ui.people.screening_dialog", "ScreeningDialog", lambda _c, s: s.screening),
    "supervision": _make("ui.records.supervision_dialog", "SupervisionDialog"),
    "survey": _make("ui.records.survey_dialog", "SurveyDialog"),
    "course": _make("ui.records.training_dialogs", "CourseDialog"),
    "training_session": _training_session,
    "add_account": _make("ui.accounts.dialogs", "AddAccountDialog"),
    "addendum": _prompt(lines=True),
    "entered_in_error": _prompt(lines=False),
}


@pytest.fixture
def backdrop(qtbot: QtBot, doctor: AppContext) -> QWidget:
    """The page the forms open over, as in the app (it gives the signed-in account)."""
    from ui.pages.emergencies import EmergenciesPage

    page = EmergenciesPage(doctor)
    qtbot.addWidget(page)
    return page


def answer_box(button: str, seen: list[str]) -> None:
    """Presses a button of the next question box when it opens, noting the buttons offered."""

    tries = [150]  # three seconds, then it stops waiting

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, press)
            return
        offered = [b.text() for b in box.findChildren(QPushButton) if b.isVisible()]
        seen.append(f"{box.text()} [{' / '.join(offered)}]")
        chosen = [b for b in box.findChildren(QPushButton) if b.text() == button]
        if len(chosen) != 1:  # not the question expected: close it, the test then fails
            box.reject()
            return
        chosen[0].click()

    QTimer.singleShot(0, press)


def opened(qtbot: QtBot, dialog: EntryDialog) -> EntryDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def typing_field(dialog: EntryDialog) -> QWidget:
    """The first field the user can type in (text first), as they would find it."""
    if isinstance(dialog, RecordDialog) and dialog.record_id is not None:
        dialog.start_correcting()
    shown = [w for w in fields(dialog) if w.isVisibleTo(dialog) and w.isEnabled()]
    for kind in (QPlainTextEdit, QLineEdit):
        for widget in shown:
            if isinstance(widget, kind) and not widget.isReadOnly() and (
                "date" not in type(widget).__name__.lower()
            ):
                return widget
    for widget in shown:
        if isinstance(widget, QComboBox) and widget.count() > 1:
            return widget
    raise AssertionError(f"no field to type in in {type(dialog).__name__}")


def text_of(widget: QWidget) -> object:
    return read_field(widget)


def type_into(qtbot: QtBot, dialog: EntryDialog) -> tuple[str, object]:
    """Types into the form's first text field (or picks another choice); its name and what it
    now holds."""
    field = typing_field(dialog)
    before = read_field(field)
    field.setFocus()
    if isinstance(field, QComboBox):
        qtbot.keyClick(field, Qt.Key.Key_Down if field.currentIndex() < 1 else Qt.Key.Key_Up)
    else:
        qtbot.keyClick(field, Qt.Key.Key_End)
        qtbot.keyClicks(field, TYPED)
    assert read_field(field) != before, type(dialog).__name__
    return field.objectName(), read_field(field)


def field_named(dialog: EntryDialog, name: str) -> QWidget:
    [field] = [w for w in fields(dialog) if w.objectName() == name]
    return field


def stored(context: AppContext) -> list[Draft]:
    with context.db.reading() as session:
        rows = list(session.scalars(select(Draft)))
        for row in rows:
            session.expunge(row)
        return rows


@pytest.mark.parametrize("name", list(ENTRY_FORMS))
def test_keep_as_draft_and_reopen(
    qtbot: QtBot, doctor: AppContext, subjects: Subjects, backdrop: QWidget, name: str
) -> None:
    """Typed, Escape, Keep as draft: the form closes; opened again on the same subject it
    shows what was typed, with a note; Discard draft empties it and forgets the draft."""
    make = ENTRY_FORMS[name]
    dialog = opened(qtbot, make(doctor, subjects, backdrop))
    field, typed = type_into(qtbot, dialog)
    seen: list[str] = []
    answer_box("Keep as draft", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["Keep what you typed? [Keep as draft / Discard / Go back]"]
    assert not dialog.isVisible()
    assert len(stored(doctor)) == 1

    again = opened(qtbot, make(doctor, subjects, backdrop))
    assert text_of(field_named(again, field)) == typed
    assert again.draft_note is not None and again.draft_note.isVisibleTo(again)
    assert "draft" in again.draft_note.text.text()
    again.draft_note.discard.click()
    assert text_of(field_named(again, field)) != typed
    assert stored(doctor) == []
    assert not again.has_typing()  # so closing it now asks nothing
    again.reject()
    assert not again.isVisible()


@pytest.mark.parametrize("name", list(ENTRY_FORMS))
def test_discard_and_go_back(
    qtbot: QtBot, doctor: AppContext, subjects: Subjects, backdrop: QWidget, name: str
) -> None:
    """Go back leaves the form open with the typing; Discard closes it and keeps nothing."""
    dialog = opened(qtbot, ENTRY_FORMS[name](doctor, subjects, backdrop))
    field, typed = type_into(qtbot, dialog)
    seen: list[str] = []
    answer_box("Go back", seen)
    dialog.close()  # the window's close button
    assert len(seen) == 1
    assert dialog.isVisible() and text_of(field_named(dialog, field)) == typed
    answer_box("Discard", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible()
    assert stored(doctor) == []
    reopened = opened(qtbot, ENTRY_FORMS[name](doctor, subjects, backdrop))
    assert reopened.draft_note is None
    assert text_of(field_named(reopened, field)) != typed


def test_a_draft_is_its_users_and_its_subjects(
    qtbot: QtBot, doctor: AppContext, subjects: Subjects, backdrop: QWidget
) -> None:
    """Another account opening the form, or the form opened for another person, is not
    offered the draft."""
    from dataclasses import replace

    make = ENTRY_FORMS["status"]
    dialog = opened(qtbot, make(doctor, subjects, backdrop))
    field, typed = type_into(qtbot, dialog)
    answer_box("Keep as draft", [])
    dialog.reject()
    assert not dialog.isVisible()
    other = replace(doctor, account=replace(DOCTOR, username="zhao", display_name="Zhao"))
    theirs = opened(qtbot, make(other, subjects, backdrop))
    assert theirs.draft_note is None and text_of(field_named(theirs, field)) != typed
    someone_else = next(r for r in people.list_people(doctor.db)
                        if r.role == "consumer" and r.code != subjects.consumer.code)  # fmt: skip
    elsewhere = opened(qtbot, make(doctor, replace(subjects, consumer=someone_else), backdrop))
    assert elsewhere.draft_note is None
    mine = opened(qtbot, make(doctor, subjects, backdrop))
    assert text_of(field_named(mine, field)) == typed


def test_saving_removes_the_draft(
    qtbot: QtBot, doctor: AppContext, subjects: Subjects, backdrop: QWidget
) -> None:
    """A draft put back and saved is gone: the next form opens empty."""
    from ui.pages.emergencies import FollowUpDialog

    make = ENTRY_FORMS["follow_up"]
    dialog = opened(qtbot, make(doctor, subjects, backdrop))
    assert isinstance(dialog, FollowUpDialog)
    qtbot.keyClicks(dialog.text, "called the family")
    answer_box("Keep as draft", [])
    dialog.reject()
    again = opened(qtbot, make(doctor, subjects, backdrop))
    assert isinstance(again, FollowUpDialog)
    assert again.text.toPlainText() == "called the family"
    [save] = [b for b in again.findChildren(QPushButton) if b.text() == "Save"]
    save.click()
    assert stored(doctor) == []


def test_passwords_never_go_in_a_draft(
    qtbot: QtBot, doctor: AppContext, backdrop: QWidget
) -> None:
    """The new account's password is not in the stored draft, nor put back; a form with only
    a password typed asks the plain Discard question and keeps no draft."""
    from ui.accounts.dialogs import AddAccountDialog

    dialog = opened(qtbot, AddAccountDialog(doctor, backdrop))
    qtbot.keyClicks(dialog.password, "Secret-pass-9")
    seen: list[str] = []
    answer_box("Discard", seen)
    dialog.reject()
    assert seen == ["Discard what you typed? [Discard / Keep editing]"]
    assert stored(doctor) == []

    dialog = opened(qtbot, AddAccountDialog(doctor, backdrop))
    qtbot.keyClicks(dialog.username, "zhao")
    qtbot.keyClicks(dialog.password, "Secret-pass-9")
    qtbot.keyClicks(dialog.again, "Secret-pass-9")
    answer_box("Keep as draft", seen)
    dialog.reject()
    [row] = stored(doctor)
    assert "zhao" in str(row.content)
    assert "Secret-pass-9" not in str(row.content)
    assert not {"password", "again"} & set(row.content)
    with doctor.db.reading() as session:  # nowhere in the table either
        query = f"SELECT * FROM {Draft.__tablename__}"
        raw = session.connection().exec_driver_sql(query).fetchall()
    assert "Secret-pass-9" not in str(raw)
    again = opened(qtbot, AddAccountDialog(doctor, backdrop))
    assert again.username.text() == "zhao" and again.password.text() == ""


def test_every_entry_dialog_is_covered() -> None:
    """Every dialog of ui/ that is an entry form keeps drafts, and this test opens each."""
    from tests.ui.test_screenshots import dialog_classes

    entry = {name for name in dialog_classes() if _is_entry(name)}
    covered = {ENTRY_FORMS_CLASSES[key] for key in ENTRY_FORMS}
    assert entry - covered - {"EntryDialog", "RecordDialog", "NewPasswordDialog",
                              "AnswerDialog"} == set()  # fmt: skip


ENTRY_FORMS_CLASSES = {
    "plan": "PlanSessionDialog", "cancel": "CancelSessionDialog", "emergency": "EmergencyDialog",
    "event_correction": "EventCorrectionDialog", "follow_up": "FollowUpDialog",
    "enrol": "EnrolWizard", "person_edit": "PersonEditDialog",
    "correct_code": "CorrectCodeDialog", "status": "StatusDialog", "caregiver": "CaregiverDialog",
    "needs": "NeedsDialog", "screening": "ScreeningDialog", "supervision": "SupervisionDialog",
    "survey": "SurveyDialog", "course": "CourseDialog", "training_session": "TrainingSessionDialog",
    "add_account": "AddAccountDialog", "addendum": "TextPrompt", "entered_in_error": "TextPrompt",
}  # fmt: skip


def _is_entry(name: str) -> bool:
    import ast

    from tests.ui.test_screenshots import UI

    bases: dict[str, list[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).split(".")[-1] for b in node.bases]

    def derives(cls: str) -> bool:
        return cls == "EntryDialog" or any(derives(b) for b in bases.get(cls, []))

    return derives(name)


def test_a_restored_plan_saves_and_its_draft_goes(
    qtbot: QtBot,
    doctor: AppContext,
    backdrop: QWidget,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plan kept as a draft, put back and saved (its warnings confirmed) is a planned
    session with the typed theme, and no draft is left."""
    from ui.sessions.plan_dialog import PlanSessionDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog = opened(qtbot, PlanSessionDialog(doctor, None, None, backdrop))
    qtbot.keyClicks(dialog.theme, "Cooking together")
    answer_box("Keep as draft", [])
    dialog.reject()
    again = opened(qtbot, PlanSessionDialog(doctor, None, None, backdrop))
    assert again.theme.text() == "Cooking together"
    assert again.save()
    [saved] = again.saved_ids
    assert sessions.session_detail(doctor.db, saved).plan.theme == "Cooking together"
    assert stored(doctor) == []
