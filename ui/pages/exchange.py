"""The Exchange page: a site exports its bundle (after joining the project, if it was set up
without the project file); the project manager imports and confirms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exchange import bundle as bundles
from app.exchange import chain_heads, merge, project
from app.exchange.merge import ImportReceipt
from app.permissions import Capability
from ui.context import AppContext
from ui.empty_state import EmptyState
from ui.operations import call, run_with_progress
from ui.pages.base import Page
from ui.printing import preview_form


class ExchangePage(Page):
    """Bundles in and out, with the history, the receipts and the missing ones."""

    KINDS = frozenset({"exchange"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        installation = context.db.installation()
        self.is_project = installation is not None and installation.kind == "project"
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Six-weekly hand-over"))
        font = heading.font()
        font.setPointSize(font.pointSize() + 6)
        heading.setFont(font)
        layout.addWidget(heading)
        self.history = QListWidget()
        self.missing = QListWidget()
        self.sites = QListWidget()
        self.audit_flags = QListWidget()
        """At the project manager: sites whose audit log went backwards or forked."""
        self.audit_flags_label = QLabel(self.tr("Audit logs to check (went back or rewritten):"))
        self.audit_flags_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.full = QCheckBox(self.tr("Everything again (full re-export)"))
        self.export_button = QPushButton(self.tr("Export the bundle…"))
        self.export_button.clicked.connect(self.ask_export)
        self.import_button = QPushButton(self.tr("Import bundles…"))
        self.import_button.clicked.connect(self.ask_import)
        self.confirm_button = QPushButton(self.tr("Confirm the site's key…"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.key_button = QPushButton(
            self.tr("Print the site's key fingerprint…") if self.is_project
            else self.tr("Print this site's key fingerprint…")
        )  # fmt: skip
        self.key_button.clicked.connect(lambda: self.print_sheet("site-key"))
        self.receipt_button = QPushButton(self.tr("Print the site's receipt…"))
        self.receipt_button.clicked.connect(lambda: self.print_sheet("receipt"))
        self.join_button = QPushButton(self.tr("Join a project…"))
        self.join_button.clicked.connect(self.ask_join)
        self.not_joined = QLabel(self.tr(
            "This site has not joined a project yet. Join with the project file from the "
            "project manager; then this site can send its bundles."))  # fmt: skip
        self.not_joined.setWordWrap(True)
        if self.is_project:
            row = QHBoxLayout()
            row.addWidget(self.import_button)
            row.addWidget(self.confirm_button)
            row.addWidget(self.key_button)
            row.addWidget(self.receipt_button)
            row.addStretch()
            layout.addLayout(row)
            layout.addWidget(QLabel(self.tr("Sites and their key fingerprints:")))
            layout.addWidget(self.sites)
            layout.addWidget(QLabel(self.tr("Bundles not yet arrived:")))
            layout.addWidget(self.missing)
            layout.addWidget(self.audit_flags_label)
            layout.addWidget(self.audit_flags)
            layout.addWidget(QLabel(self.tr("Bundles imported:")))
        else:
            layout.addWidget(self.not_joined)
            row = QHBoxLayout()
            row.addWidget(self.join_button)
            row.addWidget(self.export_button)
            row.addWidget(self.full)
            row.addStretch()
            row.addWidget(self.key_button)
            layout.addLayout(row)
            layout.addWidget(QLabel(self.tr("Bundles written:")))
        if self.is_project:
            self.empty = EmptyState(
                self.tr("No bundle imported yet. Sites send one every six weeks."),
                self.tr("Import bundles…"), self.ask_import, context.account,
                Capability.IMPORT_BUNDLE,
            )  # fmt: skip
        else:
            self.empty = EmptyState(
                self.tr("No bundle written yet. Write one every six weeks for the project "
                        "manager."),
                self.tr("Export the bundle…"), self.ask_export, context.account,
                Capability.EXPORT_BUNDLE,
            )  # fmt: skip
        layout.addWidget(self.empty)
        layout.addWidget(self.history, 1)
        self.first_load()

    def refresh(self) -> None:
        """Reloads the history, and for the project manager the sites and the gaps."""
        self._refresh()
        # a site not yet joined is shown how to join instead
        joined = self.is_project or project.joined_project(self.context.db) is not None
        self.empty.show_if(self.history.count() == 0 and joined, self.history)

    def _refresh(self) -> None:
        self.history.clear()
        if not self.is_project:
            self._show_joined(project.joined_project(self.context.db) is not None)
            for record in bundles.export_history(self.context.db):
                when = record.exported_at.astimezone().strftime("%Y-%m-%d %H:%M")
                self.history.addItem(
                    self.tr("#{n}  {when}  {rows} records  {file}").format(
                        n=record.sequence, when=when, rows=record.row_count, file=record.file_name
                    )
                )
            return
        for receipt in merge.received(self.context.db):
            when = receipt.imported_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.history.addItem(
                self.tr("{site} #{n}  {when}  {rows} records").format(
                    site=receipt.site_code, n=receipt.sequence, when=when, rows=receipt.row_count
                )
            )
        self.missing.clear()
        self.missing.addItems(merge.missing_bundles(self.context.db))
        flags = chain_heads.site_flags(self.context.db)
        self.audit_flags.clear()
        self.audit_flags.addItems(flags)
        for widget in (self.audit_flags_label, self.audit_flags):
            widget.setVisible(bool(flags))
        self.sites.clear()
        for known in merge.known_sites(self.context.db):
            state = self.tr("confirmed") if known.confirmed else self.tr("not confirmed")
            self.sites.addItem(f"{known.code}  {known.name}  {known.fingerprint}  ({state})")

    def _show_joined(self, joined: bool) -> None:
        """Until the site joins a project, it is offered joining instead of exporting."""
        self.not_joined.setVisible(not joined)
        self.join_button.setVisible(not joined and self.context.can(Capability.MANAGE_SITE))
        for control in (self.export_button, self.full, self.key_button):
            control.setEnabled(joined)

    def ask_join(self) -> None:
        """Asks for the project file the project manager handed over, and joins with it."""
        files = self.tr("Project files (*.json);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Join a project"), "", files)
        if path:
            self.join_from(Path(path))

    def join_from(self, path: Path) -> str | None:
        """Joins the project; shows the site key's fingerprint for the project manager."""
        db, account = self.context.db, self.context.account
        fingerprint = call(self, self.context, lambda: project.join_project(db, account, path),
                           "exchange")  # fmt: skip
        if fingerprint is None:
            return None
        self.refresh()
        QMessageBox.information(self, self.tr("Joined the project"), self.tr(
            "This site has joined the project and can send bundles now. Give the project "
            "manager this site's key fingerprint, to confirm it: {fingerprint}").format(
            fingerprint=fingerprint))  # fmt: skip
        return fingerprint

    def ask_export(self) -> None:
        """Asks where to write the bundle (a USB stick, a shared folder) and writes it."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the bundle"),
                                              f"{self.context.site_code}.bundle",
                                              self.tr("Bundles (*.bundle)"))  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> QProgressDialog:
        """Writes the bundle off the GUI thread, then says what went into it."""
        actor, full, db = self.context.account, self.full.isChecked(), self.context.db

        def done(manifest: dict[str, object]) -> None:
            self.last_manifest = manifest
            self.context.events.changed.emit("exchange")
            QMessageBox.information(
                self,
                self.tr("Bundle written"),
                self.tr("Bundle {n} written to {file}.").format(n=manifest["sequence"], file=path),
            )

        def failed(error: Exception) -> None:
            QMessageBox.warning(self, self.tr("Bundle not written"), str(error))

        return run_with_progress(
            self, self.tr("Writing the bundle…"),
            lambda report: bundles.export_bundle(db, actor, path, full, progress=report),
            done, failed,
        )  # fmt: skip

    def ask_import(self) -> None:
        """Asks for bundle files and imports them in the background, with progress shown."""
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import bundles"), "",
                                                self.tr("Bundles (*.bundle)"))  # fmt: skip
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> QProgressDialog:
        """Imports off the GUI thread; the receipt or the reason is shown at the end."""
        self.progress_seen: list[int] = []
        actor, db = self.context.account, self.context.db

        def work(report: Callable[[int, int], None]) -> ImportReceipt:
            def seen(done_rows: int, total: int) -> None:
                report(done_rows, total)
                self.progress_seen.append(done_rows)

            return merge.import_bundles(db, actor, paths, progress=seen)

        def done(receipt: ImportReceipt) -> None:
            self.context.events.changed.emit("exchange")
            self.last_result = receipt.summary()
            QMessageBox.information(self, self.tr("Import"), self.last_result)

        def failed(error: Exception) -> None:
            self.context.events.changed.emit("exchange")
            self.last_result = str(error)
            QMessageBox.warning(self, self.tr("Import refused"), self.last_result)

        return run_with_progress(self, self.tr("Importing bundles…"), work, done, failed)

    def print_sheet(self, sheet: str) -> QProgressDialog | None:
        """Previews a hand-over sheet: this site's key, or the highlighted site's key or receipt."""
        if not self.is_project:
            return preview_form(self, self.context, sheet, None)
        item = self.sites.currentItem()
        if item is None:
            QMessageBox.information(
                self, self.tr("Print"), self.tr("Choose a site in the list first.")
            )
            return None
        return preview_form(self, self.context, sheet, item.text().split("  ")[0])

    def confirm_selected(self) -> None:
        """Confirms the highlighted site after the fingerprint was checked with the site."""
        item = self.sites.currentItem()
        if item is None:
            return
        code, _name, fingerprint = item.text().split("  ")[:3]
        answer = QMessageBox.question(self, self.tr("Confirm the site's key"), self.tr(
            "Has site {site} confirmed that its fingerprint is {fingerprint}?").format(
            site=code, fingerprint=fingerprint))  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            db, actor = self.context.db, self.context.account
            call(self, self.context, lambda: merge.confirm_site(db, actor, code, fingerprint),
                 "exchange")  # fmt: skip
