"""The steps of the enrolment flow that collect who the person is and what they signed.

Each step is a page with a heading, a short hint, big fields and a line for its problems.
Screening and the caregiver's choice of person live in ``screening_step``.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.services import people
from app.services.people import ContactData, PersonData
from ui.context import AppContext
from ui.labels import code_label
from ui.people.fields import (
    WARNING_COLOUR,
    code_edit,
    community_names,
    message_line,
    optional_combo,
    optional_date,
    optional_date_edit,
    set_optional_code,
    set_optional_date,
)
from ui.widgets import date_edit, to_date


class Step(QWidget):
    """One page of the flow: heading, hint, a form, and where its problems are shown.

    ``FIELDS`` names the record fields the step collects, so a problem the service finds
    in a field is shown on the step where that field is entered.
    """

    FIELDS: frozenset[str] = frozenset()

    def __init__(self, heading: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading
        title = QLabel(heading)
        font = QFont(self.font())  # the dialog's (enlarged) font when made inside it
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(hint)
        explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.errors = message_line()
        self.body = QVBoxLayout(self)
        for widget in (title, explanation):
            self.body.addWidget(widget)
        self.body.addSpacing(8)
        self.body.addLayout(self.form)
        self.body.addWidget(self.errors)
        self.body.addStretch()

    def show_errors(self, messages: list[str]) -> None:
        """Lists the step's problems under its fields (or clears them)."""
        self.errors.setText("\n".join(f"✖ {m}" for m in messages))

    def local_problems(self) -> list[str]:
        """Problems the step can see by itself, before the service checks everything."""
        return []

    def summary(self) -> list[tuple[str, str]]:
        """The step's visible fields as (label, value) pairs, for the final check."""
        pairs = []
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or field.widget() is None:
                continue
            if label.widget() is not None and label.widget().isVisibleTo(self):
                pairs.append((label.widget().text(), shown_value(field.widget())))
        return pairs


def shown_value(widget: QWidget) -> str:
    """What a field shows, as text for the summary."""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QDateEdit | QSpinBox):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return "✔" if widget.isChecked() else "—"
    return ""


class WhoStep(Step):
    """Role, code and community."""

    FIELDS = frozenset({"role", "code", "community"})
    role_changed = Signal(str)
    """Emitted with the role code when another role is chosen."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who is joining"),
            self.tr("Choose the role, give the person a code, and say which community."),
            parent,
        )
        self.roles = QButtonGroup(self)
        role_row = QHBoxLayout()
        role_row.setSpacing(24)
        for number, code in enumerate(codes.ROLES.code_names()):
            button = QRadioButton(code_label(codes.ROLES, code))
            bigger = QFont(self.font())
            bigger.setPointSizeF(bigger.pointSizeF() * 1.25)  # the choice that matters most
            button.setFont(bigger)
            button.setProperty("code", code)
            self.roles.addButton(button, number)
            role_row.addWidget(button)
        role_row.addStretch()
        self.roles.button(1).setChecked(True)  # consumers are enrolled most often
        self.roles.idToggled.connect(self._toggled)
        self.code = code_edit()
        self.code.setPlaceholderText(self.tr("letters, digits, - and _, e.g. TJH-C21"))
        self.community = QComboBox()
        for code, name in community_names(context.db).items():
            self.community.addItem(f"{name} ({code})", code)
        self.form.addRow(self.tr("Role"), role_row)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Community"), self.community)
        self.context = context

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.role_changed.emit(self.role())

    def role(self) -> str:
        """The chosen role's code."""
        return str(self.roles.checkedButton().property("code"))

    def set_role(self, role: str) -> None:
        """Chooses a role by code."""
        self.roles.button(codes.ROLES.code_names().index(role)).setChecked(True)

    def local_problems(self) -> list[str]:
        """A code is needed and must be free; the service would refuse it at the end."""
        code = self.code.text().strip()
        if not code:
            return [self.tr("Code: give the person a code.")]
        if people.code_in_use(self.context.db, code):
            return [self.tr("Code: {code} is already in use.").format(code=code)]
        return []

    def summary(self) -> list[tuple[str, str]]:
        """Role first, then the code and community."""
        return [(self.tr("Role"), code_label(codes.ROLES, self.role())), *super().summary()]


