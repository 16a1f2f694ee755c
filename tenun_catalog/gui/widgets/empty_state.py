"""An empty state: a small ikat diamond, one friendly sentence and one button."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..style import ui_font
from .product_card import draw_diamond


class _Ornament(QWidget):
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, 90)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        y = self.height() / 2
        for dx, size in ((-38, 12), (0, 26), (38, 12)):
            draw_diamond(painter, QPointF(self.width() / 2 + dx, y), size)


class EmptyState(QWidget):
    activated = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.addStretch(2)
        ornament = _Ornament(self)
        ornament.setFixedHeight(90)
        layout.addWidget(ornament)
        self.message = QLabel(self)
        self.message.setObjectName("emptyMessage")
        self.message.setFont(ui_font(12))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.message)  # no alignment flag: a wrapped label needs the width
        layout.addSpacing(12)
        self.button = QPushButton(self)
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.activated)
        layout.addWidget(self.button, 0, Qt.AlignHCenter)
        layout.addStretch(3)

    def set_texts(self, message: str, button: str) -> None:
        self.message.setText(message)
        self.button.setText(button)
        self.button.setVisible(bool(button))
