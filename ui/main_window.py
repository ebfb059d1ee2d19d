"""The main window: navigation, the site and user always in view, and the idle lock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import printing
from app.codes import ACCOUNT_ROLES
from app.permissions import Account, Capability
from app.services import accounts, today
from ui.context import AppContext, DataEvents
from ui.discard import EntryDialog
from ui.first_paint import after_first_paint
from ui.idle import IdleWatcher
from ui.labels import code_label
from ui.lock import Curtain, LockPage
from ui.operations import run_in_background, run_with_progress
from ui.pages.audit import AuditPage
from ui.pages.base import Page, loading_when_shown
from ui.pages.emergencies import EmergenciesPage
from ui.pages.exchange import ExchangePage
from ui.pages.log_session import LogSessionPage
from ui.pages.people import PeoplePage
from ui.pages.reports import ReportsPage
from ui.pages.sessions import SessionsPage
from ui.pages.supervision import SupervisionTrainingPage
from ui.pages.surveys import SurveysPage
from ui.pages.today import TodayPage
from ui.printing import preview_form
from ui.widgets import fitted

if TYPE_CHECKING:
    from app.services.encryption import RekeyResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


C = Capability
PAGES: list[tuple[str, str, type[Page], tuple[Capability, ...]]] = [
    ("today", QT_TRANSLATE_NOOP("MainWindow", "Today"), TodayPage, ()),
    ("log", QT_TRANSLATE_NOOP("MainWindow", "After the session"), LogSessionPage,
     (C.LOG_SESSIONS,)),
    ("sessions", QT_TRANSLATE_NOOP("MainWindow", "Sessions"), SessionsPage, ()),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People"), PeoplePage, ()),
    ("emergencies", QT_TRANSLATE_NOOP("MainWindow", "Emergencies"), EmergenciesPage, ()),
    ("supervision", QT_TRANSLATE_NOOP("MainWindow", "Supervision and training"),
     SupervisionTrainingPage, (C.RECORD_SUPERVISION,)),
    ("surveys", QT_TRANSLATE_NOOP("MainWindow", "Surveys"), SurveysPage, (C.RECORD_SURVEYS,)),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), ReportsPage, (C.SEE_REPORTS,)),
    ("exchange", QT_TRANSLATE_NOOP("MainWindow", "Exchange"), ExchangePage,
     (C.EXPORT_BUNDLE, C.IMPORT_BUNDLE)),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"), AuditPage, (C.MANAGE_ACCOUNTS,)),
]  # fmt: skip
"""The pages in navigation order: key, title, class, and the capabilities that show it
(any one of them; none for a page everyone sees)."""


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen page on the right, the site and user on top."""

    signed_out = Signal()
    """Emitted when the user signs out, so the application asks who signs in next."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.was_signed_out = False
        self.backed_up = False
        from app.support import app_version

        self.setWindowTitle(self.tr("Peer support service desk {version} — {site}").format(
            version=app_version(), site=context.site_name))  # fmt: skip
        from app import name_forms

        name_forms.use_site_form(context.settings.get("peer_name_form"))  # before any list
        self.pages: dict[str, Page] = {}
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setFixedWidth(220)
        font = self.navigation.font()
        font.setPointSize(font.pointSize() + 4)
        self.navigation.setFont(font)
        self.page_stack = QStackedWidget()
        with loading_when_shown():
            for key, title, page_class, needed in PAGES:
                if needed and not any(context.can(capability) for capability in needed):
                    continue
                page = page_class(context)
                self.pages[key] = page
                item = QListWidgetItem(_tr(title))
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.navigation.addItem(item)
                self.page_stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._go_to_row)
        if "log" in self.pages:
            self.pages["today"].log_requested.connect(self.log_session)  # type: ignore[attr-defined]
        self.pages["today"].page_requested.connect(self.show_page)  # type: ignore[attr-defined]
        self.navigation.setCurrentRow(0)
        self.pages["today"].catch_up()  # the page in sight at once, painted or not yet

        self.header = QLabel(
            self.tr("{site} ({code}) · {user}, {role}").format(
                site=context.site_name,
                code=context.site_code,
                user=context.account.display_name,
                role=code_label(ACCOUNT_ROLES, context.account.role),
            )
        )
        lock_button = QPushButton(self.tr("Lock"))
        lock_button.clicked.connect(self.lock)
        self.alert = QPushButton()
        self.alert.setStyleSheet(
            "background: #c62828; color: white; font-weight: bold; padding: 6px 14px"
        )
        self.alert.clicked.connect(lambda: self.show_page("emergencies"))
        self.alert.hide()
        context.events.changed.connect(self._on_changed)
        self.code_search = QLineEdit()
        self.code_search.setPlaceholderText(self.tr("Type or scan a form's code"))
        self.code_search.setMaximumWidth(240)
        self.code_search.returnPressed.connect(self.open_code)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.code_search)
        top.addWidget(self.alert)
        top.addWidget(lock_button)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.page_stack, 1)
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.addLayout(top)
        work_layout.addLayout(body)

        self.setCentralWidget(work)
        after_first_paint(work, self._load_pages)
        self.lock_page = LockPage(context)
        self.lock_page.setWindowTitle(self.windowTitle())
        self.lock_page.unlocked.connect(self.unlock)
        self.lock_page.switched.connect(self.switch_to)
        self.curtain = Curtain(self.lock_page)
        self.successor: MainWindow | None = None
        """The window of the user who signed in at this window's lock, once one did."""
        self._build_menus()
        self.update_alert()

        self.idle = IdleWatcher(context.settings.get("idle_lock_minutes"), self)
        self.idle.idle.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        geometry = context.settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitted(1100, 720))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.triggered.connect(self.sign_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        blank_menu = file_menu.addMenu(self.tr("Print a &blank form"))
        for form in printing.FORMS:
            action = blank_menu.addAction(printing.FORM_TITLES[form])
            action.triggered.connect(
                lambda _=False, f=form: preview_form(self, self.context, f, None)
            )
        read_sheets = QAction(self.tr("&Read paper sheets…"), self)
        read_sheets.triggered.connect(self.choose_sheets)
        file_menu.addAction(read_sheets)
        self._add_import_actions(file_menu)
        file_menu.addSeparator()
        for action in (lock, sign_out, quit_action):
            file_menu.addAction(action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_preferences)
        settings_menu.addAction(preferences)
        password = QAction(self.tr("&Change password…"), self)
        password.triggered.connect(self.change_password)
        settings_menu.addAction(password)
        self.accounts_action: QAction | None = None
        if self.context.can(Capability.MANAGE_ACCOUNTS):
            self.accounts_action = QAction(self.tr("&Accounts and staff…"), self)
            self.accounts_action.triggered.connect(self.open_accounts)
            settings_menu.addAction(self.accounts_action)
        self.backups_action: QAction | None = None
        if self.context.can(Capability.RESTORE_BACKUP):
            self.backups_action = QAction(self.tr("&Backups…"), self)
            self.backups_action.triggered.connect(self.open_backups)
            settings_menu.addAction(self.backups_action)
        self.recovery_action: QAction | None = None
        if self.context.can(Capability.MANAGE_ACCOUNTS) and self.context.db.key is not None:
            self.recovery_action = QAction(self.tr("New &recovery key…"), self)
            self.recovery_action.triggered.connect(self.ask_new_recovery_key)
            settings_menu.addAction(self.recovery_action)
            self.rekey_action = QAction(self.tr("Change the database &key…"), self)
            self.rekey_action.triggered.connect(self.ask_rekey)
            settings_menu.addAction(self.rekey_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _add_import_actions(self, menu: QMenu) -> None:
        """File › Import participants… and Import survey answers…, for those who may."""
        from ui.imports import dialog

        self.import_people_action: QAction | None = None
        self.import_answers_action: QAction | None = None
        if self.context.can(Capability.MANAGE_PEOPLE):
            self.import_people_action = menu.addAction(self.tr("Import &participants…"))
            self.import_people_action.triggered.connect(
                lambda: dialog.choose_and_preview(self, self.context, dialog.people_kind()))
        if self.context.can(Capability.RECORD_SURVEYS):
            self.import_answers_action = menu.addAction(self.tr("Import survey &answers…"))
            self.import_answers_action.triggered.connect(
                lambda: dialog.choose_and_preview(self, self.context, dialog.surveys_kind()))

    def _on_changed(self, kind: str) -> None:
        if kind == "emergencies":
            self.update_alert()

    def update_alert(self) -> None:
        """The red banner for doctors while emergency reports wait for acknowledgement."""
        if not self.context.can(Capability.ACKNOWLEDGE_EMERGENCIES):
            return
        waiting = today.overview(self.context.db).unacknowledged_events
        self.alert.setText(
            self.tr("{n} emergency report(s) waiting for acknowledgement").format(n=waiting)
        )
        self.alert.setVisible(waiting > 0)

    def open_code(self) -> bool:
        """Opens the record whose printed code was typed or scanned; True if found."""
        text = self.code_search.text().strip()
        found = printing.resolve_code(self.context.db, text) if text else None
        shown = False
        if found is not None:
            targets = {"S": ("sessions", "open_record"), "E": ("emergencies", "show_event"),
                       "P": ("people", "show_person"), "V": ("supervision", None),
                       "T": ("supervision", None)}  # fmt: skip
            key, method = targets[found.kind]
            if key in self.pages:
                page = self.show_page(key)
                if self.showing(page):
                    shown = getattr(page, method)(found.key) if method else True
        if shown:
            self.code_search.clear()
        else:
            self.statusBar().showMessage(
                self.tr("No record has the code {code}.").format(code=text), 6000
            )
        return shown

    def log_session(self, session_id: str) -> None:
        """Opens the after-session flow on a session."""
        page = self.show_page("log")
        if self.showing(page) and page.choose(session_id):  # type: ignore[attr-defined]
            page.go(1)  # type: ignore[attr-defined]

    def show_page(self, key: str) -> Page:
        """Switches to a page by key and returns it (the page left may ask about typing
        not saved: see ``showing``)."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
        return self.pages[key]

    def _load_pages(self) -> None:
        """Loads the pages out of sight one an event loop's turn once the window is painted,
        so each is ready when chosen and the window answers the user in between."""
        waiting = next((page for page in self.pages.values() if page.stale), None)
        if waiting is not None:
            waiting.catch_up()
            QTimer.singleShot(0, self, self._load_pages)

    def showing(self, page: Page) -> bool:
        """Whether the page is the one shown (the user may have chosen Go back)."""
        return self.page_stack.currentWidget() is page

    def _go_to_row(self, row: int) -> None:
        """Shows the chosen page, once the page left has settled its typing."""
        if row == self.page_stack.currentIndex():
            return
        leaving = self.page_stack.currentWidget()
        if isinstance(leaving, Page) and not leaving.leave():
            with QSignalBlocker(self.navigation):
                self.navigation.setCurrentRow(self.page_stack.currentIndex())
            return
        self.page_stack.setCurrentIndex(row)
        page = self.page_stack.currentWidget()
        if isinstance(page, Page):
            page.catch_up()  # chosen before the pages out of sight were loaded

    def settle_pages(self) -> bool:
        """Asks each page about typing not saved before the window closes; False if the
        user chose Go back."""
        current = self.page_stack.currentWidget()
        ordered = [current, *(p for p in self.pages.values() if p is not current)]
        for page in ordered:
            if isinstance(page, Page) and not page.leave():
                if page is not current:
                    self.show_page(next(k for k, v in self.pages.items() if v is page))
                return False
        return True

    @property
    def locked(self) -> bool:
        """Whether the lock covers the work."""
        return self.curtain.drawn

    def lock(self) -> None:
        """Blanks every window of the app behind the lock; everything typed stays where it
        was, dialogs included."""
        if not self.locked:
            accounts.note_lock(self.context.db, self.context.account.username)
            self.curtain.draw()
            if self.isMaximized():
                self.lock_page.showMaximized()
            else:
                self.lock_page.setGeometry(self.geometry())
                self.lock_page.show()
        self.lock_page.raise_()
        self.lock_page.activateWindow()
        self.lock_page.password.setFocus()

    def unlock(self) -> None:
        """Shows the work again, as it was."""
        self.lock_page.hide()
        self.lock_page.reset()
        self.curtain.open()
        self.idle.restart()

    def switch_to(self, account: Account, password: str) -> MainWindow | None:
        """Another user signed in at the lock: the first user's session log stays as their
        draft, their windows close, and a window of the new user's own takes this one's place.

        A user whose password was reset chooses a new one first; cancelling stays locked.
        """
        from ui.accounts.dialogs import ChangePasswordDialog

        if account.must_change_password:
            changed = ChangePasswordDialog.force(self.lock_page, self.context, account, password)
            if changed is None:
                self.lock_page.reset()
                return None
            account = changed
        self.keep_drafts()
        for window in self.curtain.windows():
            if window is not self:
                _close_window(window)
        self.curtain.drop()
        self.lock_page.hide()
        self.context.settings.set("last_username", account.username)
        successor = MainWindow(replace(self.context, account=account, events=DataEvents()))
        successor.setGeometry(self.geometry())
        if self.isMaximized():
            successor.showMaximized()
        else:
            successor.show()
        self.successor = successor
        self.backed_up = True  # the work goes on in the successor: no backup now
        self.close()
        self.deleteLater()
        return successor

    def keep_drafts(self) -> None:
        """Keeps what the user typed on any page as their draft, without asking."""
        for page in self.pages.values():
            page.keep_typing()

    def sign_out(self) -> None:
        """Ends this user's work; the application asks who signs in next."""
        if not self.settle_pages():
            return
        self.was_signed_out = True
        self.signed_out.emit()
        self.close()

    def back_up(self) -> bool:
        """Starts the day's rotating backups as the app closes: beside the database file, and
        in the second folder (a USB stick) if one is set in Preferences.

        They are taken in the background behind a progress window; the window closes once
        they are done, or cancelled. False when there is nothing to back up (a server).
        A window that was never shown closes at once: nobody worked in it.
        """
        from app.backups import take_backups
        from ui.backups_dialog import site_backup_folders

        folders = site_backup_folders(self.context)
        if not folders:
            return False
        run_with_progress(
            self, self.tr("Taking today's backup…"),
            lambda report: take_backups(self.context.db, folders, report),
            self._backups_taken, self._backups_failed, self._close_now,
        )  # fmt: skip
        return True

    def _backups_taken(self, problems: list[str]) -> None:
        """A folder that could not be written (a full disk, no stick) is said, then we close."""
        if problems:
            QMessageBox.warning(self, self.tr("Backup"), self.tr(
                "Today's backup could not be taken in:\n{folders}\n\nThe earlier backups "
                "are kept. Please check the folder in Preferences."
            ).format(folders="\n".join(problems)))  # fmt: skip
        self._close_now()

    def _backups_failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Backup"), self.tr(
            "Today's backup could not be taken: {reason}\n\nThe earlier backups are kept."
        ).format(reason=error))  # fmt: skip
        self._close_now()

    def _close_now(self) -> None:
        self.backed_up = True
        self.close()

    def choose_sheets(self) -> None:
        """File › Read paper sheets…: scans and photos chosen, then read and reviewed."""
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Read paper sheets"), "", self.tr(
            "Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.PDF *.JPG *.JPEG *.PNG *.HEIC *.HEIF)"))  # fmt: skip  # noqa: E501
        if files:
            self.read_paper_sheets([Path(f) for f in files])

    def read_paper_sheets(self, files: list[Path]) -> None:
        """Reads the files in the background behind a progress dialog, then shows the
        review, where the person confirms and saves."""
        from app.sheets.reading import read_sheets
        from ui.sessions.sheet_review import SheetReviewDialog

        db, account = self.context.db, self.context.account
        run_with_progress(
            self, self.tr("Reading paper sheets…"),
            lambda progress: read_sheets(db, account, files, progress),
            lambda reading: SheetReviewDialog.ask(self, self.context, reading),
        )  # fmt: skip

    def open_preferences(self) -> None:
        """Language and idle time."""
        from ui.preferences import PreferencesDialog

        if PreferencesDialog.ask(self, self.context.settings, self.context):
            self.idle.set_minutes(self.context.settings.get("idle_lock_minutes"))

    def change_password(self) -> bool:
        """The signed-in user changes their own password."""
        from ui.accounts.dialogs import ChangePasswordDialog

        return ChangePasswordDialog.ask(self, self.context)

    def open_accounts(self) -> QDialog:
        """Settings › Accounts and staff, for those who manage accounts."""
        from ui.accounts.page import AccountsDialog

        return AccountsDialog.show_for(self, self.context)

    def open_backups(self) -> None:
        """Backups and restore; after a restore everyone signs in again on the restored data."""
        from ui.backups_dialog import BackupsDialog

        self.idle.blockSignals(True)  # no lock (a write) while the file is being replaced
        try:
            done = BackupsDialog.ask(self, self.context)
        finally:
            self.idle.blockSignals(False)
        if done is None:
            return
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr("The backup is restored and open. {summary}\nPlease sign in again.").format(
                summary=done.summary()
            ),
        )
        self.sign_out()

    def ask_new_recovery_key(self) -> None:
        """After a confirmation, replaces the recovery key and shows the new one's sheet."""
        answer = QMessageBox.question(self, self.tr("New recovery key"), self.tr(
            "Make a new recovery key? The old recovery sheet will no longer open the "
            "database (it still opens backups made before now). Print the new sheet and "
            "destroy the old one."))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.new_recovery_key()

    def new_recovery_key(self) -> None:
        """Replaces the recovery key on a worker thread (it derives a key: about a second),
        the window switched off meanwhile; then shows the new key with its sheet."""
        from app.services.encryption import replace_recovery_key

        db, account = self.context.db, self.context.account
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Making a new recovery key…"))
        run_in_background(self, lambda _progress: replace_recovery_key(db, account),
                          self._show_recovery_key, self._recovery_key_failed)  # fmt: skip

    def ask_rekey(self) -> None:
        """After a confirmation, puts the database under a new key (when someone who knew a
        password has left), then shows the new recovery sheet."""
        answer = QMessageBox.question(self, self.tr("Change the database key"), self.tr(
            "Put the database under a new key? Do this when someone who knew a password has "
            "left. Disabled accounts, old copies of the key file and the old recovery sheet "
            "will no longer open it (backups made before keep their own key file). A new "
            "recovery sheet is made: print it and destroy the old one."))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.rekey()

    def rekey(self) -> None:
        """Re-keys on a worker thread (it copies the whole file), the window switched off."""
        from app.services.encryption import rekey

        db, account = self.context.db, self.context.account
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Changing the database key…"))
        run_in_background(self, lambda _progress: rekey(db, account), self._rekeyed,
                          self._recovery_key_failed)  # fmt: skip

    def _rekeyed(self, result: RekeyResult) -> None:
        if result.need_reset:
            QMessageBox.information(self, self.tr("Change the database key"), self.tr(
                "These accounts must have their password reset before they can sign in "
                "again: {names}").format(names=", ".join(result.need_reset)))  # fmt: skip
        self._show_recovery_key(result.recovery_key)

    def _show_recovery_key(self, key: str) -> None:
        from ui.recovery import RecoverySheetDialog

        self.setEnabled(True)
        self.statusBar().clearMessage()
        RecoverySheetDialog(self.context.db, key, self).open()

    def _recovery_key_failed(self, error: Exception) -> None:
        """The old keys still open the database: replacing one is all or nothing."""
        self.setEnabled(True)
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Cannot change the key"), str(error))

    def about(self) -> QDialog:
        """Help › About: version, log file, licences."""
        from ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.backed_up and self.isVisible() and not self.settle_pages():
            event.ignore()  # Go back: the user goes on with what they typed
            return
        if not self.backed_up and self.isVisible() and self.back_up():
            event.ignore()  # closes again once the backups are taken
            return
        self.context.settings.set_geometry("main", self.saveGeometry())
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.blockSignals(True)  # a closed window does not lock
        if shiboken6.isValid(self.lock_page):  # closed once before (signed out), then again
            self.curtain.drop()
            self.lock_page.deleteLater()
        super().closeEvent(event)


def _close_window(window: QWidget) -> None:
    """Closes a window of a user who left; a dialog is cancelled, ending its loop, and what
    was typed in an entry form is kept as that user's draft first."""
    if isinstance(window, EntryDialog) and window.has_typing():
        window.keep_draft()
    if isinstance(window, QDialog):
        window.done(QDialog.DialogCode.Rejected)
    else:
        window.close()