class AboutStep(Step):
    """Demographics: birth date, sex, education, marital status, work, diagnosis."""

    FIELDS = frozenset({"birth_date", "sex", "education", "marital_status", "diagnosis"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("About the person"),
            self.tr("Leave a field empty or at — when it is not known."),
            parent,
        )
        self.birth_date = optional_date_edit(date(1980, 1, 1))
        self.sex = optional_combo(codes.SEXES)
        self.education = optional_combo(codes.EDUCATION)
        self.marital = optional_combo(codes.MARITAL_STATUSES)
        self.working = QComboBox()
        self.working.addItem("—", None)
        self.working.addItem(self.tr("Yes (part-time or more)"), True)
        self.working.addItem(self.tr("No"), False)
        self.diagnosis = optional_combo(codes.DIAGNOSES)
        self.diagnosis_label = QLabel(self.tr("Diagnosis"))
        for label, field in (
            (self.tr("Birth date"), self.birth_date),
            (self.tr("Sex"), self.sex),
            (self.tr("Education"), self.education),
            (self.tr("Marital status"), self.marital),
            (self.tr("Working"), self.working),
        ):
            self.form.addRow(label, field)
        self.form.addRow(self.diagnosis_label, self.diagnosis)

    def local_problems(self) -> list[str]:
        """A birth date typed that is not a date is named, not dropped."""
        problem = self.birth_date.problem()
        return [problem] if problem else []

    def set_role(self, role: str) -> None:
        """Caregivers are family members: no diagnosis is asked for them."""
        self.form.setRowVisible(self.diagnosis, role != "caregiver")

    def fill(self, data: PersonData) -> None:
        """Shows a person's recorded demographics, to correct them."""
        set_optional_date(self.birth_date, data.birth_date)
        set_optional_code(self.sex, data.sex)
        set_optional_code(self.education, data.education)
        set_optional_code(self.marital, data.marital_status)
        set_optional_code(self.diagnosis, data.diagnosis)
        working = [self.working.itemData(i) for i in range(self.working.count())]
        self.working.setCurrentIndex(working.index(data.working))

    def person(self, code: str, community: str, role: str) -> PersonData:
        """The demographics as the service takes them."""
        return PersonData(
            code=code,
            community=community,
            sex=self.sex.currentData() or None,
            birth_date=optional_date(self.birth_date),
            education=self.education.currentData() or None,
            marital_status=self.marital.currentData() or None,
            working=self.working.currentData(),
            diagnosis=None if role == "caregiver" else self.diagnosis.currentData() or None,
        )


class ContactStep(Step):
    """Name and contact details, which stay at the site."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Name and contact"),
            self.tr(
                "Names and contact details stay on this computer; data packages for the "
                "project manager carry codes only."
            ),
            parent,
        )
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.emergency_contact = QLineEdit()
        self.emergency_contact.setPlaceholderText(self.tr("name, relationship and phone"))
        for label, field in (
            (self.tr("Name"), self.name),
            (self.tr("Phone"), self.phone),
            (self.tr("Address"), self.address),
            (self.tr("Emergency contact"), self.emergency_contact),
        ):
            self.form.addRow(label, field)

    def fill(self, contact: ContactData) -> None:
        """Shows recorded contact details, to correct them."""
        self.name.setText(contact.name)
        self.phone.setText(contact.phone)
        self.address.setText(contact.address)
        self.emergency_contact.setText(contact.emergency_contact)

    def contact(self) -> ContactData:
        """The contact details as the service takes them."""
        return ContactData(
            self.name.text().strip(),
            self.phone.text().strip(),
            self.address.text().strip(),
            self.emergency_contact.text().strip(),
        )


class ConsentStep(Step):
    """The two signed forms and the day the person joins."""

    FIELDS = frozenset({"enrolled_on", *codes.CONSENT_KINDS.code_names()})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Consent and enrolment"),
            self.tr("Tick each form the person has signed and give the date it was signed."),
            parent,
        )
        self.signed: dict[str, tuple[QCheckBox, QDateEdit]] = {}
        for kind in codes.CONSENT_KINDS.code_names():
            box = QCheckBox(code_label(codes.CONSENT_KINDS, kind))
            day = date_edit(date.today())
            day.setEnabled(False)
            box.toggled.connect(day.setEnabled)
            self.signed[kind] = (box, day)
            self.form.addRow(box, day)
        self.enrolled_on = date_edit(date.today())
        self.form.addRow(self.tr("Enrolled on"), self.enrolled_on)
        self.missing = message_line(WARNING_COLOUR)
        self.body.insertWidget(self.body.indexOf(self.errors), self.missing)
        for box, _day in self.signed.values():
            box.toggled.connect(self._update_missing)
        self._update_missing()

    def _update_missing(self) -> None:
        """Reminds that everyone signs both forms, without stopping a late signature."""
        unsigned = [box.text() for box, _day in self.signed.values() if not box.isChecked()]
        self.missing.setText(
            self.tr("Not signed yet: {forms}").format(forms=", ".join(unsigned)) if unsigned else ""
        )

    def consents(self) -> dict[str, date]:
        """The signing date of each ticked form."""
        return {kind: to_date(day.date()) for kind, (box, day) in self.signed.items()
                if box.isChecked()}  # fmt: skip

    def summary(self) -> list[tuple[str, str]]:
        """Each form with its date (or a dash), then the enrolment date."""
        pairs = [(box.text(), day.text() if box.isChecked() else "—")
                 for box, day in self.signed.values()]  # fmt: skip
        return [*pairs, (self.tr("Enrolled on"), self.enrolled_on.text())]


class CheckStep(Step):
    """Everything entered, to read through before enrolling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Check and enrol"),
            self.tr("Read it through. Go back to change anything; nothing is saved until Enrol."),
            parent,
        )
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.overview)
        self.warnings = message_line(WARNING_COLOUR)
        self.body.insertWidget(self.body.indexOf(self.errors), scroll, 1)
        self.body.insertWidget(self.body.indexOf(self.errors), self.warnings)

    def show_summary(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """Shows each step's heading and its fields as a table."""
        rows = []
        for heading, pairs in sections:
            rows.append(f"<tr><td colspan=2><b>{html.escape(heading)}</b></td></tr>")
            rows += [
                f"<tr><td style='padding-left:16px'>{html.escape(label)}</td>"
                f"<td style='padding-left:12px'>{html.escape(value) or '—'}</td></tr>"
                for label, value in pairs
            ]
        self.overview.setText(f"<table>{''.join(rows)}</table>")
