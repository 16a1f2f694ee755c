"""Background work: product pages, photo import, backup and readiness, each with its own
connection. Photo import, backup and readiness run on the app's one runner
(`runner.LibraryOp`); product pages are a long-lived query thread of their own.

SQLite in WAL mode lets a second connection read (and write, one at a time) while the GUI
thread's connection is open, so no worker shares the GUI thread's connection:
- `PageFetcher`: a QThread that runs `list_products` (and the match count) for the paged
  product model, so scrolling to page 50 never waits for SQL in the GUI thread; requests of an
  older generation (the search text changed meanwhile) are skipped;
- `PhotoImport`: `operations.attach_photos` for a batch of files with progress;
- `Backup`: `operations.make_backup`;
- `UnreadyIds`: the ids of the products not ready for an output (the readiness filter).
Results come back as queued signals to @Slot methods in the GUI thread; a failure comes back
as the UserError `operations.faults.describe` makes of it (bilingual, whatever the exception;
an unexpected one is logged), so the receivers show `message(language())` and nothing else.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from .. import operations as ops
from ..domain.entities import ProductQuery
from ..operations import faults
from ..operations import gui_support as support
from .runner import LibraryOp

# Each page costs about the same whatever its size (the store sorts every match to page it),
# so pages are large: fewer fetches competing with the GUI thread for the CPU.
PAGE_SIZE = 500


class _PageWorker(QObject):
    fetched = Signal(int, int, object, int)  # generation, offset, rows, total (-1: not counted)
    failed = Signal(int, object)

    def __init__(self, root: Path):
        super().__init__()
        self.root = root
        self.lib = None
        self.latest = 0  # set from the GUI thread; older requests are skipped

    @Slot(int, object, int, bool)
    def fetch(self, generation: int, query: ProductQuery, offset: int, count: bool) -> None:
        """`query.limit` is the page size; `offset` where the page starts."""
        if generation < self.latest:
            return
        try:
            if self.lib is None:
                self.lib = ops.open_or_create(self.root, create=False)
            page = dataclasses.replace(query, limit=query.limit or PAGE_SIZE, offset=offset)
            rows = ops.list_products(self.lib, page)
            total = support.count_matching(self.lib, query) if count else -1
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.failed.emit(generation, faults.describe(exc, [self.root]))
            return
        self.fetched.emit(generation, offset, rows, total)


class PageFetcher(QObject):
    """Fetch product pages in a thread: `request(...)`, answered by `fetched(...)`."""

    fetched = Signal(int, int, object, int)
    failed = Signal(int, object)
    _request = Signal(int, object, int, bool)

    def __init__(self, root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("product-pages")
        self.worker = _PageWorker(Path(root))
        self.worker.moveToThread(self.thread)
        self._request.connect(self.worker.fetch)
        self.worker.fetched.connect(self._relay)
        self.worker.failed.connect(self._relay_failure)
        self.thread.start()

    def request(self, generation: int, query: ProductQuery, offset: int, count: bool) -> None:
        """Ask for the page of `query` (its `limit` is the page size) starting at `offset`,
        with the number of matches when `count`."""
        self.worker.latest = generation
        self._request.emit(generation, query, offset, count)

    @Slot(int, int, object, int)
    def _relay(self, generation: int, offset: int, rows: object, total: int) -> None:
        self.fetched.emit(generation, offset, rows, total)

    @Slot(int, object)
    def _relay_failure(self, generation: int, exc: object) -> None:
        self.failed.emit(generation, exc)

    def stop(self) -> None:
        self.worker.latest = 1 << 62
        self.thread.quit()
        self.thread.wait()
        if self.worker.lib is not None:
            self.worker.lib.close()
            self.worker.lib = None


class PhotoImport(LibraryOp):
    """Attach files to a product on the runner; `succeeded` carries operations.PhotoImport."""

    def __init__(self, root: Path, sku: str, paths: list[Path], parent: QObject | None = None):
        super().__init__(root, name="photo-import", parent=parent)
        self.sku, self.paths = sku, [Path(p) for p in paths]

    def work(self, lib, progress, cancelled):
        return ops.attach_photos(lib, self.sku, self.paths, progress=progress)


class Backup(LibraryOp):
    """Write a backup archive of the library on the runner; `succeeded` carries the
    store.backup.BackupResult."""

    def __init__(self, root: Path, out: Path, parent: QObject | None = None):
        super().__init__(root, places=[Path(out).parent], name="backup", parent=parent)
        self.out = Path(out)

    def work(self, lib, progress, cancelled):
        return ops.make_backup(lib, self.out)


class UnreadyIds(LibraryOp):
    """The ids of the products not ready for `output` (`gui_support.unready_product_ids` reads
    every product), on the runner; `succeeded` carries the tuple of ids."""

    def __init__(self, root: Path, output: str, generation: int, parent: QObject | None = None):
        super().__init__(root, name="unready-ids", parent=parent)
        self.output, self.generation = output, generation

    def work(self, lib, progress, cancelled):
        return support.unready_product_ids(lib, self.output)
