"""The people registry list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app import codes
from app.services.people import RegistryRow
from ui.labels import code_label, show_date
from ui.models.table import Column, RowTableModel


class PeopleModel(RowTableModel[RegistryRow]):
    """People with code, name, community, role, status, enrolment date, sex, age, diagnosis.

    The name and diagnosis columns are blank for viewers whose role may not see them; the
    service leaves them out, so the model never holds them.
    """

    CONTEXT = "PeopleModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Code"), lambda r: r.person.code),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Community"), lambda r: r.person.community),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Role"),
               lambda r: code_label(codes.ROLES, r.person.role)),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Status"),
               lambda r: code_label(codes.STATUSES, r.person.status)),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Enrolled on"),
               lambda r: show_date(r.person.enrolled_on), lambda r: r.person.enrolled_on),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Sex"),
               lambda r: code_label(codes.SEXES, r.person.sex)),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Age"),
               lambda r: "" if r.age is None else str(r.age), lambda r: r.age),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Diagnosis"),
               lambda r: code_label(codes.DIAGNOSES, r.person.diagnosis)),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Cares for"),
               lambda r: r.person.caregiver_of or ""),
    )  # fmt: skip
    NAME_COLUMN = 1
    DIAGNOSIS_COLUMN = 8
