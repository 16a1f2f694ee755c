"""Undo and redo (QUndoStack commands) for every edit the app makes.

Each command is pushed AFTER its operation succeeded (the first redo() does nothing), holds the
values before and after, and re-applies them through operations on undo/redo. Records that come
back after a removal get a new id; the session's aliases keep older commands pointing at them.
Catalogs are edited by id too (their name can change); a catalog edit holds its settings,
options and/or sections before and after (`CatalogState`).
"""

from __future__ import annotations

import copy
import dataclasses
import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from .. import operations as ops
from ..domain import fields as field_specs
from ..domain.entities import Catalog, CatalogSection, Photo, SeiDetail, TenunDetail
from ..operations import Change, faults
from ..operations import gui_support as support
from .session import Session

MERGE_SECONDS = 2.0
_DETAILS = {"tenun": TenunDetail, "sei": SeiDetail}


def undo_values(change: Change) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) values of the changed fields; a kind change also carries every field
    of the old and new detail record, so undo brings the old details back."""
    before_paths = list(change.fields)
    after_paths = list(change.fields)
    if "kind" in change.fields and change.entity == "product":
        for record, paths in ((change.before, before_paths), (change.after, after_paths)):
            detail = _DETAILS.get(record.kind)
            if detail is not None:
                paths += [f"{record.kind}.{f.name}" for f in dataclasses.fields(detail)]
    before = {p: copy.deepcopy(field_specs.get_value(change.before, p)) for p in before_paths}
    after = {p: copy.deepcopy(field_specs.get_value(change.after, p)) for p in after_paths}
    return before, after


class _Command(QUndoCommand):
    def __init__(self, session: Session, text: str):
        super().__init__(text)
        self.session = session
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, action: Callable[[], None]) -> None:
        """Run an undo or redo step; if it fails, say why and drop the step from the stack
        (QUndoStack deletes a command made obsolete in undo/redo), so the history never claims
        a state the library is not in."""
        try:
            action()
        except Exception as exc:  # noqa: BLE001 - reported in the user's language
            self.setObsolete(True)
            self.session.report(faults.describe(exc, [self.session.root]))

    def apply(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class FieldEdit(_Command):
    """Changed fields of one product, producer, motif, permit or photo."""

    def __init__(self, session, entity, record_id, before, after, text):
        super().__init__(session, text)
        self.entity, self.record_id = entity, record_id
        self.before, self.after = before, after
        self.stamp = time.monotonic()

    def id(self) -> int:
        return 1001

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        """Quick repeated edits of the same field (spin box steps) become one undo step."""
        if not isinstance(other, FieldEdit) or "kind" in self.after:
            return False
        same = (
            other.entity == self.entity
            and self.session.resolve(self.entity, other.record_id)
            == self.session.resolve(self.entity, self.record_id)
            and set(other.after) == set(self.after)
            and other.stamp - self.stamp < MERGE_SECONDS
        )
        if same:
            self.after, self.stamp = other.after, other.stamp
        return same

    def apply(self) -> None:
        self.session.edit(self.entity, self.record_id, self.after)

    def revert(self) -> None:
        self.session.edit(self.entity, self.record_id, self.before)


class AddProduct(_Command):
    def __init__(self, session: Session, product_id: int, text: str):
        super().__init__(session, text)
        self.product_id = product_id
        self.removed: support.RemovedProduct | None = None

    def revert(self) -> None:
        sku = self.session.sku_of(self.product_id)
        self.removed = support.remove_product_fully(self.session.require(), sku)
        self.session.changed.emit("product", self.session.resolve("product", self.product_id))

    def apply(self) -> None:
        assert self.removed is not None
        old = self.session.resolve("product", self.product_id)
        restored = support.restore_removed_product(self.session.require(), self.removed)
        self.session.remap("product", old, restored.id)
        self.session.changed.emit("product", restored.id)


class RemoveProduct(AddProduct):
    """The inverse of AddProduct: pushed after `remove_product_fully` with what it removed."""

    def __init__(self, session: Session, removed: support.RemovedProduct, text: str):
        super().__init__(session, removed.product.id, text)
        self.removed = removed

    def apply(self) -> None:
        AddProduct.revert(self)

    def revert(self) -> None:
        AddProduct.apply(self)


ADD = {"producer": ops.add_producer, "motif": ops.add_motif, "permit": ops.add_permit}
REMOVE = {"producer": ops.remove_producer, "motif": ops.remove_motif, "permit": ops.remove_permit}


@dataclasses.dataclass
class RecordSnapshot:
    """A producer, motif or permit with what goes when it is removed (permits, photos)."""

    entity: str
    record: Any
    permits: list = dataclasses.field(default_factory=list)
    photos: list[Photo] = dataclasses.field(default_factory=list)
    narratives: list = dataclasses.field(default_factory=list)  # a motif's, removed with it


def snapshot(session: Session, entity: str, record_id: int) -> RecordSnapshot:
    lib = session.require()
    getter = {"producer": ops.get_producer, "motif": ops.get_motif, "permit": ops.get_permit}
    record = getter[entity](lib, record_id)
    snap = RecordSnapshot(entity, copy.deepcopy(record))
    if entity == "producer":
        snap.permits = ops.list_permits(lib, record_id)
        snap.photos = ops.list_photos(lib, record_id, owner="producer")
    elif entity == "motif":
        snap.photos = ops.list_photos(lib, record_id, owner="motif")
        snap.narratives = ops.list_narratives(lib, record_id)
    return snap


class AddRecord(_Command):
    """A producer, motif or permit was added; undo removes it again."""

    def __init__(self, session: Session, entity: str, record: Any, text: str):
        super().__init__(session, text)
        self.snap = RecordSnapshot(entity, copy.deepcopy(record))

    def revert(self) -> None:
        record_id = self.session.resolve(self.snap.entity, self.snap.record.id)
        self.snap = snapshot(self.session, self.snap.entity, record_id)
        REMOVE[self.snap.entity](self.session.require(), record_id)
        self.session.changed.emit(self.snap.entity, record_id)

    def apply(self) -> None:
        lib = self.session.require()
        entity, old = self.snap.entity, self.snap.record.id
        record = dataclasses.replace(copy.deepcopy(self.snap.record), id=None)
        ADD[entity](lib, record)
        self.session.remap(entity, self.session.resolve(entity, old), record.id)
        column = f"{entity}_id"
        for permit in self.snap.permits:
            ops.add_permit(lib, dataclasses.replace(permit, id=None, producer_id=record.id))
        for photo in sorted(self.snap.photos, key=lambda p: p.position):
            restored = ops.restore_photo(lib, dataclasses.replace(photo, **{column: record.id}))
            self.session.remap("photo", photo.id, restored.after.id)
        for narrative in self.snap.narratives:  # in their order; they get new ids
            ops.add_narrative(lib, record.id, dataclasses.replace(narrative, id=None))
        self.session.changed.emit(entity, record.id)


class RemoveRecord(AddRecord):
    """A producer, motif or permit was removed (pushed with its snapshot); undo adds it back."""

    def __init__(self, session: Session, snap: RecordSnapshot, text: str):
        super().__init__(session, snap.entity, snap.record, text)
        self.snap = snap

    def apply(self) -> None:
        AddRecord.revert(self)

    def revert(self) -> None:
        AddRecord.apply(self)


class PhotoSet(_Command):
    """Photos of one product removed (`removed=True`) or attached (`removed=False`)."""

    def __init__(self, session, product_id, photos: Sequence[Photo], removed: bool, text):
        super().__init__(session, text)
        self.product_id = product_id
        self.photos = [copy.deepcopy(p) for p in photos]
        self.removed = removed

    def _remove(self) -> None:
        lib = self.session.require()
        for photo in self.photos:
            ops.remove_photo(lib, self.session.resolve("photo", photo.id))
        self.session.changed.emit("photos", self.session.resolve("product", self.product_id))

    def _restore(self) -> None:
        lib = self.session.require()
        product_id = self.session.resolve("product", self.product_id)
        for photo in sorted(self.photos, key=lambda p: p.position):
            current = dataclasses.replace(photo, product_id=product_id)
            restored = ops.restore_photo(lib, current)
            self.session.remap("photo", self.session.resolve("photo", photo.id), restored.after.id)
        self.session.changed.emit("photos", product_id)

    def apply(self) -> None:
        self._remove() if self.removed else self._restore()

    def revert(self) -> None:
        self._restore() if self.removed else self._remove()


class ReorderPhotos(_Command):
    """A product's photo order changed (drag in the strip, or a new cover)."""

    def __init__(self, session, product_id, before: list[int], after: list[int], text):
        super().__init__(session, text)
        self.product_id, self.before, self.after = product_id, list(before), list(after)

    def _order(self, ids: list[int]) -> None:
        product_id = self.session.resolve("product", self.product_id)
        sku = self.session.sku_of(product_id)
        resolved = [self.session.resolve("photo", i) for i in ids]
        ops.reorder_photos(self.session.require(), sku, resolved)
        self.session.changed.emit("photos", product_id)

    def apply(self) -> None:
        self._order(self.after)

    def revert(self) -> None:
        self._order(self.before)


