"""The product list model: a QAbstractListModel over SQL pages, filtered and sorted in SQL.

Owns `ProductModel`. `set_query` starts a new generation: the first page (and the number of
matches) is fetched in the PageFetcher thread and replaces the rows in one model reset; later
pages come through canFetchMore/fetchMore as the view scrolls. No QSortFilterProxyModel: the
store's FTS and ORDER BY do the work. Rows hold ProductSummary records; the cover thumbnail
comes from `Thumbnails` (requested when a card is painted, newest first).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)

from ...domain import vocab
from ...domain.entities import ProductQuery, ProductSummary
from ...operations import gui_support as support
from ..i18n import language
from ..session import Session
from ..thumbnails import Thumbnails
from ..workers import PAGE_SIZE, PageFetcher

SummaryRole = Qt.UserRole + 1
CoverRole = Qt.UserRole + 2
IdRole = Qt.UserRole + 3
COVER_BOX = QSize(166, 126)  # the cover area of a card (widgets.product_card)
COVER_RADIUS = 7
PREFETCH = 150  # rows before the end at which the next page is requested

ROOT = QModelIndex()  # the invisible root of a list model


class ProductModel(QAbstractListModel):
    totalChanged = Signal(int)  # products matching the current query
    loaded = Signal()  # a page (or the first page of a new query) arrived
    filesDropped = Signal(int, list)  # product id, local paths dropped on its card

    def __init__(self, session: Session, thumbnails: Thumbnails, parent=None):
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self.query = ProductQuery()
        self.rows: list[ProductSummary] = []
        self.total = 0
        self.generation = 0
        self.pending = False  # a page request is on its way
        self.exhausted = True
        self.fetcher: PageFetcher | None = None
        self._by_cover: dict[str, list[int]] = {}
        self.cover_box = COVER_BOX
        self.page_size = PAGE_SIZE
        thumbnails.ready.connect(self._on_thumbnail)
        session.opened.connect(self._on_opened)
        session.closing.connect(self._on_closing)
        if session.lib is not None:
            self._on_opened()

    # ---- library and query ----------------------------------------------------------------

    @Slot()
    def _on_opened(self) -> None:
        self._on_closing()
        self.fetcher = PageFetcher(self.session.root, self)
        self.fetcher.fetched.connect(self._on_fetched)
        self.fetcher.failed.connect(self._on_failed)
        self.set_query(self.query)

    @Slot()
    def _on_closing(self) -> None:
        if self.fetcher is not None:
            self.fetcher.stop()
            self.fetcher.deleteLater()
            self.fetcher = None
        self.generation += 1
        self.pending = False
        if self.rows:
            self.beginResetModel()
            self.rows, self._by_cover, self.exhausted = [], {}, True
            self.endResetModel()
        self._set_total(0)

    def set_query(self, query: ProductQuery) -> None:
        """Show the products matching `query` (replacing the rows when the first page is in)."""
        self.query = query
        self.generation += 1
        self.pending = True
        if self.fetcher is not None:
            self.fetcher.request(self.generation, self._paged(query), 0, True)

    def _paged(self, query: ProductQuery) -> ProductQuery:
        return dataclasses.replace(query, limit=self.page_size, offset=0)

    def reload(self) -> None:
        self.set_query(self.query)

    @property
    def loading(self) -> bool:
        return self.pending

    def _set_total(self, total: int) -> None:
        if total != self.total:
            self.total = total
            self.totalChanged.emit(total)

    @Slot(int, int, object, int)
    def _on_fetched(self, generation: int, offset: int, rows: list, total: int) -> None:
        if generation != self.generation:
            return
        # `pending` turns False only once the rows are in: views and testers may call
        # fetchMore from inside begin/end signals, and must then ask for the right offset.
        if offset == 0:
            self.beginResetModel()
            self.rows = list(rows)
            self.exhausted = len(rows) < self.page_size
            self._index_covers(0)
            self.pending = False
            self.endResetModel()
        elif offset == len(self.rows) and rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.exhausted = len(rows) < self.page_size
            self._index_covers(offset)
            self.pending = False
            self.endInsertRows()
        else:
            self.pending = False
            self.exhausted = (
                len(rows) < self.page_size if offset == len(self.rows) else self.exhausted
            )
        if total >= 0:
            self._set_total(total)
        self.loaded.emit()

    @Slot(int, object)
    def _on_failed(self, generation: int, exc: object) -> None:
        if generation == self.generation:
            self.pending = False
            self.exhausted = True
            self.session.notify(str(exc), "error")
            self.loaded.emit()

    def _index_covers(self, start: int) -> None:
        if start == 0:
            self._by_cover = {}
        for row in range(start, len(self.rows)):
            name = self.rows[row].cover_filename
            if name:
                self._by_cover.setdefault(name, []).append(row)

    # ---- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent=ROOT) -> bool:  # noqa: N802 - Qt API
        if parent.isValid():
            return False
        return not self.exhausted and not self.pending and self.fetcher is not None

    def fetchMore(self, parent=ROOT) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        self.pending = True
        self.fetcher.request(self.generation, self._paged(self.query), len(self.rows), False)

    # ---- one product changed ----------------------------------------------------------------

    def row_of(self, product_id: int) -> int:
        for row, summary in enumerate(self.rows):
            if summary.id == product_id:
                return row
        return -1

    def refresh_product(self, product_id: int) -> None:
        """Re-read one product's line after an edit (or drop it when it was removed)."""
        row = self.row_of(product_id)
        if row < 0 or self.session.lib is None:
            return
        summary = support.product_summary(self.session.lib, product_id)
        if summary is None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self._index_covers(0)
            self.endRemoveRows()
            self._set_total(max(0, self.total - 1))
            return
        self.rows[row] = summary
        self._index_covers(0)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    @Slot(str)
    def _on_thumbnail(self, filename: str) -> None:
        rows = self._by_cover.get(filename)
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), [CoverRole])

    # ---- QAbstractListModel ----------------------------------------------------------------

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        summary = self.rows[index.row()]
        near_end = index.row() >= len(self.rows) - min(PREFETCH, self.page_size // 3)
        if role == SummaryRole and near_end and self.canFetchMore():
            self.fetchMore()  # a card near the end is painted: ask for the next page already
        if role == Qt.DisplayRole:
            return summary.name_en if language() == "en" and summary.name_en else summary.name_id
        if role == Qt.ToolTipRole:
            place = vocab.KABUPATEN.label(summary.kabupaten, language())
            return f"{summary.sku} · {summary.producer_name} · {place}".strip(" ·")
        if role == SummaryRole:
            return summary
        if role == IdRole:
            return summary.id
        if role == CoverRole:
            return self.thumbnails.pixmap(summary.cover_filename, self.cover_box, COVER_RADIUS)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemIsDropEnabled
        return base

    # ---- files dropped on a card ------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return ["text/uri-list"]

    def supportedDropActions(self):  # noqa: N802 - Qt API
        return Qt.CopyAction | Qt.MoveAction | Qt.LinkAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasUrls() and self._drop_row(row, parent) >= 0

    def dropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:  # noqa: N802
        target = self._drop_row(row, parent)
        paths = [u.toLocalFile() for u in data.urls() if u.isLocalFile()]
        if target < 0 or not paths:
            return False
        self.filesDropped.emit(self.rows[target].id, paths)
        return False  # nothing moves inside the model

    def _drop_row(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> int:
        if parent.isValid():
            return parent.row()
        return row if 0 <= row < len(self.rows) else -1
