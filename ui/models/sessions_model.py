"""The sessions list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app import codes
from app.services.sessions import SessionRow
from ui.labels import code_label, show_date, show_time
from ui.models.table import Column, RowTableModel


class SessionsModel(RowTableModel[SessionRow]):
    """Sessions with date, time, community, topic, theme, venue, status, lead and turnout."""

    CONTEXT = "SessionsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Date"), lambda r: show_date(r.session_date),
               lambda r: r.session_date),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Time"),
               lambda r: f"{show_time(r.planned_start)}–{show_time(r.planned_end)}",
               lambda r: r.planned_start),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Community"), lambda r: r.community),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Topic category"),
               lambda r: code_label(codes.TOPICS, r.topic)),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Theme"), lambda r: r.theme),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Venue"),
               lambda r: code_label(codes.VENUES, r.venue)),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Status"),
               lambda r: code_label(codes.SESSION_STATUSES, r.status)),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Lead peer"), lambda r: r.lead_peer or ""),
        Column(QT_TRANSLATE_NOOP("SessionsModel", "Consumers present"),
               lambda r: str(r.consumers_present), lambda r: r.consumers_present),
    )  # fmt: skip
