"""Renders of a catalog in a background thread: the PDF, the price list, the web catalog.

Owns `RenderJob`, a QThread that opens its own connection to the library, runs one export
function (export.pdf.render_pdf, render_price_list, export.html.render_html) and reports
`progress(done, total)` (throttled), then exactly one of `succeeded(RenderResult)`,
`failed(exception)` or `aborted()`. `cancel()` sets a flag that the export polls through its
`cancelled` callable; a cancelled export writes nothing. Only one render runs at a time in the
whole app (`RENDER_LOCK`): the layout engine is not meant to run twice at once in one process,
so a preview waits for an export and the other way round (a cancelled job stops waiting).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from .. import operations as ops
from ..domain.entities import Catalog
from ..export.context import Cancelled
from ..export.html import render_html
from ..export.pdf import render_pdf, render_price_list

RENDER_LOCK = threading.Lock()
KINDS = ("pdf", "pdf-screen", "price-list", "html")  # pdf-screen: 150 dpi photos, to share
PROGRESS_EVERY_S = 0.05


class RenderJob(QThread):
    progress = Signal(int, int)
    succeeded = Signal(object)  # export.result.RenderResult
    failed = Signal(object)  # the exception (a UserError says what to fix)
    aborted = Signal()  # cancelled: nothing was written

    def __init__(
        self,
        root: Path,
        kind: str,
        out: Path,
        catalog: Catalog,
        *,
        subprocess: bool | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(kind)
        self.root, self.kind, self.out, self.catalog = Path(root), kind, Path(out), catalog
        self.subprocess = subprocess
        self._cancel = threading.Event()
        self._last = 0.0
        self.result = None
        self.setObjectName(f"render-{kind}")

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_EVERY_S:
            self._last = now
            self.progress.emit(done, total)

    def _acquire(self) -> bool:
        while not RENDER_LOCK.acquire(timeout=0.1):
            if self.is_cancelled():
                return False
        return True

    def run(self) -> None:
        if not self._acquire():
            self.aborted.emit()
            return
        try:
            with ops.opened(self.root, create=False) as lib:
                result = self._render(lib)
        except Cancelled:
            self.aborted.emit()
            return
        except Exception as exc:  # noqa: BLE001 - shown to the person in plain words
            self.failed.emit(exc)
            return
        finally:
            RENDER_LOCK.release()
        self.result = result
        self.succeeded.emit(result)

    def _render(self, lib):
        catalog = self.catalog
        common = {"progress": self._progress, "cancelled": self.is_cancelled}
        if self.kind in ("pdf", "pdf-screen"):
            return render_pdf(
                lib,
                self.out,
                catalog=catalog,
                theme=catalog.theme or "pameran",
                image_mode="screen" if self.kind == "pdf-screen" else "print",
                subprocess=self.subprocess,
                **common,
            )
        if self.kind == "price-list":
            return render_price_list(
                lib, self.out, catalog=catalog, subprocess=self.subprocess, **common
            )
        return render_html(
            lib,
            self.out,
            catalog=catalog,
            theme="web",
            base_url=str(catalog.options.get("base_url", "")),
            **common,
        )