# ---- catalogs -----------------------------------------------------------------------------

OPTION_DEFAULTS = {
    "show_prices": True,
    "show_stock": False,
    "qr_target": "whatsapp",
    "base_url": "",
    "sync": False,  # or true / a filter object: the catalog follows it (export/options.py)
}


def catalog_options(catalog: Catalog) -> dict[str, Any]:
    """Every option of a catalog, defaults filled in (so undo can put a default back)."""
    return {key: catalog.options.get(key, default) for key, default in OPTION_DEFAULTS.items()}


def live_sections(session: Session, sections: Sequence[CatalogSection]) -> list[CatalogSection]:
    """`sections` with product ids followed through undo aliases, removed products left out."""
    lib = session.require()
    out = []
    for section in sections:
        ids = [session.resolve("product", pid) for pid in section.product_ids]
        ids = [pid for pid in ids if support.product_summary(lib, pid) is not None]
        out.append(CatalogSection(section.title_id, section.title_en, ids))
    return out


@dataclasses.dataclass
class CatalogState:
    """What one catalog edit changed: settings, options and/or sections (None: untouched)."""

    changes: dict[str, Any] = dataclasses.field(default_factory=dict)
    options: dict[str, Any] = dataclasses.field(default_factory=dict)
    sections: list[CatalogSection] | None = None


