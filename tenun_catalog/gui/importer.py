"""Photo import for the whole app: one batch at a time in a worker thread, the rest queued.

Owns `PhotoImporter`: `start(product_id, paths)` runs operations.attach_photos in a
workers.PhotoImport thread (its own library connection), reports `progress(done, total)`, and
when a batch is done pushes an undo step for the photos added, tells the session which
product's photos changed, and says in plain words what was added and which files were refused
(each refused file named, with the reason). Nothing here blocks the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from .. import operations as ops
from ..domain.errors import UserError
from . import undo
from .i18n import language, translate
from .session import Session
from .workers import PhotoImport

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif", ".heic"}


def expand(paths: list[str | Path]) -> list[Path]:
    """Files as given, and the files inside any folder given (sorted, not recursive)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            out.append(path)
    return out


class PhotoImporter(QObject):
    started = Signal(int)  # number of files
    progress = Signal(int, int)
    finished = Signal(int, object, str)  # product id, operations.PhotoImport (or None), summary

    def __init__(self, session: Session, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.stack = session, stack
        self.worker: PhotoImport | None = None
        self.product_id = 0
        self.root: Path | None = None
        self.queue: list[tuple[int, list[Path]]] = []
        self.last_errors: list = []

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def start(self, product_id: int, paths: list[str | Path]) -> None:
        files = expand(paths)
        if not files:
            return
        self.queue.append((product_id, files))
        if self.worker is None:
            self._next()

    def _next(self) -> None:
        if not self.queue or self.session.lib is None:
            self.queue.clear()
            return
        product_id, files = self.queue.pop(0)
        try:
            sku = self.session.sku_of(product_id)
        except UserError as exc:
            self.session.report(exc)
            self._next()
            return
        self.product_id = self.session.resolve("product", product_id)
        self.root = self.session.root
        self.worker = PhotoImport(self.session.root, sku, files, self)
        self.worker.progress.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_imported)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_thread_done)
        self.started.emit(len(files))
        self.session.notify(translate("Importer", "Importing {n} photos…").format(n=len(files)))
        self.worker.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(object)
    def _on_imported(self, result: ops.PhotoImport) -> None:
        if self.session.root != self.root:  # the library was closed meanwhile
            return
        lang = language()
        added = [c.after for c in result.added]
        if added:
            text = translate("Importer", "Add {n} photos").format(n=len(added))
            self.stack.push(undo.PhotoSet(self.session, self.product_id, added, False, text))
            self.session.changed.emit("photos", self.product_id)
        parts = [translate("Importer", "{n} photos added.").format(n=len(added))]
        if result.errors:
            parts.append(
                translate("Importer", "{n} files could not be used:").format(n=len(result.errors))
            )
            parts += [e.message_en if lang == "en" else e.message_id for e in result.errors]
        summary = " ".join(parts)
        self.last_errors = list(result.errors)
        self.session.notify(summary, "error" if result.errors else "info")
        self.finished.emit(self.product_id, result, summary)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, UserError):
            text = self.session.report(exc)
        else:
            text = translate("Importer", "The photos could not be imported: {error}").format(
                error=str(exc)
            )
            self.session.notify(text, "error")
        self.finished.emit(self.product_id, None, text)

    @Slot()
    def _on_thread_done(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self._next()

    def wait(self) -> None:
        """Let a running import finish (before the library closes)."""
        self.queue.clear()
        if self.worker is not None:
            self.worker.wait()
