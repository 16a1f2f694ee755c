"""The background side of the page-wise preview: plans the catalog and lays pieces out.

Owns `PieceWorker`, one long-lived QThread with its own library connection. `request(catalog)`
asks for a new plan (the catalog as it is after an edit); the worker builds it
(export.preview_pages.plan_preview), says which pieces the edit touched, and then lays out
the pieces that have no cached layout: first the pieces the edit touched, then the ones on
screen (`want`), then the contents, then the rest from the top. A piece nobody looks at gives
way when one on screen waits (the contents of 500 products takes about 5 s), and such pieces
wait BACKGROUND_AFTER_S after a product edit, while the person is likely to edit again.
A request that names the products whose own records changed (`skus`: a story, a price, a
photo), for the catalog already planned, is answered first by a patch of those products alone
(preview_pages.patch_plan, milliseconds), their pages laid out at once, and then confirmed by a
whole plan, which lays out whatever the patch could not know. A new request cancels the layout
under way. Layouts share render_jobs.RENDER_LOCK with the exports, one piece at a time, so an
export never waits for more than one piece; an export pauses the worker until it ends.

Signals carry snapshots (tuples of frozen PageSlot), never the plan itself.
"""

from __future__ import annotations

import copy
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from .. import operations as ops
from ..domain.entities import Catalog
from ..export.cancel import Cancelled
from ..operations import faults
from .render_jobs import RENDER_LOCK

IDLE_WAIT_S = 0.5
# After a product edit, pieces nobody looks at wait this long: a layout cannot stop within its
# page, so one under way would delay the page of the person's next edit.
BACKGROUND_AFTER_S = 2.0


