"""Painting a product in the grid (a card: cover photo, name, kabupaten, price) or in the list
(a row: small cover, names, SKU and producer, price). One delegate, two modes.

Owns `ProductCardDelegate` and the card/row sizes (uniform, so the view lays out 10,000 items
without asking each one). Covers are cropped to fill their box like `object-fit: cover`; a
product without a photo gets a calm placeholder with a small diamond, not an empty hole.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ... import formats
from ...domain import vocab
from ..i18n import language, translate
from ..models.product_model import COVER_BOX, COVER_RADIUS, CoverRole, SummaryRole
from ..style import KAPAS, KAPAS_DARK, KUNYIT, MENGKUDU, MUTED, TARUM, ui_font
from .safe_paint import safe_paint

CARD = QSize(COVER_BOX.width() + 2, 236)
GRID = QSize(180, 248)
ROW_HEIGHT = 68
ROW_THUMB = QSize(52, 52)
PAD = 10
TEXT_CACHE = 4000


def draw_cover(painter: QPainter, rect: QRect, pixmap: QPixmap | None, radius: float = 6) -> None:
    """The pixmap cropped to fill `rect` (centre kept), or the placeholder diamond. A pixmap
    already shaped to `rect` (thumbnails.shaped) is copied 1:1: the fast path while scrolling."""
    if pixmap is not None and not pixmap.isNull() and pixmap.size() == rect.size():
        painter.drawPixmap(rect.topLeft(), pixmap)
        return
    painter.save()
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(rect), radius, radius)
    painter.setClipPath(clip)
    if pixmap is not None and not pixmap.isNull():
        scale = max(rect.width() / pixmap.width(), rect.height() / pixmap.height())
        w, h = pixmap.width() * scale, pixmap.height() * scale
        target = QRectF(rect.center().x() - w / 2 + 0.5, rect.center().y() - h / 2 + 0.5, w, h)
        painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
    else:
        painter.fillRect(rect, QColor(KAPAS_DARK))
        draw_diamond(painter, QPointF(rect.center()), min(rect.width(), rect.height()) * 0.16)
    painter.restore()


def draw_diamond(painter: QPainter, centre: QPointF, size: float) -> None:
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    outer = QPainterPath()
    outer.moveTo(centre.x(), centre.y() - size)
    outer.lineTo(centre.x() + size, centre.y())
    outer.lineTo(centre.x(), centre.y() + size)
    outer.lineTo(centre.x() - size, centre.y())
    outer.closeSubpath()
    painter.setPen(QPen(QColor(TARUM), max(1.5, size / 8)))
    painter.setBrush(Qt.NoBrush)
    painter.drawPath(outer)
    inner = size * 0.42
    painter.setPen(Qt.NoPen)
    painter.setBrush(QColor(KUNYIT))
    painter.drawPolygon(
        [
            QPointF(centre.x(), centre.y() - inner),
            QPointF(centre.x() + inner, centre.y()),
            QPointF(centre.x(), centre.y() + inner),
            QPointF(centre.x() - inner, centre.y()),
        ]
    )
    painter.restore()


class ProductCardDelegate(QStyledItemDelegate):
    def __init__(self, thumbnails=None, parent=None):
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.grid_mode = True
        self._texts_cache: dict[tuple, tuple[str, str, str]] = {}
        self.name_font = ui_font(10, QFont.DemiBold)
        self.small_font = ui_font(9)
        self.price_font = ui_font(10.5, QFont.Bold)
        self.price_font.setFeature(QFont.Tag("tnum"), 1)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        if self.grid_mode:
            return CARD
        return QSize(max(300, option.rect.width()), ROW_HEIGHT)

    @safe_paint
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        summary = index.data(SummaryRole)
        if summary is None:
            return
        if self.grid_mode or self.thumbnails is None:
            pixmap = index.data(CoverRole)
        else:
            pixmap = self.thumbnails.pixmap(summary.cover_filename, ROW_THUMB, 4)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, True)
        if self.grid_mode:
            self._paint_card(painter, option, summary, pixmap)
        else:
            self._paint_row(painter, option, summary, pixmap)
        painter.restore()

    def _frame(self, painter: QPainter, option, rect: QRect) -> None:
        selected = bool(option.state & QStyle.State_Selected)
        hover = bool(option.state & QStyle.State_MouseOver)
        painter.setBrush(QColor(KAPAS))
        if selected:
            painter.setPen(QPen(QColor(TARUM), 2.5))
        elif hover:
            painter.setPen(QPen(QColor(KUNYIT), 1.5))
        else:
            painter.setPen(QPen(QColor(KAPAS_DARK), 1))
        painter.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 8, 8)

    def _texts(self, summary) -> tuple[str, str, str]:
        """(name, kabupaten, price) in the interface language, cached: Babel's money format
        and the label lookups are too slow to repeat for every card on every paint."""
        key = (summary, language())
        found = self._texts_cache.get(key)
        if found is None:
            if len(self._texts_cache) > TEXT_CACHE:
                self._texts_cache.clear()
            found = self._texts_cache[key] = self._make_texts(summary)
        return found

    def _make_texts(self, summary) -> tuple[str, str, str]:
        lang = language()
        name = summary.name_en if lang == "en" and summary.name_en else summary.name_id
        name = name or translate("ProductCard", "(no name yet)")
        place = vocab.KABUPATEN.label(summary.kabupaten, lang) if summary.kabupaten else ""
        price = (
            formats.money(summary.price, lang)
            if summary.price
            else translate("ProductCard", "No price yet")
        )
        return name, place, price

    def _paint_card(self, painter: QPainter, option, summary, pixmap) -> None:
        rect = QRect(option.rect.topLeft(), CARD)
        rect.moveCenter(option.rect.center())
        self._frame(painter, option, rect)
        cover = QRect(rect.topLeft() + QPoint(1, 1), COVER_BOX)
        draw_cover(painter, cover, pixmap, radius=COVER_RADIUS)
        name, place, price = self._texts(summary)
        x, width = rect.left() + PAD, rect.width() - 2 * PAD
        y = cover.bottom() + 9
        painter.setPen(QColor("#1B1A18"))
        painter.setFont(self.name_font)
        metrics = QFontMetrics(self.name_font)
        wrapped = _elide_lines(name, metrics, width, 2)
        lines = wrapped.count("\n") + 1
        painter.drawText(
            QRect(x, y, width, metrics.lineSpacing() * lines), Qt.AlignLeft | Qt.AlignTop, wrapped
        )
        y += metrics.lineSpacing() * lines + 3
        painter.setFont(self.small_font)
        painter.setPen(QColor(MUTED))
        small = QFontMetrics(self.small_font)
        painter.drawText(
            QRect(x, y, width, small.height()),
            Qt.AlignLeft,
            small.elidedText(place, Qt.ElideRight, width),
        )
        painter.setFont(self.price_font)
        painter.setPen(QColor(MENGKUDU if summary.price else MUTED))
        price_h = QFontMetrics(self.price_font).height()
        painter.drawText(
            QRect(x, rect.bottom() - PAD - price_h, width, price_h),
            Qt.AlignLeft | Qt.AlignVCenter,
            price,
        )
        if summary.photo_count:
            self._paint_count(painter, cover, summary.photo_count)

    def _paint_count(self, painter: QPainter, cover: QRect, count: int) -> None:
        text = str(count)
        painter.setFont(self.small_font)
        metrics = QFontMetrics(self.small_font)
        w = metrics.horizontalAdvance(text) + 26
        badge = QRectF(cover.right() - w - 6, cover.bottom() - 24, w, 18)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(31, 42, 68, 200))
        painter.drawRoundedRect(badge, 9, 9)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignCenter, "▣ " + text)

    def _paint_row(self, painter: QPainter, option, summary, pixmap) -> None:
        rect = option.rect.adjusted(6, 3, -6, -3)
        self._frame(painter, option, rect)
        thumb = QRect(
            QPoint(rect.left() + 6, rect.center().y() - ROW_THUMB.height() // 2), ROW_THUMB
        )
        draw_cover(painter, thumb, pixmap, radius=4)
        name, place, price = self._texts(summary)
        price_w = 130
        x = thumb.right() + 12
        width = rect.right() - x - price_w - 12
        painter.setFont(self.name_font)
        painter.setPen(QColor("#1B1A18"))
        metrics = QFontMetrics(self.name_font)
        painter.drawText(
            QRect(x, rect.top() + 8, width, metrics.height()),
            Qt.AlignLeft,
            metrics.elidedText(name, Qt.ElideRight, width),
        )
        painter.setFont(self.small_font)
        painter.setPen(QColor(MUTED))
        small = QFontMetrics(self.small_font)
        detail = "  ·  ".join(t for t in (summary.sku, summary.producer_name, place) if t)
        painter.drawText(
            QRect(x, rect.top() + 12 + metrics.height(), width, small.height()),
            Qt.AlignLeft,
            small.elidedText(detail, Qt.ElideRight, width),
        )
        painter.setFont(self.price_font)
        painter.setPen(QColor(MENGKUDU if summary.price else MUTED))
        painter.drawText(
            QRect(rect.right() - price_w - 10, rect.top(), price_w, rect.height()),
            Qt.AlignRight | Qt.AlignVCenter,
            price,
        )


def _elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """Wrap `text` into at most `lines` lines of `width`, eliding the last one."""
    words, out, current = text.split(), [], ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([current, *words[i + 1 :]])
            out.append(metrics.elidedText(rest, Qt.ElideRight, width))
            return "\n".join(out)
    out.append(metrics.elidedText(current, Qt.ElideRight, width))
    return "\n".join(out[:lines])
