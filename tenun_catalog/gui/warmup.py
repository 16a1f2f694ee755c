"""Derivatives ahead of time: after photos are imported, their print and screen copies are
made in the background so that a first export or preview finds them warm.

Owns `Warmup` (the queue, one thread at a time) and `WarmDerivatives` (the runner op). What
to make is export.ahead's plan (the export's own placer and slots); each derivative is made
by the same call the export uses, written atomically into the library's cache. The thread
runs at the lowest priority and makes one derivative at a time, polling its cancel flag
between them: when the library closes or the app quits the warm-up is cancelled and waited
for at most CLOSE_WAIT_MS (the one derivative being made); a thread still running then is
kept until it ends, never blocking the window. Nothing is shown: it is only a cache, and an
export makes whatever is still missing (and reports a photo it cannot read).
"""

from __future__ import annotations

import atexit
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from .runner import LibraryOp
from .session import Session

CLOSE_WAIT_MS = 1500
_LEFT_RUNNING: set[LibraryOp] = set()  # cancelled ops still finishing their last derivative


@atexit.register
def _finish_left_running() -> None:
    """At exit, after the window has gone: a QThread must not be destroyed while it runs."""
    for op in list(_LEFT_RUNNING):
        op.wait()
    _LEFT_RUNNING.clear()


class WarmDerivatives(LibraryOp):
    """Make the planned derivatives of products `skus`, one at a time; `succeeded` carries
    how many were made."""

    def __init__(self, root: Path, skus: list[str], parent: QObject | None = None):
        super().__init__(root, name="warm-derivatives", parent=parent)
        self.skus = list(skus)

    def work(self, lib, progress, cancelled):
        from ..export import ahead  # only now: the export modules are not needed before

        jobs = ahead.planned(lib, self.skus)
        made = 0
        for done, job in enumerate(jobs, 1):
            if cancelled():
                break
            if ahead.make(lib, job) is not None:
                made += 1
            progress(done, len(jobs))
        return made


class Warmup(QObject):
    """Queue of products whose photos to warm; one `WarmDerivatives` at a time."""

    done = Signal(int)  # derivatives made by a finished run (also after a cancel: those made)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.op: WarmDerivatives | None = None
        self.queue: list[str] = []
        session.closing.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self.op is not None or bool(self.queue)

    def add(self, skus: list[str]) -> None:
        """Warm the photos of products `skus` (after those already asked for)."""
        self.queue += [s for s in skus if s not in self.queue]
        if self.op is None:
            self._next()

    def _next(self) -> None:
        if not self.queue or self.session.root is None:
            self.queue.clear()
            return
        skus, self.queue = self.queue, []
        op = WarmDerivatives(self.session.root, skus)  # no parent: a cancelled op may outlive us
        op.succeeded.connect(self._on_done)
        op.finished.connect(self._on_thread_done)
        self.op = op
        op.start(QThread.LowestPriority)

    @Slot(object)
    def _on_done(self, made: object) -> None:
        self.done.emit(int(made or 0))

    @Slot()
    def _on_thread_done(self) -> None:
        op = self.sender()
        if op is not None and op is self.op:
            self.op = None
            op.deleteLater()
            self._next()

    @Slot()
    def stop(self) -> None:
        """Cancel: the queue is dropped, the running derivative finishes (waited for a short
        while, never longer than CLOSE_WAIT_MS) and nothing more is made."""
        self.queue.clear()
        for old in [o for o in _LEFT_RUNNING if o.isFinished()]:
            _LEFT_RUNNING.discard(old)
        op, self.op = self.op, None
        if op is None:
            return
        op.cancel()
        if not op.wait(CLOSE_WAIT_MS):
            _LEFT_RUNNING.add(op)  # it ends by itself after its current derivative