class PieceWorker(QThread):
    planned = Signal(object, object)  # (page slots, idents the edit touched)
    laidOut = Signal(object, object)  # (export.preview_pages.LaidOut, page slots)
    failed = Signal(object)  # a UserError, already described
    idle = Signal(int)  # the request's serial: every piece of its plan is laid out (or failed)

    def __init__(self, root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("preview-pieces")
        self.root = Path(root)
        self.cache = None  # export.preview_pages.PieceCache, made in the thread
        self.plan = None  # the current PagePlan: read only in this thread
        self.missing_translations = 0
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._catalog: Catalog | None = None
        self._new_plan = False
        self._stopping = False
        self._paused = False
        self._wanted: list[str] = []
        self._skus: set[str] | None = None
        self._confirm = False  # a patched plan waits for its confirming whole plan
        self._planned_catalog: Catalog | None = None
        self._touched: list[str] = []
        self._edited_at = 0.0  # when the last product edit was patched
        self.requested = 0  # serial of the newest request
        self._serial = 0  # serial of the request the current plan answers

    # ---- asked from the GUI thread ----------------------------------------------------------

    def request(self, catalog: Catalog | None, skus: set[str] | None = None) -> None:
        with self._lock:
            if self._new_plan:  # the worker has not taken the previous request yet
                skus = (self._skus | skus) if (self._skus and skus) else None
            self._skus = set(skus) if skus else None
            self._catalog = copy.deepcopy(catalog)
            self.requested += 1
            self._new_plan = True
            self._paused = False
        self._wake.set()

    def pause(self) -> None:
        """Lay nothing out until `resume` or the next request (an export needs the engine)."""
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        self._wake.set()

    def want(self, idents: list[str]) -> None:
        """The pieces on screen, most wanted first."""
        with self._lock:
            self._wanted = list(idents)
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        self.wait()

    # ---- the thread -------------------------------------------------------------------------

    def _cancelled(self) -> bool:
        return self._stopping or self._new_plan or self._paused

    def run(self) -> None:
        from ..export import preview_pages as pp  # the renderer loads in this thread, not at start

        try:
            with ops.opened(self.root, create=False) as lib:
                self.cache = pp.PieceCache(lib.cache_dir / pp.CACHE_FOLDER)
                self.cache.prune()
                self._loop(lib, pp)
        except Exception as exc:  # noqa: BLE001 - the library could not be opened
            self.failed.emit(faults.describe(exc, [self.root]))

    def _loop(self, lib, pp) -> None:
        announced_idle = False
        while not self._stopping:
            if self._new_plan:
                with self._lock:
                    catalog, skus, self._new_plan = self._catalog, self._skus, False
                    self._serial = self.requested
                announced_idle = catalog is None  # a cleared preview has nothing to announce
                if skus and self.plan is not None and catalog == self._planned_catalog:
                    if self._patch(lib, pp, skus):
                        continue
                if not self._make_plan(lib, pp, catalog):
                    continue
            plan = self.plan
            piece = None
            if plan is not None and not self._paused:
                with self._lock:
                    touched, wanted = list(self._touched), self._touched + self._wanted
                if self._confirm and not touched:
                    self._confirm = False  # the patched pages are shown: now the whole plan
                    self._make_plan(lib, pp, self._planned_catalog)
                    continue
                piece = pp.next_piece(plan, wanted)
                quiet = time.monotonic() - self._edited_at
                if piece is not None and piece.ident not in wanted and quiet < BACKGROUND_AFTER_S:
                    self._wake.wait(BACKGROUND_AFTER_S - quiet)  # the person is still at work
                    self._wake.clear()
                    continue
            if piece is None:
                if not announced_idle and not self._paused:
                    announced_idle = True  # also after a failed plan: the preview is not busy
                    self.cache.save_index()
                    self.idle.emit(self._serial)
                self._wake.wait(IDLE_WAIT_S)
                self._wake.clear()
                continue
            self._lay_out(pp, plan, piece)

    def _patch(self, lib, pp, skus: set[str]) -> bool:
        try:
            touched = pp.patch_plan(lib, self.plan, skus, cancelled=self._cancelled)
        except Cancelled:
            return False
        except Exception:  # noqa: BLE001 - the whole plan that follows says what is wrong
            touched = None
        if touched is None:
            return False
        self._confirm = True
        self._edited_at = time.monotonic()
        with self._lock:
            self._touched = touched
        self.planned.emit(pp.page_slots(self.plan), list(touched))
        return True

    def _make_plan(self, lib, pp, catalog: Catalog | None) -> bool:
        self._confirm = False
        if catalog is None:
            self.plan = None
            self.planned.emit((), [])
            return False
        try:
            plan = pp.plan_preview(
                lib, catalog, self.cache, previous=self.plan, cancelled=self._cancelled
            )
        except Cancelled:
            return False
        except Exception as exc:  # noqa: BLE001 - one message for the person, never a trace
            self.failed.emit(faults.describe(exc, [self.root]))
            return False
        touched = pp.changed_pieces(self.plan, plan)
        self.plan = plan
        self._planned_catalog = catalog
        self.missing_translations = plan.missing_translations
        with self._lock:
            self._touched = touched
        self.planned.emit(pp.page_slots(plan), list(touched))
        return True

    def _lay_out(self, pp, plan, piece) -> None:
        while not RENDER_LOCK.acquire(timeout=0.1):  # an export is running: wait for it
            if self._cancelled():
                return

        def give_way() -> bool:  # a piece on screen waits: this one is laid out later
            with self._lock:
                wanted = self._touched + self._wanted
            return self._cancelled() or pp.waiting(plan, wanted, piece)

        try:
            laid = pp.lay_out(plan, piece, cancelled=give_way)
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - a theme or photo fault: say it, go on
            piece.failed = True
            self.failed.emit(faults.describe(exc, [self.root]))
            return
        finally:
            RENDER_LOCK.release()
        with self._lock:
            if piece.ident in self._touched:
                self._touched.remove(piece.ident)
        self.laidOut.emit(laid, pp.page_slots(plan))
