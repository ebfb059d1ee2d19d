"""The people registry as a table, and the proxy that filters it by community, role and text.

The registry can hold tens of thousands of people, so every cell's text, sort key and the
row's search text are worked out once when the rows arrive; painting, sorting and filtering
then only look them up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app import codes
from app.services.people import RegistryRow
from ui.labels import code_label, show_date
from ui.models.table import ROW_ROLE, SORT_ROLE, Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex

CODE, NAME, PHONE, COMMUNITY, ROLE, STATUS, ENROLLED, SEX, AGE, DIAGNOSIS, CARES_FOR = range(11)
CONTACT_COLUMNS = (NAME, PHONE)
CLINICAL_COLUMNS = (DIAGNOSIS,)


class PeopleModel(RowTableModel[RegistryRow]):
    """People with code, name, phone, community, role, status, enrolment date, sex, age,
    diagnosis and whom they care for.

    Name, phone and diagnosis are empty for viewers whose role may not see them: the
    registry service leaves them out, so the model never holds them.
    """

    CONTEXT = "PeopleModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Code"), lambda r: r.person.code),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Phone"), lambda r: r.phone),
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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.community_names: Mapping[str, str] = {}
        self._cells: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._search: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[RegistryRow]) -> None:
        """Replaces every row, working out texts and sort keys once; the sort order stays."""
        self.beginResetModel()
        self._rows = list(rows)
        display = self._displays()
        self._cells = [tuple(show(r) for show in display) for r in self._rows]
        pairs = zip(self._rows, self._cells, strict=True)
        self._keys = [self._sort_keys(r, cells) for r, cells in pairs]
        self._search = ["\n".join((*cells, *r.person.former_codes)).casefold()
                        for r, cells in zip(self._rows, self._cells, strict=True)]  # fmt: skip
        self._reorder(self._order(self._sort_column, self._sort_order))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts by the column's real values, unknown values last in either direction.

        Sorting here in Python over the prepared keys takes milliseconds for tens of
        thousands of rows; the proxy comparing through data() would take seconds.
        """
        self._sort_column, self._sort_order = column, order
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        order_of_rows = self._order(column, order)
        self._reorder(order_of_rows)
        moved_to = {old: new for new, old in enumerate(order_of_rows)}
        after = [self.index(moved_to[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row numbers in the order the column sorts them."""
        rows = range(len(self._rows))
        if not 0 <= column < len(self.COLUMNS):
            return list(rows)
        known = [r for r in rows if self._keys[r][column] is not None]
        unknown = [r for r in rows if self._keys[r][column] is None]
        descending = order == Qt.SortOrder.DescendingOrder
        known.sort(key=lambda r: self._keys[r][column], reverse=descending)
        return known + unknown

    def _reorder(self, order_of_rows: list[int]) -> None:
        """Puts the rows and everything prepared for them in the given order."""
        self._rows = [self._rows[r] for r in order_of_rows]
        self._cells = [self._cells[r] for r in order_of_rows]
        self._keys = [self._keys[r] for r in order_of_rows]
        self._search = [self._search[r] for r in order_of_rows]

    def _displays(self) -> list[Callable[[RegistryRow], str]]:
        """Each column's text; communities by name, dates formatted once per distinct day."""
        shown: list[Callable[[RegistryRow], str]] = [c.display for c in self.COLUMNS]
        names = self.community_names
        shown[COMMUNITY] = lambda r: names.get(r.person.community, r.person.community)
        days: dict[date | None, str] = {}

        def enrolled(r: RegistryRow) -> str:
            day = r.person.enrolled_on
            if day not in days:
                days[day] = show_date(day)
            return days[day]

        shown[ENROLLED] = enrolled
        return shown

    def _sort_keys(self, row: RegistryRow, cells: tuple[str, ...]) -> tuple[Any, ...]:
        """Real numbers and ISO dates where a column has them; None (unknown) sorts last."""
        keys: list[Any] = [cell or None for cell in cells]  # blank text is unknown too
        for column in (ENROLLED, AGE):
            value = self.COLUMNS[column].sort(row)  # type: ignore[misc]
            keys[column] = value.isoformat() if isinstance(value, date) else value
        return tuple(keys)

    def cells_of(self, rows: Sequence[int]) -> Callable[[], list[tuple[str, ...]]]:
        """The texts of these rows, worked out already when the rows arrived."""
        taken = [self._cells[r] for r in rows]
        return lambda: taken

    def search_text(self, row: int) -> str:
        """Everything the row shows, case-folded, for the search field."""
        return self._search[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._keys[index.row()][index.column()]
        if role == ROW_ROLE:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Keeps the people of the chosen community and role whose shown text holds the search."""

    def __init__(self, model: PeopleModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = model
        self.community: str | None = None
        self.role: str | None = None
        self.text = ""
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Lets the people model sort itself (quick), keeping its order here."""
        self.people.sort(column, order)

    def set_filters(
        self, community: str | None = None, role: str | None = None, text: str = ""
    ) -> None:
        """Applies the community and role (None for all) and the searched text."""
        self.beginFilterChange()
        self.community, self.role, self.text = community, role, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def source_rows(self) -> list[int]:
        """The people's rows it keeps, in order, found in Python: asking Qt to map each
        shown row back takes seconds for tens of thousands."""
        root = QModelIndex()
        return [r for r in range(self.people.rowCount()) if self.filterAcceptsRow(r, root)]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        person = self.people.row_at(source_row).person
        return (
            (self.community is None or person.community == self.community)
            and (self.role is None or person.role == self.role)
            and self.text in self.people.search_text(source_row)
        )
