"""The open library as seen by the app: one `Session` that pages share.

Owns the Library connection of the GUI thread, opening and closing it, running record edits by
a stable id (products are edited by SKU in operations, but a SKU can change, so the app keeps
ids), the id aliases that undo needs (a removed record that is put back gets a new id), and the
signals that tell pages what changed. It never touches SQL: every action is an operations call.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from .. import operations as ops
from ..domain.errors import UserError
from ..operations import Change
from ..store import Library
from .i18n import language

EDITORS = {
    "producer": ops.edit_producer,
    "motif": ops.edit_motif,
    "permit": ops.edit_permit,
    "photo": ops.edit_photo,
}


class Session(QObject):
    opened = Signal()  # a library was opened: reload everything
    closing = Signal()  # the library is about to close: stop workers that use it
    changed = Signal(str, int)  # entity ('product', 'producer', ..., 'photo', 'catalog'), id
    message = Signal(str, str)  # text for the status bar, level ('info' or 'error')

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.lib: Library | None = None
        self._aliases: dict[tuple[str, int], int] = {}

    # ---- the library ---------------------------------------------------------------------

    @property
    def root(self) -> Path | None:
        return self.lib.root if self.lib is not None else None

    def open(self, root: Path, *, create: bool = True) -> Library:
        """Open (or create) the library at `root`, closing the current one first."""
        lib = ops.open_or_create(Path(root), create=create)
        self.close()
        self.lib = lib
        self._aliases.clear()
        self.opened.emit()
        return lib

    def close(self) -> None:
        if self.lib is None:
            return
        self.closing.emit()
        self.lib.close()
        self.lib = None

    def require(self) -> Library:
        if self.lib is None:
            raise UserError("Belum ada pustaka yang dibuka.", "No library is open.")
        return self.lib

    # ---- ids that survive undo -----------------------------------------------------------

    def remap(self, entity: str, old: int, new: int) -> None:
        if old != new:
            self._aliases[(entity, old)] = new

    def resolve(self, entity: str, record_id: int) -> int:
        seen = set()
        while (entity, record_id) in self._aliases and record_id not in seen:
            seen.add(record_id)
            record_id = self._aliases[(entity, record_id)]
        return record_id

    # ---- edits -----------------------------------------------------------------------------

    def sku_of(self, product_id: int) -> str:
        lib = self.require()
        return ops.get_product_by_id(lib, self.resolve("product", product_id)).sku

    def edit(self, entity: str, record_id: int, changes: Mapping[str, Any]) -> Change:
        """Apply field changes to one record through operations; emits `changed` when saved."""
        lib = self.require()
        record_id = self.resolve(entity, record_id)
        if entity == "product":
            change = ops.edit_product(lib, self.sku_of(record_id), changes)
        else:
            change = EDITORS[entity](lib, record_id, changes)
        if change.action != "unchanged":
            self.changed.emit(entity, record_id)
        return change

    def catalog(self, catalog_id: int):
        """The stored catalog with this id (followed through undo aliases)."""
        catalog_id = self.resolve("catalog", catalog_id)
        for catalog in ops.list_catalogs(self.require()):
            if catalog.id == catalog_id:
                return catalog
        raise UserError(
            "Katalog ini sudah tidak ada (mungkin dihapus).",
            "This catalog no longer exists (it may have been removed).",
        )

    def edit_catalog(
        self,
        catalog_id: int,
        changes: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
        sections=None,
    ) -> Change:
        """Change a catalog's settings, options or sections (catalogs are named in operations,
        but a name can change, so the app keeps ids); emits `changed` when saved."""
        lib = self.require()
        name = self.catalog(catalog_id).name
        change = ops.edit_catalog(lib, name, changes or {}, options=options, sections=sections)
        if change.action != "unchanged":
            self.changed.emit("catalog", change.after.id)
        return change

    def notify(self, text: str, level: str = "info") -> None:
        self.message.emit(text, level)

    def report(self, exc: UserError) -> str:
        """Show a UserError in the status bar in the interface language; returns the text."""
        text = exc.message(language())
        self.message.emit(text, "error")
        return text
