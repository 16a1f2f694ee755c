"""Renders of a catalog in a background thread: any output of the output registry.

Owns `RenderJob`, a QThread that opens its own connection to the library, runs one registered
output (`export.outputs.run`, for the catalog as its selection) and reports
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
from ..export import outputs
from ..export.audience import Selection
from ..export.context import Cancelled
from ..export.options import catalog_options

RENDER_LOCK = threading.Lock()
# The app's names for the outputs on their own buttons: (registry key, preset). Any other kind
# is "<registry key>" or "<registry key>:<preset>".
SHORT_KINDS = {
    "pdf": ("pdf", "print"),
    "pdf-screen": ("pdf", "screen"),  # 150 dpi photos, to share
    "price-list": ("price-list", ""),
    "html": ("html", ""),
}
PROGRESS_EVERY_S = 0.05


def resolve_kind(kind: str) -> tuple[outputs.OutputSpec, outputs.AppPreset]:
    """The registered output and app preset a kind names; ValueError when there is none."""
    key, preset_key = SHORT_KINDS.get(kind) or kind.partition(":")[::2]
    try:
        spec = outputs.get(key)
    except KeyError:
        raise ValueError(kind) from None
    presets = spec.app_presets()
    if not preset_key:
        return spec, presets[0]
    for preset in presets:
        if preset.key == preset_key:
            return spec, preset
    raise ValueError(kind)


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
        self.spec, self.preset = resolve_kind(kind)
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
        options = dict(self.preset.options)
        options["subprocess"] = self.subprocess
        if self.spec.key == "html":
            options["base_url"] = catalog_options(self.catalog).base_url
        return outputs.run(
            self.spec.key,
            lib,
            Selection(self.catalog),
            self.out,
            options,
            progress=self._progress,
            cancelled=self.is_cancelled,
        )
