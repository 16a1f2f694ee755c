"""The photos of one product, in order, for the strip in the product editor.

Owns `PhotoModel`. Dragging a photo to another place moves its row (moveRows, which QListView
calls for an internal move) and emits `reorderRequested(before, after)` with photo ids; the page
saves the order through operations.reorder_photos. Files dropped from a file manager emit
`filesDropped(paths)`. The model never writes to the library itself.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)

from ...domain import vocab
from ...domain.entities import Photo
from ..i18n import language
from ..thumbnails import Thumbnails

MIME = "application/x-tenun-photo-ids"
PhotoRole = Qt.UserRole + 1
THUMB_BOX = QSize(132, 99)
THUMB_RADIUS = 4

ROOT = QModelIndex()  # the invisible root of a list model


class PhotoModel(QAbstractListModel):
    reorderRequested = Signal(list, list)  # photo ids before, after
    filesDropped = Signal(list)  # local paths

    def __init__(self, thumbnails: Thumbnails, parent=None):
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.photos: list[Photo] = []
        thumbnails.ready.connect(self._on_thumbnail)

    def set_photos(self, photos: list[Photo]) -> None:
        self.beginResetModel()
        self.photos = list(photos)
        self.endResetModel()

    def ids(self) -> list[int]:
        return [p.id for p in self.photos]

    @Slot(str)
    def _on_thumbnail(self, filename: str) -> None:
        for row, photo in enumerate(self.photos):
            if photo.filename == filename:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.DecorationRole])

    # ---- QAbstractListModel ----------------------------------------------------------------

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.photos):
            return None
        photo = self.photos[index.row()]
        if role == Qt.DisplayRole:
            return vocab.PHOTO_ROLES.label(photo.role, language())
        if role == Qt.DecorationRole:
            return self.thumbnails.pixmap(photo.filename, THUMB_BOX, THUMB_RADIUS)
        if role == Qt.ToolTipRole:
            caption = photo.caption_en if language() == "en" else photo.caption_id
            return "\n".join(t for t in (photo.original_name, caption) if t)
        if role == PhotoRole:
            return photo
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled
        return base | Qt.ItemIsDropEnabled

    def supportedDropActions(self):  # noqa: N802 - Qt API
        return Qt.MoveAction | Qt.CopyAction

    def supportedDragActions(self):  # noqa: N802 - Qt API
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME, "text/uri-list"]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt API
        data = QMimeData()
        ids = [self.photos[i.row()].id for i in sorted(indexes, key=lambda i: i.row())]
        data.setData(MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data.hasFormat(MIME) or data.hasUrls()

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if data.hasFormat(MIME):
            ids = json.loads(bytes(data.data(MIME)).decode() or "[]")
            target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.photos))
            rows = [r for r, p in enumerate(self.photos) if p.id in ids]
            if len(rows) == 1:
                self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), target)
            return False  # the rows were moved here: the view must not remove the source
        paths = [u.toLocalFile() for u in data.urls() if u.isLocalFile()]
        if paths:
            self.filesDropped.emit(paths)
        return False

    def moveRows(self, source_parent, source_row, count, dest_parent, dest_child) -> bool:  # noqa: N802
        last = source_row + count - 1
        if (
            source_parent.isValid()
            or dest_parent.isValid()
            or count < 1
            or source_row < 0
            or last >= len(self.photos)
            or not 0 <= dest_child <= len(self.photos)
            or source_row <= dest_child <= last + 1
        ):
            return False
        before = self.ids()
        if not self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(), dest_child):
            return False
        block = self.photos[source_row : last + 1]
        del self.photos[source_row : last + 1]
        at = dest_child if dest_child < source_row else dest_child - count
        self.photos[at:at] = block
        self.endMoveRows()
        self.reorderRequested.emit(before, self.ids())
        return True