class CatalogEdit(_Command):
    """A catalog's settings, options or sections changed; `key` names what (a field path, or
    "sections"), so quick repeated edits of the same thing become one undo step."""

    def __init__(self, session, catalog_id, before: CatalogState, after: CatalogState, text, key):
        super().__init__(session, text)
        self.catalog_id = catalog_id
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)
        self.key = key
        self.stamp = time.monotonic()

    def id(self) -> int:
        return 1002

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        same = (
            isinstance(other, CatalogEdit)
            and self.key != "sections"
            and other.key == self.key
            and self.session.resolve("catalog", other.catalog_id)
            == self.session.resolve("catalog", self.catalog_id)
            and other.stamp - self.stamp < MERGE_SECONDS
        )
        if same:
            self.after, self.stamp = other.after, other.stamp
        return same

    def _put(self, state: CatalogState) -> None:
        sections = None if state.sections is None else live_sections(self.session, state.sections)
        self.session.edit_catalog(self.catalog_id, state.changes, state.options, sections)

    def apply(self) -> None:
        self._put(self.after)

    def revert(self) -> None:
        self._put(self.before)


class AddCatalog(_Command):
    """A catalog was added; undo removes it again (and redo brings it back as it was)."""

    def __init__(self, session: Session, catalog: Catalog, text: str):
        super().__init__(session, text)
        self.catalog = copy.deepcopy(catalog)

    def revert(self) -> None:
        catalog_id = self.session.resolve("catalog", self.catalog.id)
        self.catalog = copy.deepcopy(self.session.catalog(catalog_id))
        ops.remove_catalog(self.session.require(), self.catalog.name)
        self.session.changed.emit("catalog", catalog_id)

    def apply(self) -> None:
        old = self.session.resolve("catalog", self.catalog.id)
        record = dataclasses.replace(copy.deepcopy(self.catalog), id=None)
        # an empty list would make add_catalog choose every product: keep one empty section
        record.sections = live_sections(self.session, record.sections) or [
            CatalogSection("Produk", "Products", [])
        ]
        ops.add_catalog(self.session.require(), record)
        self.session.remap("catalog", old, record.id)
        self.session.changed.emit("catalog", record.id)


class RemoveCatalog(AddCatalog):
    """A catalog was removed (pushed with what it was); undo adds it back."""

    def apply(self) -> None:
        AddCatalog.revert(self)

    def revert(self) -> None:
        AddCatalog.apply(self)


class ListReplace(_Command):
    """A record's whole list of sub-records (a motif's narratives, a product's steps) before and
    after an edit; `put(list)` writes one of them back."""

    def __init__(self, session: Session, before: list, after: list, text: str):
        super().__init__(session, text)
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    def put(self, records: list) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def apply(self) -> None:
        self.put(self.after)

    def revert(self) -> None:
        self.put(self.before)


class NarrativesEdit(ListReplace):
    """A motif's narratives were added, changed or removed."""

    def __init__(self, session: Session, motif_id: int, before: list, after: list, text: str):
        super().__init__(session, before, after, text)
        self.motif_id = motif_id

    def put(self, records: list) -> None:
        motif_id = self.session.resolve("motif", self.motif_id)
        ops.replace_narratives(self.session.require(), motif_id, records)
        self.session.changed.emit("motif", motif_id)


class StepsEdit(ListReplace):
    """A product's production steps were added, changed or removed."""

    def __init__(self, session: Session, product_id: int, before: list, after: list, text: str):
        super().__init__(session, before, after, text)
        self.product_id = product_id

    def put(self, records: list) -> None:
        lib = self.session.require()
        product_id = self.session.resolve("product", self.product_id)
        ops.replace_steps(lib, ops.get_product_by_id(lib, product_id).sku, records)
        self.session.changed.emit("product", product_id)
