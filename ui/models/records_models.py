"""Lists of supervision, training courses and survey answers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app import codes
from app.services.supervision import SupervisionRow
from app.services.surveys import Answer
from app.services.training import CourseRow
from ui.labels import code_label, show_date
from ui.models.table import Column, RowTableModel
from ui.survey_texts import instrument_label, item_label


class SupervisionModel(RowTableModel[SupervisionRow]):
    """Supervisions with date, community, kind, supervisor, attendees and topics."""

    CONTEXT = "SupervisionModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SupervisionModel", "Date"), lambda r: show_date(r.held_on),
               lambda r: r.held_on),
        Column(QT_TRANSLATE_NOOP("SupervisionModel", "Community"), lambda r: r.community),
        Column(QT_TRANSLATE_NOOP("SupervisionModel", "Kind"),
               lambda r: code_label(codes.SUPERVISION_KINDS, r.kind)),
        Column(QT_TRANSLATE_NOOP("SupervisionModel", "Supervisor"), lambda r: r.supervisor),
        Column(QT_TRANSLATE_NOOP("SupervisionModel", "Attendees"), lambda r: str(r.attendees),
               lambda r: r.attendees),
        Column(QT_TRANSLATE_NOOP("SupervisionModel", "Topics raised"), lambda r: r.topics),
    )  # fmt: skip


class CoursesModel(RowTableModel[CourseRow]):
    """Training courses with kind, title, start, sessions and attendances."""

    CONTEXT = "CoursesModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CoursesModel", "Starts on"), lambda r: show_date(r.starts_on),
               lambda r: r.starts_on),
        Column(QT_TRANSLATE_NOOP("CoursesModel", "Kind"),
               lambda r: code_label(codes.TRAINING_KINDS, r.kind)),
        Column(QT_TRANSLATE_NOOP("CoursesModel", "Title"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("CoursesModel", "Sessions"), lambda r: str(r.sessions),
               lambda r: r.sessions),
        Column(QT_TRANSLATE_NOOP("CoursesModel", "Attendances"), lambda r: str(r.attendances),
               lambda r: r.attendances),
    )  # fmt: skip


class AnswersModel(RowTableModel[Answer]):
    """Survey answers with person, instrument, item, answer, date and reason."""

    CONTEXT = "AnswersModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AnswersModel", "Person"), lambda r: r.person),
        Column(QT_TRANSLATE_NOOP("AnswersModel", "Instrument"),
               lambda r: instrument_label(r.instrument)),
        Column(QT_TRANSLATE_NOOP("AnswersModel", "Question"),
               lambda r: item_label(r.item, r.cared_for_role)),
        Column(QT_TRANSLATE_NOOP("AnswersModel", "Answer"),
               lambda r: code_label(codes.SURVEY_ANSWERS, r.answer)),
        Column(QT_TRANSLATE_NOOP("AnswersModel", "Date"), lambda r: show_date(r.answered_on),
               lambda r: r.answered_on),
        Column(QT_TRANSLATE_NOOP("AnswersModel", "Reason not assessed"), lambda r: r.reason),
    )  # fmt: skip
