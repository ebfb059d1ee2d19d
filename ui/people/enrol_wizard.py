"""Enrolling a person as a guided flow: who, demographics and contact, screening, consent."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import accounts, enrolment, people, site
from app.services.enrolment import EnrolmentData
from app.services.people import ContactData, PersonData
from app.services.screening import ScreeningData
from ui.context import AppContext
from ui.labels import code_label
from ui.operations import call_confirming
from ui.widgets import code_combo, date_edit, to_date

WHO, ABOUT, SCREENING, CONSENT = range(4)
UNKNOWN = ""


def optional_combo(code_list: codes.CodeList) -> QComboBox:
    """A code combo whose first choice is "not recorded"."""
    combo = code_combo(code_list)
    combo.insertItem(0, "—", UNKNOWN)
    combo.setCurrentIndex(0)
    return combo


class EnrolWizard(QDialog):
    """Four steps; everything is saved together at the end."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id: str | None = None
        self.setWindowTitle(self.tr("Enrol a person"))
        font = self.font()
        font.setPointSize(font.pointSize() + 2)
        self.setFont(font)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._who())
        self.pages.addWidget(self._about())
        self.pages.addWidget(self._screening())
        self.pages.addWidget(self._consent())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.error.setWordWrap(True)
        self.back = QPushButton(self.tr("◀ Back"))
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next = QPushButton(self.tr("Next ▶"))
        self.next.clicked.connect(lambda: self.go(self.pages.currentIndex() + 1))
        self.finish = QPushButton(self.tr("Enrol"))
        self.finish.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch()
        buttons.addWidget(self.next)
        buttons.addWidget(self.finish)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.role.currentIndexChanged.connect(self.role_changed)
        self.role_changed()
        self.go(WHO)
        self.resize(720, 640)

    def _who(self) -> QWidget:
        self.role = code_combo(codes.ROLES)
        self.code = QLineEdit()
        self.community = QComboBox()
        for community in site.list_communities(self.context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        self.enrolled_on = date_edit(date.today())
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Community"), self.community)
        form.addRow(self.tr("Enrolled on"), self.enrolled_on)
        return page

    def _about(self) -> QWidget:
        self.birth_date = date_edit(date(1980, 1, 1))
        self.sex = optional_combo(codes.SEXES)
        self.education = optional_combo(codes.EDUCATION)
        self.marital = optional_combo(codes.MARITAL_STATUSES)
        self.working = QComboBox()
        self.working.addItem("—", None)
        self.working.addItem(self.tr("Yes (part-time or more)"), True)
        self.working.addItem(self.tr("No"), False)
        self.diagnosis = optional_combo(codes.DIAGNOSES)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.emergency_contact = QLineEdit()
        page = QWidget()
        form = QFormLayout(page)
        for label, field in (
            (self.tr("Birth date"), self.birth_date),
            (self.tr("Sex"), self.sex),
            (self.tr("Education"), self.education),
            (self.tr("Marital status"), self.marital),
            (self.tr("Working"), self.working),
            (self.tr("Diagnosis"), self.diagnosis),
            (self.tr("Name"), self.name),
            (self.tr("Phone"), self.phone),
            (self.tr("Address"), self.address),
            (self.tr("Emergency contact"), self.emergency_contact),
        ):
            form.addRow(label, field)  # fmt: skip
        return page

    def _screening(self) -> QWidget:
        self.criteria_box = QWidget()
        self.criteria_grid = QGridLayout(self.criteria_box)
        self.criteria: dict[str, QButtonGroup] = {}
        self.psp = QSpinBox()
        self.psp.setRange(0, 100)
        self.psp.setSpecialValueText("—")
        self.screened_on = date_edit(date.today())
        self.assessor = QComboBox()
        for staff in accounts.list_staff(self.context.db):
            self.assessor.addItem(f"{staff.name} ({staff.code})", staff.code)
        self.cares_for = QComboBox()
        self.screening_hint = QLabel()
        self.screening_hint.setStyleSheet("color: #8a5300; font-weight: bold")
        self.screening_hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.criteria_box)
        form = QFormLayout()
        form.addRow(self.tr("PSP score"), self.psp)
        form.addRow(self.tr("Screened on"), self.screened_on)
        form.addRow(self.tr("Assessed by"), self.assessor)
        form.addRow(self.tr("Cares for"), self.cares_for)
        layout.addLayout(form)
        layout.addWidget(self.screening_hint)
        layout.addStretch()
        self.psp.valueChanged.connect(self.update_hint)
        return page

    def _consent(self) -> QWidget:
        self.consent_boxes: dict[str, tuple[QCheckBox, QWidget]] = {}
        page = QWidget()
        form = QFormLayout(page)
        for kind in codes.CONSENT_KINDS.code_names():
            box = QCheckBox(code_label(codes.CONSENT_KINDS, kind))
            day = date_edit(date.today())
            self.consent_boxes[kind] = (box, day)
            form.addRow(box, day)
        return page

    def role_changed(self) -> None:
        """Shows the screening criteria of the role, or the cared-for person for caregivers."""
        role = self.role.currentData()
        while self.criteria_grid.count():
            item = self.criteria_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.criteria = {}
        criteria = codes.SCREENING_CRITERIA.get(role)
        for row, code in enumerate(criteria.code_names() if criteria else []):
            self.criteria_grid.addWidget(QLabel(code_label(criteria, code)), row, 0)
            group = QButtonGroup(self.criteria_box)
            for column, (text, met) in enumerate(
                ((self.tr("Met"), True), (self.tr("Not met"), False))
            ):
                button = QRadioButton(text)
                button.setProperty("met", met)
                group.addButton(button)
                self.criteria_grid.addWidget(button, row, column + 1)  # fmt: skip
            group.buttonToggled.connect(self.update_hint)
            self.criteria[code] = group
        self.psp.setEnabled(role == "peer")
        self.cares_for.clear()
        if role == "caregiver":
            for row in people.list_people(self.context.db):
                if row.role in ("peer", "consumer"):
                    self.cares_for.addItem(row.code, row.code)
        self.cares_for.setEnabled(role == "caregiver")
        self.update_hint()

    def answers(self) -> dict[str, bool]:
        """The criteria answered so far: met (True) or not met (False)."""
        result = {}
        for code, group in self.criteria.items():
            checked = group.checkedButton()
            if checked is not None:
                result[code] = bool(checked.property("met"))
        return result

    def set_answers(self, answers: dict[str, bool]) -> None:
        """Ticks met or not met for each criterion given."""
        for code, met in answers.items():
            for button in self.criteria[code].buttons():
                button.setChecked(bool(button.property("met")) == met)

    def update_hint(self) -> None:
        """Names the criteria not met as soon as they are ticked."""
        not_met = [code for code, met in self.answers().items() if not met]
        criteria = codes.SCREENING_CRITERIA.get(self.role.currentData())
        if not not_met or criteria is None:
            self.screening_hint.clear()
            return
        labels = ", ".join(code_label(criteria, c) for c in not_met)
        self.screening_hint.setText(self.tr("⚠ Not met: {labels}").format(labels=labels))

    def go(self, step: int) -> None:
        """Shows a step of the flow."""
        step = max(WHO, min(CONSENT, step))
        self.pages.setCurrentIndex(step)
        self.back.setEnabled(step > WHO)
        self.next.setVisible(step < CONSENT)
        self.finish.setVisible(step == CONSENT)

    def data(self) -> EnrolmentData:
        """Everything entered, as the enrolment service takes it."""
        role = self.role.currentData()
        person = PersonData(
            code=self.code.text().strip(),
            community=self.community.currentData() or "",
            sex=self.sex.currentData() or None,
            birth_date=to_date(self.birth_date.date()),
            education=self.education.currentData() or None,
            marital_status=self.marital.currentData() or None,
            working=self.working.currentData(),
            diagnosis=self.diagnosis.currentData() or None,
        )
        screening = None
        if role in codes.SCREENING_CRITERIA:
            screening = ScreeningData(
                person=person.code, role=role, screened_on=to_date(self.screened_on.date()),
                criteria=self.answers(), assessor=self.assessor.currentData(),
                psp_score=self.psp.value() or None,
            )  # fmt: skip
        consents = {kind: to_date(day.date()) for kind, (box, day) in self.consent_boxes.items()
                    if box.isChecked()}  # type: ignore[attr-defined]  # fmt: skip
        return EnrolmentData(
            person=person,
            role=role,
            enrolled_on=to_date(self.enrolled_on.date()),
            contact=ContactData(self.name.text().strip(), self.phone.text().strip(),
                                self.address.text().strip(),
                                self.emergency_contact.text().strip()),
            screening=screening,
            consents=consents,
            cares_for=self.cares_for.currentData() if role == "caregiver" else None,
        )  # fmt: skip

    def save(self) -> bool:
        """Enrols through the service; criteria not met are confirmed. True when saved."""
        data = self.data()
        db, user, role = self.context.db, self.context.account.username, self.context.account.role
        self.error.clear()
        result = call_confirming(
            self, self.context,
            lambda ok: enrolment.enrol_person(db, data, role, ok, user), "people",
        )  # fmt: skip
        if result is None:
            return False
        self.person_id = result
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext) -> str | None:
        """Runs the flow; the new person's key, or None."""
        wizard = cls(context, parent)
        return wizard.person_id if wizard.exec() == QDialog.DialogCode.Accepted else None
