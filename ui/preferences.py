"""The preferences dialog: interface language, idle lock time, the second backup folder, and
(for whoever changes the site's settings) how peers see people's names."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import name_forms
from ui.context import AppContext
from ui.operations import call
from ui.settings import Settings


class PreferencesDialog(QDialog):
    """Changes the language (after a restart) and the minutes before the screen locks."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, context: AppContext | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.context = context
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setValue(settings.get("idle_lock_minutes"))
        self.second_folder = QLineEdit(settings.get("second_backup_folder"))
        self.second_folder.setPlaceholderText(self.tr("None"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.second_folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(QLabel(self.tr("A new language shows after the application restarts.")))
        form.addRow(self.tr("Lock after no use for"), self.idle_minutes)
        form.addRow(self.tr("Second backup folder (e.g. a USB stick)"), folder_row)
        self.name_form = QComboBox()
        for key, label in name_forms.form_labels().items():
            self.name_form.addItem(label, key)
        self.name_form.setCurrentIndex(max(0, self.name_form.findData(name_forms.site_form())))
        self.chooses_names = context is not None and name_forms.may_choose(context.account)
        if self.chooses_names:
            form.addRow(self.tr("Peers see people's names as"), self.name_form)
            form.addRow(QLabel(self.tr("Community doctors and other professionals always see "
                                       "full names; research assistants see codes.")))  # fmt: skip
        else:
            self.name_form.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def store(self) -> None:
        """Writes the chosen values to the settings file."""
        self.settings.set("language", self.language.currentData())
        self.settings.set("idle_lock_minutes", self.idle_minutes.value())
        self.settings.set("second_backup_folder", self.second_folder.text().strip())
        chosen = self.name_form.currentData()
        if self.chooses_names and self.context is not None:
            context = self.context
            form = call(self, context, lambda: name_forms.choose(context.db, context.account,
                                                                  chosen), "people")  # fmt: skip
            if form is not None:
                self.settings.set("peer_name_form", form)

    def choose_folder(self) -> None:
        """Picks the second backup folder."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"))
        if folder:
            self.second_folder.setText(folder)

    @classmethod
    def ask(cls, parent: QWidget, settings: Settings, context: AppContext | None = None) -> bool:
        """Shows the dialog; True when the user saved changes."""
        dialog = cls(settings, parent, context)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.store()
        return True
