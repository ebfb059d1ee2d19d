"""The rest of the screening sheet, after the criteria: how the person came, the team
psychiatrist's assessment, the diagnosis found, for peers their compassion and practical
skills, and the eligibility decision with who decided and when; and the caregiver's sheet.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app import codes
from app.i18n import translate
from app.services import accounts
from app.services.accounts import StaffRow
from app.services.screening import ScreeningData
from ui.context import AppContext
from ui.people.enrol_steps import Step
from ui.people.fields import (
    NOT_RECORDED_CODE,
    optional_combo,
    optional_date,
    optional_date_edit,
    set_optional_code,
    set_optional_date,
)
from ui.widgets import select_data


def yes_no_combo() -> QComboBox:
    """Not said, Yes or No; the item data is None, True or False."""
    combo = QComboBox()
    for label, value in ((translate("screening_sheet", "Not said"), None),
                         (translate("screening_sheet", "Yes"), True),
                         (translate("screening_sheet", "No"), False)):  # fmt: skip
        combo.addItem(label, value)
    return combo


def set_yes_no(combo: QComboBox, value: bool | None) -> None:
    """Chooses Not said, Yes or No."""
    combo.setCurrentIndex({None: 0, True: 1, False: 2}[value])


def staff_combo(staff: list[StaffRow], professions: tuple[str, ...]) -> QComboBox:
    """A "—" choice, then the staff members of these professions, by code."""
    combo = QComboBox()
    combo.addItem("—", None)
    for member in staff:
        if member.profession in professions:
            combo.addItem(f"{member.name} ({member.code})", member.code)
    return combo


def _code(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return None if value == NOT_RECORDED_CODE else value


class DecisionStep(Step):
    """How the person came, the psychiatrist's assessment, the diagnosis found, the peers'
    two questions and whether the person is eligible, decided by whom and when."""

    FIELDS = frozenset({"referral", "referral_other", "diagnosis_found", "compassionate",
                        "decision", "decided_by", "decided_on", "psychiatrist"})  # fmt: skip

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Screening decision"),
            self.tr("How the person came, the team psychiatrist's assessment and whether "
                    "the person is eligible."),
            parent,
        )  # fmt: skip
        staff = accounts.list_staff(context.db)
        self.referral = optional_combo(codes.REFERRALS)
        self.referral_other = QLineEdit()
        self.referral_other.setPlaceholderText(self.tr("Other: how?"))
        self.referral.currentIndexChanged.connect(self._referral_changed)
        self.diagnosis = optional_combo(codes.DIAGNOSES)
        self.psychiatrist = staff_combo(staff, ("psychiatrist",))
        self.assessment = QPlainTextEdit()
        self.assessment.setMaximumHeight(60)
        self.compassionate = yes_no_combo()
        self.practical = yes_no_combo()
        self.decision = optional_combo(codes.ELIGIBILITY)
        self.decided_by = staff_combo(staff, codes.DECIDING_PROFESSIONS)
        select_data(self.decided_by, context.account.staff_code)
        self.decided_on = optional_date_edit(date.today())
        for label, field in (
            (self.tr("How the person came"), self.referral),
            (self.tr("Other way"), self.referral_other),
            (self.tr("Diagnosis found"), self.diagnosis),
            (self.tr("Team psychiatrist"), self.psychiatrist),
            (self.tr("Psychiatrist's assessment"), self.assessment),
            (self.tr("Compassionate and willing to help"), self.compassionate),
            (self.tr("Practical skills"), self.practical),
            (self.tr("Eligibility"), self.decision),
            (self.tr("Decided by"), self.decided_by),
            (self.tr("Decided on"), self.decided_on),
        ):
            self.form.addRow(label, field)  # fmt: skip
        self.set_role("consumer")
        self._referral_changed()

    def _referral_changed(self) -> None:
        self.form.setRowVisible(self.referral_other, self.referral.currentData() == "other")

    def set_role(self, role: str) -> None:
        """The peers' two questions only for peers."""
        self.role = role
        for field in (self.compassionate, self.practical):
            self.form.setRowVisible(field, role == "peer")

    def completed(self, data: ScreeningData) -> ScreeningData:
        """The screening of the criteria step with this step's answers."""
        peer = data.role == "peer"
        return replace(
            data,
            referral=_code(self.referral),
            referral_other=self.referral_other.text().strip(),
            diagnosis_found=_code(self.diagnosis),
            psychiatrist=self.psychiatrist.currentData(),
            psychiatrist_assessment=self.assessment.toPlainText().strip(),
            compassionate=self.compassionate.currentData() if peer else None,
            practical_skills=self.practical.currentData() if peer else None,
            decision=_code(self.decision),
            decided_by=self.decided_by.currentData() if _code(self.decision) else None,
            decided_on=optional_date(self.decided_on) if _code(self.decision) else None,
        )

    def show_data(self, data: ScreeningData) -> None:
        """Fills the step from a stored screening."""
        set_optional_code(self.referral, data.referral)
        self.referral_other.setText(data.referral_other)
        set_optional_code(self.diagnosis, data.diagnosis_found)
        select_data(self.psychiatrist, data.psychiatrist)
        self.assessment.setPlainText(data.psychiatrist_assessment)
        set_yes_no(self.compassionate, data.compassionate)
        set_yes_no(self.practical, data.practical_skills)
        set_optional_code(self.decision, data.decision)
        select_data(self.decided_by, data.decided_by)
        set_optional_date(self.decided_on, data.decided_on)
        self.set_role(data.role)
