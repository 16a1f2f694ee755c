"""What an operation changed: the record before and after, so front ends can show and undo it."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..domain import fields as field_specs
from ..domain.errors import UserError


@dataclass(frozen=True)
class Change:
    action: str  # created, updated, deleted, unchanged
    entity: str  # producer, product, motif, permit, photo, catalog
    key: str  # SKU for products, id for the others
    before: Any = None
    after: Any = None
    fields: tuple[str, ...] = ()
    related: tuple[Any, ...] = ()  # records removed along with this one (a product's photos)

    def describe(self, lang: str = "id") -> str:
        words = {
            "id": {
                "created": "ditambahkan",
                "updated": "diubah",
                "deleted": "dihapus",
                "unchanged": "tidak berubah",
            },
            "en": {
                "created": "added",
                "updated": "updated",
                "deleted": "removed",
                "unchanged": "unchanged",
            },
        }[lang if lang == "en" else "id"]
        text = f"{self.entity} {self.key} {words[self.action]}"
        if self.fields and self.action == "updated":
            text += " (" + ", ".join(self.fields) + ")"
        return text


@dataclass
class Applied:
    """Result of applying field changes to a copy of a record."""

    record: Any
    changed: list[str] = field(default_factory=list)


def apply_changes(entity: str, record: Any, changes: Mapping[str, Any]) -> Applied:
    """Copy `record` and set each field path in `changes`; unknown paths are a UserError."""
    updated = copy.deepcopy(record)
    names = {f.name for f in dataclasses.fields(record)}
    known = {s.path for s in field_specs.FIELDS_BY_ENTITY.get(entity, [])} | names
    changed = []
    if "kind" in changes and entity == "product" and changes["kind"] != record.kind:
        updated.kind = changes["kind"]
        updated.__post_init__()  # give the new kind its detail record
    for path, value in changes.items():
        if path not in known or path in ("id",):
            raise UserError(
                f"Kolom '{path}' tidak dikenal untuk {entity}.",
                f"Unknown field '{path}' for {entity}.",
                field=path,
            )
        if path.startswith(("tenun.", "sei.")) and getattr(updated, path.split(".")[0]) is None:
            raise UserError(
                f"Kolom '{path}' hanya untuk produk jenis {path.split('.')[0]}.",
                f"The field '{path}' is only for {path.split('.')[0]} products.",
                field=path,
            )
        if field_specs.get_value(record, path) != value:
            changed.append(path)
        field_specs.set_value(updated, path, value)
    return Applied(updated, changed)
