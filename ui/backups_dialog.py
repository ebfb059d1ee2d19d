"""The backups a site has, what each holds, and restoring one after a confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backups import (
    COUNTED,
    BackupInfo,
    Restored,
    backup_folders,
    list_backups,
    restore_in_place,
)
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.operations import run_in_background, run_with_progress


def site_backup_folders(context: AppContext) -> list[Path]:
    """This site's backup folders: beside the database, and the second one from Preferences."""
    return backup_folders(context.db, context.settings.get("second_backup_folder"))


class BackupsDialog(QDialog):
    """Lists the backups, newest first, with their counts; restores the chosen one.

    Counting a backup's records opens it, which for years of records takes a moment each,
    so they are read in the background.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.outcome: Restored | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.backups: list[BackupInfo] = []
        self.loading = True
        """Whether the backups are still being read (each is opened to count its records)."""
        self.table = QTableWidget(0, 3 + len(COUNTED))
        self.table.setHorizontalHeaderLabels([
            self.tr("Taken"), self.tr("Site"), self.tr("People"), self.tr("Sessions"),
            self.tr("Attendance"), self.tr("Emergencies"), self.tr("Survey answers"),
            self.tr("File"),
        ])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.note = QLabel(self.tr("Reading the backups…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        self.empty = EmptyState(
            self.tr("No backup to restore yet."), self.tr("Take a backup now"),
            self.take_now, context.account,
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.read_backups()

    def read_backups(self) -> None:
        """Lists the backups in the background (each is opened to count its records)."""
        folders, key = site_backup_folders(self.context), self.context.db.key
        run_in_background(self, lambda _progress: list_backups(folders, key), self._listed)

    def take_now(self) -> QProgressDialog | None:
        """Takes today's backup now, behind a progress window, then lists it."""
        from app.backups import take_backups

        folders, db = site_backup_folders(self.context), self.context.db
        if not folders:
            return None

        def taken(problems: list[str]) -> None:
            if problems:
                QMessageBox.warning(self, self.tr("Backup"), self.tr(
                    "The backup could not be taken in: {folders}").format(
                    folders="; ".join(problems)))  # fmt: skip
            self.loading = True
            self.read_backups()

        work = lambda report: take_backups(db, folders, report)  # noqa: E731
        return run_with_progress(self, self.tr("Taking a backup…"), work, taken)

    def _listed(self, backups: list[BackupInfo]) -> None:
        """Shows the backups read in the background, newest first."""
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            self._fill_row(row, info)
        self.table.resizeColumnsToContents()
        self.empty.show_if(not backups, self.table)
        self.note.setText(
            self.tr("Restoring keeps the database as it is now as a backup first.")
            if backups
            else self.tr("No backups yet: one is taken each time the application closes.")
        )
        self.loading = False

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        values = [info.taken.strftime("%Y-%m-%d %H:%M"), info.site,
                  *(str(info.counts[t]) for t in COUNTED), info.path.name]  # fmt: skip
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        """The highlighted backup, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def question(self, info: BackupInfo) -> str:
        """The confirmation, saying which backup and what it holds."""
        counts = info.counts
        return self.tr(
            "Restore the backup taken {taken} ({people} people, {sessions} sessions)?\n\n"
            "The database as it is now is kept as a backup first. Everything entered since "
            "that backup is then no longer shown, and everyone signs in again."
        ).format(taken=info.taken.strftime("%Y-%m-%d %H:%M"), people=counts["person"],
                 sessions=counts["activity_session"])  # fmt: skip

    def restore_selected(self) -> None:
        """Asks, then restores behind a progress window with Cancel (which changes nothing);
        the dialog closes with where the old database is kept."""
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"), self.question(info),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        keep = site_backup_folders(self.context)[0]
        db, actor = self.context.db, self.context.account
        run_with_progress(
            self, self.tr("Restoring the backup…"),
            lambda report: restore_in_place(db, actor, info.path, keep, report),
            self.restored, self.failed,
        )  # fmt: skip

    def restored(self, done: Restored) -> None:
        """The restore is done: the dialog closes, telling where the old database is kept
        and which consent withdrawals it applied again."""
        self.outcome = done
        self.accept()

    def failed(self, error: Exception) -> None:
        """A backup refused by the checks, a database open in another window, a full disk:
        nothing was changed."""
        QMessageBox.warning(self, self.tr("Restore a backup"), self.tr(
            "The backup was not restored, and the database is as it was.\n\n{reason}"
        ).format(reason=error))  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> Restored | None:
        """Shows the backups; returns what the restore did if one was restored."""
        dialog = cls(context, parent)
        dialog.exec()
        return dialog.outcome
