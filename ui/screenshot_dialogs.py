"""Every dialog of the program, opened on a site's records for the screenshots command.

``MAKERS`` names each dialog class with a function that opens it over the main window as a
user would meet it (a held session's page, the first emergency report, a consumer's
detail...). A maker returns None when the site has nothing to show it with (a site without
emergencies has no report to open); the demo has everything. A test holds this registry
against every dialog class in ui/.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from app.services import emergencies, people, screening, sessions, surveys, training
from app.site_door import SiteDoor
from ui.context import AppContext

SAMPLE_KEY = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH"
"""A recovery key to show the recovery sheet with (the screenshots run on a scratch copy)."""

BASES = frozenset({"EntryDialog", "RecordDialog", "WaitingDialog"})
"""Dialog classes that only others build on: never opened by themselves."""


@dataclass
class Scene:
    """What the dialogs open over: the signed-in context, the window, a scratch folder."""

    context: AppContext
    window: QWidget
    folder: Path

    def session(self, status: str) -> str | None:
        """The newest session with this status."""
        rows = sessions.list_sessions(self.context.db, newest_first=True)
        return next((r.id for r in rows if r.status == status), None)

    def person(self, role: str) -> people.PersonRow | None:
        """The first person enrolled in the role, not quit."""
        rows = people.list_people(self.context.db)
        return next((r for r in rows if r.role == role and r.status != "quit"), None)

    def event(self) -> emergencies.EventRow | None:
        """The newest emergency report."""
        rows = emergencies.list_events(self.context.db)
        return rows[0] if rows else None


Maker = Callable[[Scene], QDialog | None]


def _cancel(scene: Scene) -> QDialog | None:
    from ui.sessions.cancel_dialog import CancelSessionDialog

    planned = scene.session("planned")
    if planned is None:
        return None
    return CancelSessionDialog(scene.context, sessions.session_detail(scene.context.db, planned),
                               scene.window)  # fmt: skip


def _session(scene: Scene) -> QDialog | None:
    from ui.sessions.session_page import SessionDialog

    held = scene.session("held")
    return SessionDialog(scene.context, held, scene.window) if held else None


def _follow_up(scene: Scene) -> QDialog | None:
    from ui.pages.emergencies import FollowUpDialog

    event = scene.event()
    return FollowUpDialog(event, scene.window) if event else None


def _event_detail(scene: Scene) -> QDialog | None:
    from ui.emergency_detail import EventDetailDialog

    event = scene.event()
    return EventDetailDialog(scene.context, event.id, scene.window) if event else None


def _event_correction(scene: Scene) -> QDialog | None:
    from ui.emergency_detail import EventCorrectionDialog, EventDetailDialog

    event = scene.event()
    if event is None:
        return None
    detail = EventDetailDialog(scene.context, event.id)
    try:
        return EventCorrectionDialog(scene.context, detail.detail, scene.window)
    finally:
        detail.deleteLater()


def _person_detail(scene: Scene) -> QDialog | None:
    from ui.people.detail import PersonDetailDialog

    person = scene.person("consumer")
    return PersonDetailDialog(scene.context, person.code, scene.window) if person else None


def _person_edit(scene: Scene) -> QDialog | None:
    from app.services import person_edit
    from ui.people.edit_dialog import PersonEditDialog

    person = scene.person("consumer")
    if person is None:
        return None
    form = person_edit.person_form(scene.context.db, scene.context.account, person.code)
    return PersonEditDialog(scene.context, form, scene.window)


def _correct_code(scene: Scene) -> QDialog | None:
    from ui.people.code_dialog import CorrectCodeDialog

    person = scene.person("consumer")
    if person is None:
        return None
    detail = people.person_detail(scene.context.db, scene.context.account, person.code)
    return CorrectCodeDialog(scene.context, person.code, detail.revision, scene.window)


def _with_person(make: Callable[[AppContext, people.PersonRow, QWidget], QDialog]) -> Maker:
    def maker(scene: Scene) -> QDialog | None:
        person = scene.person("consumer")
        return make(scene.context, person, scene.window) if person else None

    return maker


def _screening(scene: Scene) -> QDialog | None:
    from ui.people.screening_dialog import ScreeningDialog

    for role in ("consumer", "peer"):
        person = scene.person(role)
        if person is None:
            continue
        found = screening.screening_for(scene.context.db, scene.context.account, person.code)
        if found.screenings:
            return ScreeningDialog(scene.context, found.screenings[0].id, scene.window)
    return None


def _answer(scene: Scene) -> QDialog | None:
    from ui.records.answer_dialog import AnswerDialog

    answers = surveys.list_answers(scene.context.db, scene.context.account)
    return AnswerDialog(scene.context, answers[0], scene.window) if answers else None


def _text_prompt(scene: Scene) -> QDialog | None:
    from PySide6.QtCore import QCoreApplication

    from ui.text_prompt import TextPrompt

    event = scene.event()
    if event is None:
        return None
    words = QCoreApplication.translate
    return TextPrompt(scene.window, words("EventDetailDialog", "Add an addendum"), words(
        "EventDetailDialog", "What was learned or done since? The report itself stays as it is."
    ), "emergency_addendum", event.id, lines=True)  # fmt: skip


def _training_session(scene: Scene) -> QDialog | None:
    from ui.records.training_dialogs import TrainingSessionDialog

    courses = training.list_courses(scene.context.db)
    return TrainingSessionDialog(scene.context, courses[0].id, scene.window) if courses else None


def _printed_form(scene: Scene, form: str) -> Path | None:
    from app.printing import print_form

    held = scene.session("held")
    if held is None:
        return None
    out = scene.folder / f"{form}.pdf"
    print_form(scene.context.db, scene.context.account, form, out, held)
    return out


def _preview(scene: Scene) -> QDialog | None:
    from ui.print_preview import PrintPreviewDialog

    pdf = _printed_form(scene, "plan")
    if pdf is None:
        return None
    return PrintPreviewDialog(pdf.read_bytes(), "Activity Plan Form 活动计划表", "plan.pdf",
                              scene.window)  # fmt: skip


def _sheet_review(scene: Scene) -> QDialog | None:
    from app.sheets.reading import read_sheets
    from ui.sessions.sheet_review import SheetReviewDialog

    pdf = _printed_form(scene, "attendance")
    if pdf is None:
        return None
    reading = read_sheets(scene.context.db, scene.context.account, [pdf])
    return SheetReviewDialog(scene.context, reading, scene.window)


def _paper_sheets(scene: Scene) -> QDialog | None:
    from app.sheets.reading import read_sheets
    from ui.sessions.paper_sheets import KeptPage, PaperSheetsDialog

    pdf = _printed_form(scene, "process")
    if pdf is None:
        return None
    reading = read_sheets(scene.context.db, scene.context.account, [pdf])
    pages = [KeptPage(f"{p.code}, {p.page}", p.image, p.areas) for p in reading.pages]
    return PaperSheetsDialog(pages, scene.window)


def _import_preview(scene: Scene) -> QDialog | None:
    from app.imports.people_csv import HEADER
    from ui.imports.dialog import ImportPreviewDialog, people_kind

    community = scene.person("consumer")
    if community is None:
        return None
    path = scene.folder / "roster.csv"
    rows = [",".join(HEADER), f"NEW-C01,consumer,{community.community},2024-03-01,,female,,,,,,",
            f"NEW-P01,peer,{community.community},2024-03-01,,male,1980-02-30,,,,,"]  # fmt: skip
    path.write_text("\n".join(rows), encoding="utf-8")
    kind = people_kind()
    checked = kind.check(scene.context.db, scene.context.account, path, lambda _d, _t: None)
    return ImportPreviewDialog(scene.context, kind, checked, scene.window)


def _door(scene: Scene) -> SiteDoor:
    return SiteDoor(scene.folder / "another-site.sqlite")


def _simple(path: str, name: str, *, context: bool = True) -> Maker:
    """A dialog opened with the context (or nothing) and the window as parent."""

    def maker(scene: Scene) -> QDialog:
        module = __import__(path, fromlist=[name])
        cls = getattr(module, name)
        opened = cls(scene.context, parent=scene.window) if context else cls(parent=scene.window)
        return opened  # type: ignore[no-any-return]

    return maker


def _caregiver(context: AppContext, person: people.PersonRow, parent: QWidget) -> QDialog:
    from ui.people.caregiver_dialog import CaregiverDialog

    return CaregiverDialog(context, person, parent)


def _needs(context: AppContext, person: people.PersonRow, parent: QWidget) -> QDialog:
    from ui.people.needs_dialog import NeedsDialog

    return NeedsDialog(context, person.code, "consumer", None, parent)


def _status(context: AppContext, person: people.PersonRow, parent: QWidget) -> QDialog:
    from ui.people.status_dialog import StatusDialog

    return StatusDialog(context, person, parent)


def _preferences(scene: Scene) -> QDialog:
    from ui.preferences import PreferencesDialog

    return PreferencesDialog(scene.context.settings, scene.window, scene.context)


def _new_password(scene: Scene) -> QDialog:
    from ui.accounts.dialogs import NewPasswordDialog

    return NewPasswordDialog("New password", scene.context.account.username, scene.window)


def _recovery_sheet(scene: Scene) -> QDialog:
    from ui.recovery import RecoverySheetDialog

    return RecoverySheetDialog(scene.context.db, SAMPLE_KEY, scene.window)


def _recovery(scene: Scene) -> QDialog:
    from ui.recovery import RecoveryDialog

    return RecoveryDialog(_door(scene), parent=scene.window)


def _sign_in(scene: Scene) -> QDialog:
    from ui.signin import SignInDialog

    return SignInDialog(_door(scene), scene.context.account.username, parent=scene.window)


def _setup(scene: Scene) -> QDialog:
    from ui.signin import SetupDialog

    return SetupDialog(_door(scene), parent=scene.window)


MAKERS: dict[str, Maker] = {
    "AboutDialog": _simple("ui.about", "AboutDialog", context=False),
    "AccountsDialog": _simple("ui.accounts.page", "AccountsDialog"),
    "AddAccountDialog": _simple("ui.accounts.dialogs", "AddAccountDialog"),
    "ChangePasswordDialog": _simple("ui.accounts.dialogs", "ChangePasswordDialog"),
    "NewPasswordDialog": _new_password,
    "BackupsDialog": _simple("ui.backups_dialog", "BackupsDialog"),
    "PreferencesDialog": _preferences,
    "PlanSessionDialog": _simple("ui.sessions.plan_dialog", "PlanSessionDialog"),
    "CancelSessionDialog": _cancel,
    "LibraryDialog": _simple("ui.sessions.library_dialog", "LibraryDialog"),
    "SessionDialog": _session,
    "SheetReviewDialog": _sheet_review,
    "PaperSheetsDialog": _paper_sheets,
    "PrintPreviewDialog": _preview,
    "EmergencyDialog": _simple("ui.emergency_form", "EmergencyDialog"),
    "EventDetailDialog": _event_detail,
    "EventCorrectionDialog": _event_correction,
    "TextPrompt": _text_prompt,
    "FollowUpDialog": _follow_up,
    "EnrolWizard": _simple("ui.people.enrol_wizard", "EnrolWizard"),
    "PersonDetailDialog": _person_detail,
    "PersonEditDialog": _person_edit,
    "CorrectCodeDialog": _correct_code,
    "StatusDialog": _with_person(_status),
    "CaregiverDialog": _with_person(_caregiver),
    "NeedsDialog": _with_person(_needs),
    "ScreeningDialog": _screening,
    "ImportPreviewDialog": _import_preview,
    "SupervisionDialog": _simple("ui.records.supervision_dialog", "SupervisionDialog"),
    "SurveyDialog": _simple("ui.records.survey_dialog", "SurveyDialog"),
    "AnswerDialog": _answer,
    "CourseDialog": _simple("ui.records.training_dialogs", "CourseDialog"),
    "TrainingSessionDialog": _training_session,
    "RecoverySheetDialog": _recovery_sheet,
    "RecoveryDialog": _recovery,
    "SignInDialog": _sign_in,
    "SetupDialog": _setup,
}
"""Dialog class name → how to open it for a screenshot."""
