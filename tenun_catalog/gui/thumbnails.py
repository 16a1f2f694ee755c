"""Thumbnails for cards and the photo strip, decoded off the GUI thread.

Owns `Thumbnails`: a QThreadPool of QRunnables that read the cached thumbnail JPEG (making it
first through operations.gui_support when missing) with QImageReader at the size needed and
emit a QImage; the QPixmap is made in the GUI thread and kept in QPixmapCache (its limit is
raised, thumbnails also stay on disk). Requests are served newest first, so while scrolling
fast the cards on screen load before the ones already scrolled past.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QRect,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QImage,
    QImageIOHandler,
    QImageReader,
    QPainter,
    QPixmap,
    QPixmapCache,
)

from ..operations import gui_support as support

CACHE_KB = 96 * 1024
_SWAPS = (
    QImageIOHandler.Transformation.TransformationRotate90,
    QImageIOHandler.Transformation.TransformationRotate270,
    QImageIOHandler.Transformation.TransformationMirrorAndRotate90,
    QImageIOHandler.Transformation.TransformationFlipAndRotate90,
)


def scaled_read_size(stored: QSize, transformation, box: QSize) -> QSize:
    """The size to ask QImageReader.setScaledSize for, so that the upright image covers `box`
    with its aspect kept. setScaledSize works in the stored orientation and does not keep the
    aspect ratio by itself, so the box is turned when the transformation swaps the sides."""
    if stored.isEmpty():
        return QSize()
    box_w, box_h = box.width(), box.height()
    if transformation in _SWAPS:
        box_w, box_h = box_h, box_w
    scale = max(box_w / stored.width(), box_h / stored.height())
    if scale >= 1:
        return QSize()  # never upscale: read at the stored size
    return QSize(max(1, round(stored.width() * scale)), max(1, round(stored.height() * scale)))


def read_image(path: Path, box: QSize) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = scaled_read_size(reader.size(), reader.transformation(), box)
    if size.isValid():
        reader.setScaledSize(size)
    return reader.read()


def shaped(image: QImage, box: QSize, radius: float) -> QImage:
    """`image` scaled to cover `box`, centre kept, corners rounded: ready to draw 1:1, so the
    GUI thread paints it without scaling or clipping."""
    if image.isNull():
        return image
    scaled = image.scaled(box, Qt.KeepAspectRatioByExpanding, Qt.SmoothTransformation)
    x = (scaled.width() - box.width()) // 2
    y = (scaled.height() - box.height()) // 2
    cropped = scaled.copy(QRect(x, y, box.width(), box.height()))
    if radius <= 0:
        return cropped
    out = QImage(box, QImage.Format_ARGB32_Premultiplied)
    out.fill(Qt.transparent)
    painter = QPainter(out)  # QPainter on a QImage is allowed outside the GUI thread
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setPen(Qt.NoPen)
    painter.setBrush(Qt.white)  # a plain colour: texture brushes may make QPixmaps
    painter.drawRoundedRect(QRectF(0, 0, box.width(), box.height()), radius, radius)
    painter.setCompositionMode(QPainter.CompositionMode_SourceIn)
    painter.drawImage(0, 0, cropped)
    painter.end()
    return out


class _Relay(QObject):
    loaded = Signal(str, QImage)


class _Job(QRunnable):
    def __init__(
        self,
        relay: _Relay,
        key: str,
        folders: tuple[Path, Path],
        name: str,
        box: QSize,
        radius: float,
    ):
        super().__init__()
        self.relay, self.key, self.folders = relay, key, folders
        self.name, self.box, self.radius = name, box, radius

    def run(self) -> None:
        try:
            path = support.thumbnail_file(*self.folders, self.name)
            image = shaped(read_image(path, self.box), self.box, self.radius)
        except Exception:  # noqa: BLE001 - a missing or broken file shows the placeholder
            image = QImage()
        self.relay.loaded.emit(self.key, image)


class Thumbnails(QObject):
    """`pixmap(filename, box)` returns the pixmap now or None and loads it; `ready(filename)`
    is emitted when it arrives."""

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None, threads: int | None = None):
        super().__init__(parent)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CACHE_KB))
        self.pool = QThreadPool(self)
        # Leave a core to the GUI thread: on a 2-core laptop one decoder keeps up with scrolling.
        self.pool.setMaxThreadCount(threads or max(1, min(3, QThread.idealThreadCount() - 1)))
        self.pool.setThreadPriority(QThread.LowPriority)
        self.relay = _Relay()
        self.relay.loaded.connect(self._on_loaded)
        self._photos: Path | None = None
        self._cache: Path | None = None
        self._queue: list[tuple[str, str, QSize, float]] = []
        self._queued: set[str] = set()
        self._running = 0
        self._failed: set[str] = set()
        self._generation = 0

    def set_folders(self, photos_dir: Path | None, cache_dir: Path | None) -> None:
        """Point at a library (or at none); forget pending work of the previous one."""
        self._photos, self._cache = photos_dir, cache_dir
        self._queue.clear()
        self._queued.clear()
        self._failed.clear()
        self._generation += 1
        QPixmapCache.clear()

    @staticmethod
    def key(filename: str, box: QSize, radius: float) -> str:
        return f"{filename}@{box.width()}x{box.height()}r{radius:g}"

    def pixmap(self, filename: str, box: QSize, radius: float = 0) -> QPixmap | None:
        """The photo cropped to exactly `box` with rounded corners, or None (loading now)."""
        if not filename or self._photos is None:
            return None
        key = self.key(filename, box, radius)
        found = QPixmapCache.find(key)
        if found is not None and not found.isNull():
            return found
        if key not in self._queued and key not in self._failed:
            self._queued.add(key)
            self._queue.append((key, filename, QSize(box), radius))
            self._dispatch()
        return None

    def busy(self) -> bool:
        return bool(self._queue) or self._running > 0

    def _dispatch(self) -> None:
        while self._queue and self._running < self.pool.maxThreadCount():
            key, name, box, radius = self._queue.pop()  # newest first
            self._running += 1
            folders = (self._photos, self._cache)
            tagged = f"{self._generation}|{key}"
            self.pool.start(_Job(self.relay, tagged, folders, name, box, radius))

    @Slot(str, QImage)
    def _on_loaded(self, tagged: str, image: QImage) -> None:
        self._running -= 1
        generation, key = tagged.split("|", 1)
        if int(generation) == self._generation:
            self._queued.discard(key)
            if image.isNull():
                self._failed.add(key)
            else:
                QPixmapCache.insert(key, QPixmap.fromImage(image))
            self.ready.emit(key.split("@", 1)[0])
        self._dispatch()

    def wait(self, msecs: int = 5000) -> bool:
        self._queue.clear()
        self._queued.clear()
        return self.pool.waitForDone(msecs)
