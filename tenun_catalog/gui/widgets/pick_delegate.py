"""How a product is drawn in the catalog builder's picker: a check box, the name in semibold and
a second line (SKU, producer, price), both cut with "…" to the width of the list. A click
anywhere on the row, or the space bar, ticks or unticks it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionButton

from ..style import KAPAS, KAPAS_DARK, LUMPUR, MUTED, ui_font
from .safe_paint import safe_paint

ROW_HEIGHT = 46


class PickDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title_font = ui_font(10, QFont.DemiBold)
        self.detail_font = ui_font(9)
        self._after_double = False

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, ROW_HEIGHT)

    @safe_paint
    def paint(self, painter: QPainter, option, index) -> None:
        rect = option.rect
        if option.state & QStyle.State_Selected:
            painter.fillRect(rect, QColor(KAPAS_DARK))
        elif option.state & QStyle.State_MouseOver:
            painter.fillRect(rect, QColor(KAPAS))
        painter.setPen(QColor(KAPAS))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        check = QStyleOptionButton()
        check.rect = self._check_rect(option)
        check.state = QStyle.State_Enabled | (
            QStyle.State_On if index.data(Qt.CheckStateRole) == Qt.Checked else QStyle.State_Off
        )
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PE_IndicatorCheckBox, check, painter, widget)
        text = str(index.data(Qt.DisplayRole) or "")
        title, _, detail = text.partition("\n")
        x = check.rect.right() + 10
        width = max(10, rect.right() - x - 6)
        title_metrics = QFontMetrics(self.title_font)
        detail_metrics = QFontMetrics(self.detail_font)
        top = rect.top() + (rect.height() - title_metrics.height() - detail_metrics.height()) // 2
        painter.setFont(self.title_font)
        painter.setPen(QColor(LUMPUR))
        painter.drawText(
            QRect(x, top, width, title_metrics.height()),
            Qt.AlignLeft | Qt.AlignVCenter,
            title_metrics.elidedText(title, Qt.ElideRight, width),
        )
        painter.setFont(self.detail_font)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRect(x, top + title_metrics.height() + 1, width, detail_metrics.height()),
            Qt.AlignLeft | Qt.AlignVCenter,
            detail_metrics.elidedText(detail, Qt.ElideRight, width),
        )

    @staticmethod
    def _check_rect(option) -> QRect:
        size = 16
        return QRect(option.rect.left() + 8, option.rect.center().y() - size // 2, size, size)

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.MouseButtonDblClick:
            self._after_double = True  # its release is the second half of one gesture
            return True
        release = kind == QEvent.MouseButtonRelease and event.button() == Qt.LeftButton
        if release and self._after_double:
            self._after_double = False
            return True
        key = kind == QEvent.KeyPress and event.key() in (Qt.Key_Space, Qt.Key_Select)
        if not (release or key) or not (index.flags() & Qt.ItemIsUserCheckable):
            return False
        checked = index.data(Qt.CheckStateRole) == Qt.Checked
        return model.setData(index, Qt.Unchecked if checked else Qt.Checked, Qt.CheckStateRole)
