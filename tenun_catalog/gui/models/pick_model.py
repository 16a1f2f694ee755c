"""The product picker of the catalog builder: products matching the filters, with a check box
that says whether the product is in the catalog.

Owns `PickModel`, a QAbstractListModel over ProductSummary rows (filtered and sorted in SQL by
the page). Ticking or unticking a box does not change the model by itself: it emits
`toggled(product_id, checked)` and the page adds the product to a section (or takes it out) and
then calls `set_checked` with the catalog's products.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal

from ... import formats
from ...domain.entities import ProductSummary
from ..i18n import language

ROOT = QModelIndex()
PickIdRole = Qt.UserRole + 1


def product_name(summary: ProductSummary, lang: str) -> str:
    if lang == "en":
        return summary.name_en or summary.name_id or summary.sku
    return summary.name_id or summary.name_en or summary.sku


def product_detail(summary: ProductSummary, lang: str) -> str:
    parts = [summary.sku]
    if summary.producer_name:
        parts.append(summary.producer_name)
    if summary.price:
        parts.append(formats.money(summary.price, lang))
    return " · ".join(parts)


class PickModel(QAbstractListModel):
    toggled = Signal(int, bool)  # product id, ticked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ProductSummary] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: Iterable[ProductSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_checked(self, product_ids: Iterable[int]) -> None:
        self.checked = set(product_ids)
        if self.rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self.rows) - 1), [Qt.CheckStateRole]
            )

    def shown_ids(self) -> list[int]:
        return [row.id for row in self.rows]

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        lang = language()
        if role == Qt.DisplayRole:
            return f"{product_name(row, lang)}\n{product_detail(row, lang)}"
        if role == Qt.ToolTipRole:
            return product_detail(row, lang)
        if role == Qt.CheckStateRole:
            return Qt.Checked if row.id in self.checked else Qt.Unchecked
        if role == PickIdRole:
            return row.id
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.CheckStateRole or not index.isValid():
            return False
        ticked = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        self.toggled.emit(self.rows[index.row()].id, bool(ticked))
        return True
