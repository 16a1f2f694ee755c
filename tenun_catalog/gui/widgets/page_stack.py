"""A scrolling column of PDF pages that come from many small PDFs (the page-wise preview).

Owns `PageStack`: shows `PageSlot`s (export.preview_pages) one under the other, fitted to the
width. Only the pages on screen are drawn: each from its piece's PDF (QPdfDocument, a few kept
open) into an image kept in a small cache; a page still waiting for its layout is a paper-coloured
sheet saying so. A page whose product did not fit its page carries a red band. It tells which
pieces are on screen (`visiblePieces`) so the worker lays those out first, and keeps the page
at the top of the screen in place when the pages above it change.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ..i18n import translate

SPACING = 12
MARGIN = 12
MAX_WIDTH = 900
IMAGES_KEPT = 24
DOCUMENTS_KEPT = 16
PAPER = QColor("#F6F0E6")
BAND = QColor("#8E2C1F")


class PageStack(QAbstractScrollArea):
    visiblePieces = Signal(list)  # idents of the pieces on screen, top first
    pagePainted = Signal(int)  # page number drawn from its laid-out PDF (tests, the bench)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageStack")
        self.slots: tuple = ()
        self.aspect = 297 / 210
        self._images: OrderedDict[tuple, QImage] = OrderedDict()
        self._documents: OrderedDict[str, QPdfDocument] = OrderedDict()
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(60)
        self._announce.timeout.connect(self._emit_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._announce.start())
        self.verticalScrollBar().setSingleStep(40)

    # ---- what it shows ----------------------------------------------------------------------

    def set_paper(self, width_mm: float, height_mm: float) -> None:
        self.aspect = height_mm / width_mm
        self._relayout()

    def set_slots(self, slots: tuple) -> None:
        """Show `slots`; the piece at the top of the screen stays there."""
        anchor = self._top_anchor()
        self.slots = tuple(slots)
        live = {str(p) for s in self.slots for p in (s.path, s.stale) if p is not None}
        for path in [p for p in self._documents if p not in live]:
            self._close(path)
        for key in [k for k in self._images if k[0] not in live]:
            del self._images[key]
        self._relayout()
        if anchor is not None:
            self._restore_anchor(*anchor)
        self.viewport().update()
        self._announce.start()

    def clear(self) -> None:
        self.set_slots(())

    def page_index_of(self, piece: str) -> int | None:
        return next((i for i, s in enumerate(self.slots) if s.piece == piece), None)

    def scroll_to_page(self, number: int) -> None:
        index = next((i for i, s in enumerate(self.slots) if s.number == number), None)
        if index is not None:
            self.scroll_to_index(index)

    def scroll_to_piece(self, piece: str) -> None:
        index = self.page_index_of(piece)
        if index is not None:
            self.scroll_to_index(index)

    def scroll_to_index(self, index: int) -> None:
        self.verticalScrollBar().setValue(index * self._pitch())
        self._emit_visible()

    def visible_range(self) -> range:
        height = self._page_size().height()
        pitch = height + SPACING
        top = self.verticalScrollBar().value()
        first = max(0, (top - MARGIN - height) // pitch + 1)  # its bottom is below the top
        last = min(len(self.slots) - 1, (top + self.viewport().height() - MARGIN) // pitch)
        return range(first, last + 1)

    # ---- geometry ---------------------------------------------------------------------------

    def _page_size(self) -> QSize:
        width = max(120, min(MAX_WIDTH, self.viewport().width() - 2 * MARGIN))
        return QSize(width, round(width * self.aspect))

    def _pitch(self) -> int:
        return self._page_size().height() + SPACING

    def _relayout(self) -> None:
        total = MARGIN + len(self.slots) * self._pitch()
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setRange(0, max(0, total - self.viewport().height()))

    def _top_anchor(self) -> tuple[str, int, int] | None:
        visible = self.visible_range()
        if not self.slots or not visible:
            return None
        index = visible.start
        slot = self.slots[index]
        offset = self.verticalScrollBar().value() - index * self._pitch()
        return slot.piece, slot.index, offset

    def _restore_anchor(self, piece: str, page: int, offset: int) -> None:
        for index, slot in enumerate(self.slots):
            if slot.piece == piece and slot.index == page:
                self.verticalScrollBar().setValue(index * self._pitch() + offset)
                return

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._images.clear()
        self._relayout()
        self._announce.start()

    # ---- drawing ----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), self.palette().window())
        size = self._page_size()
        left = (self.viewport().width() - size.width()) // 2
        top = self.verticalScrollBar().value()
        for index in self.visible_range():
            slot = self.slots[index]
            rect = QRect(left, MARGIN + index * self._pitch() - top, size.width(), size.height())
            image = self._image(slot.path, slot.index, size) if slot.path is not None else None
            if image is not None:
                painter.drawImage(rect, image)
                self.pagePainted.emit(slot.number)
            elif slot.stale is not None and (old := self._image(slot.stale, slot.index, size)):
                painter.drawImage(rect, old)  # the page before the change, until laid out again
                self._updating(painter, rect)
            else:
                self._waiting(painter, rect, slot)
            if slot.overflow:
                self._overflow_band(painter, rect)
        painter.end()

    def _waiting(self, painter: QPainter, rect: QRect, slot) -> None:
        painter.fillRect(rect, PAPER)
        painter.setPen(QPen(QColor("#D9CDB8")))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(QColor("#5A554C"))
        text = translate("PageStack", "Preparing page {n}…").format(n=slot.number)
        if slot.label:
            text += "\n" + slot.label
        painter.drawText(rect, Qt.AlignCenter | Qt.TextWordWrap, text)

    def _updating(self, painter: QPainter, rect: QRect) -> None:
        painter.fillRect(rect, QColor(246, 240, 230, 110))
        label = translate("PageStack", "Updating…")
        width = painter.fontMetrics().horizontalAdvance(label) + 20
        chip = QRect(rect.right() - width - 8, rect.top() + 8, width, 24)
        painter.fillRect(chip, QColor("#1F2A44"))
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(chip, Qt.AlignCenter, label)

    def _overflow_band(self, painter: QPainter, rect: QRect) -> None:
        band = QRect(rect.left(), rect.top(), rect.width(), max(28, rect.height() // 18))
        painter.fillRect(band, BAND)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(
            band.adjusted(10, 0, -10, 0), Qt.AlignVCenter | Qt.AlignLeft,
            translate("PageStack", "Text too long for one page"),
        )  # fmt: skip

    def _image(self, path: Path, index: int, size: QSize) -> QImage | None:
        key = (str(path), index, size.width())
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        document = self._document(str(path))
        if document is None or index >= document.pageCount():
            return None
        image = document.render(index, size)
        if image.isNull():
            return None
        self._images[key] = image
        while len(self._images) > IMAGES_KEPT:
            self._images.popitem(last=False)
        return image

    def _document(self, path: str) -> QPdfDocument | None:
        document = self._documents.get(path)
        if document is not None:
            self._documents.move_to_end(path)
            return document
        if not Path(path).is_file():
            return None
        document = QPdfDocument(self)
        if document.load(path) != QPdfDocument.Error.None_:
            document.deleteLater()
            return None
        self._documents[path] = document
        while len(self._documents) > DOCUMENTS_KEPT:
            self._close(next(iter(self._documents)))
        return document

    def _close(self, path: str) -> None:
        document = self._documents.pop(path, None)
        if document is not None:
            document.close()
            document.deleteLater()

    def visible_pieces(self) -> list[str]:
        """Idents of the pieces on screen, top first, each once."""
        seen: list[str] = []
        for index in self.visible_range():
            piece = self.slots[index].piece
            if piece not in seen:
                seen.append(piece)
        return seen

    def _emit_visible(self) -> None:
        self.visiblePieces.emit(self.visible_pieces())
