"""The strip of a product's photos: thumbnails in order, dragged to reorder, files dropped in.

Owns `PhotoStrip` (a horizontal QListView over PhotoModel with internal moves and file drops)
and its delegate, which draws each photo cropped to a 4:3 frame, its role under it, and a
"cover" ribbon on the first photo (the cover is always the first photo).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from ..i18n import translate
from ..models.photo_model import THUMB_BOX, THUMB_RADIUS
from ..style import KAPAS_DARK, KUNYIT, LUMPUR, MUTED, TARUM, ui_font
from .product_card import draw_cover
from .safe_paint import safe_paint

CELL = QSize(THUMB_BOX.width() + 12, THUMB_BOX.height() + 34)


class _PhotoDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return CELL

    @safe_paint
    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, True)
        rect = option.rect
        frame = QRect(rect.left() + 6, rect.top() + 6, THUMB_BOX.width(), THUMB_BOX.height())
        draw_cover(painter, frame, index.data(Qt.DecorationRole), radius=THUMB_RADIUS)
        selected = bool(option.state & QStyle.State_Selected)
        painter.setBrush(Qt.NoBrush)
        painter.setPen(QPen(QColor(TARUM if selected else KAPAS_DARK), 3 if selected else 1))
        painter.drawRoundedRect(QRectF(frame).adjusted(-1, -1, 1, 1), 5, 5)
        if index.row() == 0:
            ribbon = QRectF(frame.left() + 4, frame.top() + 4, 62, 18)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(KUNYIT))
            painter.drawRoundedRect(ribbon, 9, 9)
            painter.setPen(QColor(LUMPUR))
            painter.setFont(ui_font(8, QFont.DemiBold))
            painter.drawText(ribbon, Qt.AlignCenter, translate("PhotoStrip", "Cover"))
        painter.setPen(QColor(LUMPUR if selected else MUTED))
        painter.setFont(ui_font(9, QFont.DemiBold if selected else QFont.Normal))
        label = QRect(frame.left(), frame.bottom() + 4, frame.width(), 20)
        text = painter.fontMetrics().elidedText(
            str(index.data() or ""), Qt.ElideRight, label.width()
        )
        painter.drawText(label, Qt.AlignHCenter | Qt.AlignTop, text)
        painter.restore()


class PhotoStrip(QListView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self.setViewMode(QListView.ListMode)
        self.setFlow(QListView.LeftToRight)
        self.setWrapping(False)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setItemDelegate(_PhotoDelegate(self))
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFixedHeight(CELL.height() + 16)
