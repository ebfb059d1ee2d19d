"""The supervisors of a supervision: each staff member ticked as a supervisor, with the
profession they supervised in (their own, unless changed)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QScrollArea, QWidget

from app import codes
from app.services.accounts import StaffRow
from app.services.supervision import Supervisor
from ui.widgets import code_combo, select_data


class SupervisorList(QScrollArea):
    """One row per staff member: a tick, and the profession beside it."""

    def __init__(self, staff: Iterable[StaffRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setColumnStretch(0, 1)
        self.rows: dict[str, tuple[QCheckBox, QComboBox]] = {}
        self.own: dict[str, str] = {}
        for row, member in enumerate(staff):
            tick = QCheckBox(f"{member.name} ({member.code})")
            job = code_combo(codes.PROFESSIONS)
            select_data(job, member.profession)
            job.setEnabled(False)
            tick.toggled.connect(job.setEnabled)
            grid.addWidget(tick, row, 0)
            grid.addWidget(job, row, 1)
            self.rows[member.code] = (tick, job)
            self.own[member.code] = member.profession
        self.setWidget(body)

    def supervisors(self) -> tuple[Supervisor, ...]:
        """The staff ticked, each with the profession shown beside them."""
        return tuple(Supervisor(code, job.currentData())
                     for code, (tick, job) in self.rows.items() if tick.isChecked())  # fmt: skip

    def set_supervisors(self, chosen: Iterable[Supervisor]) -> None:
        """Ticks exactly these supervisors, each with their recorded profession."""
        wanted = {s.staff: s.profession for s in chosen}
        for code, (tick, job) in self.rows.items():
            tick.setChecked(code in wanted)
            select_data(job, wanted.get(code) or self.own[code])

    def choose(self, code: str, profession: str | None = None) -> None:
        """Ticks one staff member as a supervisor, in a profession if given."""
        tick, job = self.rows[code]
        tick.setChecked(True)
        if profession:
            select_data(job, profession)
