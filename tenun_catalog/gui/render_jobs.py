"""Renders of a catalog in a background thread: any output of the output registry.

Owns `RenderJob`, a `runner.LibraryOp` (its own connection to the library, throttled
`progress(done, total)`, then exactly one of `succeeded(RenderResult)`, `failed(UserError)` or
`aborted()`) that runs one registered output (`export.outputs.run`, for the catalog as its
selection). `cancel()` sets a flag that the export polls; a cancelled export writes nothing.
Only one render runs at a time in the whole app (`RENDER_LOCK`): the layout engine is not meant
to run twice at once in one process, so a preview waits for an export and the other way round
(a cancelled job stops waiting).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject

from ..domain.entities import Catalog
from ..export import outputs
from ..export.audience import Selection
from ..export.options import catalog_options
from .runner import LibraryOp

RENDER_LOCK = threading.Lock()
# The app's names for the outputs on their own buttons: (registry key, preset). Any other kind
# is "<registry key>" or "<registry key>:<preset>".
SHORT_KINDS = {
    "pdf": ("pdf", "print"),
    "pdf-screen": ("pdf", "screen"),  # 150 dpi photos, to share
    "price-list": ("price-list", ""),
    "html": ("html", ""),
}


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


class RenderJob(LibraryOp):
    """A registered output of the catalog (or of `selection`) written to `out`, on the runner;
    `succeeded` carries the export.result.RenderResult."""

    def __init__(
        self,
        root: Path,
        kind: str,
        out: Path,
        catalog: Catalog | None = None,
        *,
        selection: Selection | None = None,
        options: dict | None = None,
        subprocess: bool | None = None,
        parent: QObject | None = None,
    ):
        """Run output `kind` for `selection` (default: the catalog's products), with the
        preset's options overridden by `options`."""
        spec, preset = resolve_kind(kind)
        super().__init__(
            root, places=[Path(out).parent], lock=RENDER_LOCK, name=f"render-{kind}",
            parent=parent,
        )  # fmt: skip
        self.spec, self.preset = spec, preset
        self.kind, self.out, self.catalog = kind, Path(out), catalog
        self.selection = selection if selection is not None else Selection(catalog)
        self.options = dict(options or {})
        self.subprocess = subprocess

    def work(self, lib, progress, cancelled):
        return self._render(lib)

    def _render(self, lib):
        options = {**self.preset.options, **self.options, "subprocess": self.subprocess}
        if self.spec.key == "html" and "base_url" not in self.options:
            options["base_url"] = catalog_options(self.catalog).base_url
        return outputs.run(
            self.spec.key,
            lib,
            self.selection,
            self.out,
            options,
            progress=self._progress,
            cancelled=self.is_cancelled,
        )
