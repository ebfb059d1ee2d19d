"""The emergency events list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import codes
from app.services.emergencies import EventRow
from ui.labels import code_label
from ui.models.table import Column, RowTableModel

STATE_LABELS = {
    "reported": QT_TRANSLATE_NOOP("EventsModel", "Reported"),
    "acknowledged": QT_TRANSLATE_NOOP("EventsModel", "Acknowledged"),
    "closed": QT_TRANSLATE_NOOP("EventsModel", "Closed"),
}


def _when(row: EventRow) -> str:
    return row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")


def _state(row: EventRow) -> str:
    return QCoreApplication.translate("EventsModel", STATE_LABELS[row.state])


class EventsModel(RowTableModel[EventRow]):
    """Events with time, community, kind, state, people and who acknowledged them."""

    CONTEXT = "EventsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EventsModel", "When"), _when, lambda r: r.occurred_at),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Community"), lambda r: r.community),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Kind"),
               lambda r: code_label(codes.EVENT_KINDS, r.kind)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "State"), _state),
        Column(QT_TRANSLATE_NOOP("EventsModel", "People involved"), lambda r: ", ".join(r.people)),
        Column(QT_TRANSLATE_NOOP("EventsModel", "What happened"), lambda r: r.description),
        Column(QT_TRANSLATE_NOOP("EventsModel", "Acknowledged by"),
               lambda r: r.acknowledged_by or ""),
    )  # fmt: skip
