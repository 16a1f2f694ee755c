"""A catalog's sections and their products as a two-level tree, ordered by drag and drop.

Owns `SectionModel`: sections are top-level rows, a section's products are its children, in
catalog order. Rows move with `moveRows` (products within and between sections, sections among
themselves); a drag carries the moved row in our own MIME type and `dropMimeData` turns the drop
into a `moveRows`, so nothing is copied and no row is removed afterwards (the model has no
`removeRows`, which the view would call after a move). Drops are forgiving: a section dropped
inside another section lands before or after it, a product dropped between sections goes to the
end of the section above. Every change a person makes emits `edited`; the page saves the new
order with operations.edit_catalog.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ...domain.entities import CatalogSection
from ..i18n import language, translate

MIME = "application/x-tenun-catalog-section-row"
KindRole = Qt.UserRole + 1  # "section" or "product"
ProductIdRole = Qt.UserRole + 2
ROOT = QModelIndex()

_keys = itertools.count(1)


class _Section:
    def __init__(self, title_id: str, title_en: str, product_ids: Iterable[int]):
        self.key = next(_keys)  # the internal id of its children's indexes
        self.title_id, self.title_en = title_id, title_en
        self.product_ids = list(product_ids)

    def title(self, lang: str) -> str:
        first, second = (
            (self.title_en, self.title_id) if lang == "en" else (self.title_id, self.title_en)
        )
        return first or second


class SectionModel(QAbstractItemModel):
    edited = Signal()  # a person changed sections or their order: save them

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sections: list[_Section] = []
        self._name: Callable[[int], tuple[str, str]] = lambda pid: (str(pid), "")
        self._bold = QFont()
        self._bold.setWeight(QFont.DemiBold)

    # ---- loading and reading ----------------------------------------------------------------

    def set_sections(
        self, sections: Iterable[CatalogSection], name: Callable[[int], tuple[str, str]]
    ) -> None:
        """Show `sections`; `name(product_id)` gives (name, detail line) of a product."""
        self.beginResetModel()
        self._sections = [_Section(s.title_id, s.title_en, s.product_ids) for s in sections]
        self._name = name
        self.endResetModel()

    def sections(self) -> list[CatalogSection]:
        return [
            CatalogSection(s.title_id, s.title_en, copy.copy(s.product_ids)) for s in self._sections
        ]

    def product_ids(self) -> list[int]:
        return [pid for s in self._sections for pid in s.product_ids]

    def section_count(self) -> int:
        return len(self._sections)

    def section_titles(self, row: int) -> tuple[str, str]:
        section = self._sections[row]
        return section.title_id, section.title_en

    def section_row_of(self, index: QModelIndex) -> int:
        """The row of the section `index` is (or is in); -1 for none."""
        if not index.isValid():
            return -1
        if index.internalId() == 0:
            return index.row()
        return self._row_of_key(index.internalId())

    def _row_of_key(self, key: int) -> int:
        for row, section in enumerate(self._sections):
            if section.key == key:
                return row
        return -1

    # ---- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._sections) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        section = self._sections[parent.row()]
        if row >= len(section.product_ids):
            return QModelIndex()
        return self.createIndex(row, 0, section.key)

    def parent(self, index: QModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        row = self._row_of_key(index.internalId())
        return self.createIndex(row, 0, 0) if row >= 0 else QModelIndex()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == 0 and parent.row() < len(self._sections):
            return len(self._sections[parent.row()].product_ids)
        return 0

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        return 1

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            section = self._sections[index.row()]
            if role == Qt.DisplayRole:
                title = section.title(language()) or translate("SectionModel", "(no title)")
                return f"{title}  ({len(section.product_ids)})"
            if role == Qt.FontRole:
                return self._bold
            if role == Qt.ToolTipRole:
                return translate(
                    "SectionModel", "A section of the catalog. Double-click to rename it."
                )
            if role == KindRole:
                return "section"
            return None
        section = self._sections[self._row_of_key(index.internalId())]
        product_id = section.product_ids[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            name, detail = self._name(product_id)
            return name if role == Qt.DisplayRole else f"{name}\n{detail}".strip()
        if role == KindRole:
            return "product"
        if role == ProductIdRole:
            return product_id
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled
        if index.internalId() == 0:
            return base | Qt.ItemIsDropEnabled
        return base | Qt.ItemNeverHasChildren

    # ---- moving -----------------------------------------------------------------------------

    def moveRows(  # noqa: N802 - Qt API
        self,
        source_parent: QModelIndex,
        source_row: int,
        count: int,
        destination_parent: QModelIndex,
        destination_child: int,
    ) -> bool:
        """Move `count` rows; products move within or between sections, sections among
        sections. `destination_child` is the row before which they go (numbered before the
        move), as in Qt."""
        if count < 1 or source_row < 0:
            return False
        if not source_parent.isValid():  # sections
            if destination_parent.isValid():
                return False
            rows = self._sections
        else:
            if not destination_parent.isValid() or destination_parent.internalId() != 0:
                return False
            if source_parent.internalId() != 0:
                return False
            rows = self._sections[source_parent.row()].product_ids
        if source_row + count > len(rows):
            return False
        target = (
            rows
            if not destination_parent.isValid()
            else self._sections[destination_parent.row()].product_ids
        )
        destination_child = max(0, min(destination_child, len(target)))
        if not self.beginMoveRows(
            source_parent,
            source_row,
            source_row + count - 1,
            destination_parent,
            destination_child,
        ):
            return False
        moved = rows[source_row : source_row + count]
        del rows[source_row : source_row + count]
        if target is rows and destination_child > source_row:
            destination_child -= count
        target[destination_child:destination_child] = moved
        self.endMoveRows()
        self._section_changed(source_parent)
        self._section_changed(destination_parent)
        self.edited.emit()
        return True

    def _section_changed(self, parent: QModelIndex) -> None:
        if parent.isValid():  # the product count in the section's title
            self.dataChanged.emit(parent, parent, [Qt.DisplayRole])

    def supportedDropActions(self) -> Qt.DropActions:  # noqa: N802 - Qt API
        return Qt.MoveAction

    def supportedDragActions(self) -> Qt.DropActions:  # noqa: N802 - Qt API
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt API
        rows = []
        for index in indexes:
            if not index.isValid():
                continue
            if index.internalId() == 0:
                rows.append(["section", index.row(), -1])
            else:
                rows.append(["product", self._row_of_key(index.internalId()), index.row()])
        data = QMimeData()
        data.setData(MIME, QByteArray(json.dumps(rows[:1]).encode()))
        return data

    def _decode(self, data: QMimeData) -> tuple[str, int, int] | None:
        if not data.hasFormat(MIME):
            return None
        try:
            rows = json.loads(bytes(data.data(MIME)).decode())
            kind, section, row = rows[0]
        except (ValueError, IndexError, TypeError):
            return None
        if not 0 <= section < len(self._sections):
            return None
        if kind == "product" and not 0 <= row < len(self._sections[section].product_ids):
            return None
        return kind, section, row

    def _target(
        self, kind: str, source: int, row: int, parent: QModelIndex
    ) -> tuple[QModelIndex, int] | None:
        """Where a drop at (row, parent) puts a row of `kind` that comes from section
        `source`: (parent, row before which), or None when it cannot go there."""
        if kind == "section":
            if not parent.isValid():
                return QModelIndex(), len(self._sections) if row < 0 else row
            # onto or into another section: take its place (after it when coming from above)
            section_row = self.section_row_of(parent)
            return QModelIndex(), section_row + (1 if source < section_row else 0)
        if parent.isValid():  # onto a section (its end) or between its products
            section_row = self.section_row_of(parent)
            if parent.internalId() != 0:  # onto a product: just before it
                row = parent.row()
            size = len(self._sections[section_row].product_ids)
            return self.index(section_row, 0), size if row < 0 else row
        if not self._sections:
            return None
        if row == 0:  # above the first section: the start of the first section
            return self.index(0, 0), 0
        # between sections (or below them all): the end of the section above
        above = len(self._sections) - 1 if row < 0 else row - 1
        return self.index(above, 0), len(self._sections[above].product_ids)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt API
        decoded = self._decode(data)
        if decoded is None:
            return False
        return self._target(decoded[0], decoded[1], row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt API
        decoded = self._decode(data)
        if decoded is None or action == Qt.IgnoreAction:
            return False
        kind, section, source_row = decoded
        target = self._target(kind, section, row, parent)
        if target is None:
            return False
        destination, before = target
        if kind == "section":
            self.moveRows(QModelIndex(), section, 1, QModelIndex(), before)
        else:
            self.moveRows(self.index(section, 0), source_row, 1, destination, before)
        return True  # moved here: the view finds nothing to remove afterwards

    # ---- sections and products --------------------------------------------------------------

    def add_section(self, title_id: str, title_en: str, row: int | None = None) -> int:
        row = len(self._sections) if row is None else max(0, min(row, len(self._sections)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._sections.insert(row, _Section(title_id, title_en, []))
        self.endInsertRows()
        self.edited.emit()
        return row

    def rename_section(self, row: int, title_id: str, title_en: str) -> None:
        section = self._sections[row]
        if (section.title_id, section.title_en) == (title_id, title_en):
            return
        section.title_id, section.title_en = title_id, title_en
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.edited.emit()

    def remove_section(self, row: int) -> list[int]:
        """Remove a section and its products from the catalog; returns those products."""
        self.beginRemoveRows(QModelIndex(), row, row)
        section = self._sections.pop(row)
        self.endRemoveRows()
        self.edited.emit()
        return section.product_ids

    def add_products(self, product_ids: Iterable[int], section_row: int) -> list[int]:
        """Append the products not yet in the catalog to a section; returns those added."""
        present = set(self.product_ids())
        new = [pid for pid in dict.fromkeys(product_ids) if pid not in present]
        if not new:
            return []
        section = self._sections[section_row]
        first = len(section.product_ids)
        self.beginInsertRows(self.index(section_row, 0), first, first + len(new) - 1)
        section.product_ids.extend(new)
        self.endInsertRows()
        self._section_changed(self.index(section_row, 0))
        self.edited.emit()
        return new

    def remove_products(self, product_ids: Iterable[int]) -> list[int]:
        """Take products out of every section; returns those that were in the catalog."""
        gone = set(product_ids)
        removed: list[int] = []
        for section_row, section in enumerate(self._sections):
            parent = self.index(section_row, 0)
            for row in reversed(range(len(section.product_ids))):
                if section.product_ids[row] in gone:
                    self.beginRemoveRows(parent, row, row)
                    removed.append(section.product_ids.pop(row))
                    self.endRemoveRows()
            self._section_changed(parent)
        if removed:
            self.edited.emit()
        return removed

    def refresh_names(self) -> None:
        """Product names or the interface language changed: repaint every row."""
        if self._sections:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
