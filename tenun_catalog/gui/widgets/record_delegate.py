"""How a producer, motif or permit is drawn in its list: a status dot, the name in semibold,
and a second line (region, restriction, or the permit's validity in its status colour)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from ..style import KAPAS, KAPAS_DARK, LUMPUR, MUTED, STATUS_COLOURS, TARUM, ui_font
from .safe_paint import safe_paint

StatusRole = Qt.UserRole + 1
TitleRole = Qt.UserRole + 2
DetailRole = Qt.UserRole + 3
ColourDetailRole = Qt.UserRole + 4
ROW_HEIGHT = 54


class RecordDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title_font = ui_font(10, QFont.DemiBold)
        self.detail_font = ui_font(9)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, ROW_HEIGHT)

    @safe_paint
    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, True)
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.State_Selected)
        hover = bool(option.state & QStyle.State_MouseOver)
        if selected:
            painter.setPen(QPen(QColor(TARUM), 2))
            painter.setBrush(QColor(KAPAS))
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        elif hover:
            painter.setPen(QPen(QColor(KAPAS_DARK), 1))
            painter.setBrush(QColor(KAPAS))
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        status = index.data(StatusRole) or "none"
        colour = QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["none"])[0])
        painter.setPen(Qt.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(rect.left() + 10, rect.center().y() - 5, 10, 10))
        x = rect.left() + 30
        width = rect.right() - x - 8
        title = QFontMetrics(self.title_font)
        painter.setFont(self.title_font)
        painter.setPen(QColor(LUMPUR))
        top = rect.top() + 8
        painter.drawText(
            QRect(x, top, width, title.height()),
            Qt.AlignLeft,
            title.elidedText(str(index.data(TitleRole) or ""), Qt.ElideRight, width),
        )
        detail = str(index.data(DetailRole) or "")
        if detail:
            small = QFontMetrics(self.detail_font)
            painter.setFont(self.detail_font)
            painter.setPen(colour if index.data(ColourDetailRole) else QColor(MUTED))
            painter.drawText(
                QRect(x, top + title.height() + 3, width, small.height()),
                Qt.AlignLeft,
                small.elidedText(detail, Qt.ElideRight, width),
            )
        painter.restore()
