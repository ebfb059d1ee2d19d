"""Every window fits a 1366×768 screen less the task bar, in English and in Chinese."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.services import people, sessions
from app.site_door import SiteDoor
from tests.helpers import DOCTOR
from ui.about import AboutDialog
from ui.accounts.dialogs import AddAccountDialog, ChangePasswordDialog, NewPasswordDialog
from ui.accounts.page import AccountsDialog
from ui.application import install_translators
from ui.backups_dialog import BackupsDialog
from ui.context import AppContext
from ui.emergency_form import EmergencyDialog
from ui.main_window import MainWindow
from ui.pages.emergencies import FollowUpDialog
from ui.people.caregiver_dialog import CaregiverDialog
from ui.people.detail import PersonDetailDialog
from ui.people.enrol_wizard import EnrolWizard
from ui.people.needs_dialog import NeedsDialog
from ui.people.screening_dialog import ScreeningDialog
from ui.people.status_dialog import StatusDialog
from ui.preferences import PreferencesDialog
from ui.print_preview import PageView, PrintPreviewDialog
from ui.records.supervision_dialog import SupervisionDialog
from ui.records.survey_dialog import SurveyDialog
from ui.records.training_dialogs import CourseDialog, TrainingSessionDialog
from ui.recovery import RecoveryDialog, RecoverySheetDialog
from ui.sessions.cancel_dialog import CancelSessionDialog
from ui.sessions.library_dialog import LibraryDialog
from ui.sessions.plan_dialog import PlanSessionDialog
from ui.signin import SetupDialog, SignInDialog
from ui.widgets import USABLE_SCREEN, WINDOW_FRAME

KEY = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH"
Maker = Callable[[AppContext, Path], QWidget]


def _person(context: AppContext, role: str) -> people.PersonRow:
    return next(r for r in people.list_people(context.db) if r.role == role)


def _session(context: AppContext) -> sessions.SessionDetail:
    plan = sessions.SessionPlan("TJH", date.today(), time(9), time(10, 30), "health_center",
                                "social_skills", "P1", ("P2",))  # fmt: skip
    return sessions.session_detail(context.db, sessions.plan_session(context.db, DOCTOR, plan))


def _preview(context: AppContext, _tmp: Path) -> QWidget:
    pdf = RecoverySheetDialog(context.db, KEY).sheet_pdf()
    return PrintPreviewDialog(pdf, "Recovery sheet", "recovery-sheet.pdf")


def _event_row(context: AppContext) -> object:
    from app.services import emergencies

    report = emergencies.EventReport("TJH", emergencies.utc_now(), "violence", "推搡", "分开两人",
                                     ("C1",))  # fmt: skip
    emergencies.report_event(context.db, DOCTOR, report)
    return emergencies.list_events(context.db)[0]


def _screening(context: AppContext) -> str:
    from app import codes
    from app.services import screening

    met = dict.fromkeys(codes.SCREENING_CRITERIA["peer"].code_names(), True)
    data = screening.ScreeningData("P1", "peer", date.today(), met, referral="poster")
    return screening.record_screening(context.db, DOCTOR, data)


def _text_prompt() -> QWidget:
    from PySide6.QtCore import QCoreApplication

    from ui.text_prompt import TextPrompt

    words = QCoreApplication.translate
    return TextPrompt(None, words("EventDetailDialog", "Add an addendum"), words(
        "EventDetailDialog", "What was learned or done since? The report itself stays as it is."
    ), "emergency_addendum", "E1", lines=True)  # fmt: skip


DIALOGS: dict[str, Maker] = {
    "plan": lambda c, _t: PlanSessionDialog(c),
    "cancel": lambda c, _t: CancelSessionDialog(c, _session(c)),
    "library": lambda c, _t: LibraryDialog(c),
    "emergency": lambda c, _t: EmergencyDialog(c),
    "follow_up": lambda c, _t: FollowUpDialog(_event_row(c)),  # type: ignore[arg-type]
    "enrol": lambda c, _t: EnrolWizard(c),
    "person": lambda c, _t: PersonDetailDialog(c, "C1"),
    "status": lambda c, _t: StatusDialog(c, _person(c, "consumer")),
    "caregiver": lambda c, _t: CaregiverDialog(c, _person(c, "consumer")),
    "supervision": lambda c, _t: SupervisionDialog(c),
    "needs": lambda c, _t: NeedsDialog(c, "C1", "consumer"),
    "screening": lambda c, _t: ScreeningDialog(c, _screening(c)),
    "survey": lambda c, _t: SurveyDialog(c),
    "course": lambda c, _t: CourseDialog(c),
    "training_session": lambda c, _t: TrainingSessionDialog(c, "no-course"),
    "add_account": lambda c, _t: AddAccountDialog(c),
    "new_password": lambda _c, _t: NewPasswordDialog("New password", "li"),
    "change_password": lambda c, _t: ChangePasswordDialog(c),
    "accounts": lambda c, _t: AccountsDialog(c),
    "backups": lambda c, _t: BackupsDialog(c),
    "preferences": lambda c, _t: PreferencesDialog(c.settings),
    "preview": _preview,
    "recovery_sheet": lambda c, _t: RecoverySheetDialog(c.db, KEY),
    "recovery": lambda _c, t: RecoveryDialog(SiteDoor(t / "other.sqlite")),
    "sign_in": lambda _c, t: SignInDialog(SiteDoor(t / "other.sqlite")),
    "setup": lambda _c, t: SetupDialog(SiteDoor(t / "other.sqlite")),
    "about": lambda _c, _t: AboutDialog(),
    "text_prompt": lambda _c, _t: _text_prompt(),
    "main_window": lambda c, _t: MainWindow(c),
}


def _outside(window: QWidget) -> list[str]:
    """The buttons of a dialog's button row that lie outside what the window shows."""
    return [
        button.text()
        for box in window.findChildren(QDialogButtonBox)
        if box.isVisibleTo(window)
        for button in box.buttons()
        if button.isVisibleTo(window)
        and not window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size()))
    ]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_window_fits_the_screen(
    qtbot: QtBot, doctor: AppContext, tmp_path: Path, name: str, language: str
) -> None:
    """Opened as the app opens it, the window and its smallest layout fit 1366×728 with its
    frame, and its buttons are inside it."""
    install_translators(QApplication.instance(), language)  # type: ignore[arg-type]
    window = DIALOGS[name](doctor, tmp_path)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    room_w = USABLE_SCREEN.width() - WINDOW_FRAME.width()
    room_h = USABLE_SCREEN.height() - WINDOW_FRAME.height()
    size, least = window.size(), window.minimumSizeHint()
    assert size.width() <= room_w and size.height() <= room_h, (name, size)
    assert least.width() <= room_w and least.height() <= room_h, (name, least)
    assert _outside(window) == []
    if isinstance(window, QDialog):
        window.done(QDialog.DialogCode.Rejected)
    else:
        window.close()


