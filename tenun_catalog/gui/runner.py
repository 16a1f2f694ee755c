"""One background runner for the app's long work on a library (in the style of Anki's
`CollectionOp`).

Owns `LibraryOp`: a QThread that opens its own connection to the library (SQLite in WAL mode
lets it work beside the GUI thread's), runs `work(lib, progress, cancelled)` and ends with
exactly one of `succeeded(result)`, `failed(UserError)` or `aborted()` (cancelled). Progress is
throttled; `cancel()` sets a flag the work polls through `cancelled()`. Every failure is turned
into one message here, by `operations.faults.describe` (a full disk says so and where, a bug is
logged and named, never shown raw), so receivers only show `message(language())`. Work that
must not overlap shares a `threading.Lock` (`lock=`): the op waits for it, and a cancel stops
the wait. Callbacks can be chained: `LibraryOp(root, work, parent=w).on_success(f).start()`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from .. import operations as ops
from ..export.cancel import Cancelled
from ..operations import faults
from ..store import Library

PROGRESS_EVERY_S = 0.05
Progress = Callable[[int, int], None]
Work = Callable[[Library, Progress, Callable[[], bool]], Any]


class LibraryOp(QThread):
    progress = Signal(int, int)
    succeeded = Signal(object)  # what `work` returned
    failed = Signal(object)  # a UserError, bilingual, already described
    aborted = Signal()  # cancelled: the work stopped and, for outputs, wrote nothing

    def __init__(
        self,
        root: Path,
        work: Work | None = None,
        *,
        places: Sequence[Path | None] = (),
        lock: threading.Lock | None = None,
        name: str = "library-op",
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.root = Path(root)
        self._work = work
        self.places = [p for p in places if p is not None]
        self.lock = lock
        self._cancel = threading.Event()
        self._last = 0.0
        self.result: Any = None
        self.setObjectName(name)

    # ---- what runs --------------------------------------------------------------------------

    def work(self, lib: Library, progress: Progress, cancelled: Callable[[], bool]) -> Any:
        """Override, or pass `work=` to the constructor."""
        if self._work is None:
            raise NotImplementedError
        return self._work(lib, progress, cancelled)

    def run(self) -> None:
        if self.lock is not None and not self._acquire():
            self.aborted.emit()
            return
        try:
            with ops.opened(self.root, create=False) as lib:
                result = self.work(lib, self._progress, self.is_cancelled)
        except Cancelled:
            self.aborted.emit()
            return
        except Exception as exc:  # noqa: BLE001 - the one place a failure becomes a message
            self.failed.emit(faults.describe(exc, [*self.places, self.root]))
            return
        finally:
            if self.lock is not None and self._locked:
                self.lock.release()
        self.result = result
        self.succeeded.emit(result)

    _locked = False

    def _acquire(self) -> bool:
        while not self.lock.acquire(timeout=0.1):  # type: ignore[union-attr]
            if self.is_cancelled():
                return False
        self._locked = True
        return True

    # ---- control ----------------------------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.progress.emit(done, total)

    # ---- chaining ---------------------------------------------------------------------------

    def on_success(self, callback: Callable[[Any], None]) -> LibraryOp:
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[Any], None]) -> LibraryOp:
        self.failed.connect(callback)
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> LibraryOp:
        self.progress.connect(callback)
        return self
