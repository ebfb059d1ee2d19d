"""Supervision, training and survey entry through the real widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app import codes
from app.services import accounts, supervision, surveys, training
from tests import helpers
from tests.helpers import DOCTOR
from ui.context import AppContext
from ui.models.records_models import AnswersModel, CoursesModel, SupervisionModel
from ui.pages.supervision import SupervisionTrainingPage
from ui.pages.surveys import SurveysPage
from ui.records.supervision_dialog import SupervisionDialog
from ui.records.survey_dialog import SurveyDialog
from ui.records.training_dialogs import CourseDialog, TrainingSessionDialog
from ui.widgets import set_checked


def test_group_supervision_with_two_peers(qtbot: QtBot, doctor: AppContext) -> None:
    """A group supervision recorded in the form lists two attendees."""
    accounts.add_staff(doctor.db, helpers.DOCTOR, "CP1", "孙心理师", "clinical_psychologist")
    page = SupervisionTrainingPage(doctor)
    qtbot.addWidget(page)
    page.show()
    dialog = SupervisionDialog(doctor)
    qtbot.addWidget(dialog)
    dialog.community.setCurrentIndex(dialog.community.findData("TJH"))
    dialog.held_on.setDate(QDate(2016, 2, 1))
    dialog.kind.setCurrentIndex(dialog.kind.findData("group"))
    dialog.supervisors.choose("CP1")
    set_checked(dialog.peers, ["P1", "P2"])
    dialog.topics.setPlainText("与组员保持边界")
    assert dialog.save()
    row = page.supervision_model.row_at(0)
    assert (row.kind, row.attendees, row.supervisor, row.topics) == (
        "group",
        2,
        "CP1",
        "与组员保持边界",
    )


def test_course_with_session_and_attendance(qtbot: QtBot, doctor: AppContext) -> None:
    """A course and one workshop with one peer absent show the counts."""
    page = SupervisionTrainingPage(doctor)
    qtbot.addWidget(page)
    page.show()
    course = CourseDialog(doctor)
    qtbot.addWidget(course)
    course.title.setText("岗前培训")
    course.starts_on.setDate(QDate(2015, 8, 1))
    course.ends_on.setDate(QDate(2015, 8, 5))
    assert course.save()
    meeting = TrainingSessionDialog(doctor, course.course_id or "")
    qtbot.addWidget(meeting)
    meeting.held_on.setDate(QDate(2015, 8, 1))
    meeting.topic.setText("同伴支持理念")
    set_checked(meeting.attendance, ["P1"])
    assert meeting.save()
    row = page.courses_model.row_at(0)
    assert (row.title, row.sessions, row.attendances) == ("岗前培训", 1, 1)
    [detail] = training.course_sessions(doctor.db, row.id)
    assert (detail.attended, detail.absent) == (("P1",), ("P2",))
    page.courses_table.selectRow(0)
    page.show_course(page.courses_proxy.index(0, 0))
    assert "P1" in page.meetings.item(0).text()


def test_survey_answers_for_a_consumer(qtbot: QtBot, doctor: AppContext) -> None:
    """Only consumer instruments are offered; the answers are saved."""
    page = SurveysPage(doctor)
    qtbot.addWidget(page)
    page.show()
    dialog = SurveyDialog(doctor)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData("C1"))
    assert dialog.instruments() == ["consumer_satisfaction", "consumer_benefit"]
    dialog.answered_on.setDate(QDate(2016, 6, 1))
    dialog.choose("consumer_satisfaction", "satisfied_with_peers", "yes")
    dialog.choose("consumer_benefit", "social_communication", "not_assessed", "住院")
    assert dialog.save()
    saved = {(a.item, a.answer, a.reason) for a in surveys.list_answers(doctor.db, DOCTOR)}
    assert saved == {
        ("satisfied_with_peers", "yes", ""),
        ("social_communication", "not_assessed", "住院"),
    }
    assert page.model.rowCount() == 2


def test_not_assessed_without_reason_is_refused(qtbot: QtBot, doctor: AppContext) -> None:
    """The missing reason is named and no answer at all is saved."""
    dialog = SurveyDialog(doctor)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData("P1"))
    assert dialog.instruments() == ["peer_benefit"]
    dialog.choose("peer_benefit", "working_skills", "yes")
    dialog.choose("peer_benefit", "social_communication", "not_assessed")
    assert not dialog.save()
    assert "Social communication improved?" in dialog.error.text()
    assert surveys.list_answers(doctor.db, DOCTOR) == []


def test_models_pass_qt_model_tester(qtmodeltester, doctor: AppContext) -> None:  # type: ignore[no-untyped-def]
    supervision.record_supervision(
        doctor.db,
        DOCTOR,
        supervision.SupervisionData("TJH", date(2016, 2, 1), "online", peers=("P1",)),
    )
    training.add_course(doctor.db, DOCTOR, "continuing", "继续培训", date(2016, 1, 1))
    surveys.record_answers(
        doctor.db,
        DOCTOR,
        [
            surveys.Answer(
                "P1", "peer_benefit", codes.INSTRUMENTS["peer_benefit"][0], "no", date(2016, 6, 1)
            )
        ],
    )
    for model, rows in (
        (SupervisionModel(), supervision.list_supervision(doctor.db)),
        (CoursesModel(), training.list_courses(doctor.db)),
        (AnswersModel(), surveys.list_answers(doctor.db, DOCTOR)),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)


def test_training_sheet_of_the_chosen_meeting_prints(qtbot: QtBot, doctor: AppContext) -> None:
    """Choosing a course and one of its meetings prints that meeting's attendance sheet."""
    course = training.add_course(doctor.db, DOCTOR, "pre_service", "岗前培训", date(2015, 8, 1))
    training.add_training_session(
        doctor.db, DOCTOR, course, date(2015, 8, 1), "保密与边界", ("P1",), ("P2",)
    )
    page = SupervisionTrainingPage(doctor)
    qtbot.addWidget(page)
    page.show()
    page.courses_table.selectRow(0)
    page.show_course(page.courses_proxy.index(0, 0))
    page.meetings.setCurrentRow(0)
    from pypdf import PdfReader

    from ui.printing import form_pdf_work

    meeting = page.meetings.currentItem().data(256)
    pdf = form_pdf_work(doctor, "training", meeting)(lambda _done, _total: None)
    text = PdfReader(__import__("io").BytesIO(pdf)).pages[0].extract_text()
    assert "保密与边界" in text and "T-" in text