def _button(window: QWidget, text: str) -> QPushButton:
    [button] = [b for b in window.findChildren(QPushButton) if b.text() == text]
    return button


def test_preview_opens_fitted_and_zooms(qtbot: QtBot, doctor: AppContext, tmp_path: Path) -> None:
    """The preview opens with a page as wide as the window; + and − zoom; Fit page shows a
    whole page; Print and Save as PDF stay in view."""
    preview = _preview(doctor, tmp_path)
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.addWidget(preview)
    preview.show()
    room = preview.scroll.viewport().width()
    qtbot.waitUntil(lambda: preview.view.zoom != 1.0)
    assert preview.view.sizes[0].width() > room - 4 * PageView.GAP
    fitted_width = preview.view.sizes[0].width()
    assert fitted_width <= room
    _button(preview, "+").click()
    assert preview.view.sizes[0].width() > fitted_width
    assert preview.page_image(0).width() > fitted_width  # rendered sharper, not stretched
    _button(preview, "−").click()
    _button(preview, "−").click()
    assert preview.view.sizes[0].width() < fitted_width
    _button(preview, "Fit page").click()
    assert preview.view.sizes[0].height() <= preview.scroll.viewport().height()
    _button(preview, "Fit width").click()
    assert preview.view.sizes[0].width() == fitted_width
    assert "%" in preview.zoom_label.text()
    for text in ("Print…", "Save as PDF…"):
        button = _button(preview, text)
        assert preview.rect().contains(QRect(button.mapTo(preview, QPoint(0, 0)), button.size()))
