"""Confirming sheets read from paper: each session's page beside its marks, then saving.

File › Read paper sheets… reads the chosen scans and photos in the background
(``app.sheets.reading``) and opens this dialog. On the left, the sessions found (and the
pages that could not be read, with their reasons); in the middle, the page as read with
every box outlined (green ticked, orange uncertain, grey empty); on the right, the boxes,
uncertain ones first and undecided until the person ticks or clears them. Saving goes
through ``app.sheets.entering``, whose refusals (someone not enrolled, a session logged
differently) are shown and change nothing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app import codes
from app.errors import UserError
from app.printing import FORM_TITLES
from app.services import site
from app.sheets import emergency_entering, entering, marks, screening_entering, survey_entering
from app.sheets.geometry import PX_PER_MM
from app.sheets.reading import Reading, ReadPage
from printouts.sheet_layout import BOX_MM
from ui.context import AppContext
from ui.labels import code_label
from ui.operations import call_confirming
from ui.sessions.paper_sheets import area_title
from ui.widgets import date_edit, to_date, to_qdate

COLOURS = {marks.TICKED: "#1b8a3a", marks.UNCERTAIN: "#e07000", marks.EMPTY: "#9a9a9a"}
IMAGE_HEIGHT = 560


def state_text(state: str) -> str:
    return {
        marks.TICKED: QCoreApplication.translate("SheetReviewDialog", "ticked"),
        marks.EMPTY: QCoreApplication.translate("SheetReviewDialog", "empty"),
        marks.UNCERTAIN: QCoreApplication.translate("SheetReviewDialog", "uncertain: decide"),
    }[state]


class SheetReviewDialog(QDialog):
    """The sessions read from paper, one at a time, to confirm and save."""

    def __init__(
        self, context: AppContext, reading: Reading, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.reading = reading
        self.groups = _groups(reading.pages)
        self.saved: list[str] = []
        self.setWindowTitle(self.tr("Read paper sheets"))
        self.records = QListWidget()
        self.records.setWordWrap(True)  # a session's title in full, on two lines if need be
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for pages in self.groups:
            self.records.addItem(self._group_title(pages))
        for refused in reading.refused:
            item = QListWidgetItem(
                self.tr("Not read: {source}: {reason}").format(
                    source=refused.source, reason=refused.reason
                )
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(refused.reason)
            self.records.addItem(item)
        self.records.currentRowChanged.connect(self.show_group)
        self.page_list = QListWidget()
        self.page_list.currentRowChanged.connect(self._show_page)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroller = QScrollArea()
        scroller.setWidget(self.image)
        scroller.setWidgetResizable(True)
        legend = QLabel(
            self.tr(
                '<span style="color:{ticked}">■ ticked</span>&nbsp;&nbsp;&nbsp;'
                '<span style="color:{uncertain}">■ uncertain: decide</span>&nbsp;&nbsp;&nbsp;'
                '<span style="color:{empty}">■ empty</span>'
            ).format(
                ticked=COLOURS[marks.TICKED],
                uncertain=COLOURS[marks.UNCERTAIN],
                empty=COLOURS[marks.EMPTY],
            )
        )
        middle = QWidget()
        shown = QVBoxLayout(middle)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(scroller, 1)
        shown.addWidget(legend)
        self.marks = QListWidget()
        self.marks.itemChanged.connect(lambda _item: self._show_conflict(self.pages))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.use_sheet = QCheckBox(self.tr("The sheet is right: correct the log"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.times = QWidget()
        times = QFormLayout(self.times)
        times.addRow(self.tr("Actual start"), self.start)
        times.addRow(self.tr("Actual end"), self.end)
        self.day = date_edit(date.today())
        self.day.setMaximumDate(to_qdate(date.today()))
        self.day.dateChanged.connect(lambda _day: self._show_conflict(self.pages))
        self.interview = QWidget()
        asked = QFormLayout(self.interview)
        self.day_label = QLabel(self.tr("Interview date (as written on the sheet)"))
        asked.addRow(self.day_label, self.day)
        self.new_event = QWidget()
        where = QFormLayout(self.new_event)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.community = QComboBox()
        for community in site.list_communities(context.db):
            self.community.addItem(community.name_zh or community.code, community.code)
        where.addRow(self.tr("Date and time (as written on the form)"), self.when)
        where.addRow(self.tr("Community"), self.community)
        right = QWidget()
        side = QVBoxLayout(right)
        side.addWidget(QLabel(self.tr("Boxes (uncertain first): tick or clear each")))
        side.addWidget(self.marks, 1)
        side.addWidget(self.notes)
        side.addWidget(self.times)
        side.addWidget(self.interview)
        side.addWidget(self.new_event)
        side.addWidget(self.use_sheet)
        side.addWidget(self.message)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(QLabel(self.tr("Sessions read")))
        column.addWidget(self.records, 2)
        column.addWidget(QLabel(self.tr("Pages")))
        column.addWidget(self.page_list, 1)
        scroller.setMinimumWidth(int(IMAGE_HEIGHT * 210 / 297) + 24)
        splitter = QSplitter()
        for widget in (left, middle, right):
            splitter.addWidget(widget)
        splitter.setSizes([300, int(IMAGE_HEIGHT * 210 / 297) + 24, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save this session"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        summary = self.tr("Pages read: {pages}; not read: {refused}.").format(
            pages=len(reading.pages), refused=len(reading.refused)
        )
        layout.addWidget(QLabel(summary))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1280, 680)
        if self.groups:
            self.records.setCurrentRow(0)
        else:
            self.save_button.setEnabled(False)

    def _group_title(self, pages: list[ReadPage]) -> str:
        """The session as people know it (its day and hour), its code, and its pages."""
        forms = sorted({_form_title(p.form) for p in pages})
        if _is_emergency(pages) and emergency_entering.is_new(self.context.db, pages[0].record_key):
            return self.tr("New report ({code}): {forms}, pages: {n}").format(
                code=pages[0].code, forms=", ".join(forms), n=len(pages)
            )
        if _is_emergency(pages):
            row = emergency_entering.event_row(self.context.db, pages[0].record_key)
            return self.tr("{when} ({code}): {forms}, pages: {n}").format(
                when=row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                code=pages[0].code,
                forms=", ".join(forms),
                n=len(pages),
            )
        if _is_survey(pages) or _is_screening(pages):
            return self.tr("{person} ({code}): {forms}, pages: {n}").format(
                person=pages[0].record_key, code=pages[0].code, forms=", ".join(forms), n=len(pages)
            )
        now = entering.situation(self.context.db, entering.decided(pages, _all_empty(pages)))
        return self.tr("{day} {start} ({code}): {forms}, pages: {n}").format(
            day=now.day.isoformat(),
            start=now.planned[0].strftime("%H:%M"),
            code=pages[0].code,
            forms=", ".join(forms),
            n=len(pages),
        )

    @property
    def pages(self) -> list[ReadPage]:
        """The pages of the session shown."""
        row = self.records.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else []

    def show_group(self, row: int) -> None:
        """Shows a session's pages and marks, and what stands against them."""
        if not 0 <= row < len(self.groups):
            return
        pages = self.groups[row]
        self.page_list.clear()
        self.marks.clear()
        for page in pages:
            self.page_list.addItem(
                self.tr("{form}, page {page}").format(form=_form_title(page.form), page=page.page)
            )
        ordered = [(n, m) for n, page in enumerate(pages) for m in page.marks]
        ordered.sort(key=lambda pair: pair[1].state != marks.UNCERTAIN)
        for number, mark in ordered:
            item = QListWidgetItem(
                self.tr("{box}: {state}").format(
                    box=self._box_words(mark.name), state=state_text(mark.state)
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                {marks.TICKED: Qt.CheckState.Checked, marks.EMPTY: Qt.CheckState.Unchecked}.get(
                    mark.state, Qt.CheckState.PartiallyChecked
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (number, mark.name))
            self.marks.addItem(item)
        self._show_standing(pages)
        self.save_button.setText(
            self.tr("Save these answers")
            if _is_survey(pages)
            else self.tr("Save this screening")
            if _is_screening(pages)
            else self.tr("Report this emergency")
            if self._is_new_event(pages)
            else self.tr("Save this emergency form")
            if _is_emergency(pages)
            else self.tr("Save this session")
        )
        self.page_list.setCurrentRow(0)

    def _box_words(self, name: str) -> str:
        """What a box stands for, as people say it: a person's code, an option, or a
        survey's question and answer in the user's language."""
        option = emergency_entering.box_words(name) or screening_entering.box_words(name)
        if option is not None:
            return option
        header, _, key = name.partition("|")
        answers = {c.en: c.code for c in codes.SURVEY_ANSWERS}
        if "/" in key and header in answers:
            return self.tr("{question} {answer}").format(
                question=survey_entering.question(key),
                answer=code_label(codes.SURVEY_ANSWERS, answers[header]),
            )
        return key

    def _show_standing(self, pages: list[ReadPage]) -> None:
        """Times for a planned session, the conflict with a logged one, earlier readings."""
        notes = []
        if any(p.earlier for p in pages):
            when = max(s.saved_at for p in pages for s in p.earlier).astimezone()
            notes.append(
                self.tr("Read before: saved on {day}.").format(day=when.strftime("%Y-%m-%d %H:%M"))
            )
        if any(p.repeated for p in pages):
            notes.append(self.tr("The same page was among those read more than once."))
        areas = sorted({area_title(name) for p in pages for name in p.areas})
        if areas:
            notes.append(
                self.tr("Handwritten notes attached: {fields}.").format(fields=", ".join(areas))
            )
        self.notes.setText("\n".join(notes))
        self.use_sheet.setChecked(False)
        self.use_sheet.setText(
            self.tr("The sheet is right: correct the report")
            if _is_emergency(pages)
            else self.tr("The sheet is right: correct the screening")
            if _is_screening(pages)
            else self.tr("The sheet is right: correct the log")
        )
        if _is_screening(pages):
            self._show_screening_day(pages)
        else:
            self.day_label.setText(self.tr("Interview date (as written on the sheet)"))
        now = self._show_conflict(pages)
        self.interview.setVisible(_is_survey(pages) or _is_screening(pages))
        self.new_event.setVisible(self._is_new_event(pages))
        self.times.setVisible(now is not None and now.status == "planned")
        if now is None:
            return
        self.start.setTime(_qtime(now.planned[0]))
        self.end.setTime(_qtime(now.planned[1]))

    def _show_conflict(self, pages: list[ReadPage]) -> entering.Situation | None:
        """How the boxes as now decided stand against the log (undecided ones as empty)."""
        if not pages:
            return None
        if _is_survey(pages):
            self._show_survey_conflict(pages)
            return None
        if _is_emergency(pages):
            self._show_emergency_conflict(pages)
            return None
        if _is_screening(pages):
            self._show_screening_conflict(pages)
            return None
        sheets = entering.decided(pages, _all_empty(pages) | self.choices())
        now = entering.situation(self.context.db, sheets)
        self.message.setText("")
        self.use_sheet.setVisible(bool(now.differences))
        if now.differences:
            lines = "\n".join(now.differences)
            self.message.setText(self.tr("Already logged differently:") + "\n" + lines)
        elif now.status == "held":
            self.message.setText(self.tr("Already logged as the sheet says."))
        return now

    def _show_survey_conflict(self, pages: list[ReadPage]) -> None:
        """How the answers as now decided stand against those recorded on the day given."""
        db, actor = self.context.db, self.context.account
        try:
            sheet = survey_entering.decided(pages, _all_empty(pages) | self.choices())
        except UserError as error:  # two answers ticked for one question, say
            self.message.setText(str(error))
            self.use_sheet.setVisible(False)
            return
        found = survey_entering.differences(db, actor, sheet, to_date(self.day.date()))
        self.use_sheet.setVisible(bool(found))
        self.message.setText(
            self.tr("Already recorded differently:") + "\n" + "\n".join(found) if found else ""
        )

    def _show_screening_day(self, pages: list[ReadPage]) -> None:
        """The screening date asked, set to the day a filled sheet prints."""
        self.day_label.setText(self.tr("Screening date (as written on the sheet)"))
        printed = screening_entering.printed_day(
            self.context.db, self.context.account, pages[0].record_key
        )
        self.day.blockSignals(True)
        self.day.setDate(to_qdate(printed or date.today()))
        self.day.blockSignals(False)

    def _show_screening_conflict(self, pages: list[ReadPage]) -> None:
        """How the criteria and choices as now decided stand against the screening of the
        day given."""
        db, actor = self.context.db, self.context.account
        try:
            sheet = screening_entering.decided(pages, _all_empty(pages) | self.choices())
        except UserError as error:  # a criterion ticked both ways, say
            self.message.setText(str(error))
            self.use_sheet.setVisible(False)
            return
        found = screening_entering.differences(db, actor, sheet, to_date(self.day.date()))
        self.use_sheet.setVisible(bool(found))
        self.message.setText(
            self.tr("Already recorded differently:") + "\n" + "\n".join(found) if found else ""
        )

    def _show_emergency_conflict(self, pages: list[ReadPage]) -> None:
        """How the category and kind as now decided stand against the event reported."""
        try:
            sheet = emergency_entering.decided(pages, _all_empty(pages) | self.choices())
        except UserError as error:  # two options ticked for one field, say
            self.message.setText(str(error))
            self.use_sheet.setVisible(False)
            return
        found = emergency_entering.differences(self.context.db, sheet)
        added = emergency_entering.filled_in(self.context.db, sheet)
        self.use_sheet.setVisible(bool(found))
        refused = emergency_entering.refusal(self.context.db, self.context.account, sheet)
        if refused:
            lines = [refused]
            self.use_sheet.setVisible(False)
        elif self._is_new_event(pages):
            lines = [
                self.tr(
                    "A blank form not yet reported: saving reports the event from its ticks. "
                    "Say when and where it happened; what is written by hand is kept with "
                    "the report, to be typed in later."
                )
            ]
        elif found:
            lines = [self.tr("Already reported differently:"), *found]
        else:
            lines = [added or self.tr("Already reported as the sheet says.")]
        self.message.setText("\n".join(lines))

    def _show_page(self, row: int) -> None:
        pages = self.pages
        if not 0 <= row < len(pages):
            return
        page = pages[row]
        picture = QPixmap()
        picture.loadFromData(page.image)
        painter = QPainter(picture)
        side = BOX_MM * PX_PER_MM
        for mark in page.marks:
            pen = QPen(QColor(COLOURS[mark.state]))
            pen.setWidth(6 if mark.state == marks.UNCERTAIN else 4)
            painter.setPen(pen)
            painter.drawRect(
                int(mark.left * PX_PER_MM) - 6,
                int(mark.top * PX_PER_MM) - 6,
                int(side) + 12,
                int(side) + 12,
            )
        painter.end()
        self.image.setPixmap(
            picture.scaledToHeight(IMAGE_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        )

    def choices(self) -> dict[tuple[int, str], bool]:
        """The person's decision for every box (undecided ones left out)."""
        decided = {}
        for row in range(self.marks.count()):
            item = self.marks.item(row)
            state = item.checkState()
            if state != Qt.CheckState.PartiallyChecked:
                number, name = item.data(Qt.ItemDataRole.UserRole)
                decided[(number, name)] = state == Qt.CheckState.Checked
        return decided

    def save(self) -> bool:
        """Saves the session shown; a refusal is shown and nothing changes."""
        pages = self.pages
        if not pages:
            return False
        db, actor = self.context.db, self.context.account
        times = (self.start.time().toPython(), self.end.time().toPython())
        use_sheet = self.use_sheet.isChecked()

        day = to_date(self.day.date())

        new_event = self._is_new_event(pages)
        community = self.community.currentData() or ""
        when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

        def work(confirmed: bool) -> bool:
            if new_event:
                sheet = emergency_entering.decided(pages, self.choices())
                emergency_entering.create(db, actor, pages, sheet, community, when)
                return True
            if _is_emergency(pages):
                sheet = emergency_entering.decided(pages, self.choices())
                emergency_entering.enter(db, actor, pages, sheet, use_sheet)
                return True
            if _is_screening(pages):
                found = screening_entering.decided(pages, self.choices())
                screening_entering.enter(db, actor, pages, found, day, use_sheet, confirmed)
                return True
            if _is_survey(pages):
                sheet = survey_entering.decided(pages, self.choices())
                survey_entering.enter(db, actor, pages, sheet, day, use_sheet)
                return True
            sheets = entering.decided(pages, self.choices())
            entering.enter(
                db,
                actor,
                pages,
                sheets,
                times,
                use_sheet=use_sheet,  # type: ignore[arg-type]
                confirmed=confirmed,
            )
            return True

        changed = "surveys" if _is_survey(pages) else "sessions"
        if _is_emergency(pages):
            changed = "emergencies"
        if _is_screening(pages):
            changed = "people"
        if call_confirming(self, self.context, work, changed) is None:
            return False
        row = self.records.currentRow()
        self.saved.append(pages[0].code)
        self.records.item(row).setText(
            self.tr("Saved: {title}").format(title=self._group_title(pages))
        )
        self.records.item(row).setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.groups[row] = []
        self.marks.clear()
        self.message.setText(self.tr("Saved, with the page images."))
        return True

    def _is_new_event(self, pages: list[ReadPage]) -> bool:
        """A blank emergency form whose event is not reported yet."""
        return _is_emergency(pages) and emergency_entering.is_new(
            self.context.db, pages[0].record_key
        )

    @classmethod
    def ask(cls, parent: QWidget, context: AppContext, reading: Reading) -> list[str]:
        """Shows the pages read; the codes of the sessions saved."""
        dialog = cls(context, reading, parent)
        dialog.exec()
        return dialog.saved


def _groups(pages: tuple[ReadPage, ...]) -> list[list[ReadPage]]:
    """The pages by record, each page once (a page read twice counts its first reading)."""
    groups: dict[str, list[ReadPage]] = {}
    for page in pages:
        if not page.repeated:
            groups.setdefault(page.record_key, []).append(page)
    return [sorted(g, key=lambda p: (p.form, p.page)) for g in groups.values()]


def _form_title(form: str) -> str:
    """The form's printed title (without the command line's hint of its choices)."""
    return FORM_TITLES[form].split(" (--")[0]


def _is_survey(pages: list[ReadPage]) -> bool:
    return bool(pages) and pages[0].form == "survey"


def _is_screening(pages: list[ReadPage]) -> bool:
    return bool(pages) and pages[0].form == "screening"


def _is_emergency(pages: list[ReadPage]) -> bool:
    return bool(pages) and pages[0].form == "emergency"


def _all_empty(pages: list[ReadPage]) -> dict[tuple[int, str], bool]:
    """Every uncertain box taken as empty, until the person decides it."""
    return {(n, m.name): False for n, p in enumerate(pages) for m in p.uncertain}


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)
